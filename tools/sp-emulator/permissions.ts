import type { IListDef, PermissionLevel } from '../../src/schema/fieldTypes';
import type { ISeedUser } from '../seed/seedTypes';
import type { IStoredItem } from './types';

export type Access = 'none' | PermissionLevel;

const RANK: Record<Access, number> = { none: 0, read: 1, contribute: 2, full: 3 };

export function atLeast(access: Access, needed: PermissionLevel): boolean {
  return RANK[access] >= RANK[needed];
}

function higher(a: Access, b: Access): Access {
  return RANK[a] >= RANK[b] ? a : b;
}

/** SharePoint's role definition ids for the levels the hub uses. */
export const ROLE_DEFINITIONS: Record<number, PermissionLevel> = {
  1073741826: 'read',
  1073741827: 'contribute',
  1073741829: 'full'
};

/** The user's level on the list from their groups (site admins have everything). */
export function listAccess(user: ISeedUser, list: IListDef): Access {
  if (user.isSiteAdmin) return 'full';
  let access: Access = 'none';
  for (const group of user.groups) access = higher(access, list.permissions.groups[group] ?? 'none');
  return access;
}

/**
 * The user's level on one item, as SharePoint works it out: 'full' on the list and site
 * admins keep access everywhere; an item with unique permissions is governed by its own
 * assignments, else by the list level; then item-level security ('own': read or edit only
 * items the user created) narrows that for anyone without Override List Behaviors.
 */
export function itemAccess(user: ISeedUser, list: IListDef, item: IStoredItem): Access {
  const onList = listAccess(user, list);
  if (onList === 'full') return 'full';
  const granted: Access = item.uniquePermissions ? item.uniquePermissions[user.id] ?? 'none' : onList;
  if (granted === 'none') return 'none';
  const overrides = user.groups.some(g => list.permissions.overrideItemSecurity?.includes(g));
  if (overrides || item.AuthorId === user.id) return granted;
  if (list.permissions.readSecurity === 'own') return 'none';
  if (list.permissions.writeSecurity === 'own' && atLeast(granted, 'contribute')) return 'read';
  return granted;
}
