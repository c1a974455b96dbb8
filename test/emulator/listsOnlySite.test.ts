import { PermissionKind } from '@pnp/sp/security';
import { ALL_LISTS } from '../../src/schema/lists';
import { USERS } from './fixtures';
import { failureOf, startHarness, type IHarness } from './harness';
import * as lists from '../../src/schema/lists';
import { hubList } from '../../src/data/hubList';

/** The site as adding the app leaves it, before any set-up: what the set-up starts from. */
let h: IHarness;
beforeAll(async () => { h = await startHarness({ site: 'listsOnly' }); });
afterAll(async () => { await h.server.close(); });

describe('a site with only the lists (site: listsOnly)', () => {
  it('has the standard Owners, Members and Visitors groups and none of the Hub\u2019s, nor its custom level', async () => {
    const sp = h.spAs(USERS.owner);
    const groups = (await sp.web.siteGroups.select('Title')<{ Title: string }[]>()).map(g => g.Title);
    expect(groups).toEqual(['Member\u2013Officer Hub Owners', 'Member\u2013Officer Hub Members', 'Member\u2013Officer Hub Visitors']);
    const levels = (await sp.web.roleDefinitions<{ Name: string }[]>()).map(r => r.Name);
    expect(levels).not.toContain('Contribute and decide');
  });

  it('leaves every list inheriting the site\u2019s permissions with SharePoint\u2019s default item-level security', async () => {
    const sp = h.spAs(USERS.owner);
    for (const l of ALL_LISTS) {
      const info = await sp.web.lists.getByTitle(l.title).select('HasUniqueRoleAssignments', 'ReadSecurity', 'WriteSecurity')<{ HasUniqueRoleAssignments: boolean; ReadSecurity: number; WriteSecurity: number }>();
      const { HasUniqueRoleAssignments, ReadSecurity, WriteSecurity } = info;
      expect(`${l.key} ${JSON.stringify({ HasUniqueRoleAssignments, ReadSecurity, WriteSecurity })}`).toBe(`${l.key} ${JSON.stringify({ HasUniqueRoleAssignments: false, ReadSecurity: 1, WriteSecurity: 1 })}`);
    }
  });

  it('lets visitors read the lists but not manage permissions; the site owner may', async () => {
    const visitor = h.spAs(USERS.officer);
    expect((await hubList(visitor.web, lists.wards).items()).length).toBeGreaterThan(0);
    expect(await visitor.web.currentUserHasPermissions(PermissionKind.ManagePermissions)).toBe(false);
    expect((await failureOf(visitor.web.siteGroups.add({ Title: 'Hub Members' }))).status).toBe(403);
    expect(await h.spAs(USERS.owner).web.currentUserHasPermissions(PermissionKind.ManagePermissions)).toBe(true);
  });

  it('starts the same way again after a reset', async () => {
    await h.spAs(USERS.owner).web.siteGroups.add({ Title: 'Hub Members' });
    h.server.emulator.reset();
    expect(h.server.emulator.store.site.groups.map(g => g.title)).not.toContain('Hub Members');
    expect(h.server.emulator.store.list('wards').roleAssignments).toBeUndefined();
  });
});
