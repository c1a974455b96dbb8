import type { IBasePermissions } from '../../../src/schema/permissionLevels';
import type { IApiResponse } from '../apiTypes';
import { BAD_REQUEST, jsonResponse } from '../apiTypes';
import { SP_EXCEPTION } from '../security';
import type { Scope } from '../security';
import type { IRoleAssignment, IStoredRoleDefinition } from '../types';
import type { IRouteContext, IRouteRequest } from './context';
import { NOT_FOUND, WEB, argument, jsonBody, requireOn, scopeOf, siteListOf } from './context';
import { findUserByLogin, groupEntity, userEntity } from './usersAndGroups';
import { webEntity } from './web';
import { hubListEntity } from './lists';
import { itemEntity, parseProjection } from '../itemsQuery';
import { entityName, listGuid } from '../listModel';

/**
 * The permission endpoints as PnPjs v4 calls them: role definitions, role assignments,
 * (user) effective permissions, inheritance and the first unique ancestor, at web, list and
 * item scope (`{scope}` in the route table). Every change needs the bit SharePoint asks for
 * (ManagePermissions, EnumeratePermissions) in the scope it changes.
 */

/** Int64 halves travel as strings in JSON light, as SharePoint sends them. */
export function basePermissionsJson(m: IBasePermissions): { High: string; Low: string } {
  return { High: String(m.High), Low: String(m.Low) };
}

const NULL = (): IApiResponse => jsonResponse(200, { 'odata.null': true });

function roleDefEntity(webUrl: string, r: IStoredRoleDefinition): Record<string, unknown> {
  return {
    'odata.type': 'SP.RoleDefinition', 'odata.id': `${webUrl}/_api/Web/RoleDefinitions(${r.id})`, 'odata.editLink': `Web/RoleDefinitions(${r.id})`,
    BasePermissions: basePermissionsJson({ High: r.high, Low: r.low }), Description: r.description, Hidden: r.hidden,
    Id: r.id, Name: r.name, Order: r.order, RoleTypeKind: r.roleTypeKind
  };
}

function principalEntity(ctx: IRouteContext, id: number): Record<string, unknown> | null {
  const u = ctx.security.user(id);
  if (u) return userEntity(ctx.webUrl, u);
  const g = ctx.security.group(id);
  return g ? groupEntity(ctx.webUrl, g) : null;
}

function bindings(ctx: IRouteContext, a: IRoleAssignment): Record<string, unknown>[] {
  return a.roleDefIds.map(id => ctx.security.roleDefinition(id)).filter((r): r is IStoredRoleDefinition => !!r).map(r => roleDefEntity(ctx.webUrl, r));
}

function assignmentEntity(ctx: IRouteContext, a: IRoleAssignment, expand: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { 'odata.type': 'SP.RoleAssignment', PrincipalId: a.principalId };
  if (expand.includes('member')) out.Member = principalEntity(ctx, a.principalId);
  if (expand.includes('roledefinitionbindings')) out.RoleDefinitionBindings = bindings(ctx, a);
  return out;
}

const expandOf = (req: IRouteRequest): string[] => (req.url.searchParams.get('$expand') ?? '').toLowerCase().split(',').map(s => s.trim());

export function effectiveBasePermissions(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const scope = scopeOf(ctx, req);
  return jsonResponse(200, { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#Edm.BasePermissions`, ...basePermissionsJson(ctx.security.permissions(ctx.caller.id, scope)) });
}

/** `getusereffectivepermissions(@user)?@user='login'` or `getusereffectivepermissions('login')`. */
export function userEffectivePermissions(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const scope = scopeOf(ctx, req);
  requireOn(ctx, scope, 'EnumeratePermissions');
  const target = findUserByLogin(ctx, argument(req, 'login'));
  if (!target) throw NOT_FOUND('User cannot be found.');
  return jsonResponse(200, { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#Edm.BasePermissions`, ...basePermissionsJson(ctx.security.permissions(target.id, scope)) });
}

function inheritanceChange(ctx: IRouteContext, req: IRouteRequest): Scope {
  const scope = scopeOf(ctx, req);
  if (scope.kind === 'web') throw BAD_REQUEST('The root web of a site collection cannot inherit permissions.', SP_EXCEPTION);
  requireOn(ctx, scope, 'ManagePermissions');
  return scope;
}

export function breakRoleInheritance(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const scope = inheritanceChange(ctx, req);
  ctx.security.breakInheritance(scope, req.params.copy?.toLowerCase() === 'true', req.params.clear?.toLowerCase() === 'true', ctx.caller.id);
  ctx.store.save();
  return NULL();
}

export function resetRoleInheritance(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  ctx.security.resetInheritance(inheritanceChange(ctx, req));
  ctx.store.save();
  return NULL();
}

/**
 * The nearest securable object, from the scope up, with permissions of its own (an item
 * that inherits answers its list, or the web), as PnPjs's
 * `firstUniqueAncestorSecurableObject` reads it.
 */
export function firstUniqueAncestor(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const scope = scopeOf(ctx, req);
  const sec = ctx.security;
  if (scope.kind === 'item' && sec.hasUniqueAssignments(scope)) {
    const list = siteListOf(ctx, req);
    if (list.kind === 'hub') {
      return jsonResponse(200, {
        'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ListData.${entityName(list.def)}Items/@Element`,
        ...itemEntity(ctx.values, list.def, scope.item, parseProjection(list.def, null, null), { webUrl: ctx.webUrl, listId: listGuid(list.def.key) })
      });
    }
  }
  if (scope.kind !== 'web' && sec.hasUniqueAssignments({ kind: 'list', list: scope.list })) {
    const list = siteListOf(ctx, req);
    if (list.kind === 'hub') return jsonResponse(200, { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ApiData.Lists/@Element`, ...hubListEntity(ctx, list.def, null) });
  }
  return webEntity(ctx);
}

export function roleAssignments(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const scope = scopeOf(ctx, req);
  requireOn(ctx, scope, 'EnumeratePermissions');
  const expand = expandOf(req);
  return jsonResponse(200, { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ApiData.RoleAssignments`, value: ctx.security.assignmentsOf(scope).map(a => assignmentEntity(ctx, a, expand)) });
}

function roleDefId(ctx: IRouteContext, raw: string | undefined): number {
  const id = Number(raw);
  if (!ctx.security.roleDefinition(id)) throw NOT_FOUND('The role definition cannot be found.');
  return id;
}

function principalId(ctx: IRouteContext, raw: string | undefined): number {
  const id = Number(raw);
  if (!ctx.security.isPrincipal(id)) throw NOT_FOUND(`Cannot find principal with id: ${raw ?? ''}.`);
  return id;
}

/** `roleassignments/addroleassignment(principalid=n,roledefid=m)` and its remove twin. */
export function changeRoleAssignment(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const scope = scopeOf(ctx, req);
  requireOn(ctx, scope, 'ManagePermissions');
  const pid = principalId(ctx, req.params.principal);
  const rid = roleDefId(ctx, req.params.roleDef);
  if (req.params.change?.toLowerCase() === 'add') ctx.security.addAssignment(scope, pid, rid);
  else ctx.security.removeAssignment(scope, pid, rid);
  ctx.store.save();
  return NULL();
}

function assignmentOf(ctx: IRouteContext, req: IRouteRequest): { scope: Scope; a: IRoleAssignment } {
  const scope = scopeOf(ctx, req);
  requireOn(ctx, scope, 'EnumeratePermissions');
  const pid = Number(req.params.principal);
  const a = ctx.security.assignmentsOf(scope).find(x => x.principalId === pid);
  if (!a) throw NOT_FOUND(`Can not find the principal with id: ${pid}.`);
  return { scope, a };
}

export function roleAssignment(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  return jsonResponse(200, assignmentEntity(ctx, assignmentOf(ctx, req).a, expandOf(req)));
}

export function deleteRoleAssignment(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const { scope, a } = assignmentOf(ctx, req);
  requireOn(ctx, scope, 'ManagePermissions');
  ctx.security.removePrincipal(scope, a.principalId);
  ctx.store.save();
  return NULL();
}

export function roleAssignmentBindings(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  return jsonResponse(200, { value: bindings(ctx, assignmentOf(ctx, req).a) });
}

export function roleAssignmentMember(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  return jsonResponse(200, principalEntity(ctx, assignmentOf(ctx, req).a.principalId));
}

function checkedBasePermissions(bp: { High?: unknown; Low?: unknown } | undefined): { High: number; Low: number } {
  const high = Number(bp?.High);
  const low = Number(bp?.Low);
  if (!bp || !Number.isInteger(high) || !Number.isInteger(low) || high < 0 || low < 0 || high > 0xffffffff || low > 0xffffffff) {
    throw BAD_REQUEST('BasePermissions must have High and Low as unsigned 32-bit numbers.');
  }
  return { High: high, Low: low };
}

export function roleDefinitions(ctx: IRouteContext): IApiResponse {
  return jsonResponse(200, { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ApiData.RoleDefinitions`, value: ctx.security.roleDefinitions.map(r => roleDefEntity(ctx.webUrl, r)) });
}

export function addRoleDefinition(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  requireOn(ctx, WEB, 'ManagePermissions');
  const body = jsonBody(req);
  const name = typeof body.Name === 'string' ? body.Name.trim() : '';
  if (!name) throw BAD_REQUEST('The permission level must have a name.', SP_EXCEPTION);
  const basePermissions = checkedBasePermissions(body.BasePermissions as { High?: unknown; Low?: unknown } | undefined);
  for (const k of Object.keys(body)) {
    if (!['BasePermissions', 'Description', 'Name', 'Order', '__metadata'].includes(k)) {
      throw BAD_REQUEST(`The property '${k}' does not exist on type 'SP.RoleDefinition'. Make sure to only use property names that are defined by the type.`);
    }
  }
  const created = ctx.security.createRoleDefinition({
    name, description: typeof body.Description === 'string' ? body.Description : '', roleTypeKind: 0,
    order: typeof body.Order === 'number' ? body.Order : 1000, basePermissions
  });
  ctx.store.save();
  return jsonResponse(201, { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ApiData.RoleDefinitions/@Element`, ...roleDefEntity(ctx.webUrl, created) });
}

function roleDefinitionOf(ctx: IRouteContext, req: IRouteRequest): IStoredRoleDefinition {
  const p = req.params;
  const sec = ctx.security;
  const byType = Number(p.roleType);
  const found = p.roleDefName !== undefined ? sec.roleDefinitionByName(p.roleDefName.replace(/''/g, "'"))
    : p.roleType !== undefined ? sec.roleDefinitions.find(r => r.roleTypeKind === byType && byType !== 0)
      : sec.roleDefinition(Number(p.roleDefId ?? p.roleDefById));
  if (!found) throw NOT_FOUND('The role definition cannot be found.');
  return found;
}

export function roleDefinition(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  return jsonResponse(200, { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ApiData.RoleDefinitions/@Element`, ...roleDefEntity(ctx.webUrl, roleDefinitionOf(ctx, req)) });
}

function customRoleDefinition(ctx: IRouteContext, req: IRouteRequest): IStoredRoleDefinition {
  const found = roleDefinitionOf(ctx, req);
  requireOn(ctx, WEB, 'ManagePermissions');
  if (found.roleTypeKind !== 0) throw BAD_REQUEST('You cannot change or delete a built-in permission level.', SP_EXCEPTION);
  return found;
}

export function deleteRoleDefinition(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const found = customRoleDefinition(ctx, req);
  const defs = ctx.security.roleDefinitions;
  defs.splice(defs.indexOf(found), 1);
  ctx.store.save();
  return NULL();
}

export function updateRoleDefinition(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const found = customRoleDefinition(ctx, req);
  const body = jsonBody(req);
  if (typeof body.Name === 'string' && body.Name.trim()) found.name = body.Name.trim();
  if (typeof body.Description === 'string') found.description = body.Description;
  if (typeof body.Order === 'number') found.order = body.Order;
  const bp = body.BasePermissions as { High?: unknown; Low?: unknown } | undefined;
  if (bp) {
    const checked = checkedBasePermissions(bp);
    found.high = checked.High;
    found.low = checked.Low;
  }
  ctx.store.save();
  return { status: 204, headers: {}, body: '' };
}
