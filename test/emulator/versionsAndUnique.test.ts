import { visitRequests, wards } from '../../src/schema/lists';
import { USERS } from './fixtures';
import { failureOf, startHarness, type IHarness } from './harness';

let h: IHarness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.server.close(); });
beforeEach(() => h.server.emulator.reset());
afterEach(() => h.server.emulator.faults.clear());

const path = `/_api/web/lists/getByTitle('${encodeURIComponent(visitRequests.title.replace(/'/g, "''"))}')/items`;
const json = { Accept: 'application/json', 'Content-Type': 'application/json' };
async function post(userId: number, url: string, body?: unknown, verb?: 'MERGE' | 'DELETE'): Promise<Response> {
  const headers: Record<string, string> = { ...json, 'X-RequestDigest': await h.digest(userId) };
  if (verb) { headers['X-HTTP-Method'] = verb; headers['IF-Match'] = '*'; }
  return h.raw(url, { method: 'POST', userId, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

describe('item versions on a versioned list (EnableVersioning from the package)', () => {
  it('keeps every version, newest first, as SP.ListItemVersion with label, editor and the values then', async () => {
    expect((await post(USERS.director, `${path}(3)`, { VisitStatus: 'Under consideration' }, 'MERGE')).status).toBe(204);
    expect((await post(USERS.director, `${path}(3)`, { VisitStatus: 'Approved' }, 'MERGE')).status).toBe(204);
    const r = await h.raw(`${path}(3)/versions`, { userId: USERS.zoe });
    expect(r.status).toBe(200);
    const versions = ((await r.json()) as { value: Record<string, unknown>[] }).value;
    expect(versions.map(v => [v.VersionLabel, v.VersionId, v.IsCurrentVersion, v.VisitStatus])).toEqual([
      ['3.0', 1536, true, 'Approved'], ['2.0', 1024, false, 'Under consideration'], ['1.0', 512, false, 'Submitted']
    ]);
    expect(versions[0].Editor).toEqual({ LookupId: USERS.director, LookupValue: 'Priya Shah', Email: 'priya.shah@example-council.gov.uk' });
    expect(versions[2].Editor).toMatchObject({ LookupId: USERS.zoe });
    expect(versions[2].Premises).toEqual({ LookupId: 2, LookupValue: "St Mary's Depot" });
    const one = await h.raw(`${path}(3)/versions(1024)`, { userId: USERS.zoe });
    expect(((await one.json()) as { VersionLabel: string }).VersionLabel).toBe('2.0');
  });

  it('needs View Versions to read them and Delete Versions to delete one; nobody in the Hub holds Delete Versions', async () => {
    await post(USERS.director, `${path}(3)`, { Purpose: 'Changed' }, 'MERGE');
    for (const userId of [USERS.zoe, USERS.director, USERS.democraticServices]) {
      expect((await post(userId, `${path}(3)/versions(512)`, undefined, 'DELETE')).status).toBe(403);
    }
    expect(h.server.emulator.store.item('visitRequests', 3)?.versions).toHaveLength(1);
    // The site owner (Full Control) may: SharePoint allows it, so the emulator does.
    expect((await post(USERS.owner, `${path}(3)/versions(512)`, undefined, 'DELETE')).status).toBe(200);
    expect((await post(USERS.owner, `${path}(3)/versions(1024)`, undefined, 'DELETE')).status).toBe(400);
    // An item given a level without View Versions: reading its history is refused.
    const owner = h.spAs(USERS.owner);
    const viewOnly = await owner.web.roleDefinitions.add('View only', 'View items', 300, { High: 0, Low: 1 | 4096 | 65536 | 131072 });
    const item = owner.web.lists.getByTitle(visitRequests.title).items.getById(2);
    await item.breakRoleInheritance(false, false);
    await item.roleAssignments.add(USERS.zoe, viewOnly.data.Id as number);
    expect((await h.raw(`${path}(2)`, { userId: USERS.zoe })).status).toBe(200);
    expect((await h.raw(`${path}(2)/versions`, { userId: USERS.zoe })).status).toBe(403);
  });
});

describe('EnforceUniqueValues on an indexed column', () => {
  it('refuses a second item with the same value (any case), whoever can see the first, with SharePoint\u2019s 500', async () => {
    const r = await post(USERS.oNeill, path, { Title: 'Copy', SubmissionKey: '00000000-0000-4000-8000-000000000002' });
    expect(r.status).toBe(500);
    expect(await r.json()).toEqual({ 'odata.error': {
      code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      message: { lang: 'en-US', value: 'The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [SubmissionKey].' }
    } });
    expect((await post(USERS.director, `${path}(3)`, { SubmissionKey: '00000000-0000-4000-8000-000000000001' }, 'MERGE')).status).toBe(500);
    expect(h.server.emulator.store.list('visitRequests').items).toHaveLength(3);
    // Empty values are not compared; a fresh one is accepted.
    expect((await post(USERS.oNeill, path, { Title: 'No key' })).status).toBe(201);
    expect((await post(USERS.oNeill, path, { Title: 'No key either' })).status).toBe(201);
    expect((await post(USERS.oNeill, path, { Title: 'New', SubmissionKey: 'fresh-key' })).status).toBe(201);
    expect((await post(USERS.zoe, path, { Title: 'Same, other case', SubmissionKey: 'FRESH-KEY' })).status).toBe(500);
  });
});

describe('a connection dropped after the write commits', () => {
  it('stores the item although the caller never hears, so a blind retry meets the duplicate', async () => {
    const digest = await h.digest(USERS.oNeill);
    h.server.emulator.faults.add({ kind: 'dropAfter' });
    const send = (): Promise<Response> => h.raw(path, { method: 'POST', userId: USERS.oNeill, headers: { ...json, 'X-RequestDigest': digest },
      body: JSON.stringify({ Title: 'Dropped', SubmissionKey: 'dropped-after' }) });
    await expect(send()).rejects.toThrow();
    expect(h.server.emulator.store.list('visitRequests').items.map(i => i.values.SubmissionKey)).toContain('dropped-after');
    expect((await send()).status).toBe(500);
    expect(h.server.emulator.faults.fired).toEqual({ dropAfter: 1 });
  });

  it('can fault a share of requests at random, repeatably from a seed, over HTTP too', async () => {
    const r = await fetch(`${h.server.url}/_emulator/faults`, { method: 'POST', body: JSON.stringify({ rate: 1, kinds: ['503'], retryAfter: 0, seed: 7 }) });
    expect(r.status).toBe(200);
    expect((await failureOf(h.spAs(USERS.officer).web.lists.getByTitle(wards.title).items())).status).toBe(503);
    h.server.emulator.faults.clear();
    expect(await h.spAs(USERS.officer).web.lists.getByTitle(wards.title).items()).toHaveLength(3);
  });
});
