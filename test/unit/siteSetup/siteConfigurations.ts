import type { IListSecurityInfo, IRoleAssignmentInfo, ISiteConfiguration } from '../../../src/domain/siteSetup';
import type { HubGroup, ListKey } from '../../../src/schema/fieldTypes';
import { ALL_LISTS } from '../../../src/schema/lists';
import { BUILT_IN_ROLE_DEFINITIONS, CUSTOM_ROLE_DEFINITIONS, PERMISSION_LEVEL_NAMES } from '../../../src/schema/permissionLevels';
import { HUB_GROUPS, WEB_PERMISSIONS } from '../../../src/schema/sitePermissions';
import { QUERIED_COLUMNS } from '../../../src/schema/queriedColumns';

/** Site configurations as the set-up service would read them, for the planner's and the page's tests. */
export const ME = 1;
export const groupIds: Record<HubGroup, number> = { 'Hub Members': 101, 'Hub Officers': 102, 'Hub Directors': 103, 'Democratic Services': 104 };
export const group = (title: string, id = 200): IRoleAssignmentInfo['principal'] => ({ id, title, isGroup: true });
export const grant = (title: string, level: string, id?: number): IRoleAssignmentInfo => ({ principal: group(title, id), roleDefinitionNames: [level] });

/** A site exactly as the documented set-up leaves it. */
export function configured(): ISiteConfiguration {
  const lists: Partial<Record<ListKey, IListSecurityInfo>> = {};
  for (const l of ALL_LISTS) {
    const readSecurity = l.permissions.readSecurity === 'own' ? 2 : 1;
    const writeSecurity = l.permissions.writeSecurity === 'own' ? 2 : 1;
    lists[l.key] = {
      key: l.key, title: l.title, itemCount: 3, hasUniqueRoleAssignments: true, readSecurity, writeSecurity,
      indexedFields: [...(QUERIED_COLUMNS[l.key] ?? [])],
      assignments: [
        { principal: { id: ME, title: 'Site Owner', isGroup: false }, roleDefinitionNames: ['Full Control'] },
        ...(Object.entries(l.permissions.groups) as [HubGroup, keyof typeof PERMISSION_LEVEL_NAMES][])
          .map(([g, level]) => grant(g, PERMISSION_LEVEL_NAMES[level], groupIds[g]))
      ]
    };
  }
  return {
    currentUserId: ME,
    roleDefinitions: [...BUILT_IN_ROLE_DEFINITIONS, ...CUSTOM_ROLE_DEFINITIONS].map((r, i) => ({ id: r.id ?? 1073741931 + i, name: r.name, roleTypeKind: r.roleTypeKind, basePermissions: r.basePermissions })),
    groups: [group('Site Owners', 5), group('Site Visitors', 7), ...HUB_GROUPS.map(g => group(g.title, groupIds[g.title]))],
    webAssignments: [
      grant('Site Owners', 'Full Control', 5), grant('Site Visitors', 'Read', 7),
      ...HUB_GROUPS.map(g => grant(g.title, PERMISSION_LEVEL_NAMES[WEB_PERMISSIONS[g.title]], groupIds[g.title]))
    ],
    lists
  };
}

/** A site as adding the app leaves it: lists inheriting the site's Owners/Visitors, no Hub groups. */
export function fresh(): ISiteConfiguration {
  const c = configured();
  const web = [grant('Site Owners', 'Full Control', 5), grant('Site Visitors', 'Read', 7)];
  const lists = Object.fromEntries(Object.values(c.lists).map(l => [l!.key, { ...l!, hasUniqueRoleAssignments: false, readSecurity: 1, writeSecurity: 1, assignments: web }]));
  return {
    ...c, groups: [group('Site Owners', 5), group('Site Visitors', 7)], webAssignments: web, lists,
    roleDefinitions: c.roleDefinitions.filter(r => r.roleTypeKind !== 0)
  };
}

export function withList(c: ISiteConfiguration, key: ListKey, change: Partial<IListSecurityInfo>): ISiteConfiguration {
  return { ...c, lists: { ...c.lists, [key]: { ...c.lists[key]!, ...change } } };
}
