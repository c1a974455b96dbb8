import { ALL_LISTS, countyServices } from '../../src/schema/lists';
import { listApiPath } from '../support/hubLists';
import type { HubGroup } from '../../src/schema/fieldTypes';
import { EXPECTED, ONLY_IN, matrixSeed, tryAll } from './permissionMatrixCases';
import { startHarness, type IHarness } from './harness';

/** The documented configuration's permission matrix (permissionMatrixCases.ts), on the emulator's configured site. */
let h: IHarness;
beforeAll(async () => { h = await startHarness({ seed: matrixSeed() }); });
afterAll(async () => { await h.server.close(); });

describe('permission matrix: every list, every group, read / add / edit / delete', () => {
  for (const list of ALL_LISTS) {
    it(`${list.title}`, async () => {
      h.server.emulator.reset();
      const got: Record<string, string> = {};
      for (const group of Object.keys(ONLY_IN) as HubGroup[]) got[group] = await tryAll(h, list, ONLY_IN[group]);
      expect(got).toEqual(EXPECTED[list.key]);
    });
  }

  it('covers every list the schema declares', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(ALL_LISTS.map(l => l.key).sort());
  });
});

describe('County services: Democratic Services keep it, everyone else only reads', () => {
  const row = {
    Title: 'Roads and pavements', CountyKeywords: 'pothole', HandledBy: 'Loamshire County Council',
    ContactPage: { Url: 'https://www.loamshire.example/roads', Description: 'Report a road problem' }
  };
  const add = async (userId: number): Promise<Response> => h.raw(`${listApiPath(h.server.webUrl, countyServices)}/items`, {
    method: 'POST', userId,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': await h.digest(userId) },
    body: JSON.stringify(row)
  });

  it('refuses a member\u2019s or an officer\u2019s new entry over REST with 403 (they can see the list, not write it), and stores nothing', async () => {
    h.server.emulator.reset();
    const before = await h.raw(`${listApiPath(h.server.webUrl, countyServices)}/items?$select=Id`, { userId: ONLY_IN['Hub Members'], headers: { Accept: 'application/json' } });
    expect(before.status).toBe(200);
    const count = ((await before.json()) as { value: unknown[] }).value.length;
    expect((await add(ONLY_IN['Hub Members'])).status).toBe(403);
    expect((await add(ONLY_IN['Hub Officers'])).status).toBe(403);
    expect((await add(ONLY_IN['Hub Directors'])).status).toBe(403);
    const after = await h.raw(`${listApiPath(h.server.webUrl, countyServices)}/items?$select=Id`, { userId: ONLY_IN['Hub Members'], headers: { Accept: 'application/json' } });
    expect(((await after.json()) as { value: unknown[] }).value).toHaveLength(count);
  });

  it('takes Democratic Services\u2019 entry, contact page and all', async () => {
    h.server.emulator.reset();
    const added = await add(ONLY_IN['Democratic Services']);
    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({ HandledBy: 'Loamshire County Council', ContactPage: { Url: 'https://www.loamshire.example/roads' } });
  });
});
