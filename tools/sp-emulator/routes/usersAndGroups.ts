import { createHash } from 'crypto';
import type { ISeedUser } from '../../seed/seedTypes';
import type { IApiResponse } from '../apiTypes';
import { ACCESS_DENIED, BAD_REQUEST, SpRequestError, jsonResponse } from '../apiTypes';
import { SP_EXCEPTION } from '../security';
import { SITE_TITLE } from '../siteSetup';
import type { IStoredGroup } from '../types';
import type { IRouteContext, IRouteRequest } from './context';
import { NOT_FOUND, WEB, argument, jsonBody, requireOn } from './context';

/**
 * Site users and SharePoint groups as PnPjs v4 calls them: the caller, users by id, e-mail
 * and login name (`siteusers(@v)?@v='…'`), ensureuser; groups by id (`sitegroups(7)`, what
 * `getById` sends), name and the web's associated groups, their members, owner, title, and
 * removal. Changing a group's members needs ManagePermissions or ownership of the group.
 */

export function userEntity(webUrl: string, u: ISeedUser): Record<string, unknown> {
  return {
    'odata.type': 'SP.User', 'odata.id': `${webUrl}/_api/Web/GetUserById(${u.id})`, 'odata.editLink': `Web/GetUserById(${u.id})`,
    Id: u.id, IsHiddenInUI: false, LoginName: u.loginName, Title: u.title, PrincipalType: 1, Email: u.email, Expiration: '',
    IsEmailAuthenticationGuestUser: false, IsShareByEmailGuestUser: false, IsSiteAdmin: !!u.isSiteAdmin,
    UserId: { NameId: createHash('md5').update(u.loginName).digest('hex').slice(0, 16), NameIdIssuer: 'urn:federation:microsoftonline' },
    UserPrincipalName: u.email
  };
}

export function groupEntity(webUrl: string, g: IStoredGroup): Record<string, unknown> {
  return {
    'odata.type': 'SP.Group', 'odata.id': `${webUrl}/_api/Web/SiteGroups/GetById(${g.id})`, 'odata.editLink': `Web/SiteGroups/GetById(${g.id})`,
    Id: g.id, IsHiddenInUI: false, LoginName: g.title, Title: g.title, PrincipalType: 8, AllowMembersEditMembership: false,
    AllowRequestToJoinLeave: false, AutoAcceptRequestToJoinLeave: false, Description: g.description,
    OnlyAllowMembersViewMembership: g.onlyAllowMembersViewMembership, OwnerTitle: 'Site Owners', RequestToJoinLeaveEmailSetting: null
  };
}

const USER_NOT_FOUND = (): SpRequestError => NOT_FOUND('User cannot be found.');
const GROUP_NOT_FOUND = (): SpRequestError => NOT_FOUND('Group cannot be found.');
const NULL = (): IApiResponse => jsonResponse(200, { 'odata.null': true });

export function findUserByLogin(ctx: IRouteContext, login: string): ISeedUser | undefined {
  const lower = login.toLowerCase();
  const bare = lower.split('|').pop() ?? lower;
  return ctx.store.users.find(u => u.loginName.toLowerCase() === lower || u.email.toLowerCase() === bare);
}

function oneUser(ctx: IRouteContext, u: ISeedUser | undefined): IApiResponse {
  if (!u) throw USER_NOT_FOUND();
  return jsonResponse(200, { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ApiData.Users/@Element`, ...userEntity(ctx.webUrl, u) });
}

function usersResponse(ctx: IRouteContext, users: readonly ISeedUser[]): IApiResponse {
  return jsonResponse(200, { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ApiData.Users`, value: users.map(u => userEntity(ctx.webUrl, u)) });
}

export function currentUser(ctx: IRouteContext): IApiResponse {
  return jsonResponse(200, userEntity(ctx.webUrl, ctx.caller));
}

export function currentUserGroups(ctx: IRouteContext): IApiResponse {
  return jsonResponse(200, { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ApiData.Groups`, value: ctx.security.groupsOf(ctx.caller.id).map(g => groupEntity(ctx.webUrl, g)) });
}

export function siteUsers(ctx: IRouteContext): IApiResponse {
  requireOn(ctx, WEB, 'BrowseUserInfo');
  return usersResponse(ctx, ctx.store.users);
}

/** `siteusers/getbyid(n)`, `getuserbyid(n)`, `getbyemail('…')`, `getbyloginname('…')` and `siteusers(@v)`. */
export function siteUser(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  requireOn(ctx, WEB, 'BrowseUserInfo');
  const p = req.params;
  if (p.userId !== undefined || p.userById !== undefined) return oneUser(ctx, ctx.security.user(Number(p.userId ?? p.userById)));
  if (p.userEmail !== undefined) {
    const email = p.userEmail.replace(/''/g, "'").toLowerCase();
    return oneUser(ctx, ctx.store.users.find(u => u.email.toLowerCase() === email));
  }
  const login = argument(req, 'userLogin').toLowerCase();
  return oneUser(ctx, ctx.store.users.find(u => u.loginName.toLowerCase() === login));
}

/** Everyone the seed knows is already a site user, so ensureuser finds rather than adds (a read, as SharePoint's is for an existing user). */
export function ensureUser(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  requireOn(ctx, WEB, 'BrowseUserInfo');
  const logonName = String(jsonBody(req).logonName ?? '');
  const u = findUserByLogin(ctx, logonName);
  if (!u) throw new SpRequestError(500, SP_EXCEPTION, `The specified user ${logonName} could not be found.`);
  return oneUser(ctx, u);
}

function canSeeMembers(ctx: IRouteContext, g: IStoredGroup): boolean {
  const sec = ctx.security;
  const id = ctx.caller.id;
  if (!g.onlyAllowMembersViewMembership || g.memberIds.includes(id)) return true;
  return sec.has(id, WEB, 'ManagePermissions') || (g.ownerId !== undefined && sec.groupsOf(id).some(x => x.id === g.ownerId));
}

function canManage(ctx: IRouteContext, g: IStoredGroup): boolean {
  const sec = ctx.security;
  const id = ctx.caller.id;
  return sec.has(id, WEB, 'ManagePermissions') || g.ownerId === id || (g.ownerId !== undefined && sec.groupsOf(id).some(x => x.id === g.ownerId));
}

/**
 * The group a `{group}` reference names. The web's associated Owners / Members / Visitors
 * groups are the standard ones a new site is given ("<site title> Owners" …); a web with
 * none answers null, as SharePoint does for an unset association.
 */
function groupOf(ctx: IRouteContext, req: IRouteRequest): IStoredGroup | undefined {
  requireOn(ctx, WEB, 'BrowseUserInfo');
  const p = req.params;
  const sec = ctx.security;
  if (p.associated !== undefined) {
    const suffix = p.associated.charAt(0).toUpperCase() + p.associated.slice(1).toLowerCase();
    return sec.groupByName(`${SITE_TITLE} ${suffix}s`);
  }
  const g = p.groupName !== undefined ? sec.groupByName(p.groupName.replace(/''/g, "'")) : sec.group(Number(p.groupId ?? p.groupById));
  if (!g) throw GROUP_NOT_FOUND();
  return g;
}

function existingGroupOf(ctx: IRouteContext, req: IRouteRequest): IStoredGroup {
  const g = groupOf(ctx, req);
  if (!g) throw GROUP_NOT_FOUND();
  return g;
}

export function siteGroups(ctx: IRouteContext): IApiResponse {
  requireOn(ctx, WEB, 'BrowseUserInfo');
  return jsonResponse(200, { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ApiData.Groups`, value: ctx.security.groups.map(g => groupEntity(ctx.webUrl, g)) });
}

export function addSiteGroup(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  requireOn(ctx, WEB, 'BrowseUserInfo');
  requireOn(ctx, WEB, 'CreateGroups');
  const body = jsonBody(req);
  const title = typeof body.Title === 'string' ? body.Title.trim() : '';
  if (!title) throw BAD_REQUEST('The group must have a name.', SP_EXCEPTION);
  const g = ctx.security.createGroup(title, typeof body.Description === 'string' ? body.Description : '', ctx.caller.id);
  ctx.store.save();
  return jsonResponse(201, { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ApiData.Groups/@Element`, ...groupEntity(ctx.webUrl, g) });
}

export function siteGroup(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const g = groupOf(ctx, req);
  if (!g) return NULL();
  return jsonResponse(200, { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ApiData.Groups/@Element`, ...groupEntity(ctx.webUrl, g) });
}

/** MERGE of a group's Title / Description (what `group.update` sends), by its owner or someone who manages permissions. */
export function updateSiteGroup(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const g = existingGroupOf(ctx, req);
  if (!canManage(ctx, g)) throw ACCESS_DENIED();
  const body = jsonBody(req);
  const next = { title: g.title, description: g.description };
  for (const [k, v] of Object.entries(body)) {
    if (k === 'Title') {
      const title = typeof v === 'string' ? v.trim() : '';
      if (!title) throw BAD_REQUEST(`The value of 'Title' is not valid.`, '-2147024809, System.ArgumentException');
      const holder = ctx.security.groupByName(title);
      if (holder && holder !== g) throw BAD_REQUEST('The specified name is already in use.', SP_EXCEPTION);
      next.title = title;
    } else if (k === 'Description' && typeof v === 'string') next.description = v;
    else if (k !== '__metadata') {
      throw BAD_REQUEST(`The property '${k}' does not exist on type 'SP.Group' or cannot be changed by the emulator.`);
    }
  }
  g.title = next.title;
  g.description = next.description;
  ctx.store.save();
  return { status: 204, headers: {}, body: '' };
}

/** `sitegroups/removebyid(7)` (PnPjs quotes the id) and `removebyloginname('name')`: the group goes, and every role assignment it had with it. */
export function removeSiteGroup(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  requireOn(ctx, WEB, 'BrowseUserInfo');
  const sec = ctx.security;
  const g = req.params.removeId !== undefined ? sec.group(Number(req.params.removeId)) : sec.groupByName(argument(req, 'removeLogin'));
  if (!g) throw GROUP_NOT_FOUND();
  if (!canManage(ctx, g)) throw ACCESS_DENIED();
  sec.deleteGroup(g.id, Object.values(ctx.store.current.lists));
  ctx.store.save();
  return NULL();
}

export function setGroupOwner(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const g = existingGroupOf(ctx, req);
  if (!canManage(ctx, g)) throw ACCESS_DENIED();
  const ownerId = Number(req.params.ownerId);
  if (!ctx.security.isPrincipal(ownerId)) throw NOT_FOUND(`Cannot find principal with id: ${ownerId}.`);
  g.ownerId = ownerId;
  ctx.store.save();
  return NULL();
}

export function groupUsers(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const g = existingGroupOf(ctx, req);
  if (!canSeeMembers(ctx, g)) throw ACCESS_DENIED();
  return usersResponse(ctx, g.memberIds.map(id => ctx.security.user(id)).filter((u): u is ISeedUser => !!u));
}

export function addGroupUser(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const g = existingGroupOf(ctx, req);
  if (!canManage(ctx, g)) throw ACCESS_DENIED();
  const body = jsonBody(req);
  const added = findUserByLogin(ctx, typeof body.LoginName === 'string' ? body.LoginName : '');
  if (!added) throw new SpRequestError(404, SP_EXCEPTION, 'The user does not exist or is not unique.');
  if (!g.memberIds.includes(added.id)) g.memberIds.push(added.id);
  ctx.store.save();
  return jsonResponse(201, { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ApiData.Users/@Element`, ...userEntity(ctx.webUrl, added) });
}

export function groupUser(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const g = existingGroupOf(ctx, req);
  if (!canSeeMembers(ctx, g)) throw ACCESS_DENIED();
  const id = Number(req.params.memberId);
  const u = g.memberIds.includes(id) ? ctx.security.user(id) : undefined;
  if (!u) throw USER_NOT_FOUND();
  return jsonResponse(200, userEntity(ctx.webUrl, u));
}

export function removeGroupUser(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const g = existingGroupOf(ctx, req);
  if (!canManage(ctx, g)) throw ACCESS_DENIED();
  const id = req.params.memberId !== undefined ? Number(req.params.memberId) : findUserByLogin(ctx, argument(req, 'memberLogin'))?.id;
  if (id === undefined || !g.memberIds.includes(id)) throw USER_NOT_FOUND();
  g.memberIds = g.memberIds.filter(m => m !== id);
  ctx.store.save();
  return NULL();
}
