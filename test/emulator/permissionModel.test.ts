import { PermissionKind } from '@pnp/sp/security';
import { BUILT_IN_ROLE_DEFINITIONS, CUSTOM_ROLE_DEFINITIONS, hasPermission, kindsOf } from '../../src/schema/permissionLevels';
import { USERS, buildFixtureSeed } from './fixtures';
import { failureOf, startHarness, type IHarness } from './harness';
import * as lists from '../../src/schema/lists';
import { hubList } from '../../src/data/hubList';
import { listApiPath } from '../support/hubLists';
import type { IList } from '@pnp/sp/lists';

let h: IHarness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.server.close(); });
beforeEach(() => h.server.emulator.reset());

const login = (email: string): string => `i:0#.f|membership|${email}`;
const ids = (rows: { Id: number }[]): number[] => rows.map(r => r.Id).sort((a, b) => a - b);
const visits = (userId: number): IList =>
  hubList(h.spAs(userId).web, lists.visitRequests);
const wards = (userId: number): IList =>
  hubList(h.spAs(userId).web, lists.wards);

describe('role definitions are SharePoint permission kinds, not ranks', () => {
  it('lists the built-in levels with their real ids and bits, and the Hub\u2019s custom levels', async () => {
    const defs = await h.spAs(USERS.officer).web.roleDefinitions();
    const byName = new Map(defs.map(d => [d.Name, d]));
    expect(byName.get('Read')).toMatchObject({ Id: 1073741826, RoleTypeKind: 2, BasePermissions: { High: '176', Low: '138612833' } });
    expect(byName.get('Contribute')).toMatchObject({ Id: 1073741827, RoleTypeKind: 3, BasePermissions: { High: '432', Low: '1011028719' } });
    expect(byName.get('Edit')).toMatchObject({ Id: 1073741830, RoleTypeKind: 6, BasePermissions: { High: '432', Low: '1011030767' } });
    expect(byName.get('Full Control')).toMatchObject({ Id: 1073741829, RoleTypeKind: 5, BasePermissions: { High: '2147483647', Low: '4294967295' } });
    const read = kindsOf(BUILT_IN_ROLE_DEFINITIONS.find(d => d.name === 'Read')!.basePermissions);
    const kindsNamed = (name: string): string[] => {
      const def = byName.get(name);
      expect(def?.RoleTypeKind).toBe(0);
      return kindsOf({ High: Number(def?.BasePermissions.High), Low: Number(def?.BasePermissions.Low) });
    };
    const sorted = (kinds: string[]): string[] => [...new Set(kinds)].sort((a, b) => PermissionKind[a as 'Open'] - PermissionKind[b as 'Open']);
    expect(kindsNamed('Submit requests')).toEqual(sorted([...read, 'AddListItems', 'ViewVersions']));
    expect(kindsNamed('Decide visits')).toEqual(sorted([...read, 'EditListItems', 'ViewVersions', 'CancelCheckout']));
    expect(kindsNamed('Read all items')).toEqual(sorted([...read, 'CancelCheckout', 'EnumeratePermissions']));
    expect(kindsNamed('Maintain Hub data')).toEqual(sorted([...read, 'AddListItems', 'EditListItems', 'DeleteListItems', 'ViewVersions', 'CancelCheckout', 'EnumeratePermissions']));
    expect(kindsNamed('Maintain register')).toEqual(sorted([...read, 'AddListItems', 'EditListItems', 'ViewVersions', 'EnumeratePermissions']));
    for (const name of ['Submit requests', 'Decide visits', 'Maintain register', 'Read all items']) expect(kindsNamed(name)).not.toContain('DeleteListItems');
    for (const name of ['Submit requests', 'Decide visits', 'Maintain Hub data', 'Maintain register', 'Read all items']) {
      for (const never of ['DeleteVersions', 'ManageLists', 'ManagePermissions']) expect(kindsNamed(name)).not.toContain(never);
    }
    expect(CUSTOM_ROLE_DEFINITIONS.map(d => d.name)).toEqual(['Submit requests', 'Decide visits', 'Maintain Hub data', 'Maintain register', 'Read all items']);
  });

  it('creates a custom level through /_api/web/roledefinitions for those with ManagePermissions, and refuses anyone else', async () => {
    const perms = { High: 0, Low: 1 | 2 };
    const added = await h.spAs(USERS.owner).web.roleDefinitions.add('Add only', 'View and add', 200, perms);
    expect(added.data).toMatchObject({ Name: 'Add only', BasePermissions: { High: '0', Low: '3' } });
    expect((await h.spAs(USERS.officer).web.roleDefinitions.getByName('Add only')()).Id).toBe(added.data.Id);
    // Democratic Services have Full Control on the lists, not on the site: they cannot define levels.
    const refused = await failureOf(h.spAs(USERS.democraticServices).web.roleDefinitions.add('Sneaky', '', 201, { High: 2147483647, Low: 4294967295 }));
    expect(refused.status).toBe(403);
    expect((await failureOf(h.spAs(USERS.officer).web.roleDefinitions.getByName('Sneaky')())).status).toBe(404);
  });

  it('answers "may I" checks from the caller\u2019s effective permissions in each scope', async () => {
    const sp = h.spAs(USERS.oNeill);
    expect(await hubList(sp.web, lists.wards).currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(true);
    expect(await hubList(sp.web, lists.wards).currentUserHasPermissions(PermissionKind.AddListItems)).toBe(false);
    expect(await hubList(sp.web, lists.visitRequests).currentUserHasPermissions(PermissionKind.AddListItems)).toBe(true);
    // Item 3's own permissions give its creator only Read.
    expect(await visits(USERS.zoe).items.getById(3).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(false);
    expect(await visits(USERS.director).items.getById(3).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
    expect(await sp.web.currentUserHasPermissions(PermissionKind.ManagePermissions)).toBe(false);
    expect(await h.spAs(USERS.owner).web.currentUserHasPermissions(PermissionKind.ManagePermissions)).toBe(true);
  });

  it('reports another user\u2019s permissions only to those who may enumerate permissions', async () => {
    const zoe = login('zoe.hart@example-council.gov.uk');
    const perms = await hubList(h.spAs(USERS.owner).web, lists.visitRequests).getUserEffectivePermissions(zoe);
    expect(hasPermission({ High: Number(perms.High), Low: Number(perms.Low) }, 'AddListItems')).toBe(true);
    expect(hasPermission({ High: Number(perms.High), Low: Number(perms.Low) }, 'CancelCheckout')).toBe(false);
    expect((await failureOf(hubList(h.spAs(USERS.oNeill).web, lists.wards).getUserEffectivePermissions(zoe))).status).toBe(403);
  });
});

describe('groups are principals', () => {
  it('gives a user added to a group what the group has, everywhere, and takes it away when they are removed', async () => {
    const officer = login('tom.brown@example-council.gov.uk');
    expect((await failureOf(visits(USERS.officer).items())).status).toBe(404);
    await h.spAs(USERS.owner).web.siteGroups.getByName('Hub Members').users.add(officer);
    expect((await h.spAs(USERS.officer).web.currentUser.groups()).map(g => g.Title).sort()).toEqual(['Hub Members', 'Hub Officers']);
    const added = await visits(USERS.officer).items.add({ Title: 'Now a member too', PremisesId: 1 });
    expect(ids(await visits(USERS.officer).items())).toEqual([added.Id]);
    await h.spAs(USERS.owner).web.siteGroups.getByName('Hub Members').users.removeByLoginName(officer);
    expect((await failureOf(visits(USERS.officer).items())).status).toBe(404);
  });

  it('lets only those who manage permissions change membership, and shows members only to members', async () => {
    const officer = login('tom.brown@example-council.gov.uk');
    const refused = await failureOf(h.spAs(USERS.democraticServices).web.siteGroups.getByName('Democratic Services').users.add(officer));
    expect(refused.status).toBe(403);
    expect((await h.spAs(USERS.democraticServices).web.siteGroups.getByName('Democratic Services').users()).map(u => u.Id)).toEqual([USERS.democraticServices]);
    expect((await failureOf(h.spAs(USERS.officer).web.siteGroups.getByName('Democratic Services').users())).status).toBe(403);
    expect((await h.spAs(USERS.officer).web.siteGroups()).map(g => g.Title)).toEqual(['Hub Members', 'Hub Officers', 'Hub Directors', 'Democratic Services']);
  });

  it('binds the documented groups to the documented levels on each list (role assignments, not special cases)', async () => {
    const assignments = await hubList(h.spAs(USERS.owner).web, lists.visitRequests).roleAssignments.expand('Member', 'RoleDefinitionBindings')();
    const table = (assignments as unknown as { Member: { Title: string }; RoleDefinitionBindings: { Name: string }[] }[])
      .map(a => `${a.Member.Title}: ${a.RoleDefinitionBindings.map(r => r.Name).join(', ')}`).sort();
    // Those given item 3 by hand hold Limited Access on the list, as SharePoint adds it.
    expect(table).toEqual([
      'Dana Scott: Limited Access', 'Democratic Services: Read all items', 'Hub Directors: Decide visits', 'Hub Members: Submit requests',
      'Priya Shah: Limited Access', 'Zoë Hart: Limited Access'
    ]);
    expect((await failureOf(hubList(h.spAs(USERS.oNeill).web, lists.wards).roleAssignments())).status).toBe(403);
  });
});

describe('items with unique permissions', () => {
  it('are governed only by their own assignments: the list\u2019s do not reach them, site admins still do', async () => {
    const item = visits(USERS.owner).items.getById(2);
    await item.breakRoleInheritance(false, false);
    await item.roleAssignments.add(USERS.zoe, 1073741826);
    expect(ids(await visits(USERS.democraticServices).items())).toEqual([1, 3]);
    expect((await failureOf(visits(USERS.democraticServices).items.getById(2)())).status).toBe(404);
    expect(ids(await visits(USERS.owner).items())).toEqual([1, 2, 3]);
  });

  it('copy the parent\u2019s assignments when inheritance is broken with copyRoleAssignments', async () => {
    await visits(USERS.owner).items.getById(1).breakRoleInheritance(true, false);
    const own = h.server.emulator.store.item('visitRequests', 1)?.roleAssignments?.map(a => a.principalId).sort();
    const onList = h.server.emulator.store.list('visitRequests').roleAssignments?.map(a => a.principalId).sort();
    expect(own).toEqual(onList);
    expect(ids(await visits(USERS.director).items())).toEqual([1, 2, 3]);
  });

  it('refuse a role assignment on an item that still inherits, as SharePoint does, and change nothing', async () => {
    const err = await failureOf(visits(USERS.owner).items.getById(2).roleAssignments.add(USERS.officer, 1073741827));
    expect(err).toMatchObject({ status: 400, message: 'This operation is not allowed on an object that inherits permissions.' });
    expect(h.server.emulator.store.item('visitRequests', 2)?.roleAssignments).toBeUndefined();
  });

  it('hide an item from a Director who holds plain Contribute there (no Override List Behaviors in that scope)', async () => {
    const item = visits(USERS.owner).items.getById(1);
    await item.breakRoleInheritance(false, false);
    await item.roleAssignments.add(USERS.director, 1073741827);
    await item.roleAssignments.add(USERS.oNeill, 1073741826);
    expect(ids(await visits(USERS.director).items())).toEqual([2, 3]);
    expect(ids(await visits(USERS.oNeill).items())).toEqual([1]);
  });
});

describe('item-level security ("own items") set through REST', () => {
  it('takes "own" to mean Author, not a person column naming you', async () => {
    // Request 3 names Zoë as requester and she created it; 1 was created by O'Neill.
    h.server.emulator.store.item('visitRequests', 1)!.values.RequesterId = USERS.zoe;
    expect(ids(await visits(USERS.zoe).items())).toEqual([2, 3]);
    expect((await failureOf(visits(USERS.zoe).items.getById(1).update({ Purpose: 'Changed' }))).status).toBe(404);
  });

  it('lets those who manage the list set ReadSecurity / WriteSecurity with a MERGE, and nobody else', async () => {
    expect((await failureOf(wards(USERS.oNeill).update({ ReadSecurity: 2 }))).status).toBe(403);
    // Democratic Services keep the list's items, not its settings (no Manage Lists).
    expect((await failureOf(wards(USERS.democraticServices).update({ ReadSecurity: 2 }))).status).toBe(403);
    await wards(USERS.owner).update({ ReadSecurity: 2, WriteSecurity: 2 });
    expect(await wards(USERS.officer).select('ReadSecurity', 'WriteSecurity')()).toMatchObject({ ReadSecurity: 2, WriteSecurity: 2 });
    // Officers created none of the wards, so see none; Democratic Services (Override List Behaviors) see all.
    expect(await wards(USERS.officer).items()).toEqual([]);
    expect(await wards(USERS.democraticServices).items()).toHaveLength(3);
    expect((await failureOf(wards(USERS.owner).update({ ReadSecurity: 3 }))).status).toBe(400);
  });
});

describe('the site itself', () => {
  it('refuses everything to a signed-in user who has no permission anywhere in the site', async () => {
    const stranger = await startHarness({
      seed: (() => {
        const s = buildFixtureSeed();
        s.users.push({ id: 99, title: 'Left the council', email: 'left@example-council.gov.uk', loginName: login('left@example-council.gov.uk'), groups: [] });
        return s;
      })()
    });
    try {
      expect((await stranger.raw('/_api/web/currentuser', { userId: 99 })).status).toBe(403);
      expect((await stranger.raw('/_api/web/siteusers', { userId: 99 })).status).toBe(403);
      expect((await stranger.raw(`${listApiPath(h.server.webUrl, lists.wards)}/items`, { userId: 99 })).status).toBe(403);
    } finally {
      await stranger.server.close();
    }
  });
});
