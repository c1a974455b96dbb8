import '@pnp/sp/batching';
import * as lists from '../../src/schema/lists';
import { ALL_LISTS } from '../../src/schema/lists';
import { hubList, serverRelativeListUrl } from '../../src/data/hubList';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { IListDef } from '../../src/schema/fieldTypes';
import { TITLE_TAKEN, councilListsFor } from '../../tools/sp-emulator/siteLists';
import { createEmulator } from '../../tools/sp-emulator/emulator';
import { USERS, buildFixtureSeed } from './fixtures';
import { failureOf, spErrorOf, startHarness, type IHarness } from './harness';
import { listApiPath } from '../support/hubLists';

/** A council site that already had its own "Officers" and "Committees" lists before the app was added. */
const COUNCIL_LISTS = [{ title: 'Officers', url: 'Lists/Officers' }, { title: 'Committees', url: 'Lists/Committees' }];

let h: IHarness;
beforeAll(async () => { h = await startHarness({ councilLists: COUNCIL_LISTS }); });
afterAll(async () => { await h.server.close(); });

describe('lists found by server-relative URL (web/getList), as the web parts reach them', () => {
  it('works out the server-relative URL from the web URL PnPjs holds', () => {
    expect(serverRelativeListUrl('https://council.sharepoint.com/sites/hub/_api/web', lists.officers)).toBe('/sites/hub/Lists/MohOfficers');
    expect(serverRelativeListUrl('https://council.sharepoint.com/sites/hub/', lists.officers)).toBe('/sites/hub/Lists/MohOfficers');
    expect(serverRelativeListUrl('https://council.sharepoint.com', lists.wards)).toBe('/Lists/MohWards');
  });

  it('finds every Hub list by its URL, whatever its title, in any letter case, encoded or not', async () => {
    for (const def of ALL_LISTS) {
      const info = await hubList(h.spAs(USERS.democraticServices).web, def).select('Title')<{ Title: string }>();
      expect(info.Title).toBe(def.title);
    }
    const path = `/_api/web/getList('${serverRelativeListUrl(h.server.webUrl, lists.wards).toUpperCase()}')/items`;
    const plain = await h.raw(path, { userId: USERS.officer });
    expect(plain.status).toBe(200);
    const encoded = await h.raw(`${listApiPath(h.server.webUrl, lists.wards)}/items(1)`, { userId: USERS.officer });
    expect(((await encoded.json()) as { Id: number }).Id).toBe(1);
  });

  it('answers SharePoint\u2019s 404 for a path where no list is, and for a Hub list the caller may not see', async () => {
    const missing = await failureOf(h.spAs(USERS.officer).web.getList('/sites/hub/Lists/NoSuchList')());
    expect(missing).toEqual({ status: 404, code: '-2147024894, System.IO.FileNotFoundException', message: 'File Not Found.' });
    // Site-relative is not server-relative: SharePoint does not guess.
    expect((await failureOf(h.spAs(USERS.officer).web.getList(lists.wards.url)())).status).toBe(404);
    // Officers have nothing on the visit requests list: to them it does not exist.
    const hidden = await failureOf(hubList(h.spAs(USERS.officer).web, lists.visitRequests).items());
    expect(hidden.status).toBe(404);
  });

  it('resolves getList inside a $batch too', async () => {
    const [batchedSp, execute] = h.spAs(USERS.officer).batched();
    const wards = hubList(batchedSp.web, lists.wards).items.select('Id')();
    const missing = batchedSp.web.getList('/sites/hub/Lists/Nowhere').items().catch((e: unknown) => e);
    await execute();
    expect((await wards).length).toBeGreaterThan(0);
    expect((await spErrorOf(await missing)).code).toBe('-2147024894, System.IO.FileNotFoundException');
  });
});

describe('a site that already has a council list called "Officers" or "Committees"', () => {
  it('keeps the council\u2019s lists under their own titles, beside the Hub\u2019s', async () => {
    const all = await h.spAs(USERS.officer).web.lists.select('Title', 'RootFolder/ServerRelativeUrl').expand('RootFolder')<{ Title: string; RootFolder: { ServerRelativeUrl: string } }[]>();
    const byUrl = new Map(all.map(l => [l.RootFolder.ServerRelativeUrl, l.Title]));
    expect(byUrl.get('/sites/hub/Lists/Officers')).toBe('Officers');
    expect(byUrl.get('/sites/hub/Lists/MohOfficers')).toBe(lists.officers.title);
    expect((await h.spAs(USERS.officer).web.lists.getByTitle('Officers').items()).length).toBe(0);
    expect((await hubList(h.spAs(USERS.officer).web, lists.officers).items()).length).toBeGreaterThan(0);
  });

  it('would have failed to add the app with release 1.0.0.0\u2019s titles, as SharePoint refuses a second list with a title', () => {
    const released = (JSON.parse(readFileSync(join(__dirname, '../../src/schema/releases/1.0.0.0.json'), 'utf8')) as { lists: IListDef[] }).lists;
    expect(() => councilListsFor(COUNCIL_LISTS, released)).toThrow(TITLE_TAKEN);
    expect(() => councilListsFor([{ title: lists.wards.title, url: 'Lists/Other' }], ALL_LISTS)).toThrow(TITLE_TAKEN);
    expect(() => createEmulator({ webUrl: 'http://emulator.test/sites/hub', seed: buildFixtureSeed(), councilLists: [{ title: 'Anything', url: lists.wards.url }] })).toThrow(TITLE_TAKEN);
    expect(councilListsFor(COUNCIL_LISTS, ALL_LISTS).map(l => l.title)).toEqual(['Officers', 'Committees']);
  });

  it('lets a site owner rename a Hub list, which the web parts still find by URL, but never to a title another list has', async () => {
    const sp = h.spAs(USERS.owner);
    try {
      await hubList(sp.web, lists.committees).update({ Title: 'Our committees' });
      expect((await hubList(h.spAs(USERS.officer).web, lists.committees).select('Title')<{ Title: string }>()).Title).toBe('Our committees');
      expect((await failureOf(h.spAs(USERS.officer).web.lists.getByTitle(lists.committees.title)())).status).toBe(404);
      const taken = await failureOf(hubList(sp.web, lists.committees).update({ Title: 'Committees' }));
      expect(taken.message).toBe(TITLE_TAKEN);
      // Renaming needs Manage Lists: an officer is refused.
      expect((await failureOf(hubList(h.spAs(USERS.officer).web, lists.wards).update({ Title: 'Mine' }))).status).toBe(403);
    } finally {
      await hubList(sp.web, lists.committees).update({ Title: lists.committees.title });
    }
  });
});
