import { DEFAULT_GROUP_NAMES, groupNameProblem, planSiteSetup, resolveGroupNames, runSetup } from '../../../src/domain/siteSetup';
import type { SetupAction } from '../../../src/domain/siteSetup';
import { ALL_LISTS } from '../../../src/schema/lists';
import { HUB_GROUPS } from '../../../src/schema/sitePermissions';
import { configured, fresh, grant, group, groupIds, withList } from './siteConfigurations';
import * as lists from '../../../src/schema/lists';

const kinds = (actions: readonly SetupAction[]): string[] => actions.map(a => a.kind);

describe('planning the site set-up', () => {
  it('plans nothing for a site that matches the documented set-up (a second run is a no-op)', () => {
    const plan = planSiteSetup(configured());
    expect({ actions: plan.actions, removals: plan.proposedRemovals, missing: plan.missingLists }).toEqual({ actions: [], removals: [], missing: [] });
    expect(plan.groups.map(g => [g.title, g.id])).toEqual(HUB_GROUPS.map(g => [g.title, groupIds[g.title]]));
  });

  it('on a fresh site creates the level and the groups, grants on the site, then breaks and grants list by list', () => {
    const plan = planSiteSetup(fresh());
    expect(kinds(plan.actions).slice(0, 13)).toEqual(['createRoleDefinition', 'createRoleDefinition', 'createRoleDefinition', 'createRoleDefinition', 'createRoleDefinition', 'createGroup', 'createGroup', 'createGroup', 'createGroup', 'grant', 'grant', 'grant', 'grant']);
    const firstBreak = plan.actions.findIndex(a => a.kind === 'breakInheritance');
    const firstListGrant = plan.actions.findIndex(a => a.kind === 'grant' && a.scope.kind === 'list');
    expect(firstBreak).toBeLessThan(firstListGrant);
    expect(plan.actions.filter(a => a.kind === 'breakInheritance')).toHaveLength(ALL_LISTS.length);
    expect(plan.actions.filter(a => a.kind === 'setItemLevelSecurity')).toEqual([
      { kind: 'setItemLevelSecurity', list: 'memberSelfDescriptions', listTitle: lists.memberSelfDescriptions.title, readSecurity: 1, writeSecurity: 2 },
      { kind: 'setItemLevelSecurity', list: 'liaisonProfiles', listTitle: lists.liaisonProfiles.title, readSecurity: 1, writeSecurity: 2 },
      { kind: 'setItemLevelSecurity', list: 'visitRequests', listTitle: lists.visitRequests.title, readSecurity: 2, writeSecurity: 2 },
      { kind: 'setItemLevelSecurity', list: 'visitResponses', listTitle: lists.visitResponses.title, readSecurity: 2, writeSecurity: 2 },
      { kind: 'setItemLevelSecurity', list: 'visitNotificationsNotSent', listTitle: lists.visitNotificationsNotSent.title, readSecurity: 2, writeSecurity: 2 }
    ]);
    // The site's own Owners and Visitors are the council's business: nothing proposed for them.
    expect(plan.proposedRemovals).toEqual([]);
  });

  it('uses the council\u2019s names for the groups and adopts a group that already exists', () => {
    const names = { ...DEFAULT_GROUP_NAMES, 'Hub Members': 'Councillors' };
    const c = fresh();
    const plan = planSiteSetup({ ...c, groups: [...c.groups, group('councillors', 300)] }, names);
    expect(plan.actions.filter(a => a.kind === 'createGroup').map(a => a.kind === 'createGroup' && a.title)).toEqual(['Hub Officers', 'Hub Directors', 'Democratic Services']);
    expect(plan.actions).toContainEqual({ kind: 'grant', scope: { kind: 'web' }, group: 'Hub Members', groupTitle: 'Councillors', roleDefinition: 'Read' });
    expect(plan.groups[0]).toEqual({ group: 'Hub Members', title: 'councillors', id: 300 });
  });

  it('turns item-level security back on where someone turned it off, and nothing else', () => {
    const plan = planSiteSetup(withList(configured(), 'visitRequests', { readSecurity: 1, writeSecurity: 1 }));
    expect(plan.actions).toEqual([{ kind: 'setItemLevelSecurity', list: 'visitRequests', listTitle: lists.visitRequests.title, readSecurity: 2, writeSecurity: 2 }]);
  });

  it('re-grants a missing level on a list that already has its own permissions, without breaking it again', () => {
    const c = configured();
    const wards = c.lists.wards!;
    const plan = planSiteSetup(withList(c, 'wards', { assignments: wards.assignments.filter(a => a.principal.title !== 'Hub Officers') }));
    expect(plan.actions).toEqual([{ kind: 'grant', scope: { kind: 'list', list: 'wards', listTitle: lists.wards.title }, group: 'Hub Officers', groupTitle: 'Hub Officers', roleDefinition: 'Read' }]);
  });

  it('only proposes removing what it did not create: a Hub group with more than designed, a stranger on a list; never the owner themselves', () => {
    const c = configured();
    const wards = c.lists.wards!;
    const plan = planSiteSetup(withList(c, 'wards', {
      assignments: [...wards.assignments.map(a => (a.principal.title === 'Hub Members' ? { ...a, roleDefinitionNames: ['Read', 'Edit'] } : a)),
        grant('Site Visitors', 'Read', 7), grant('Hub Officers', 'Limited Access', groupIds['Hub Officers'])]
    }));
    expect(plan.actions).toEqual([]);
    expect(plan.proposedRemovals).toEqual([
      expect.objectContaining({ kind: 'removeGrant', roleDefinition: 'Edit', reason: 'moreThanDesigned', principal: expect.objectContaining({ title: 'Hub Members' }) }),
      expect.objectContaining({ kind: 'removeGrant', roleDefinition: 'Read', reason: 'notInDesign', principal: expect.objectContaining({ title: 'Site Visitors' }) })
    ]);
  });

  it('proposes taking back Full Control given to a Hub group on the site', () => {
    const c = configured();
    const plan = planSiteSetup({ ...c, webAssignments: [...c.webAssignments!, grant('Hub Members', 'Full Control', groupIds['Hub Members'])] });
    expect(plan.proposedRemovals).toEqual([expect.objectContaining({ scope: { kind: 'web' }, roleDefinition: 'Full Control', reason: 'moreThanDesigned' })]);
  });

  it('names the lists that are missing (app not added) and plans the rest', () => {
    const c = fresh();
    const { premises: _gone, ...lists } = c.lists;
    const plan = planSiteSetup({ ...c, lists });
    expect(plan.missingLists).toEqual(['premises']);
    expect(plan.actions.some(a => 'list' in a && a.list === 'premises')).toBe(false);
    expect(plan.actions.some(a => a.kind === 'breakInheritance' && a.list === 'wards')).toBe(true);
  });
});

describe('group names', () => {
  it('refuses names SharePoint would refuse or that clash with another Hub group', () => {
    expect(groupNameProblem('  ')).toBe('empty');
    expect(groupNameProblem('x'.repeat(256))).toBe('tooLong');
    expect(groupNameProblem('Members: all')).toBe('invalidCharacters');
    expect(groupNameProblem('hub officers', ['Hub Officers'])).toBe('duplicate');
    expect(groupNameProblem('Councillors', ['Hub Officers'])).toBeUndefined();
  });

  it('falls back to the documented name for blank or unusable settings', () => {
    expect(resolveGroupNames({ 'Hub Members': ' Councillors ', 'Hub Officers': 'Bad/name', 'Hub Directors': 'Democratic Services' })).toEqual({
      ...DEFAULT_GROUP_NAMES, 'Hub Members': 'Councillors'
    });
  });
});

describe('running the set-up', () => {
  const step = (title: string): SetupAction => ({ kind: 'createGroup', group: 'Hub Members', title, description: '' });

  it('applies steps in order and reports each; stops at the first failure and runs nothing after it', async () => {
    const applied: string[] = [];
    const progress: string[][] = [];
    const results = await runSetup([step('a'), step('b'), step('c')], async a => {
      const title = a.kind === 'createGroup' ? a.title : '';
      if (title === 'b') throw new Error('The specified name is already in use.');
      applied.push(title);
    }, r => progress.push(r.map(x => x.outcome)));
    expect(applied).toEqual(['a']);
    expect(results.map(r => [r.outcome, r.error])).toEqual([['done', undefined], ['failed', 'The specified name is already in use.'], ['notRun', undefined]]);
    expect(progress).toEqual([['done', 'notRun', 'notRun'], ['done', 'failed', 'notRun']]);
  });
});
