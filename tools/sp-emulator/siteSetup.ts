import type { HubGroup, ListKey } from '../../src/schema/fieldTypes';
import { PERMISSION_LEVEL_NAMES } from '../../src/schema/permissionLevels';
import { siteSetupPlan } from '../../src/schema/sitePermissions';
import type { SetupStep } from '../../src/schema/sitePermissions';
import type { ISeedData } from '../seed/seedTypes';
import { SiteSecurity } from './security';
import type { IEmulatorState } from './types';

/**
 * Applies one step of the documented site set-up (src/schema/sitePermissions.ts) to the
 * emulator's permission model, through the same operations its REST endpoints use.
 * Nothing here knows which list is which: the configuration says it all.
 */
export function applySetupStep(state: IEmulatorState, step: SetupStep, actorId?: number): void {
  const security = new SiteSecurity({ site: state.site, users: state.users, list: k => state.lists[k] });
  const roleId = (name: string): number => {
    const def = security.roleDefinitionByName(name);
    if (!def) throw new Error(`Set-up names a permission level '${name}' the site does not have`);
    return def.id;
  };
  const groupId = (title: HubGroup): number => {
    const g = security.groupByName(title);
    if (!g) throw new Error(`Set-up names a group '${title}' the site does not have`);
    return g.id;
  };
  const list = (key: ListKey): IEmulatorState['lists'][ListKey] => {
    const found = state.lists[key];
    if (!found) throw new Error(`Set-up names a list '${key}' the package did not create`);
    return found;
  };
  switch (step.kind) {
    case 'createRoleDefinition':
      if (!security.roleDefinitionByName(step.definition.name)) security.createRoleDefinition(step.definition);
      return;
    case 'ensureGroup':
      if (!security.groupByName(step.group.title)) security.createGroup(step.group.title, step.group.description);
      return;
    case 'grantOnWeb':
      security.addAssignment({ kind: 'web' }, groupId(step.group), roleId(step.roleDefinition));
      return;
    case 'breakListInheritance':
      security.breakInheritance({ kind: 'list', list: list(step.list) }, false, true, actorId);
      return;
    case 'grantOnList':
      security.addAssignment({ kind: 'list', list: list(step.list) }, groupId(step.group), roleId(step.roleDefinition));
      return;
    case 'setItemLevelSecurity':
      list(step.list).readSecurity = step.readSecurity;
      list(step.list).writeSecurity = step.writeSecurity;
      return;
  }
}

/**
 * After the package has created the lists: the documented set-up, then the seed's people
 * put in their groups and its items with unique permissions given them (as the routing
 * step or Democratic Services would: break inheritance, then add role assignments).
 */
export function applySetupAndSeed(state: IEmulatorState, seed: ISeedData): void {
  for (const step of siteSetupPlan()) applySetupStep(state, step);
  const security = new SiteSecurity({ site: state.site, users: state.users, list: k => state.lists[k] });
  const roleId = (level: keyof typeof PERMISSION_LEVEL_NAMES): number => {
    const def = security.roleDefinitionByName(PERMISSION_LEVEL_NAMES[level]);
    if (!def) throw new Error(`The site has no permission level '${PERMISSION_LEVEL_NAMES[level]}'`);
    return def.id;
  };
  for (const group of security.groups) {
    const members = new Set(group.memberIds);
    for (const user of seed.users) if (user.groups.includes(group.title as HubGroup)) members.add(user.id);
    group.memberIds = [...members];
  }
  for (const [key, byItem] of Object.entries(seed.itemPermissions) as [ListKey, Record<number, Record<number, keyof typeof PERMISSION_LEVEL_NAMES>>][]) {
    const stored = state.lists[key];
    if (!stored) continue;
    for (const [itemId, grants] of Object.entries(byItem)) {
      const item = stored.items.find(i => i.Id === Number(itemId));
      if (!item) continue;
      const scope = { kind: 'item' as const, list: stored, item };
      security.breakInheritance(scope, false, false);
      security.addAssignments(scope, Object.entries(grants).map(([principalId, level]) => [Number(principalId), roleId(level)] as const));
    }
  }
}

/** The standard groups a new SharePoint team or communication site comes with, and their level on the site. */
export const STANDARD_SITE_GROUPS = [
  { suffix: 'Owners', level: 'Full Control' },
  { suffix: 'Members', level: 'Edit' },
  { suffix: 'Visitors', level: 'Read' }
] as const;

export const SITE_TITLE = 'Member\u2013Officer Hub';

/**
 * The site as adding the app leaves it: no Hub groups, no custom level, lists inheriting
 * the site's permissions and default item-level security. Site collection administrators
 * are the Owners; everyone else the seed knows is a Visitor, as on an intranet site
 * whose visitors are the whole council. Putting people in the Hub's groups is left to
 * the site owner, as on a tenant.
 */
export function applyFreshSiteDefaults(state: IEmulatorState, seed: ISeedData): void {
  const security = new SiteSecurity({ site: state.site, users: state.users, list: k => state.lists[k] });
  for (const { suffix, level } of STANDARD_SITE_GROUPS) {
    const group = security.createGroup(`${SITE_TITLE} ${suffix}`, '');
    if (suffix === 'Owners') group.memberIds = seed.users.filter(u => u.isSiteAdmin).map(u => u.id);
    if (suffix === 'Visitors') group.memberIds = seed.users.filter(u => !u.isSiteAdmin).map(u => u.id);
    const def = security.roleDefinitionByName(level);
    if (!def) throw new Error(`A new site has no '${level}' level`);
    security.addAssignment({ kind: 'web' }, group.id, def.id);
  }
}
