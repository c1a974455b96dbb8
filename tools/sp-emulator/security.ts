import type { ListKey } from '../../src/schema/fieldTypes';
import {
  BUILT_IN_ROLE_DEFINITIONS, EMPTY_MASK, FULL_CONTROL_ID, FULL_MASK, LIMITED_ACCESS_ID, hasPermission, unionOf
} from '../../src/schema/permissionLevels';
import type { IBasePermissions, IRoleDefinitionDef, PermissionKindName } from '../../src/schema/permissionLevels';
import type { ISeedUser } from '../seed/seedTypes';
import { SpRequestError } from './apiTypes';
import type {
  IRoleAssignment, ISiteSecurityState, IStoredGroup, IStoredItem, IStoredList, IStoredRoleDefinition
} from './types';

/**
 * SharePoint's permission model over the emulator's state: role definitions are bit sets,
 * role assignments bind principals (users and SharePoint groups) to them at web, list and
 * item scope, and a scope with no assignments of its own inherits its parent's. A request
 * is allowed when the caller's effective permissions in the scope hold the bit it needs.
 */

export type Scope =
  | { kind: 'web' }
  | { kind: 'list'; list: IStoredList }
  | { kind: 'item'; list: IStoredList; item: IStoredItem };

export interface ISecurityData {
  readonly site: ISiteSecurityState;
  readonly users: readonly ISeedUser[];
  list(key: ListKey): IStoredList;
}

export const SP_EXCEPTION = '-2146232832, Microsoft.SharePoint.SPException';

export function storedRoleDefinition(def: IRoleDefinitionDef, id: number): IStoredRoleDefinition {
  return {
    id, name: def.name, description: def.description, order: def.order, roleTypeKind: def.roleTypeKind,
    hidden: !!def.hidden, high: def.basePermissions.High, low: def.basePermissions.Low
  };
}

/** A new site's security: the built-in levels, no groups, no assignments. */
export function newSiteSecurity(firstPrincipalId: number): ISiteSecurityState {
  return {
    roleDefinitions: BUILT_IN_ROLE_DEFINITIONS.map(d => storedRoleDefinition(d, d.id as number)),
    groups: [],
    webAssignments: [],
    nextPrincipalId: firstPrincipalId,
    nextRoleDefinitionId: 1073741931
  };
}

const notInherited = (): SpRequestError =>
  new SpRequestError(400, SP_EXCEPTION, 'This operation is not allowed on an object that inherits permissions.');

export class SiteSecurity {
  private userIndex?: { from: readonly ISeedUser[]; byId: Map<number, ISeedUser> };

  public constructor(private readonly data: ISecurityData) {}

  private get site(): ISiteSecurityState {
    return this.data.site;
  }

  public get roleDefinitions(): IStoredRoleDefinition[] {
    return this.site.roleDefinitions;
  }

  public get groups(): IStoredGroup[] {
    return this.site.groups;
  }

  public user(id: number): ISeedUser | undefined {
    const users = this.data.users;
    if (!this.userIndex || this.userIndex.from !== users) this.userIndex = { from: users, byId: new Map(users.map(u => [u.id, u])) };
    return this.userIndex.byId.get(id);
  }

  public group(id: number): IStoredGroup | undefined {
    return this.site.groups.find(g => g.id === id);
  }

  public groupByName(name: string): IStoredGroup | undefined {
    const lower = name.toLowerCase();
    return this.site.groups.find(g => g.title.toLowerCase() === lower);
  }

  public isPrincipal(id: number): boolean {
    return !!this.user(id) || !!this.group(id);
  }

  public groupsOf(userId: number): IStoredGroup[] {
    return this.site.groups.filter(g => g.memberIds.includes(userId));
  }

  public roleDefinition(id: number): IStoredRoleDefinition | undefined {
    return this.site.roleDefinitions.find(r => r.id === id);
  }

  public roleDefinitionByName(name: string): IStoredRoleDefinition | undefined {
    const lower = name.toLowerCase();
    return this.site.roleDefinitions.find(r => r.name.toLowerCase() === lower);
  }

  /** The assignments that govern a scope: its own, or the nearest parent's. */
  public assignmentsOf(scope: Scope): IRoleAssignment[] {
    if (scope.kind === 'item' && scope.item.roleAssignments) return scope.item.roleAssignments;
    if (scope.kind !== 'web' && scope.list.roleAssignments) return scope.list.roleAssignments;
    return this.site.webAssignments;
  }

  public hasUniqueAssignments(scope: Scope): boolean {
    if (scope.kind === 'web') return true;
    if (scope.kind === 'item') return !!scope.item.roleAssignments;
    return !!scope.list.roleAssignments;
  }

  public permissions(userId: number, scope: Scope): IBasePermissions {
    const user = this.user(userId);
    if (!user) return EMPTY_MASK;
    // Site collection administrators keep access everywhere, unique permissions or not.
    if (user.isSiteAdmin) return FULL_MASK;
    return this.maskFor(this.assignmentsOf(scope), this.principalsOf(userId));
  }

  private principalsOf(userId: number): Set<number> {
    return new Set([userId, ...this.groupsOf(userId).map(g => g.id)]);
  }

  private maskFor(assignments: readonly IRoleAssignment[], principals: Set<number>): IBasePermissions {
    let mask = EMPTY_MASK;
    for (const a of assignments) {
      if (!principals.has(a.principalId)) continue;
      for (const id of a.roleDefIds) {
        const def = this.roleDefinition(id);
        if (def) mask = unionOf(mask, { High: def.high, Low: def.low });
      }
    }
    return mask;
  }

  /** canRead for many items of one list: the list's mask is worked out once, items with their own assignments each. */
  public readFilter(userId: number, list: IStoredList): (item: IStoredItem) => boolean {
    const user = this.user(userId);
    if (!user) return () => false;
    if (user.isSiteAdmin) return () => true;
    const principals = this.principalsOf(userId);
    const listMask = this.maskFor(this.assignmentsOf({ kind: 'list', list }), principals);
    const allowed = (mask: IBasePermissions, item: IStoredItem): boolean => hasPermission(mask, 'ViewListItems') &&
      (list.readSecurity !== 2 || item.AuthorId === userId || hasPermission(mask, 'CancelCheckout'));
    return item => allowed(item.roleAssignments ? this.maskFor(item.roleAssignments, principals) : listMask, item);
  }

  public has(userId: number, scope: Scope, kind: PermissionKindName): boolean {
    return hasPermission(this.permissions(userId, scope), kind);
  }

  /** Anything at all in the scope (Limited Access included): the list or site is there for them. */
  public hasAny(userId: number, scope: Scope): boolean {
    const m = this.permissions(userId, scope);
    return m.High !== 0 || m.Low !== 0;
  }

  /**
   * May the user see the item? ViewListItems on the item, and, where the list reads "own
   * items only", they wrote it or hold Override List Behaviors in the item's scope.
   */
  public canRead(userId: number, list: IStoredList, item: IStoredItem): boolean {
    const scope: Scope = { kind: 'item', list, item };
    const mask = this.permissions(userId, scope);
    if (!hasPermission(mask, 'ViewListItems')) return false;
    return list.readSecurity !== 2 || item.AuthorId === userId || hasPermission(mask, 'CancelCheckout');
  }

  /** May the user (who can see the item) edit or delete it? */
  public canWrite(userId: number, list: IStoredList, item: IStoredItem, kind: 'EditListItems' | 'DeleteListItems'): boolean {
    const mask = this.permissions(userId, { kind: 'item', list, item });
    if (!hasPermission(mask, kind)) return false;
    if (hasPermission(mask, 'CancelCheckout')) return true;
    if (list.writeSecurity === 4) return false;
    return list.writeSecurity !== 2 || item.AuthorId === userId;
  }

  /**
   * Breaks inheritance. Copying takes the parent's assignments as they are; not copying
   * leaves the caller with Full Control (CSOM/REST do this, so they do not lock
   * themselves out). Breaking an already unique scope changes nothing.
   */
  public breakInheritance(scope: Scope, copy: boolean, clearSubscopes: boolean, actorId?: number): void {
    if (scope.kind === 'web') return;
    if (!this.hasUniqueAssignments(scope)) {
      const parent: Scope = scope.kind === 'item' ? { kind: 'list', list: scope.list } : { kind: 'web' };
      const own: IRoleAssignment[] = copy ? this.assignmentsOf(parent).map(a => ({ principalId: a.principalId, roleDefIds: [...a.roleDefIds] })) : [];
      if (!copy && actorId !== undefined && !own.some(a => a.principalId === actorId)) own.push({ principalId: actorId, roleDefIds: [FULL_CONTROL_ID] });
      if (scope.kind === 'item') scope.item.roleAssignments = own;
      else scope.list.roleAssignments = own;
    }
    if (clearSubscopes && scope.kind === 'list') {
      for (const item of scope.list.items) delete item.roleAssignments;
    }
  }

  public resetInheritance(scope: Scope): void {
    if (scope.kind === 'item') delete scope.item.roleAssignments;
    else if (scope.kind === 'list') {
      delete scope.list.roleAssignments;
    }
  }

  public addAssignment(scope: Scope, principalId: number, roleDefId: number): void {
    this.addAssignments(scope, [[principalId, roleDefId]]);
  }

  /** Adds several [principal, role definition] bindings to a scope with unique assignments. */
  public addAssignments(scope: Scope, grants: readonly (readonly [number, number])[]): void {
    if (!this.hasUniqueAssignments(scope)) throw notInherited();
    const own = this.assignmentsOf(scope);
    const byPrincipal = new Map(own.map(a => [a.principalId, a]));
    for (const [principalId, roleDefId] of grants) {
      const existing = byPrincipal.get(principalId);
      if (existing) {
        if (!existing.roleDefIds.includes(roleDefId)) existing.roleDefIds.push(roleDefId);
        // Limited Access only stands in until something real is given.
        if (roleDefId !== LIMITED_ACCESS_ID) existing.roleDefIds = existing.roleDefIds.filter(id => id !== LIMITED_ACCESS_ID);
      } else {
        const added = { principalId, roleDefIds: [roleDefId] };
        own.push(added);
        byPrincipal.set(principalId, added);
      }
    }
    this.grantLimitedAccessAbove(scope, grants.map(g => g[0]));
  }

  public removeAssignment(scope: Scope, principalId: number, roleDefId: number): void {
    if (!this.hasUniqueAssignments(scope)) throw notInherited();
    const own = this.assignmentsOf(scope);
    const at = own.findIndex(a => a.principalId === principalId);
    if (at < 0) return;
    own[at].roleDefIds = own[at].roleDefIds.filter(id => id !== roleDefId);
    if (own[at].roleDefIds.length === 0) own.splice(at, 1);
  }

  public removePrincipal(scope: Scope, principalId: number): void {
    if (!this.hasUniqueAssignments(scope)) throw notInherited();
    const own = this.assignmentsOf(scope);
    const at = own.findIndex(a => a.principalId === principalId);
    if (at >= 0) own.splice(at, 1);
  }

  /** SharePoint gives a principal Limited Access on the parent scopes of whatever it is given, so it can reach it. */
  private grantLimitedAccessAbove(scope: Scope, principalIds: readonly number[]): void {
    const parents: Scope[] = scope.kind === 'item' ? [{ kind: 'list', list: scope.list }, { kind: 'web' }]
      : scope.kind === 'list' ? [{ kind: 'web' }] : [];
    for (const parent of parents) {
      if (!this.hasUniqueAssignments(parent)) continue;
      const own = this.assignmentsOf(parent);
      const present = new Set(own.map(a => a.principalId));
      for (const principalId of principalIds) {
        if (present.has(principalId)) continue;
        own.push({ principalId, roleDefIds: [LIMITED_ACCESS_ID] });
        present.add(principalId);
      }
    }
  }

  public createRoleDefinition(def: IRoleDefinitionDef): IStoredRoleDefinition {
    if (this.roleDefinitionByName(def.name)) {
      throw new SpRequestError(400, SP_EXCEPTION, 'A permission level with this name already exists. Type a different name for this permission level.');
    }
    const stored = storedRoleDefinition(def, def.id ?? this.site.nextRoleDefinitionId++);
    this.site.roleDefinitions.push(stored);
    return stored;
  }

  /** A group removed from the site takes its role assignments, at every scope, with it. */
  public deleteGroup(groupId: number, lists: readonly IStoredList[]): void {
    const site = this.site;
    site.groups = site.groups.filter(g => g.id !== groupId);
    const drop = (own: IRoleAssignment[] | undefined): IRoleAssignment[] | undefined => own?.filter(a => a.principalId !== groupId);
    site.webAssignments = drop(site.webAssignments) ?? [];
    for (const list of lists) {
      if (list.roleAssignments) list.roleAssignments = drop(list.roleAssignments);
      for (const item of list.items) if (item.roleAssignments) item.roleAssignments = drop(item.roleAssignments);
    }
  }

  public createGroup(title: string, description: string, ownerId?: number): IStoredGroup {
    if (this.groupByName(title)) {
      throw new SpRequestError(400, SP_EXCEPTION, `The specified name is already in use.`);
    }
    const group: IStoredGroup = { id: this.site.nextPrincipalId++, title, description, ownerId, memberIds: [], onlyAllowMembersViewMembership: true };
    this.site.groups.push(group);
    return group;
  }
}
