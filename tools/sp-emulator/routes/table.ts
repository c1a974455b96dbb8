import type { IApiResponse, SpRequestError } from '../apiTypes';
import { spDate } from '../apiTypes';
import { newGuid } from '../listModel';
import type { Handler, Verb } from './context';
import * as batch from './batch';
import * as fields from './fields';
import * as graphMail from './graphMail';
import * as items from './items';
import * as lists from './lists';
import * as permissions from './permissions';
import * as users from './usersAndGroups';
import * as versions from './versions';
import * as web from './web';

/**
 * Every endpoint the emulator answers, in one table: a path pattern under a root and, for
 * each verb it takes, the handler. A verb a known path does not list is refused as
 * SharePoint refuses an unsupported method (405); a path no row matches is one "not
 * supported by the emulator" 404. Adding an endpoint is one row and one handler.
 *
 * Patterns are matched case-insensitively against the decoded path after the root, whole.
 * Placeholders (compiled once, at load):
 *   {list}   a list by title, id or URL: `lists/getbytitle('…')`, `lists(guid'…')`,
 *            `web/lists…` and `web/getlist('/sites/hub/Lists/X')`
 *   {scope}  a securable object: `web`, `{list}` or `{list}/items(n)`
 *   {group}  a site group: `sitegroups(7)`, `sitegroups/getbyid(7)`, `sitegroups/getbyname('…')`,
 *            `associatedownergroup` / `…membergroup` / `…visitorgroup`
 *   {user}   a site user: `siteusers/getbyid(n)`, `getuserbyid(n)`, `siteusers/getbyemail('…')`,
 *            `siteusers/getbyloginname('…')`, `siteusers(@v)?@v='…'`
 *   {name}   a number (quotes allowed, as PnPjs sends `removeById('7')`)
 *   {name:str}  the text inside quotes ('' for a quote)
 *   {name:arg}  a quoted text or a parameter alias (`@v`, its value in the query string)
 * Commas and equals signs in a pattern allow spaces around them.
 */

/**
 * Where a family of endpoints lives, and what the pipeline does differently there:
 * SharePoint's under the site's `_api/` (the session says who, form digest on writes, only for
 * people with some access to the site, X-HTTP-Method honoured, `odata.error` bodies); Microsoft
 * Graph's under `/v1.0/` on the same origin, as the preview serves it (a Bearer token the
 * emulator signed says who, no digest, no site membership, methods as sent, Graph's `error`
 * body). A root is served once it has a row.
 */
export type RootName = 'sharepoint' | 'graph';
export interface IRoot {
  prefix(sitePath: string): string;
  /**
   * How a caller is identified: `session` is the page's sign-in (the preview's cookie, or a
   * test's X-Emulator-User header), as SharePoint reads its auth cookie; `bearer` is an access
   * token from `/_emulator/graph/token` in Authorization, as Graph reads Entra ID's.
   */
  identity: 'session' | 'bearer';
  digest: boolean;
  siteMembersOnly: boolean;
  /** Whether a POST's X-HTTP-Method (MERGE, PATCH, PUT, DELETE) stands for that verb, as SharePoint REST allows. */
  methodOverride: boolean;
  /** An injected 429 / 503 / 504 as this service words it (its Retry-After is added by the pipeline). */
  throttled(status: number): { code: string; message: string };
  errorBody(e: SpRequestError, requestHeaders: Headers): IApiResponse;
}

/**
 * Graph's codes for the pipeline's own refusals, which carry SharePoint's `<hresult>, <type>`
 * codes; a handler's Graph code (ErrorAccessDenied, ErrorInvalidRecipients…) passes through.
 */
const GRAPH_CODE_BY_STATUS: Record<number, string> = {
  400: 'BadRequest', 401: 'InvalidAuthenticationToken', 403: 'ErrorAccessDenied', 404: 'ResourceNotFound',
  405: 'Request_BadRequest', 429: 'TooManyRequests', 503: 'ServiceUnavailable'
};
const isSharePointCode = (code: string): boolean => /^-?\d+, /.test(code);

/**
 * Graph's error body, `{ error: { code, message, innerError: { date, request-id, client-request-id } } }`,
 * with the request-id header (https://learn.microsoft.com/graph/errors).
 */
function graphErrorBody(e: SpRequestError, requestHeaders: Headers): IApiResponse {
  const requestId = newGuid();
  const code = isSharePointCode(e.code) ? GRAPH_CODE_BY_STATUS[e.status] ?? 'generalException' : e.code;
  return {
    status: e.status,
    headers: { 'Content-Type': 'application/json', 'request-id': requestId, ...e.headers },
    body: JSON.stringify({ error: { code, message: e.message, innerError: {
      date: spDate(Date.now()), 'request-id': requestId, 'client-request-id': requestHeaders.get('client-request-id') ?? requestId
    } } })
  };
}

export const ROOTS: Record<RootName, IRoot> = {
  sharepoint: {
    prefix: sitePath => `${sitePath}/_api/`, identity: 'session', digest: true, siteMembersOnly: true, methodOverride: true,
    throttled: () => ({
      code: '-2147024860, Microsoft.SharePoint.SPRequestThrottledException',
      message: 'The request has been throttled. Please retry after the time given in the Retry-After header.'
    }),
    errorBody: e => e.toResponse()
  },
  graph: {
    prefix: () => '/v1.0/', identity: 'bearer', digest: false, siteMembersOnly: false, methodOverride: false,
    // https://learn.microsoft.com/graph/throttling: 429 with a Retry-After in seconds.
    throttled: status => (status === 429
      ? { code: 'TooManyRequests', message: 'Too many requests. Please retry after the time given in the Retry-After header.' }
      : { code: 'ServiceUnavailable', message: 'The service is temporarily unavailable. Please retry later.' }),
    errorBody: graphErrorBody
  }
};

export type RouteGroup = 'web' | 'lists' | 'items' | 'fields' | 'versions' | 'users and groups' | 'security' | 'batch' | 'mail (Microsoft Graph)';

export interface IRoute {
  root: RootName;
  group: RouteGroup;
  path: string;
  verbs: Partial<Record<Verb, Handler>>;
  /** POSTs SharePoint defines as reads (a function call that changes nothing). */
  postIsRead?: boolean;
  /** Answered without a form digest and before anything else (only contextinfo, which issues one). */
  issuesDigest?: boolean;
  /** One line for docs/emulator-routes.md. */
  about: string;
}

const graph = (group: RouteGroup, path: string, verbs: IRoute['verbs'], about: string): IRoute =>
  ({ root: 'graph', group, path, verbs, about });

const sp = (group: RouteGroup, path: string, verbs: IRoute['verbs'], about: string, extra: Partial<IRoute> = {}): IRoute =>
  ({ root: 'sharepoint', group, path, verbs, about, ...extra });

export const ROUTES: readonly IRoute[] = [
  sp('web', 'contextinfo', { POST: web.contextInfo }, 'A form digest for the caller (none for someone with no access to the site).', { issuesDigest: true, postIsRead: true }),
  sp('batch', '$batch', { POST: batch.batch }, `Up to ${batch.MAX_BATCH_PARTS} requests in one multipart body; more is refused before any runs. Nested batches are refused.`, { postIsRead: true }),
  // No row for SP.Utilities.Utility.SendEmail: Microsoft retired it on 31 October 2025 ("Retirement of the SharePoint
  // SendEmail API", https://devblogs.microsoft.com/microsoft365dev/retirement-of-the-sharepoint-sendemail-api/), the Hub
  // mails through Graph (the rows at the end), and the emulator must not answer what SharePoint no longer does.
  sp('web', 'web', { GET: web.webEntity }, 'The site.'),

  sp('users and groups', 'web/currentuser', { GET: users.currentUser }, 'The caller.'),
  sp('users and groups', 'web/currentuser/groups', { GET: users.currentUserGroups }, "The caller's groups."),
  sp('users and groups', 'web/ensureuser', { POST: users.ensureUser }, 'Finds a site user by login name (every seeded person is already one).', { postIsRead: true }),
  sp('users and groups', 'web/siteusers', { GET: users.siteUsers }, 'All site users.'),
  sp('users and groups', 'web/{user}', { GET: users.siteUser }, 'One site user.'),
  sp('users and groups', 'web/sitegroups', { GET: users.siteGroups, POST: users.addSiteGroup }, 'Site groups; add one.'),
  sp('users and groups', 'web/sitegroups/removebyid({removeId})', { POST: users.removeSiteGroup }, 'Removes a group and its role assignments.'),
  sp('users and groups', 'web/sitegroups/removebyloginname({removeLogin:arg})', { POST: users.removeSiteGroup }, 'Removes a group by name.'),
  sp('users and groups', 'web/{group}', { GET: users.siteGroup, MERGE: users.updateSiteGroup }, 'One group (null for an unset associated group); change its Title or Description.'),
  sp('users and groups', 'web/{group}/setuserasowner({ownerId})', { POST: users.setGroupOwner }, "Sets the group's owner."),
  sp('users and groups', 'web/{group}/users', { GET: users.groupUsers, POST: users.addGroupUser }, "A group's members; add one by LoginName."),
  sp('users and groups', 'web/{group}/users/getbyid({memberId})', { GET: users.groupUser }, 'One member.'),
  sp('users and groups', 'web/{group}/users/removebyid({memberId})', { POST: users.removeGroupUser }, 'Removes a member.'),
  sp('users and groups', 'web/{group}/users/removebyloginname({memberLogin:arg})', { POST: users.removeGroupUser }, 'Removes a member by login name.'),

  sp('security', 'web/roledefinitions', { GET: permissions.roleDefinitions, POST: permissions.addRoleDefinition }, 'Permission levels; add a custom one.'),
  sp('security', 'web/roledefinitions/getbyid({roleDefById})', { GET: permissions.roleDefinition, MERGE: permissions.updateRoleDefinition, DELETE: permissions.deleteRoleDefinition }, 'One level; custom ones may change or go.'),
  sp('security', 'web/roledefinitions({roleDefId})', { GET: permissions.roleDefinition, MERGE: permissions.updateRoleDefinition, DELETE: permissions.deleteRoleDefinition }, 'One level by id.'),
  sp('security', "web/roledefinitions/getbyname('{roleDefName:str}')", { GET: permissions.roleDefinition, MERGE: permissions.updateRoleDefinition, DELETE: permissions.deleteRoleDefinition }, 'One level by name.'),
  // Only built-in levels have a type, and those cannot be changed: no MERGE or DELETE here.
  sp('security', 'web/roledefinitions/getbytype({roleType})', { GET: permissions.roleDefinition }, 'A built-in level by kind.'),
  sp('security', '{scope}/effectivebasepermissions', { GET: permissions.effectiveBasePermissions }, "The caller's permissions here."),
  sp('security', '{scope}/getusereffectivepermissions({login:arg})', { GET: permissions.userEffectivePermissions }, "Someone's permissions here (needs EnumeratePermissions)."),
  sp('security', '{scope}/breakroleinheritance(copyroleassignments={copy:bool},clearsubscopes={clear:bool})', { POST: permissions.breakRoleInheritance }, 'Gives a list or item permissions of its own.'),
  sp('security', '{scope}/resetroleinheritance', { POST: permissions.resetRoleInheritance }, 'Makes a list or item inherit again.'),
  sp('security', '{scope}/firstuniqueancestorsecurableobject', { GET: permissions.firstUniqueAncestor }, 'The nearest object with permissions of its own.'),
  sp('security', '{scope}/roleassignments', { GET: permissions.roleAssignments }, 'Role assignments here ($expand Member, RoleDefinitionBindings).'),
  sp('security', '{scope}/roleassignments/{change:addremove}roleassignment(principalid={principal},roledefid={roleDef})', { POST: permissions.changeRoleAssignment }, 'Adds or removes one binding.'),
  sp('security', '{scope}/roleassignments({principal})', { GET: permissions.roleAssignment, DELETE: permissions.deleteRoleAssignment }, "One principal's assignment; remove it."),
  sp('security', '{scope}/roleassignments/getbyprincipalid({principal})', { GET: permissions.roleAssignment, DELETE: permissions.deleteRoleAssignment }, "One principal's assignment; remove it."),
  sp('security', '{scope}/roleassignments({principal})/roledefinitionbindings', { GET: permissions.roleAssignmentBindings }, 'Its levels.'),
  sp('security', '{scope}/roleassignments/getbyprincipalid({principal})/roledefinitionbindings', { GET: permissions.roleAssignmentBindings }, 'Its levels.'),
  sp('security', '{scope}/roleassignments({principal})/member', { GET: permissions.roleAssignmentMember }, 'Its principal.'),
  sp('security', '{scope}/roleassignments/getbyprincipalid({principal})/member', { GET: permissions.roleAssignmentMember }, 'Its principal.'),

  sp('lists', 'web/lists', { GET: lists.allLists }, 'The lists the caller can see. Creating lists (lists.add) is refused: the package\'s feature makes them.'),
  sp('lists', 'lists', { GET: lists.allLists }, 'The same, without web/.'),
  sp('lists', '{list}', { GET: lists.listEntity, MERGE: lists.updateList }, 'One list; change ReadSecurity, WriteSecurity, Title, Description, ContentTypesEnabled (what lists.ensure sends).'),
  sp('fields', '{list}/fields', { GET: fields.fields }, "The list's columns."),
  sp('fields', '{list}/fields/createfieldasxml', { POST: fields.createFieldAsXml }, 'Adds a column an upgrade action describes.'),
  sp('fields', "{list}/fields/getbyinternalnameortitle('{field:str}')", { GET: fields.field, MERGE: fields.updateField }, 'One column; change Indexed.'),
  sp('items', '{list}/items', { GET: items.listItems, POST: items.addItem }, 'Query ($select, $expand, $filter, $orderby, $top, paging, threshold); add an item.'),
  sp('items', '{list}/items({item})', { GET: items.oneItem, MERGE: items.updateItem, DELETE: items.deleteItem }, 'One item ($expand=ParentList too); update with IF-Match; delete.'),
  sp('items', '{list}/items({item})/recycle', { POST: items.recycleItem }, 'Deletes the item to the recycle bin.'),
  sp('items', '{list}/items({item})/fieldvaluesastext', { GET: items.fieldValuesAsText }, 'Its values as display text.'),
  sp('items', '{list}/items({item})/fieldvaluesashtml', { GET: items.fieldValuesAsHtml }, 'Its values as HTML.'),
  sp('versions', '{list}/items({item})/versions', { GET: versions.versions }, 'Its versions, newest first.'),
  sp('versions', '{list}/items({item})/versions({version})', { GET: versions.version, DELETE: versions.deleteVersion }, 'One version; delete an old one.'),
  sp('versions', '{list}/items({item})/versions({version})/deleteobject', { POST: versions.deleteVersion }, 'Deletes an old version.'),

  graph('mail (Microsoft Graph)', 'me/sendMail', { POST: graphMail.sendMail }, 'Mail from the caller, 202 and captured in the outbox; 403 ErrorAccessDenied without Mail.Send in the token.'),
  graph('mail (Microsoft Graph)', 'me', { GET: graphMail.me }, 'The caller as a Graph user.')
];

const QUOTED = "(?:[^']|'')*";
const LIST = `(?:(?:web/)?lists/getbytitle\\('(?<listTitle>${QUOTED})'\\)|(?:web/)?lists\\((?:guid)?'(?<listId>[^']*)'\\)|web/getlist\\('(?<listUrl>${QUOTED})'\\))`;
const MACROS: Record<string, string> = {
  list: LIST,
  scope: `(?:(?<web>web)|${LIST}(?:/items\\((?<item>\\d+)\\))?)`,
  group: `(?:sitegroups(?:\\((?<groupId>\\d+)\\)|/getbyid\\((?<groupById>\\d+)\\)|/getbyname\\('(?<groupName>${QUOTED})'\\))|associated(?<associated>owner|member|visitor)group)`,
  user: `(?:siteusers/getbyid\\((?<userId>\\d+)\\)|getuserbyid\\((?<userById>\\d+)\\)|siteusers/getbyemail\\('(?<userEmail>${QUOTED})'\\)|siteusers(?:/getbyloginname)?\\((?<userLogin>'${QUOTED}'|@\\w+)\\))`
};
const KINDS: Record<string, (name: string) => string> = {
  '': name => `'?(?<${name}>\\d+)'?`,
  str: name => `(?<${name}>${QUOTED})`,
  arg: name => `(?<${name}>'${QUOTED}'|@\\w+)`,
  bool: name => `(?<${name}>true|false)`,
  addremove: name => `(?<${name}>add|remove)`
};

const escape = (literal: string): string =>
  literal.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\s*([,=])\s*/g, '\\s*$1\\s*');

export function compilePattern(path: string): RegExp {
  let source = '';
  let at = 0;
  for (const m of path.matchAll(/\{(\w+)(?::(\w+))?\}/g)) {
    source += escape(path.slice(at, m.index));
    const macro = m[2] === undefined ? MACROS[m[1]] : undefined;
    const kind = KINDS[m[2] ?? ''];
    if (!macro && !kind) throw new Error(`Unknown placeholder ${m[0]} in route '${path}'`);
    source += macro ?? kind(m[1]);
    at = (m.index ?? 0) + m[0].length;
  }
  source += escape(path.slice(at));
  return new RegExp(`^${source}$`, 'i');
}

export interface ICompiledRoute extends IRoute {
  pattern: RegExp;
}

const COMPILED: readonly ICompiledRoute[] = ROUTES.map(r => ({ ...r, pattern: compilePattern(r.path) }));

/** The first row whose pattern matches the whole path, with what it captured (about 10 µs: the patterns are compiled once, above). */
export function findRoute(root: RootName, path: string): { route: ICompiledRoute; params: Record<string, string | undefined> } | undefined {
  for (const route of COMPILED) {
    if (route.root !== root) continue;
    const m = route.pattern.exec(path);
    if (m) return { route, params: { ...m.groups } };
  }
  return undefined;
}

/** The roots that have at least one row: the ones the server should hand to the emulator. */
export const SERVED_ROOTS: readonly RootName[] = (Object.keys(ROOTS) as RootName[]).filter(r => ROUTES.some(x => x.root === r));
