import { USERS } from './fixtures';
import { failureOf, startHarness, type IHarness } from './harness';
import * as lists from '../../src/schema/lists';
import { hubList } from '../../src/data/hubList';
import { listApiPath } from '../support/hubLists';

let h: IHarness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.server.close(); });
beforeEach(() => h.server.emulator.reset());

const ds = (): ReturnType<IHarness['spAs']> => h.spAs(USERS.democraticServices);

describe('the request digest', () => {
  it('hands out the digest as raw JSON from /_api/contextinfo (not the verbose d.GetContextWebInformation shape)', async () => {
    const r = await h.raw('/_api/contextinfo', { method: 'POST', userId: USERS.officer });
    expect(r.status).toBe(200);
    const body = await r.json() as Record<string, unknown>;
    expect(body).not.toHaveProperty('d');
    expect(body.FormDigestValue).toMatch(/^0x[0-9A-F]+,\d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d -0000$/);
    expect(Number.isNaN(new Date(String(body.FormDigestValue).split(',')[1]).getTime())).toBe(false);
    expect(body.FormDigestTimeoutSeconds).toBe(1800);
    expect(body.WebFullUrl).toBe(h.server.webUrl);
  });

  it('refuses a write without a digest, or with a wrong one, with 403 and stores nothing', async () => {
    const post = (digest?: string): Promise<Response> => h.raw(`${listApiPath(h.server.webUrl, lists.wards)}/items`, {
      method: 'POST', userId: USERS.democraticServices, body: JSON.stringify({ Title: 'Sneaky' }),
      headers: { 'Content-Type': 'application/json;charset=utf-8', ...(digest ? { 'X-RequestDigest': digest } : {}) }
    });
    for (const r of [await post(), await post('0xDEADBEEF,21 Apr 2026 10:06:12 -0000')]) {
      expect(r.status).toBe(403);
      const body = await r.json() as { 'odata.error': { code: string; message: { value: string } } };
      expect(body['odata.error'].code).toBe('-2130575251, Microsoft.SharePoint.SPException');
      expect(body['odata.error'].message.value).toMatch(/^The security validation for this page is invalid/);
    }
    expect(h.server.emulator.store.list('wards').items).toHaveLength(3);
    const ok = await post(await h.digest(USERS.democraticServices));
    expect(ok.status).toBe(201);
    expect(ok.headers.get('ETag')).toBe('"1"');
  });
});

describe('adding, updating and deleting items', () => {
  it('adds an item: 201 with the full entity, plain-array multi-values, lookups written as <Field>Id and server-set columns', async () => {
    const added = await hubList(ds().web, lists.members).items.add({
      Title: 'Ngozi Adeyemi', Surname: 'Adeyemi', WardId: 2, PartyId: 1, AdditionalResponsibilities: ['Housing', 'Mentoring'],
      Photo: { Url: 'https://example.org/a.jpg', Description: 'Ngozi' }, TermStart: '2024-05-02T09:15:30.123Z'
    });
    expect(added.Id).toBe(4);
    expect(added.ID).toBe(4);
    expect(added['odata.etag']).toBe('"1"');
    expect(added.AdditionalResponsibilities).toEqual(['Housing', 'Mentoring']);
    expect(added.WardId).toBe(2);
    expect(added.IsActive).toBe(true);
    expect(added.TermStart).toBe('2024-05-02T09:15:30Z');
    expect(added.AuthorId).toBe(USERS.democraticServices);
    expect(added.EditorId).toBe(USERS.democraticServices);
    const stored = h.server.emulator.store.item('members', 4);
    expect(stored?.values.AdditionalResponsibilities).toEqual(['Housing', 'Mentoring']);
  });

  it('updates with MERGE: 204, a new ETag each time, and only the given fields change', async () => {
    const item = hubList(ds().web, lists.wards).items.getById(2);
    expect(await item.update({ Seats: 4 })).toEqual({ etag: '"2"' });
    expect(await item.update({ WardCode: 'NEW' }, '"2"')).toEqual({ etag: '"3"' });
    const row = await item();
    expect(row).toMatchObject({ Title: 'Riverside', Seats: 4, WardCode: 'NEW', EditorId: USERS.democraticServices });
    expect(row['odata.etag']).toBe('"3"');
  });

  it("refuses an update carrying a stale ETag with 412 and SharePoint's message, leaving the item as the other writer left it", async () => {
    const list = hubList(ds().web, lists.wards);
    await list.items.getById(1).update({ Seats: 5 });
    const err = await failureOf(list.items.getById(1).update({ Seats: 1 }, '"1"'));
    expect(err.status).toBe(412);
    expect(err.code).toBe('-1, Microsoft.SharePoint.Client.ClientServiceException');
    expect(err.message).toBe("The request ETag value '\"1\"' does not match the object's ETag value '\"2\"'.");
    expect(h.server.emulator.store.item('wards', 1)?.values.Seats).toBe(5);
  });

  it('deletes an item (200, empty body) and then says it does not exist', async () => {
    const list = hubList(ds().web, lists.wards);
    const r = await h.raw(`${listApiPath(h.server.webUrl, lists.wards)}/items(3)`, {
      method: 'POST', userId: USERS.democraticServices,
      headers: { 'X-HTTP-Method': 'DELETE', 'IF-Match': '*', 'X-RequestDigest': await h.digest(USERS.democraticServices) }
    });
    expect(r.status).toBe(200);
    expect(await r.text()).toBe('');
    const err = await failureOf(list.items.getById(3)());
    expect(err.status).toBe(404);
    await list.items.getById(2).delete();
    expect(h.server.emulator.store.list('wards').items.map(i => i.Id)).toEqual([1]);
  });
});

describe('write validation, no stricter and no looser than SharePoint', () => {
  const refused = async (body: Record<string, unknown>): Promise<{ status: number; code: string; message: string }> => {
    const err = await failureOf(hubList(ds().web, lists.members).items.add(body));
    expect(h.server.emulator.store.list('members').items).toHaveLength(3);
    return err;
  };

  it('refuses __metadata with 400 and stores nothing', async () => {
    const err = await refused({ __metadata: { type: 'SP.Data.MohMembersListItem' }, Title: 'X' });
    expect(err.status).toBe(400);
    expect(err.message).toBe("The property '__metadata' does not exist on type 'SP.Data.MohMembersListItem'. Make sure to only use property names that are defined by the type.");
  });

  it('refuses the verbose {results:[…]} shape for a multi-value field with 400 and stores nothing', async () => {
    const err = await refused({ Title: 'X', AdditionalResponsibilities: { results: ['Law'] } });
    expect(err.status).toBe(400);
    expect(err.message).toBe("An unexpected 'StartObject' node was found when reading from the JSON reader. A 'StartArray' node was expected.");
    const lookups = await failureOf(hubList(ds().web, lists.officers).items.getById(1).update({ CLOServicesId: { results: [1] } }));
    expect(lookups.status).toBe(400);
    expect(h.server.emulator.store.item('officers', 1)?.values.CLOServicesId).toEqual([1, 2]);
  });

  it('refuses unknown properties, lookups written by their display name, wrong JSON types and over-long text', async () => {
    expect((await refused({ Title: 'X', Nickname: 'Y' })).message)
      .toBe("The property 'Nickname' does not exist on type 'SP.Data.MohMembersListItem'. Make sure to only use property names that are defined by the type.");
    expect((await refused({ Title: 'X', Ward: 2 })).status).toBe(400);
    expect((await refused({ Title: 'X', WardId: '2' })).status).toBe(400);
    expect((await refused({ Title: 'X', IsActive: 'yes' })).status).toBe(400);
    expect((await refused({ Title: 'X', Surname: 'y'.repeat(101) })).status).toBe(400);
    expect((await refused({ Title: 't'.repeat(256) })).status).toBe(400);
    expect((await refused({ Title: 'X', Photo: 'https://example.org/x.jpg' })).status).toBe(400);
  });

  it('does not enforce required fields or choice membership (SharePoint REST does not either)', async () => {
    const added = await hubList(ds().web, lists.committees).items.add({ Title: 'Ad hoc', CommitteeType: 'Not a real type' });
    expect(added.CommitteeType).toBe('Not a real type');
    const bare = await hubList(ds().web, lists.members).items.add({});
    expect(bare.Surname).toBeNull();
  });
});
