import type { HubGroup, ListKey } from '../../schema/fieldTypes';
import { LIMITED_ACCESS_ID, BUILT_IN_ROLE_DEFINITIONS } from '../../schema/permissionLevels';
import { ALL_LISTS } from '../../schema/lists';
import { HUB_GROUPS, siteSetupPlan } from '../../schema/sitePermissions';
import type { SetupStep } from '../../schema/sitePermissions';
import type {
  HubGroupNames, IHubGroupStatus, IRoleAssignmentInfo, ISetupPlan, ISiteConfiguration, SetupAction, SetupScope
} from './types';

export const DEFAULT_GROUP_NAMES: HubGroupNames = Object.fromEntries(HUB_GROUPS.map(g => [g.title, g.title])) as Record<HubGroup, string>;

const LIMITED_ACCESS = BUILT_IN_ROLE_DEFINITIONS.find(r => r.id === LIMITED_ACCESS_ID)?.name ?? 'Limited Access';

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function assignmentOf(assignments: readonly IRoleAssignmentInfo[], title: string): IRoleAssignmentInfo | undefined {
  return assignments.find(a => a.principal.isGroup && same(a.principal.title, title));
}

function holds(assignments: readonly IRoleAssignmentInfo[], title: string, level: string): boolean {
  return !!assignmentOf(assignments, title)?.roleDefinitionNames.some(n => same(n, level));
}

/**
 * Compares the site's real configuration with the documented set-up
 * (src/schema/sitePermissions.ts) and says what the set-up would do: create or adopt the
 * groups (under the names this council chose), create the custom levels, stop lists
 * inheriting, grant each group its level on the site and each list, and turn on
 * item-level security. Whatever already matches is left alone, so a second run plans
 * nothing. Assignments the design does not call for are only proposed for removal: the
 * set-up did not make them, so removing them is the owner's call. The caller's own
 * assignments are never proposed, so the owner cannot lock themselves out.
 */
export function planSiteSetup(
  config: ISiteConfiguration,
  groupNames: HubGroupNames = DEFAULT_GROUP_NAMES,
  steps: readonly SetupStep[] = siteSetupPlan()
): ISetupPlan {
  const actions: SetupAction[] = [];
  const missing = new Set<ListKey>();
  const brokenByPlan = new Set<ListKey>();
  const designed = new Map<string, Map<string, string>>();
  const design = (scope: string, title: string, level: string): void => {
    const byGroup = designed.get(scope) ?? new Map<string, string>();
    byGroup.set(title.toLowerCase(), level);
    designed.set(scope, byGroup);
  };
  const groupExists = (title: string): boolean => config.groups.some(g => same(g.title, title));

  for (const step of steps) {
    switch (step.kind) {
      case 'createRoleDefinition':
        if (!config.roleDefinitions.some(r => same(r.name, step.definition.name))) actions.push({ kind: 'createRoleDefinition', definition: step.definition });
        break;
      case 'ensureGroup': {
        const title = groupNames[step.group.title];
        if (!groupExists(title)) actions.push({ kind: 'createGroup', group: step.group.title, title, description: step.group.description });
        break;
      }
      case 'grantOnWeb': {
        const title = groupNames[step.group];
        design('web', title, step.roleDefinition);
        // Unknown when the reader may not see the site's permissions: nothing is assumed.
        if (config.webAssignments && !holds(config.webAssignments, title, step.roleDefinition)) {
          actions.push({ kind: 'grant', scope: { kind: 'web' }, group: step.group, groupTitle: title, roleDefinition: step.roleDefinition });
        }
        break;
      }
      case 'breakListInheritance': {
        const list = config.lists[step.list];
        if (!list) missing.add(step.list);
        else if (!list.hasUniqueRoleAssignments) {
          brokenByPlan.add(step.list);
          actions.push({ kind: 'breakInheritance', list: step.list, listTitle: list.title });
        }
        break;
      }
      case 'grantOnList': {
        const list = config.lists[step.list];
        if (!list) {
          missing.add(step.list);
          break;
        }
        const title = groupNames[step.group];
        design(step.list, title, step.roleDefinition);
        if (brokenByPlan.has(step.list) || !holds(list.assignments, title, step.roleDefinition)) {
          actions.push({
            kind: 'grant', scope: { kind: 'list', list: step.list, listTitle: list.title }, group: step.group, groupTitle: title, roleDefinition: step.roleDefinition
          });
        }
        break;
      }
      case 'setItemLevelSecurity': {
        const list = config.lists[step.list];
        if (!list) missing.add(step.list);
        else if (list.readSecurity !== step.readSecurity || list.writeSecurity !== step.writeSecurity) {
          actions.push({ kind: 'setItemLevelSecurity', list: step.list, listTitle: list.title, readSecurity: step.readSecurity, writeSecurity: step.writeSecurity });
        }
        break;
      }
    }
  }

  const hubTitles = new Set(Object.values(groupNames).map(t => t.toLowerCase()));
  const proposedRemovals: SetupAction[] = [];
  const propose = (scope: SetupScope, key: string, assignments: readonly IRoleAssignmentInfo[]): void => {
    const wanted = designed.get(key) ?? new Map<string, string>();
    for (const a of assignments) {
      if (a.principal.id === config.currentUserId) continue;
      const isHub = a.principal.isGroup && hubTitles.has(a.principal.title.toLowerCase());
      // On the site itself, anyone but the Hub's groups is the council's business (owners, visitors…).
      if (scope.kind === 'web' && !isHub) continue;
      const designedLevel = isHub ? wanted.get(a.principal.title.toLowerCase()) : undefined;
      for (const level of a.roleDefinitionNames) {
        // Limited Access is SharePoint's own bookkeeping for access granted further down.
        if (same(level, LIMITED_ACCESS) || (designedLevel && same(level, designedLevel))) continue;
        proposedRemovals.push({ kind: 'removeGrant', scope, principal: a.principal, roleDefinition: level, reason: isHub ? 'moreThanDesigned' : 'notInDesign' });
      }
    }
  };
  if (config.webAssignments) propose({ kind: 'web' }, 'web', config.webAssignments);
  for (const list of Object.values(config.lists)) {
    if (!list || !list.hasUniqueRoleAssignments) continue;
    propose({ kind: 'list', list: list.key, listTitle: list.title }, list.key, list.assignments);
  }

  const groups: IHubGroupStatus[] = HUB_GROUPS.map(g => {
    const title = groupNames[g.title];
    const found = config.groups.find(x => same(x.title, title));
    return found ? { group: g.title, title: found.title, id: found.id } : { group: g.title, title };
  });
  return {
    actions,
    proposedRemovals,
    missingLists: ALL_LISTS.map(l => l.key).filter(k => missing.has(k)),
    groups
  };
}
