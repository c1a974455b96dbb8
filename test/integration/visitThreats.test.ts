import { clearSPCache } from '../../src/data/sp';
import * as strings from 'VisitRequestWebPartStrings';
import { SpVisitRequestService } from '../../src/data/visits/SpVisitRequestService';
import { describeVisitFlag } from '../../src/domain/visits/describeVisitFlag';
import type { IVisitRequestView } from '../../src/domain/visits/types';
import { visitRequests as requestsList, visitResponses as responsesList } from '../../src/schema/lists';
import { startEmulatorServer, type IEmulatorServer } from '../../tools/sp-emulator/server';
import { buildSampleCouncil } from '../../tools/seed/sampleCouncil';
import { sampleVisitPeople, type ISampleVisitPeople } from '../../tools/seed/visitPeople';
import type { ISeedData } from '../../tools/seed/seedTypes';
import { signedInAs } from './signedInAs';

/**
 * The threat table in docs/visit-requests.md, row by row: each forbidden act tried over raw REST with the
 * actor's own identity and digest, as their browser could send it. Either SharePoint
 * refuses it (403 / 404) and nothing changes, or it is stored and the service — which takes
 * authority only from Author, Editor, versions and the reference lists — shows it for what
 * it is, flagged to the decider and Democratic Services.
 */
let server: IEmulatorServer;
let seed: ISeedData;
let people: ISampleVisitPeople;
const { rawAs, spAs, writeAs } = signedInAs(() => server.webUrl);
const requests = `/_api/web/lists/getByTitle('${requestsList.title}')/items`;
const responses = `/_api/web/lists/getByTitle('${responsesList.title}')/items`;

let keyCount = 0;
const key = (): string => `7e570000-0000-4000-8000-${String(++keyCount).padStart(12, '0')}`;
const premisesNamed = (name: string): number => seed.rows.premises.find(p => p.Title === name)!.Id;
const anotherMember = (): number => seed.users.find(u => u.groups.length === 1 && u.groups[0] === 'Hub Members' && u.id !== people.member)!.id;

async function viewAs(userId: number, id: number): Promise<IVisitRequestView> {
  const service = new SpVisitRequestService(await spAs(userId), { retryDelayMs: 10 });
  const all = [...await service.awaitingMyDecision(), ...await service.myRequests()];
  const found = all.find(v => v.id === id);
  if (found) return found;
  // Decided or not routed to them: Democratic Services see every request.
  const ds = new SpVisitRequestService(await spAs(people.democraticServices), { retryDelayMs: 10 });
  return (await ds.awaitingMyDecision()).find(v => v.id === id)!;
}

async function addAs(userId: number, body: Record<string, unknown>): Promise<number> {
  const r = await writeAs(userId, requests, 'POST', { Title: 'Threat probe', SubmissionKey: key(), Purpose: 'Probe', ProposedDate: '2027-02-01T10:00:00Z',
    ProposedEnd: '2027-02-01T11:00:00Z', RequesterId: userId, ...body });
  expect(r.status).toBe(201);
  return ((await r.json()) as { Id: number }).Id;
}

const stored = (id: number): Record<string, unknown> | undefined => server.emulator.store.item('visitRequests', id)?.values;

beforeAll(async () => {
  seed = buildSampleCouncil();
  people = sampleVisitPeople(seed);
  server = await startEmulatorServer({ port: 0, seed });
});
afterAll(async () => {
  clearSPCache();
  await server.close();
});

describe('threat table: a member', () => {
  it('cannot approve their own request by editing it (403, unchanged); one added already approved counts as submitted, flagged', async () => {
    const id = await addAs(people.member, { PremisesId: premisesNamed('Castle Park') });
    const edit = await writeAs(people.member, `${requests}(${id})`, 'MERGE', { VisitStatus: 'Approved' });
    expect(edit.status).toBe(403);
    expect(stored(id)?.VisitStatus).toBe('Submitted');
    const preApproved = await addAs(people.member, { PremisesId: premisesNamed('Castle Park'), VisitStatus: 'Approved', DecisionReasons: 'Self-approved' });
    const view = await viewAs(people.democraticServices, preApproved);
    expect(view.storedStatus).toBe('Approved');
    expect(view.status).toBe('Submitted');
    expect(view.flags.map(f => f.kind)).toEqual(['statusSetByRequester']);
  });

  it('cannot make a request in another member\u2019s name: the requester is the Author, the mismatch is flagged, the other member sees nothing', async () => {
    const other = anotherMember();
    const id = await addAs(people.member, { PremisesId: premisesNamed('Castle Park'), RequesterId: other });
    const view = await viewAs(people.democraticServices, id);
    expect(view.requester.userId).toBe(people.member);
    expect(view.flags.map(f => f.kind)).toEqual(['requesterMismatch']);
    expect((await rawAs(other, `${requests}(${id})`)).status).toBe(404);
    const theirs = await new SpVisitRequestService(await spAs(other), { retryDelayMs: 10 }).myRequests();
    expect(theirs.map(v => v.id)).not.toContain(id);
  });

  it('cannot read other members\u2019 requests: 404 for the item, absent from every query', async () => {
    const others = seed.rows.visitRequests.filter(v => v.AuthorId !== people.member);
    expect((await rawAs(people.member, `${requests}(${others[0].Id})`)).status).toBe(404);
    const listed = (await (await rawAs(people.member, `${requests}?$select=Id,AuthorId&$top=5000`)).json()) as { value: { AuthorId: number }[] };
    expect(listed.value.length).toBeGreaterThan(0);
    expect(listed.value.every(r => r.AuthorId === people.member)).toBe(true);
    expect((await rawAs(people.member, `${requests}(${others[0].Id})/versions`)).status).toBe(404);
  });

  it('cannot withdraw another member\u2019s request: the entry is stored but ignored, and flagged', async () => {
    const theirs = seed.rows.visitRequests.find(v => v.AuthorId !== people.member && !v.Edits?.length && v.RequesterId === v.AuthorId
      && seed.rows.premises[v.PremisesId! - 1].VisitEligibility === 'Eligible' && seed.rows.premises[v.PremisesId! - 1].OwningDirectorateId)!;
    const r = await writeAs(people.member, responses, 'POST', { Title: 'Withdraw', SubmissionKey: key(), RequestId: theirs.Id, ResponseAction: 'Withdraw' });
    expect(r.status).toBe(201);
    const view = await viewAs(people.democraticServices, theirs.Id);
    expect(view.status).not.toBe('Withdrawn');
    expect(view.flags.map(f => f.kind)).toContain('responseByOther');
    expect(view.responses.find(x => x.by.userId === people.member)?.counted).toBe(false);
  });

  it('cannot edit or delete a response once added (403)', async () => {
    const mine = seed.rows.visitRequests.find(v => v.AuthorId === people.member)!;
    const r = await writeAs(people.member, responses, 'POST', { Title: 'Note', SubmissionKey: key(), RequestId: mine.Id, ResponseAction: 'Decline proposed date' });
    const id = ((await r.json()) as { Id: number }).Id;
    expect((await writeAs(people.member, `${responses}(${id})`, 'MERGE', { ResponseAction: 'Accept proposed date' })).status).toBe(403);
    expect((await writeAs(people.member, `${responses}(${id})`, 'DELETE')).status).toBe(403);
  });

  it('can add a request for excluded premises over REST (SharePoint cannot stop it), shown refused, flagged, never routed', async () => {
    const id = await addAs(people.member, { PremisesId: premisesNamed('3 Foxglove Close') });
    const view = await viewAs(people.democraticServices, id);
    expect(view.status).toBe('Refused \u2013 excluded premises');
    expect(view.routing.kind).toBe('excluded');
    expect(view.flags.map(f => f.kind)).toEqual(['excludedPremises']);
    for (const d of seed.rows.directorates) {
      if (!d.DirectorId) continue;
      const waiting = await new SpVisitRequestService(await spAs(d.DirectorId), { retryDelayMs: 10 }).awaitingMyDecision();
      expect(waiting.map(v => v.id)).not.toContain(id);
    }
  });
});

describe('threat table: Directors, Democratic Services, officers, anyone', () => {
  it('a Director who is not the decider can edit (204) but the decision does not count, and is flagged', async () => {
    const id = await addAs(people.member, { PremisesId: premisesNamed('Former gasworks site') });
    const r = await writeAs(people.otherDirector, `${requests}(${id})`, 'MERGE', { VisitStatus: 'Approved', DecisionReasons: 'Looks fine' });
    expect(r.status).toBe(204);
    const view = await viewAs(people.decider, id);
    expect(view.status).toBe('Submitted');
    expect(view.decidedBy).toBeUndefined();
    expect(view.flags.map(f => f.kind)).toEqual(['decidedByOther']);
    // Nor is it theirs under "Decided by me": the version's Editor was not the register's decider.
    const mine = await new SpVisitRequestService(await spAs(people.otherDirector), { retryDelayMs: 10 }).decidedByMe();
    expect(mine.map(v => v.id)).not.toContain(id);
  });

  it('nobody in the Hub can delete a request (403), whoever made it', async () => {
    const id = await addAs(people.member, { PremisesId: premisesNamed('Castle Park') });
    for (const userId of [people.member, people.decider, people.democraticServices]) {
      expect((await writeAs(userId, `${requests}(${id})`, 'DELETE')).status).toBe(403);
    }
    expect(stored(id)).toBeDefined();
  });

  it('nobody can rewrite history: an edit makes a new version and keeps the old; deleting a version is refused (403)', async () => {
    const id = await addAs(people.member, { PremisesId: premisesNamed('Former gasworks site'), Purpose: 'Original purpose' });
    expect((await writeAs(people.decider, `${requests}(${id})`, 'MERGE', { Purpose: 'Rewritten purpose' })).status).toBe(204);
    const versions = (await (await rawAs(people.member, `${requests}(${id})/versions`)).json()) as { value: { VersionLabel: string; VersionId: number; Purpose: string }[] };
    expect(versions.value.map(v => [v.VersionLabel, v.Purpose])).toEqual([['2.0', 'Rewritten purpose'], ['1.0', 'Original purpose']]);
    for (const userId of [people.member, people.decider, people.democraticServices]) {
      expect((await writeAs(userId, `${requests}(${id})/versions(512)`, 'DELETE')).status).toBe(403);
    }
    const history = await new SpVisitRequestService(await spAs(people.member), { retryDelayMs: 10 }).history(id);
    expect(history[1].changes).toContainEqual({ field: 'How the visit helps the member\u2019s duties', from: 'Original purpose', to: 'Rewritten purpose' });
    expect(history[1].who).toBe(seed.users.find(u => u.id === people.decider)!.title);
  });

  it('Democratic Services cannot edit or add a request (403): they route by fixing the register', async () => {
    const id = seed.rows.visitRequests[0].Id;
    expect((await writeAs(people.democraticServices, `${requests}(${id})`, 'MERGE', { VisitStatus: 'Approved' })).status).toBe(403);
    expect((await writeAs(people.democraticServices, requests, 'POST', { Title: 'DS', SubmissionKey: key() })).status).toBe(403);
    expect(stored(id)?.VisitStatus).toBe('Submitted');
  });

  it('a Director cannot add a request (403); an officer can neither read nor add on either list (404: hidden)', async () => {
    expect((await writeAs(people.decider, requests, 'POST', { Title: 'Director', SubmissionKey: key() })).status).toBe(403);
    const officer = seed.users.find(u => u.groups.length === 1 && u.groups[0] === 'Hub Officers')!.id;
    for (const path of [requests, responses]) {
      expect((await rawAs(officer, path)).status).toBe(404);
      expect((await writeAs(officer, path, 'POST', { Title: 'Officer', SubmissionKey: key() })).status).toBe(404);
    }
  });

  it('a second request with the same submission key is refused by SharePoint (500 duplicate values), so a retry cannot duplicate', async () => {
    const dup = key();
    await addAs(people.member, { PremisesId: premisesNamed('Castle Park'), SubmissionKey: dup });
    const again = await writeAs(people.member, requests, 'POST', { Title: 'Again', SubmissionKey: dup, PremisesId: premisesNamed('Castle Park') });
    expect(again.status).toBe(500);
    expect(((await again.json()) as { 'odata.error': { message: { value: string } } })['odata.error'].message.value)
      .toBe('The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [SubmissionKey].');
  });
});

/**
 * Round two (issue 17): what the member asked and who decided are read from the versions
 * SharePoint keeps — the first version and its Author, each later version's Editor and time —
 * and the register as it stood when a decision was saved, never from the item as it is now.
 */
describe('threat table, round two: the request is what the member submitted, and past decisions stand', () => {
  const directorOf = (name: string): number => seed.rows.directorates.find(d => d.Title === name)!.DirectorId!;
  const directorates = `/_api/web/lists/getByTitle('Hub \u2013 Directorates')/items`;
  const seniorRoles = `/_api/web/lists/getByTitle('Hub \u2013 Senior roles')/items`;
  const premisesItems = `/_api/web/lists/getByTitle('Hub \u2013 Council premises and land')/items`;
  const kinds = (view: IVisitRequestView): string[] => view.flags.map(f => f.kind);
  /** Versions are stamped to the second, as SharePoint's are: each step of a story gets its own second. */
  const realNow = Date.now.bind(Date);
  let offset = 0;
  const nextSecond = (): void => { offset += 2000; };
  beforeAll(() => { jest.spyOn(Date, 'now').mockImplementation(() => realNow() + offset); });
  afterAll(() => { jest.restoreAllMocks(); });

  it('a Director who re-points the premises to their own and approves in the same edit does not decide it; the decider and premises stay the submitted ones, flagged', async () => {
    const place = directorOf('Place and Economy');
    const id = await addAs(people.member, { PremisesId: premisesNamed('Former gasworks site') });
    nextSecond();
    const r = await writeAs(place, `${requests}(${id})`, 'MERGE', { PremisesId: premisesNamed('Market Street Car Park'), VisitStatus: 'Approved' });
    expect(r.status).toBe(204);
    const view = await viewAs(people.democraticServices, id);
    expect(view.premises?.name).toBe('Former gasworks site');
    expect(view.routing.kind === 'routed' && view.routing.deciderUserId).toBe(people.decider);
    expect(view.status).toBe('Submitted');
    expect(view.decidedBy).toBeUndefined();
    expect(kinds(view)).toEqual(expect.arrayContaining(['changedAfterSubmission', 'decidedByOther']));
    expect(view.changesAfterSubmission.map(c => [c.field, c.by.userId])).toContainEqual(['Premises', place]);
    expect((await viewAs(people.decider, id)).status).toBe('Submitted');
  });

  it('re-pointing the premises moves a request into no one else\u2019s queue: it stays with the decider for the submitted premises, read again in the same session too', async () => {
    const place = directorOf('Place and Economy');
    const [deciderService, placeService] = [
      new SpVisitRequestService(await spAs(people.decider), { retryDelayMs: 10 }),
      new SpVisitRequestService(await spAs(place), { retryDelayMs: 10 })
    ];
    const id = await addAs(people.member, { PremisesId: premisesNamed('Former gasworks site') });
    nextSecond();
    // A first edit, so both services have read (and kept) the request's first version before it is re-pointed.
    expect((await writeAs(people.decider, `${requests}(${id})`, 'MERGE', { VisitStatus: 'Under consideration' })).status).toBe(204);
    expect((await deciderService.awaitingMyDecision()).map(v => v.id)).toContain(id);
    expect((await placeService.awaitingMyDecision()).map(v => v.id)).not.toContain(id);
    nextSecond();
    expect((await writeAs(place, `${requests}(${id})`, 'MERGE', { PremisesId: premisesNamed('Market Street Car Park') })).status).toBe(204);
    for (const service of [deciderService, new SpVisitRequestService(await spAs(people.decider), { retryDelayMs: 10 })]) {
      const queued = (await service.awaitingMyDecision()).find(v => v.id === id);
      expect(queued?.premises?.name).toBe('Former gasworks site');
      expect(kinds(queued!)).toContain('changedAfterSubmission');
    }
    for (const service of [placeService, new SpVisitRequestService(await spAs(place), { retryDelayMs: 10 })]) {
      expect((await service.awaitingMyDecision()).map(v => v.id)).not.toContain(id);
    }
  });

  it('re-pointing cannot turn the decider\u2019s approval into a counted refusal, nor approve excluded premises', async () => {
    const place = directorOf('Place and Economy');
    const approved = await addAs(people.member, { PremisesId: premisesNamed('Former gasworks site') });
    nextSecond();
    expect((await writeAs(people.decider, `${requests}(${approved})`, 'MERGE', { VisitStatus: 'Approved' })).status).toBe(204);
    nextSecond();
    expect((await writeAs(place, `${requests}(${approved})`, 'MERGE', { PremisesId: premisesNamed('Market Street Car Park'), VisitStatus: 'Declined' })).status).toBe(204);
    const view = await viewAs(people.democraticServices, approved);
    expect(view.status).toBe('Approved');
    expect(view.decidedBy?.userId).toBe(people.decider);
    expect(kinds(view)).toEqual(expect.arrayContaining(['changedAfterSubmission', 'decidedByOther']));

    const housing = directorOf('Housing');
    const excluded = await addAs(people.member, { PremisesId: premisesNamed('3 Foxglove Close') });
    nextSecond();
    expect((await writeAs(housing, `${requests}(${excluded})`, 'MERGE', { PremisesId: premisesNamed('Verge land, Orchard Way'), VisitStatus: 'Approved' })).status).toBe(204);
    const refused = await viewAs(people.democraticServices, excluded);
    expect(refused.status).toBe('Refused \u2013 excluded premises');
    expect(kinds(refused)).toEqual(expect.arrayContaining(['excludedPremises', 'changedAfterSubmission']));
  });

  it('the decider cannot silently rewrite what the member asked: the submitted purpose, dates and Title are shown, each change flagged with who made it', async () => {
    const id = await addAs(people.member, { PremisesId: premisesNamed('Former gasworks site'), Title: 'Visit to the gasworks', Purpose: 'Local plan casework' });
    nextSecond();
    expect((await writeAs(people.decider, `${requests}(${id})`, 'MERGE', {
      VisitStatus: 'Approved', Purpose: 'A purpose the member never gave', Title: 'Something else', ProposedDate: '2027-03-01T10:00:00Z', ProposedEnd: '2027-03-01T11:00:00Z'
    })).status).toBe(204);
    for (const userId of [people.member, people.decider, people.democraticServices]) {
      const view = await viewAs(userId, id);
      expect([view.title, view.purpose, view.start]).toEqual(['Visit to the gasworks', 'Local plan casework', '2027-02-01T10:00:00Z']);
      expect(view.changesAfterSubmission.map(c => [c.field, c.from, c.to, c.by.userId])).toEqual(expect.arrayContaining([
        ['Summary', 'Visit to the gasworks', 'Something else', people.decider],
        ['How the visit helps the member\u2019s duties', 'Local plan casework', 'A purpose the member never gave', people.decider]
      ]));
      if (userId !== people.member) expect(kinds(view)).toContain('changedAfterSubmission');
    }
    const history = await new SpVisitRequestService(await spAs(people.member), { retryDelayMs: 10 }).history(id);
    expect(history[1].changes).toContainEqual({ field: 'Summary', from: 'Visit to the gasworks', to: 'Something else' });
  });

  it('a Director who changes the requester is named for it; the member is not blamed', async () => {
    const id = await addAs(people.member, { PremisesId: premisesNamed('Former gasworks site') });
    nextSecond();
    expect((await writeAs(people.otherDirector, `${requests}(${id})`, 'MERGE', { RequesterId: anotherMember() })).status).toBe(204);
    const view = await viewAs(people.democraticServices, id);
    expect(view.requester.userId).toBe(people.member);
    expect(kinds(view)).not.toContain('requesterMismatch');
    const change = view.flags.find(f => f.kind === 'changedAfterSubmission')!;
    expect(describeVisitFlag(change, strings)).toContain(seed.users.find(u => u.id === people.otherDirector)!.title);
    expect(view.changesAfterSubmission.map(c => [c.field, c.by.userId])).toEqual([['Requested by (as entered)', people.otherDirector]]);
  });

  it('a valid decision stands when the register changes later: the Director recorded as away, the premises later leased', async () => {
    const env = seed.rows.directorates.find(d => d.Title === 'Environment and Neighbourhoods')!;
    const depot = premisesNamed('Northgate Depot');
    const id = await addAs(people.member, { PremisesId: depot });
    nextSecond();
    expect((await writeAs(env.DirectorId!, `${requests}(${id})`, 'MERGE', { VisitStatus: 'Declined', DecisionReasons: 'Not needed.' })).status).toBe(204);
    nextSecond();
    expect((await writeAs(people.democraticServices, `${directorates}(${env.Id})`, 'MERGE', { DirectorAway: true })).status).toBe(204);
    expect((await writeAs(people.democraticServices, `${premisesItems}(${depot})`, 'MERGE', { VisitEligibility: 'Excluded - leased' })).status).toBe(204);
    try {
      for (const userId of [people.member, people.democraticServices]) {
        const view = await viewAs(userId, id);
        expect(view.status).toBe('Declined');
        expect(view.decidedBy?.userId).toBe(env.DirectorId);
      }
    } finally {
      nextSecond();
      await writeAs(people.democraticServices, `${directorates}(${env.Id})`, 'MERGE', { DirectorAway: false });
      await writeAs(people.democraticServices, `${premisesItems}(${depot})`, 'MERGE', { VisitEligibility: 'Eligible' });
    }
  });

  it('a decision by someone the register did not name when it was saved does not count once the register names them', async () => {
    const place = directorOf('Place and Economy');
    const cfoRole = seed.rows.seniorRoles.find(r => r.SeniorRole === 'Chief Financial Officer')!;
    const id = await addAs(people.member, { PremisesId: premisesNamed('Former gasworks site') });
    nextSecond();
    expect((await writeAs(place, `${requests}(${id})`, 'MERGE', { VisitStatus: 'Approved' })).status).toBe(204);
    nextSecond();
    expect((await writeAs(people.democraticServices, `${seniorRoles}(${cfoRole.Id})`, 'MERGE', { HolderId: place })).status).toBe(204);
    try {
      const view = await viewAs(people.democraticServices, id);
      expect(view.status).toBe('Submitted');
      expect(kinds(view)).toContain('decidedByOther');
    } finally {
      nextSecond();
      await writeAs(people.democraticServices, `${seniorRoles}(${cfoRole.Id})`, 'MERGE', { HolderId: cfoRole.HolderId });
    }
  });

  it('every change to the register is kept with who made it; Democratic Services cannot hand out permissions on it (403)', async () => {
    const env = seed.rows.directorates.find(d => d.Title === 'Environment and Neighbourhoods')!;
    nextSecond();
    expect((await writeAs(people.democraticServices, `${directorates}(${env.Id})`, 'MERGE', { Remit: 'Waste, parks and street scene' })).status).toBe(204);
    const versions = (await (await rawAs(people.democraticServices, `${directorates}(${env.Id})/versions`)).json()) as { value: { Editor: { LookupId: number } }[] };
    expect(versions.value.length).toBeGreaterThan(1);
    expect(versions.value[0].Editor.LookupId).toBe(people.democraticServices);
    const membersGroup = (await (await rawAs(people.democraticServices, `/_api/web/sitegroups/getbyname('Hub Members')?$select=Id`)).json()) as { Id: number };
    const grant = await writeAs(people.democraticServices,
      `/_api/web/lists/getByTitle('Hub \u2013 Directorates')/roleassignments/addroleassignment(principalid=${membersGroup.Id},roledefid=1073741827)`, 'POST');
    expect(grant.status).toBe(403);
  });

  it('an end before its start added over REST is flagged', async () => {
    const id = await addAs(people.member, { PremisesId: premisesNamed('Castle Park'), ProposedDate: '2027-02-01T12:00:00Z', ProposedEnd: '2027-02-01T10:00:00Z' });
    expect(kinds(await viewAs(people.democraticServices, id))).toContain('datesInvalid');
  });
});
