import type { SPFI } from '@pnp/sp';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import '@pnp/sp/lists';
import { SpSiteSetupService } from '../../src/data/siteSetup';
import { HubDataError } from '../../src/data/hubDataError';
import { DEFAULT_GROUP_NAMES, planSiteSetup, runSetup } from '../../src/domain/siteSetup';
import type { HubGroupNames } from '../../src/domain/siteSetup';
import type { HubGroup } from '../../src/schema/fieldTypes';
import { ALL_LISTS } from '../../src/schema/lists';
import { siteSetupPlan } from '../../src/schema/sitePermissions';
import { USERS } from '../emulator/fixtures';
import { startHarness, type IHarness } from '../emulator/harness';
import { EXPECTED, ONLY_IN, matrixSeed, tryAll } from '../emulator/permissionMatrixCases';
import * as lists from '../../src/schema/lists';
import { hubList } from '../../src/data/hubList';

/**
 * The site set-up as a council's site owner runs it: the emulator starts with only what
 * adding the app leaves (the lists, inheriting the site's permissions, and the standard
 * Owners / Members / Visitors groups); the real service plans and applies the set-up
 * through real PnPjs over HTTP; then the documented permission matrix must hold.
 */

jest.setTimeout(60000);

const serviceAs = (h: IHarness, userId: number): SpSiteSetupService => new SpSiteSetupService(h.spAs(userId), h.server.webUrl);

async function addToGroup(sp: SPFI, group: string, login: string): Promise<void> {
  await sp.web.siteGroups.getByName(group).users.add(login);
}

async function setUp(h: IHarness, names: HubGroupNames = DEFAULT_GROUP_NAMES): Promise<ReturnType<typeof planSiteSetup>> {
  const service = serviceAs(h, USERS.owner);
  const plan = planSiteSetup(await service.readConfiguration(), names);
  const results = await runSetup(plan.actions, a => service.apply(a));
  expect(results.filter(r => r.outcome !== 'done')).toEqual([]);
  return plan;
}

describe('site set-up on a site as the app leaves it', () => {
  let h: IHarness;
  beforeAll(async () => { h = await startHarness({ seed: matrixSeed(), site: 'listsOnly' }); });
  afterAll(async () => { await h.server.close(); });

  it('plans every documented step on a fresh site, then makes the permission matrix hold', async () => {
    const owner = serviceAs(h, USERS.owner);
    expect(await owner.access()).toBe('owner');
    const plan = await setUp(h);
    // On a fresh site each documented step is exactly one change.
    expect(plan.actions.map(a => a.kind)).toEqual(siteSetupPlan().map(s => ({
      createRoleDefinition: 'createRoleDefinition', ensureGroup: 'createGroup', grantOnWeb: 'grant',
      breakListInheritance: 'breakInheritance', grantOnList: 'grant', setItemLevelSecurity: 'setItemLevelSecurity'
    })[s.kind]));
    expect(plan.missingLists).toEqual([]);

    // Membership is the owner's job: one person in each group, through SharePoint's own endpoint.
    const sp = h.spAs(USERS.owner);
    for (const [group, id] of Object.entries(ONLY_IN) as [HubGroup, number][]) {
      const login = h.server.emulator.store.users.find(u => u.id === id)!.loginName;
      await addToGroup(sp, group, login);
    }
    for (const list of ALL_LISTS) {
      const got: Record<string, string> = {};
      for (const group of Object.keys(ONLY_IN) as HubGroup[]) got[group] = await tryAll(h, list, ONLY_IN[group]);
      expect(`${list.title}: ${JSON.stringify(got)}`).toBe(`${list.title}: ${JSON.stringify(EXPECTED[list.key])}`);
    }
  });

  it('changes nothing on a second run: the plan is empty and proposes no removals', async () => {
    const before = JSON.stringify(h.server.emulator.store.site);
    const plan = planSiteSetup(await serviceAs(h, USERS.owner).readConfiguration());
    expect(plan.actions).toEqual([]);
    expect(plan.proposedRemovals).toEqual([]);
    expect(plan.groups.every(g => typeof g.id === 'number')).toBe(true);
    expect(JSON.stringify(h.server.emulator.store.site)).toBe(before);
  });
});

describe('a site owner who already has groups, or gave a group too much', () => {
  let h: IHarness;
  beforeAll(async () => { h = await startHarness({ seed: matrixSeed(), site: 'listsOnly' }); });
  afterAll(async () => { await h.server.close(); });

  it('adopts an existing group under the council\u2019s own name and never removes what it did not create unless asked', async () => {
    const sp = h.spAs(USERS.owner);
    await sp.web.siteGroups.add({ Title: 'Councillors', Description: 'Made by hand before the set-up.' });
    const names: HubGroupNames = { ...DEFAULT_GROUP_NAMES, 'Hub Members': 'Councillors' };
    const plan = await setUp(h, names);
    expect(plan.actions.filter(a => a.kind === 'createGroup').map(a => (a.kind === 'createGroup' ? a.title : ''))).toEqual(['Hub Officers', 'Hub Directors', 'Democratic Services']);
    expect(h.server.emulator.store.site.groups.filter(g => g.title === 'Councillors')).toHaveLength(1);

    // Someone then gives Hub Officers Edit on Wards by hand: more than the design's Read.
    const wards = hubList(sp.web, lists.wards);
    const officers = await sp.web.siteGroups.getByName('Hub Officers').select('Id')<{ Id: number }>();
    const edit = await sp.web.roleDefinitions.getByName('Edit').select('Id')<{ Id: number }>();
    await wards.roleAssignments.add(officers.Id, edit.Id);

    const service = serviceAs(h, USERS.owner);
    const again = planSiteSetup(await service.readConfiguration(), names);
    expect(again.actions).toEqual([]);
    expect(again.proposedRemovals).toEqual([expect.objectContaining({
      kind: 'removeGrant', roleDefinition: 'Edit', reason: 'moreThanDesigned', scope: { kind: 'list', list: 'wards', listTitle: lists.wards.title },
      principal: expect.objectContaining({ title: 'Hub Officers', isGroup: true })
    })]);
    // Running the plan as it stands leaves the hand-made grant alone.
    await runSetup(again.actions, a => service.apply(a));
    const stillThere = planSiteSetup(await service.readConfiguration(), names);
    expect(stillThere.proposedRemovals).toHaveLength(1);
    // Ticked by the owner, it goes, and the design's Read stays.
    const results = await runSetup(stillThere.proposedRemovals, a => service.apply(a));
    expect(results.map(r => r.outcome)).toEqual(['done']);
    const after = planSiteSetup(await service.readConfiguration(), names);
    expect({ actions: after.actions, removals: after.proposedRemovals }).toEqual({ actions: [], removals: [] });
  });

  it('reports a failed step with SharePoint\u2019s words and runs nothing after it', async () => {
    const service = serviceAs(h, USERS.owner);
    const results = await runSetup([
      { kind: 'grant', scope: { kind: 'web' }, group: 'Hub Members', groupTitle: 'No such group', roleDefinition: 'Read' },
      { kind: 'createGroup', group: 'Hub Members', title: 'Never made', description: '' }
    ], a => service.apply(a));
    expect(results.map(r => r.outcome)).toEqual(['failed', 'notRun']);
    expect(results[0].error).toBe('Group cannot be found.');
    expect(h.server.emulator.store.site.groups.some(g => g.title === 'Never made')).toBe(false);
  });
});

describe('someone who is not a site owner', () => {
  let h: IHarness;
  beforeAll(async () => { h = await startHarness({ seed: matrixSeed(), site: 'listsOnly' }); });
  afterAll(async () => { await h.server.close(); });

  it('is told they cannot manage permissions, and SharePoint refuses each set-up step they try', async () => {
    const visitor = serviceAs(h, USERS.officer);
    expect(await visitor.access()).toBe('none');
    const before = JSON.stringify(h.server.emulator.store.site);
    const plan = siteSetupPlan();
    const tries = [
      { kind: 'createRoleDefinition' as const, definition: (plan[0] as Extract<typeof plan[number], { kind: 'createRoleDefinition' }>).definition },
      { kind: 'createGroup' as const, group: 'Hub Members' as const, title: 'Hub Members', description: '' },
      { kind: 'breakInheritance' as const, list: 'wards' as const, listTitle: lists.wards.title },
      { kind: 'setItemLevelSecurity' as const, list: 'visitRequests' as const, listTitle: lists.visitRequests.title, readSecurity: 2, writeSecurity: 2 },
      { kind: 'grant' as const, scope: { kind: 'web' as const }, group: 'Hub Members' as const, groupTitle: `${'Member\u2013Officer Hub'} Visitors`, roleDefinition: 'Full Control' }
    ];
    for (const action of tries) {
      const error = await visitor.apply(action).then(() => undefined, (e: unknown) => e);
      expect(`${action.kind}: ${error instanceof HubDataError ? `${error.kind} ${String(error.status)}` : String(error)}`).toBe(`${action.kind}: forbidden 403`);
    }
    expect(JSON.stringify(h.server.emulator.store.site)).toBe(before);
    expect(h.server.emulator.store.list('wards').roleAssignments).toBeUndefined();
    expect(h.server.emulator.store.list('visitRequests').readSecurity).toBe(1);
  });
});
