import type { HubGroup, IListDef, ListKey, PermissionLevel } from './fieldTypes';
import { ALL_LISTS } from './lists';
import { CUSTOM_ROLE_DEFINITIONS, PERMISSION_LEVEL_NAMES } from './permissionLevels';
import type { IRoleDefinitionDef } from './permissionLevels';

/**
 * The Hub's documented permission configuration, as the ordered REST steps that apply it
 * to a site: what the provisioning XML cannot set (or cannot be trusted to set) is done
 * here. The site set-up applies these steps on a tenant; the emulator builds its site by
 * applying the same steps to its own permission model.
 */

export interface IHubGroupDef {
  readonly title: HubGroup;
  readonly description: string;
}

export const HUB_GROUPS: readonly IHubGroupDef[] = [
  { title: 'Hub Members', description: 'Councillors.' },
  { title: 'Hub Officers', description: 'Council officers.' },
  { title: 'Hub Directors', description: 'Directors, the Chief Financial Officer and the Deputy Chief Executive.' },
  { title: 'Democratic Services', description: 'The team that maintains the Hub\u2019s data.' }
];

/** Every Hub group may open the site; what each may do in a list is the list's own business. */
export const WEB_PERMISSIONS: Readonly<Record<HubGroup, PermissionLevel>> = {
  'Hub Members': 'read',
  'Hub Officers': 'read',
  'Hub Directors': 'read',
  'Democratic Services': 'read'
};

/** SP.List ReadSecurity / WriteSecurity values (MS-WSSCAML): 1 = all items, 2 = only the user's own. */
export const ITEM_SECURITY = { all: 1, own: 2 } as const;

export type SetupStep =
  | { readonly kind: 'createRoleDefinition'; readonly definition: IRoleDefinitionDef }
  | { readonly kind: 'ensureGroup'; readonly group: IHubGroupDef }
  | { readonly kind: 'grantOnWeb'; readonly group: HubGroup; readonly roleDefinition: string }
  /** POST …/breakroleinheritance(copyRoleAssignments=false, clearSubscopes=true). */
  | { readonly kind: 'breakListInheritance'; readonly list: ListKey }
  | { readonly kind: 'grantOnList'; readonly list: ListKey; readonly group: HubGroup; readonly roleDefinition: string }
  /** MERGE on the list: { ReadSecurity, WriteSecurity }. */
  | { readonly kind: 'setItemLevelSecurity'; readonly list: ListKey; readonly readSecurity: number; readonly writeSecurity: number };

export function listSetupSteps(list: IListDef): SetupStep[] {
  const steps: SetupStep[] = [{ kind: 'breakListInheritance', list: list.key }];
  for (const [group, level] of Object.entries(list.permissions.groups) as [HubGroup, PermissionLevel][]) {
    steps.push({ kind: 'grantOnList', list: list.key, group, roleDefinition: PERMISSION_LEVEL_NAMES[level] });
  }
  const { readSecurity, writeSecurity } = list.permissions;
  if (readSecurity === 'own' || writeSecurity === 'own') {
    steps.push({
      kind: 'setItemLevelSecurity', list: list.key,
      readSecurity: ITEM_SECURITY[readSecurity ?? 'all'], writeSecurity: ITEM_SECURITY[writeSecurity ?? 'all']
    });
  }
  return steps;
}

/** Everything the site set-up does after the app has created the lists, in order. */
export function siteSetupPlan(lists: readonly IListDef[] = ALL_LISTS): SetupStep[] {
  return [
    ...CUSTOM_ROLE_DEFINITIONS.map((definition): SetupStep => ({ kind: 'createRoleDefinition', definition })),
    ...HUB_GROUPS.map((group): SetupStep => ({ kind: 'ensureGroup', group })),
    ...HUB_GROUPS.map((g): SetupStep => ({ kind: 'grantOnWeb', group: g.title, roleDefinition: PERMISSION_LEVEL_NAMES[WEB_PERMISSIONS[g.title]] })),
    ...lists.flatMap(listSetupSteps)
  ];
}
