import '@pnp/sp/site-groups/web';
import { buildFixtureSeed, USERS } from './fixtures';
import { failureOf, startHarness, type IHarness } from './harness';
import * as lists from '../../src/schema/lists';
import { hubList } from '../../src/data/hubList';
import { SITE_TITLE } from '../../tools/sp-emulator/siteSetup';

const STRANGER = 99;
let h: IHarness;
beforeAll(async () => {
  const seed = buildFixtureSeed();
  seed.users.push({ id: STRANGER, title: 'No Access', email: 'no.access@example-council.gov.uk', loginName: 'i:0#.f|membership|no.access@example-council.gov.uk', groups: [] });
  h = await startHarness({ seed });
});
afterAll(async () => { await h.server.close(); });
beforeEach(() => h.server.emulator.reset());

const ZOE_LOGIN = 'i:0#.f|membership|zoe.hart@example-council.gov.uk';
const owner = (): ReturnType<IHarness['spAs']> => h.spAs(USERS.owner);
const groupId = (title: string): number => (h.server.emulator.store.site.groups.find(g => g.title === title) as { id: number }).id;

describe('PnPjs 4.x request forms, answered as SharePoint answers them', () => {
  it('reads a group by id (siteGroups(7)), its members, and renames it', async () => {
    const id = groupId('Hub Members');
    expect((await owner().web.siteGroups.getById(id)()).Title).toBe('Hub Members');
    expect((await owner().web.siteGroups.getById(id).users()).map(u => u.Id).sort()).toEqual([USERS.oNeill, USERS.zoe]);
    await owner().web.siteGroups.getById(id).update({ Title: 'Councillors' });
    expect((await owner().web.siteGroups.getById(id)()).Title).toBe('Councillors');
    await owner().web.siteGroups.getById(id).setUserAsOwner(USERS.democraticServices);
    expect(h.server.emulator.store.site.groups.find(g => g.id === id)?.ownerId).toBe(USERS.democraticServices);
  });

  it('finds a user by login name (siteUsers(@v)?@v=…)', async () => {
    expect((await owner().web.siteUsers.getByLoginName(ZOE_LOGIN)()).Id).toBe(USERS.zoe);
  });

  it('removes groups by id and by name, with their role assignments', async () => {
    const members = groupId('Hub Members');
    await owner().web.siteGroups.removeById(members);
    await owner().web.siteGroups.removeByLoginName('Hub Officers');
    const site = h.server.emulator.store.site;
    expect(site.groups.map(g => g.title)).not.toEqual(expect.arrayContaining(['Hub Members']));
    expect(site.groups.map(g => g.title)).not.toEqual(expect.arrayContaining(['Hub Officers']));
    expect(site.webAssignments.some(a => a.principalId === members)).toBe(false);
    expect((await failureOf(h.spAs(USERS.zoe).web.siteGroups.removeById(groupId('Democratic Services')))).status).toBe(403);
  });

  it('gives the first securable object with permissions of its own, above an item that inherits', async () => {
    const ancestor = await hubList(owner().web, lists.wards).items.getById(1).firstUniqueAncestorSecurableObject<{ Title: string }>();
    expect(ancestor.Title).toBe(lists.wards.title);
  });

  it('reads an item\u2019s values as text and its parent list (getParentInfos)', async () => {
    const item = hubList(owner().web, lists.wards).items.getById(1);
    expect(await item.fieldValuesAsText<{ Title: string; Seats: string }>()).toMatchObject({ Title: "St Mary's", Seats: '3' });
    const parent = await item.getParentInfos();
    expect(parent.ParentList.Title).toBe(lists.wards.title);
    expect(parent.ParentWeb.Url).toBe(h.server.webUrl);
  });

  it('recycles an item: it is gone from the list', async () => {
    await hubList(owner().web, lists.wards).items.getById(2).recycle();
    expect(h.server.emulator.store.item('wards', 2)).toBeUndefined();
  });

  it('ensures a list the package made (updating its description) but creates none over REST', async () => {
    const ensured = await owner().web.lists.ensure(lists.wards.title, 'Wards of the council');
    expect(ensured.created).toBe(false);
    expect(h.server.emulator.store.list('wards').description).toBe('Wards of the council');
    expect((await failureOf(owner().web.lists.add('Not provisioned by the package'))).status).toBe(405);
    expect((await failureOf(owner().web.lists.ensure('Not provisioned by the package'))).status).toBe(405);
  });

  it('refuses writes to read-only resources instead of answering them as reads', async () => {
    const digest = await h.digest(USERS.owner);
    for (const path of ['/_api/web', '/_api/web/currentuser', '/_api/web/siteusers', `/_api/web/siteusers/getbyid(${USERS.zoe})`]) {
      for (const method of ['MERGE', 'DELETE']) {
        const r = await h.raw(path, { method: 'POST', userId: USERS.owner, headers: { 'X-HTTP-Method': method, 'X-RequestDigest': digest, 'Content-Type': 'application/json' }, body: '{"Title":"x"}' });
        expect(r.status).toBe(405);
      }
    }
    expect(h.server.emulator.store.users.find(u => u.id === USERS.owner)?.title).toBe('Site Owner');
  });
});

describe('limits SharePoint enforces', () => {
  it('refuses a batch of more than 100 requests at once, running none of them', async () => {
    const boundary = 'batch_big';
    const part = (i: number): string => [`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `POST ${h.server.webUrl}/_api/web/lists/getbytitle('${lists.wards.title}')/items HTTP/1.1`, 'Content-Type: application/json', '', JSON.stringify({ Title: `W${i}` }), ''].join('\n');
    const body = [...Array.from({ length: 101 }, (_, i) => part(i)), `--${boundary}--`, ''].join('\n');
    const started = Date.now();
    const r = await h.raw('/_api/$batch', { method: 'POST', userId: USERS.democraticServices,
      headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}`, 'X-RequestDigest': await h.digest(USERS.democraticServices) }, body });
    expect(r.status).toBe(400);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(h.server.emulator.store.list('wards').items).toHaveLength(3);
  });

  it('refuses dates that are not real dates', async () => {
    const periods = hubList(h.spAs(USERS.democraticServices).web, lists.sensitivePeriods).items;
    for (const StartDate of ['2027-02-30', '1', '2027-13-01T00:00:00Z']) {
      expect((await failureOf(periods.add({ Title: 'Bad', StartDate, EndDate: '2027-05-06T00:00:00Z' }))).status).toBe(400);
    }
    await periods.add({ Title: 'Good', StartDate: '2027-02-28', EndDate: '2027-05-06T00:00:00Z' });
    expect((await failureOf(periods.filter("StartDate lt datetime'2027-02-30T00:00:00Z'")()))).toMatchObject({ status: 400 });
    expect(await periods.filter("StartDate lt datetime'2027-02-28T00:00:00Z'")()).toHaveLength(0);
  });

  it('issues no form digest to someone with no access to the site', async () => {
    expect((await h.raw('/_api/contextinfo', { method: 'POST', userId: STRANGER })).status).toBe(403);
  });

  it('knows the associated groups of a site as adding the app leaves it', async () => {
    const fresh = await startHarness({ site: 'listsOnly' });
    try {
      expect((await fresh.spAs(USERS.owner).web.associatedOwnerGroup()).Title).toBe(`${SITE_TITLE} Owners`);
      expect((await fresh.spAs(USERS.owner).web.associatedVisitorGroup()).Title).toBe(`${SITE_TITLE} Visitors`);
    } finally {
      await fresh.server.close();
    }
  });
});
