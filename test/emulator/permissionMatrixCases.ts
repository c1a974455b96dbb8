import type { HubGroup, ListKey } from '../../src/schema/fieldTypes';
import type { ISeedData } from '../../tools/seed/seedTypes';
import { USERS, buildFixtureSeed } from './fixtures';
import type { IHarness } from './harness';
import type { IListDef } from '../../src/schema/fieldTypes';
import { listApiPath } from '../support/hubLists';

/**
 * What each group may do to an item someone else created, list by list, with the
 * documented configuration (docs/permissions.md, "Permission matrix", holds the same table). R = read,
 * A = add, E = edit, D = delete; '-' = refused. Tried over raw REST as each group's member.
 */
const REFERENCE: Record<HubGroup, string> = { 'Hub Members': 'R---', 'Hub Officers': 'R---', 'Hub Directors': 'R---', 'Democratic Services': 'RAED' };
/** The routing register: Democratic Services add and edit ("Maintain register"), never delete, so its history stays. */
const REGISTER: Record<HubGroup, string> = { 'Hub Members': 'R---', 'Hub Officers': 'R---', 'Hub Directors': 'R---', 'Democratic Services': 'RAE-' };
export const EXPECTED: Record<ListKey, Record<HubGroup, string>> = {
  wards: REFERENCE,
  parties: REFERENCE,
  members: REFERENCE,
  // Every hub user reads every self-description; members add their own and, with "edit
  // only own items", cannot change one someone else created.
  memberSelfDescriptions: { 'Hub Members': 'RA--', 'Hub Officers': 'R---', 'Hub Directors': 'R---', 'Democratic Services': 'RAED' },
  politicalGroups: REFERENCE,
  committees: REFERENCE,
  committeeMemberships: REFERENCE,
  outsideAppointments: REFERENCE,
  directorates: REGISTER,
  services: REFERENCE,
  officers: REFERENCE,
  // Officers add their own liaison profile and, with "edit only own items", cannot change
  // one someone else created; everyone else reads.
  liaisonProfiles: { 'Hub Members': 'R---', 'Hub Officers': 'RA--', 'Hub Directors': 'R---', 'Democratic Services': 'RAED' },
  premises: REGISTER,
  seniorRoles: REGISTER,
  sensitivePeriods: REGISTER,
  // Members add ("Submit requests": no Edit, no Delete) and see only their own (item-level
  // security); Directors see and edit every request ("Decide visits": Override List Behaviors,
  // Edit, but no Add or Delete); Democratic Services see every one and write none ("Read all
  // items"); officers have nothing on this list. Nobody in the Hub deletes a request.
  visitRequests: { 'Hub Members': '-A--', 'Hub Officers': '----', 'Hub Directors': 'R-E-', 'Democratic Services': 'R---' },
  // Members add responses and see only their own; Directors and Democratic Services read all.
  visitResponses: { 'Hub Members': '-A--', 'Hub Officers': '----', 'Hub Directors': 'R---', 'Democratic Services': 'R---' },
  visitNotificationsNotSent: { 'Hub Members': '-A--', 'Hub Officers': '----', 'Hub Directors': '-A--', 'Democratic Services': 'R---' },
  // Democratic Services upload the council's postcodes; everyone looks them up.
  postcodes: REFERENCE,
  // Democratic Services keep which services are the county's; everyone reads them.
  countyServices: REFERENCE
};

/** One person in exactly one group each. */
export const ONLY_IN: Record<HubGroup, number> = { 'Hub Members': 21, 'Hub Officers': 22, 'Hub Directors': 23, 'Democratic Services': 24 };

export function matrixSeed(): ISeedData {
  const seed = buildFixtureSeed();
  for (const [group, id] of Object.entries(ONLY_IN) as [HubGroup, number][]) {
    const email = `only.${group.toLowerCase().replace(/\s+/g, '.')}@example-council.gov.uk`;
    seed.users.push({ id, title: `Only ${group}`, email, loginName: `i:0#.f|membership|${email}`, groups: [group] });
  }
  return seed;
}

export async function tryAll(h: IHarness, list: IListDef, userId: number): Promise<string> {
  const base = `${listApiPath(h.server.webUrl, list)}/items`;
  const json = { Accept: 'application/json', 'Content-Type': 'application/json' };
  // An item someone else (the site owner) created, inheriting the list's permissions.
  const ownerDigest = await h.digest(USERS.owner);
  const probe = await h.raw(base, { method: 'POST', userId: USERS.owner, headers: { ...json, 'X-RequestDigest': ownerDigest }, body: JSON.stringify({ Title: 'Matrix probe' }) });
  expect(probe.status).toBe(201);
  const id = ((await probe.json()) as { Id: number }).Id;
  const digest = await h.digest(userId);
  const write = { ...json, 'X-RequestDigest': digest, 'IF-Match': '*' };

  const read = await h.raw(`${base}(${id})`, { userId });
  const add = await h.raw(base, { method: 'POST', userId, headers: write, body: JSON.stringify({ Title: 'Added in the matrix' }) });
  const edit = await h.raw(`${base}(${id})`, { method: 'POST', userId, headers: { ...write, 'X-HTTP-Method': 'MERGE' }, body: JSON.stringify({ Title: 'Edited in the matrix' }) });
  const del = await h.raw(`${base}(${id})`, { method: 'POST', userId, headers: { ...write, 'X-HTTP-Method': 'DELETE' } });
  // Refusals are only ever 403 (may see, may not do) or 404 (may not see at all).
  for (const r of [read, add, edit, del]) expect([200, 201, 204, 403, 404]).toContain(r.status);
  return [read.status === 200 ? 'R' : '-', add.status === 201 ? 'A' : '-', edit.status === 204 ? 'E' : '-', del.status === 200 ? 'D' : '-'].join('');
}
