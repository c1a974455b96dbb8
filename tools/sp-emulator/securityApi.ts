import type { IBasePermissions } from '../../src/schema/permissionLevels';
import type { ISeedUser } from '../seed/seedTypes';
import type { IApiRequest, IApiResponse } from './apiTypes';
import { ACCESS_DENIED, BAD_REQUEST, SpRequestError, jsonResponse } from './apiTypes';
import { SP_EXCEPTION, SiteSecurity } from './security';
import type { Scope } from './security';
import type { IRoleAssignment, IStoredGroup, IStoredRoleDefinition } from './types';

/**
 * The permission endpoints as PnPjs v4 calls them: role definitions, site groups and their
 * users, role assignments, (user) effective permissions and inheritance, at web, list and
 * item scope. Every change needs the bit SharePoint asks for (ManagePermissions,
 * CreateGroups, EnumeratePermissions) in the scope it changes.
 */

export interface ISecurityApiContext {
  security: SiteSecurity;
  users(): readonly ISeedUser[];
  userEntity(webUrl: string, u: ISeedUser): Record<string, unknown>;
  save(): void;
}

const NOT_FOUND = (what: string): SpRequestError => new SpRequestError(404, '-2146232832, Microsoft.SharePoint.SPException', what);
const UNSUPPORTED = (path: string): SpRequestError => new SpRequestError(404, '-1, System.ArgumentException', `The endpoint '${path}' is not supported by the emulator.`);
const METHOD = (): SpRequestError => new SpRequestError(405, '-1, Microsoft.SharePoint.Client.ClientServiceException', 'The HTTP method is not supported for this resource.');

/** Int64 halves travel as strings in JSON light, as SharePoint sends them. */
export function basePermissionsJson(m: IBasePermissions): { High: string; Low: string } {
  return { High: String(m.High), Low: String(m.Low) };
}

/** A JSON object body, or SharePoint's 400 for anything else. */
export function jsonBody(req: IApiRequest): Record<string, unknown> {
  try {
    const parsed: unknown = req.body.trim() ? JSON.parse(req.body) : {};
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    return parsed as Record<string, unknown>;
  } catch {
    throw BAD_REQUEST('Invalid JSON. A token was not recognized in the JSON content.');
  }
}

function unquote(v: string): string {
  return v.replace(/^'|'$/g, '').replace(/''/g, "'");
}

/** `getusereffectivepermissions(@user)?@user='login'` or `getusereffectivepermissions('login')`. */
function loginArgument(call: string, url: URL): string | undefined {
  const m = /^getusereffectivepermissions\((.*)\)$/i.exec(call);
  if (!m) return undefined;
  const arg = m[1].trim();
  if (arg.startsWith('@')) return unquote(url.searchParams.get(arg) ?? '');
  return unquote(arg);
}

export function createSecurityApi(ctx: ISecurityApiContext): {
  scopeRoute(req: IApiRequest, verb: string, user: ISeedUser, scope: Scope, rest: string[], webUrl: string): IApiResponse | undefined;
  webRoute(req: IApiRequest, verb: string, user: ISeedUser, rest: string[], webUrl: string): IApiResponse | undefined;
  groupEntity(webUrl: string, g: IStoredGroup): Record<string, unknown>;
} {
  const sec = ctx.security;
  const require = (user: ISeedUser, scope: Scope, kind: Parameters<SiteSecurity['has']>[2]): void => {
    if (!sec.has(user.id, scope, kind)) throw ACCESS_DENIED();
  };

  function roleDefEntity(webUrl: string, r: IStoredRoleDefinition): Record<string, unknown> {
    return {
      'odata.type': 'SP.RoleDefinition', 'odata.id': `${webUrl}/_api/Web/RoleDefinitions(${r.id})`, 'odata.editLink': `Web/RoleDefinitions(${r.id})`,
      BasePermissions: basePermissionsJson({ High: r.high, Low: r.low }), Description: r.description, Hidden: r.hidden,
      Id: r.id, Name: r.name, Order: r.order, RoleTypeKind: r.roleTypeKind
    };
  }

  function groupEntity(webUrl: string, g: IStoredGroup): Record<string, unknown> {
    return {
      'odata.type': 'SP.Group', 'odata.id': `${webUrl}/_api/Web/SiteGroups/GetById(${g.id})`, 'odata.editLink': `Web/SiteGroups/GetById(${g.id})`,
      Id: g.id, IsHiddenInUI: false, LoginName: g.title, Title: g.title, PrincipalType: 8, AllowMembersEditMembership: false,
      AllowRequestToJoinLeave: false, AutoAcceptRequestToJoinLeave: false, Description: g.description,
      OnlyAllowMembersViewMembership: g.onlyAllowMembersViewMembership, OwnerTitle: 'Site Owners', RequestToJoinLeaveEmailSetting: null
    };
  }

  function principalEntity(webUrl: string, id: number): Record<string, unknown> | null {
    const u = sec.user(id);
    if (u) return ctx.userEntity(webUrl, u);
    const g = sec.group(id);
    return g ? groupEntity(webUrl, g) : null;
  }

  function assignmentEntity(webUrl: string, a: IRoleAssignment, expand: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = { 'odata.type': 'SP.RoleAssignment', PrincipalId: a.principalId };
    if (expand.includes('member')) out.Member = principalEntity(webUrl, a.principalId);
    if (expand.includes('roledefinitionbindings')) {
      out.RoleDefinitionBindings = a.roleDefIds.map(id => sec.roleDefinition(id)).filter((r): r is IStoredRoleDefinition => !!r).map(r => roleDefEntity(webUrl, r));
    }
    return out;
  }

  function findUserByLogin(login: string): ISeedUser | undefined {
    const lower = login.toLowerCase();
    const bare = lower.split('|').pop() ?? lower;
    return ctx.users().find(u => u.loginName.toLowerCase() === lower || u.email.toLowerCase() === bare);
  }

  function roleDefId(raw: string): number {
    const id = Number(raw);
    if (!sec.roleDefinition(id)) throw NOT_FOUND('The role definition cannot be found.');
    return id;
  }

  function principalId(raw: string): number {
    const id = Number(raw);
    if (!sec.isPrincipal(id)) throw NOT_FOUND('Cannot find principal with id: ' + raw + '.');
    return id;
  }

  /** effectivebasepermissions, getusereffectivepermissions, roleassignments, (break|reset)roleinheritance. */
  function scopeRoute(req: IApiRequest, verb: string, user: ISeedUser, scope: Scope, rest: string[], webUrl: string): IApiResponse | undefined {
    const call = rest.join('/').replace(/\s+/g, '');
    const lower = call.toLowerCase();
    const expand = (req.url.searchParams.get('$expand') ?? '').toLowerCase().split(',').map(s => s.trim());
    if (lower === 'effectivebasepermissions') {
      if (verb !== 'GET') throw METHOD();
      return jsonResponse(200, { 'odata.metadata': `${webUrl}/_api/$metadata#Edm.BasePermissions`, ...basePermissionsJson(sec.permissions(user.id, scope)) });
    }
    const login = loginArgument(call, req.url);
    if (login !== undefined) {
      if (verb !== 'GET' && verb !== 'POST') throw METHOD();
      require(user, scope, 'EnumeratePermissions');
      const target = findUserByLogin(login);
      if (!target) throw NOT_FOUND('User cannot be found.');
      return jsonResponse(200, { 'odata.metadata': `${webUrl}/_api/$metadata#Edm.BasePermissions`, ...basePermissionsJson(sec.permissions(target.id, scope)) });
    }
    const brk = /^breakroleinheritance\(copyroleassignments=(true|false),clearsubscopes=(true|false)\)$/i.exec(call);
    if (brk || lower === 'resetroleinheritance') {
      if (verb !== 'POST') throw METHOD();
      if (scope.kind === 'web') throw BAD_REQUEST('The root web of a site collection cannot inherit permissions.', SP_EXCEPTION);
      require(user, scope, 'ManagePermissions');
      if (brk) sec.breakInheritance(scope, brk[1].toLowerCase() === 'true', brk[2].toLowerCase() === 'true', user.id);
      else sec.resetInheritance(scope);
      ctx.save();
      return jsonResponse(200, { 'odata.null': true });
    }
    if (!/^roleassignments/i.test(call)) return undefined;
    const addRemove = /^roleassignments\/(add|remove)roleassignment\(principalid=(\d+),roledefid=(\d+)\)$/i.exec(call);
    if (addRemove) {
      if (verb !== 'POST') throw METHOD();
      require(user, scope, 'ManagePermissions');
      const pid = principalId(addRemove[2]);
      const rid = roleDefId(addRemove[3]);
      if (addRemove[1].toLowerCase() === 'add') sec.addAssignment(scope, pid, rid);
      else sec.removeAssignment(scope, pid, rid);
      ctx.save();
      return jsonResponse(200, { 'odata.null': true });
    }
    require(user, scope, 'EnumeratePermissions');
    const own = sec.assignmentsOf(scope);
    if (lower === 'roleassignments') {
      if (verb !== 'GET') throw METHOD();
      return jsonResponse(200, { 'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.RoleAssignments`, value: own.map(a => assignmentEntity(webUrl, a, expand)) });
    }
    const one = /^roleassignments(?:\((\d+)\)|\/getbyprincipalid\((\d+)\))(\/.*)?$/i.exec(call);
    if (one) {
      const pid = Number(one[1] ?? one[2]);
      const a = own.find(x => x.principalId === pid);
      if (!a) throw NOT_FOUND('Can not find the principal with id: ' + String(pid) + '.');
      const tail = (one[3] ?? '').toLowerCase();
      if (verb === 'DELETE' && !tail) {
        require(user, scope, 'ManagePermissions');
        sec.removePrincipal(scope, pid);
        ctx.save();
        return jsonResponse(200, { 'odata.null': true });
      }
      if (verb !== 'GET') throw METHOD();
      if (tail === '/roledefinitionbindings') {
        return jsonResponse(200, { value: a.roleDefIds.map(id => sec.roleDefinition(id)).filter((r): r is IStoredRoleDefinition => !!r).map(r => roleDefEntity(webUrl, r)) });
      }
      if (tail === '/member') return jsonResponse(200, principalEntity(webUrl, pid));
      if (tail) throw UNSUPPORTED(call);
      return jsonResponse(200, assignmentEntity(webUrl, a, expand));
    }
    throw UNSUPPORTED(call);
  }

  function roleDefinitionsRoute(req: IApiRequest, verb: string, user: ISeedUser, rest: string[], webUrl: string): IApiResponse {
    const web: Scope = { kind: 'web' };
    if (rest.length === 0) {
      if (verb === 'GET') {
        return jsonResponse(200, { 'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.RoleDefinitions`,
          value: sec.roleDefinitions.map(r => roleDefEntity(webUrl, r)) });
      }
      if (verb !== 'POST') throw METHOD();
      require(user, web, 'ManagePermissions');
      const body = jsonBody(req);
      const name = typeof body.Name === 'string' ? body.Name.trim() : '';
      if (!name) throw BAD_REQUEST('The permission level must have a name.', SP_EXCEPTION);
      const bp = body.BasePermissions as { High?: unknown; Low?: unknown } | undefined;
      const high = Number(bp?.High);
      const low = Number(bp?.Low);
      if (!bp || !Number.isInteger(high) || !Number.isInteger(low) || high < 0 || low < 0 || high > 0xffffffff || low > 0xffffffff) {
        throw BAD_REQUEST('BasePermissions must have High and Low as unsigned 32-bit numbers.');
      }
      for (const k of Object.keys(body)) {
        if (!['BasePermissions', 'Description', 'Name', 'Order', '__metadata'].includes(k)) {
          throw BAD_REQUEST(`The property '${k}' does not exist on type 'SP.RoleDefinition'. Make sure to only use property names that are defined by the type.`);
        }
      }
      const created = sec.createRoleDefinition({
        name, description: typeof body.Description === 'string' ? body.Description : '', roleTypeKind: 0,
        order: typeof body.Order === 'number' ? body.Order : 1000, basePermissions: { High: high, Low: low }
      });
      ctx.save();
      return jsonResponse(201, { 'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.RoleDefinitions/@Element`, ...roleDefEntity(webUrl, created) });
    }
    const head = rest[0];
    let found: IStoredRoleDefinition | undefined;
    const byId = /^(?:getbyid\((\d+)\)|\((\d+)\))$/i.exec(head) ?? /^roledefinitions\((\d+)\)$/i.exec(head);
    const byName = /^getbyname\('((?:[^']|'')*)'\)$/i.exec(head);
    const byType = /^getbytype\((\d+)\)$/i.exec(head);
    if (byId) found = sec.roleDefinition(Number(byId[1] ?? byId[2]));
    else if (byName) found = sec.roleDefinitionByName(byName[1].replace(/''/g, "'"));
    else if (byType) found = sec.roleDefinitions.find(r => r.roleTypeKind === Number(byType[1]) && Number(byType[1]) !== 0);
    else throw UNSUPPORTED(`roledefinitions/${rest.join('/')}`);
    if (!found) throw NOT_FOUND('The role definition cannot be found.');
    if (rest.length > 1) throw UNSUPPORTED(`roledefinitions/${rest.join('/')}`);
    if (verb === 'GET') return jsonResponse(200, { 'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.RoleDefinitions/@Element`, ...roleDefEntity(webUrl, found) });
    require(user, web, 'ManagePermissions');
    if (found.roleTypeKind !== 0) throw BAD_REQUEST('You cannot change or delete a built-in permission level.', SP_EXCEPTION);
    if (verb === 'DELETE') {
      const defs = sec.roleDefinitions;
      defs.splice(defs.indexOf(found), 1);
      ctx.save();
      return jsonResponse(200, { 'odata.null': true });
    }
    if (verb !== 'MERGE') throw METHOD();
    const body = jsonBody(req);
    if (typeof body.Name === 'string' && body.Name.trim()) found.name = body.Name.trim();
    if (typeof body.Description === 'string') found.description = body.Description;
    if (typeof body.Order === 'number') found.order = body.Order;
    const bp = body.BasePermissions as { High?: unknown; Low?: unknown } | undefined;
    if (bp) {
      const high = Number(bp.High);
      const low = Number(bp.Low);
      if (!Number.isInteger(high) || !Number.isInteger(low) || high < 0 || low < 0) throw BAD_REQUEST('BasePermissions must have High and Low as unsigned 32-bit numbers.');
      found.high = high;
      found.low = low;
    }
    ctx.save();
    return { status: 204, headers: {}, body: '' };
  }

  function canSeeMembers(user: ISeedUser, g: IStoredGroup): boolean {
    if (!g.onlyAllowMembersViewMembership || g.memberIds.includes(user.id)) return true;
    return sec.has(user.id, { kind: 'web' }, 'ManagePermissions') || (g.ownerId !== undefined && sec.groupsOf(user.id).some(x => x.id === g.ownerId));
  }

  function canEditMembers(user: ISeedUser, g: IStoredGroup): boolean {
    return sec.has(user.id, { kind: 'web' }, 'ManagePermissions') || g.ownerId === user.id || (g.ownerId !== undefined && sec.groupsOf(user.id).some(x => x.id === g.ownerId));
  }

  function groupUsersRoute(req: IApiRequest, verb: string, user: ISeedUser, g: IStoredGroup, rest: string[], webUrl: string): IApiResponse {
    if (rest.length === 0) {
      if (verb === 'GET') {
        if (!canSeeMembers(user, g)) throw ACCESS_DENIED();
        const members = g.memberIds.map(id => sec.user(id)).filter((u): u is ISeedUser => !!u);
        return jsonResponse(200, { 'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.Users`, value: members.map(u => ctx.userEntity(webUrl, u)) });
      }
      if (verb !== 'POST') throw METHOD();
      if (!canEditMembers(user, g)) throw ACCESS_DENIED();
      const body = jsonBody(req);
      const login = typeof body.LoginName === 'string' ? body.LoginName : '';
      const added = findUserByLogin(login);
      if (!added) throw new SpRequestError(404, SP_EXCEPTION, `The user does not exist or is not unique.`);
      if (!g.memberIds.includes(added.id)) g.memberIds.push(added.id);
      ctx.save();
      return jsonResponse(201, { 'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.Users/@Element`, ...ctx.userEntity(webUrl, added) });
    }
    const call = rest.join('/');
    const byId = /^removebyid\((\d+)\)$/i.exec(call);
    const byLogin = /^removebyloginname\((.*)\)$/i.exec(call);
    const getById = /^getbyid\((\d+)\)$/i.exec(call);
    if (getById && verb === 'GET') {
      if (!canSeeMembers(user, g)) throw ACCESS_DENIED();
      const u = g.memberIds.includes(Number(getById[1])) ? sec.user(Number(getById[1])) : undefined;
      if (!u) throw NOT_FOUND('User cannot be found.');
      return jsonResponse(200, ctx.userEntity(webUrl, u));
    }
    if (byId || byLogin) {
      if (verb !== 'POST') throw METHOD();
      if (!canEditMembers(user, g)) throw ACCESS_DENIED();
      let id: number | undefined;
      if (byId) id = Number(byId[1]);
      else {
        const arg = (byLogin as RegExpExecArray)[1].trim();
        const login = arg.startsWith('@') ? unquote(req.url.searchParams.get(arg) ?? '') : unquote(arg);
        id = findUserByLogin(login)?.id;
      }
      if (id === undefined || !g.memberIds.includes(id)) throw NOT_FOUND('User cannot be found.');
      g.memberIds = g.memberIds.filter(m => m !== id);
      ctx.save();
      return jsonResponse(200, { 'odata.null': true });
    }
    throw UNSUPPORTED(`sitegroups/${g.id}/users/${call}`);
  }

  function siteGroupsRoute(req: IApiRequest, verb: string, user: ISeedUser, rest: string[], webUrl: string): IApiResponse {
    const web: Scope = { kind: 'web' };
    require(user, web, 'BrowseUserInfo');
    const groups = sec.groups;
    if (rest.length === 0) {
      if (verb === 'GET') return jsonResponse(200, { 'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.Groups`, value: groups.map(g => groupEntity(webUrl, g)) });
      if (verb !== 'POST') throw METHOD();
      require(user, web, 'CreateGroups');
      const body = jsonBody(req);
      const title = typeof body.Title === 'string' ? body.Title.trim() : '';
      if (!title) throw BAD_REQUEST('The group must have a name.', SP_EXCEPTION);
      const g = sec.createGroup(title, typeof body.Description === 'string' ? body.Description : '', user.id);
      ctx.save();
      return jsonResponse(201, { 'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.Groups/@Element`, ...groupEntity(webUrl, g) });
    }
    const head = rest[0];
    const byId = /^getbyid\((\d+)\)$/i.exec(head);
    const byName = /^getbyname\('((?:[^']|'')*)'\)$/i.exec(head);
    let g: IStoredGroup | undefined;
    if (byId) g = sec.group(Number(byId[1]));
    else if (byName) g = sec.groupByName(byName[1].replace(/''/g, "'"));
    else throw UNSUPPORTED(`sitegroups/${rest.join('/')}`);
    if (!g) throw NOT_FOUND('Group cannot be found.');
    if (rest.length === 1) {
      if (verb !== 'GET') throw METHOD();
      return jsonResponse(200, { 'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.Groups/@Element`, ...groupEntity(webUrl, g) });
    }
    if (rest[1].toLowerCase() === 'users') return groupUsersRoute(req, verb, user, g, rest.slice(2), webUrl);
    throw UNSUPPORTED(`sitegroups/${rest.join('/')}`);
  }

  function webRoute(req: IApiRequest, verb: string, user: ISeedUser, rest: string[], webUrl: string): IApiResponse | undefined {
    const head = (rest[0] ?? '').toLowerCase();
    if (head === 'roledefinitions') return roleDefinitionsRoute(req, verb, user, rest.slice(1), webUrl);
    if (/^roledefinitions\(\d+\)$/i.test(rest[0] ?? '')) return roleDefinitionsRoute(req, verb, user, [rest[0].slice('roledefinitions'.length), ...rest.slice(1)], webUrl);
    if (head === 'sitegroups') return siteGroupsRoute(req, verb, user, rest.slice(1), webUrl);
    if (head === 'currentuser' && (rest[1] ?? '').toLowerCase() === 'groups' && rest.length === 2) {
      if (verb !== 'GET') throw METHOD();
      return jsonResponse(200, { 'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.Groups`, value: sec.groupsOf(user.id).map(g => groupEntity(webUrl, g)) });
    }
    return scopeRoute(req, verb, user, { kind: 'web' }, rest, webUrl);
  }

  return { scopeRoute, webRoute, groupEntity };
}
