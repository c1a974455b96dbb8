import { createHash } from 'crypto';
import type { HubGroup, IListDef, PermissionLevel } from '../../src/schema/fieldTypes';
import { ALL_LISTS } from '../../src/schema/lists';
import type { ISeedData, ISeedUser } from '../seed/seedTypes';
import type { IApiRequest, IApiResponse } from './apiTypes';
import {
  ACCESS_DENIED, BAD_REQUEST, REASONS, SpRequestError, emptyResponse, jsonResponse, spDate, spError
} from './apiTypes';
import { formatBatchResponse, parseBatch } from './batch';
import { itemEntity, parseProjection, queryItems } from './itemsQuery';
import type { IEntityUrls } from './itemsQuery';
import type { IValueSource } from './itemValues';
import { defaultValues, validateItemWrite } from './itemWrite';
import { entityName, findListById, findListByTitle, listGuid, newGuid } from './listModel';
import { ROLE_DEFINITIONS, atLeast, itemAccess, listAccess } from './permissions';
import { EmulatorStore } from './store';
import type { Fault, IEmail, IEmulator, IEmulatorOptions, IFaultControl, IStoredItem } from './types';
import { DroppedConnectionError } from './types';

export const DEFAULT_THRESHOLD = 5000;
export const USER_HEADER = 'X-Emulator-User';
export const USER_COOKIE = 'moh-user';

const DIGEST_TIMEOUT_SECONDS = 1800;

class FaultQueue implements IFaultControl {
  public latencyMs = 0;
  private queue: Fault[] = [];
  public add(fault: Fault, times = 1): void {
    for (let i = 0; i < times; i++) this.queue.push(fault);
  }
  public get pending(): number {
    return this.queue.length;
  }
  public clear(): void {
    this.queue = [];
    this.latencyMs = 0;
  }
  public take(): Fault | undefined {
    return this.queue.shift();
  }
}

const delay = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms));

/** Digests are derived from the site path, so ones issued before a restart stay valid (as a real one would within its timeout). */
function digestSecret(sitePath: string): string {
  return `0x${createHash('sha512').update(`moh-emulator-digest:${sitePath.toLowerCase()}`).digest('hex').toUpperCase()}`;
}

function digestDate(d: Date): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} -0000`;
}

function toResponse(r: IApiResponse): Response {
  const nullBody = r.status === 204 || r.status === 304 || (r.body === '' && r.status !== 200);
  return new Response(nullBody ? null : r.body, { status: r.status, statusText: REASONS[r.status] ?? '', headers: r.headers });
}

/** A SharePoint list REST API over the schema's lists and a seed, as `(Request) => Promise<Response>`. */

/** Group ids as a site would number the four groups created in README's deployment order. */
const HUB_GROUP_IDS: Record<HubGroup, number> = { 'Hub Members': 7, 'Hub Officers': 8, 'Hub Directors': 9, 'Democratic Services': 10 };

export function createEmulator(options: IEmulatorOptions): IEmulator {
  const configuredWeb = new URL(options.webUrl.replace(/\/+$/, ''));
  const sitePath = configuredWeb.pathname.replace(/\/+$/, '');
  const apiPrefix = `${sitePath}/_api/`.toLowerCase();
  const secret = digestSecret(sitePath);
  let seed = options.seed;
  let threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const store = new EmulatorStore(seed, options.dataDir);
  const outbox: IEmail[] = [];
  const faults = new FaultQueue();

  const userById = (id: number): ISeedUser | undefined => store.users.find(u => u.id === id);
  const src: IValueSource = { item: (key, id) => store.item(key, id), user: userById };

  function identify(headers: Headers): ISeedUser | undefined {
    const named = headers.get(USER_HEADER);
    if (named) {
      const lower = named.trim().toLowerCase();
      return store.users.find(u => String(u.id) === lower || u.email.toLowerCase() === lower || u.loginName.toLowerCase() === lower);
    }
    const cookie = /(?:^|;\s*)moh-user=([^;]+)/.exec(headers.get('cookie') ?? '');
    if (cookie) return userById(Number(decodeURIComponent(cookie[1])));
    return options.defaultUserId === undefined ? undefined : userById(options.defaultUserId);
  }

  async function core(req: Request): Promise<IApiResponse> {
    if (faults.latencyMs > 0) await delay(faults.latencyMs);
    const fault = faults.take();
    if (fault?.kind === 'drop') throw new DroppedConnectionError();
    if (fault?.kind === 'status') {
      const headers: Record<string, string> = fault.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(fault.retryAfterSeconds) };
      return spError(fault.status, '-2147024860, Microsoft.SharePoint.SPRequestThrottledException',
        'The request has been throttled. Please retry after the time given in the Retry-After header.', headers);
    }
    const url = new URL(req.url);
    if (!url.pathname.toLowerCase().startsWith(apiPrefix)) {
      return spError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
    }
    const user = identify(req.headers);
    if (!user) {
      return spError(401, '-2147024891, System.UnauthorizedAccessException',
        'Access denied. You do not have permission to perform this action or access this resource.');
    }
    const body = req.method === 'GET' || req.method === 'HEAD' ? '' : await req.text();
    return route({ method: req.method.toUpperCase(), url, headers: req.headers, body, userId: user.id, insideBatch: false });
  }

  function route(req: IApiRequest): IApiResponse {
    try {
      return dispatch(req);
    } catch (e) {
      if (e instanceof SpRequestError) return e.toResponse();
      return spError(500, '-2146233088, System.InvalidOperationException', (e as Error).message);
    }
  }

  function verbOf(req: IApiRequest): string {
    const override = req.headers.get('X-HTTP-Method');
    if (req.method === 'POST' && override) return override.toUpperCase();
    return req.method === 'PATCH' || req.method === 'PUT' ? 'MERGE' : req.method;
  }

  function checkDigest(req: IApiRequest): void {
    if (req.insideBatch) return;
    const digest = req.headers.get('X-RequestDigest') ?? '';
    if (digest.split(',')[0] !== secret) {
      throw new SpRequestError(403, '-2130575251, Microsoft.SharePoint.SPException',
        'The security validation for this page is invalid and might be corrupted. Please use your web browser\'s Back button to try your operation again.');
    }
  }

  function dispatch(req: IApiRequest): IApiResponse {
    const webUrl = `${req.url.origin}${sitePath}`;
    const rest = req.url.pathname.slice(apiPrefix.length);
    let segments: string[];
    try {
      segments = rest.split('/').filter(Boolean).map(s => decodeURIComponent(s));
    } catch {
      throw BAD_REQUEST('The URL is not valid.');
    }
    const verb = verbOf(req);
    const user = userById(req.userId) as ISeedUser;
    const head = (segments[0] ?? '').toLowerCase();

    if (head === 'contextinfo' && segments.length === 1) {
      if (req.method !== 'POST') throw methodNotAllowed();
      return jsonResponse(200, {
        'odata.metadata': `${webUrl}/_api/$metadata#SP.ContextWebInformation`,
        FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
        FormDigestValue: `${secret},${digestDate(new Date())}`,
        LibraryVersion: '16.0.25919.12007',
        SiteFullUrl: webUrl,
        SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
        WebFullUrl: webUrl
      });
    }
    if (verb !== 'GET') checkDigest(req);
    if (head === '$batch' && segments.length === 1) return batch(req, webUrl);
    if (head === 'sp.utilities.utility.sendemail' && segments.length === 1) return sendEmail(req, user);

    let i = 0;
    if (head === 'web') {
      i = 1;
      const next = (segments[1] ?? '').toLowerCase();
      if (segments.length === 1) return webEntity(webUrl);
      if (next === 'currentuser' && segments.length === 2) return jsonResponse(200, userEntity(webUrl, user));
      if (next === 'currentuser' && segments.length === 3 && segments[2].toLowerCase() === 'groups') return currentUserGroups(webUrl, user);
      if (next === 'ensureuser' && segments.length === 2) return ensureUser(req, webUrl);
      const byId = /^getuserbyid\((\d+)\)$/i.exec(segments[1]);
      if (byId && segments.length === 2) return oneUser(webUrl, userById(Number(byId[1])));
      if (next === 'siteusers') return siteUsers(segments.slice(2), webUrl);
    }
    const listSeg = segments[i] ?? '';
    if (/^lists$/i.test(listSeg) && segments.length === i + 1) return allLists(webUrl, user);
    let list: IListDef | undefined;
    let asked = '';
    const byTitle = /^lists$/i.test(listSeg) ? /^getbytitle\('((?:[^']|'')*)'\)$/i.exec(segments[i + 1] ?? '') : null;
    const byId = /^lists\((?:guid)?'([^']*)'\)$/i.exec(listSeg);
    if (byTitle) {
      asked = byTitle[1].replace(/''/g, "'");
      list = findListByTitle(asked);
      i += 2;
    } else if (byId) {
      asked = byId[1];
      list = findListById(asked);
      i += 1;
    } else {
      throw new SpRequestError(404, '-1, System.ArgumentException', `The endpoint '${rest}' is not supported by the emulator.`);
    }
    if (!list || (listAccess(user, list) === 'none' && !hasAnyItemGrant(list, user))) {
      throw new SpRequestError(404, '-1, System.ArgumentException', `List '${asked}' does not exist at site with URL '${webUrl}'.`);
    }
    return listRoute(req, verb, list, user, segments.slice(i), webUrl);
  }

  /** SP.Group entries for the Hub groups the user is in; ids follow the groups' fixed order. */
  function currentUserGroups(webUrl: string, user: ISeedUser): IApiResponse {
    return jsonResponse(200, {
      'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.Groups`,
      value: user.groups.map(title => ({
        'odata.type': 'SP.Group', Id: HUB_GROUP_IDS[title], Title: title, LoginName: title, PrincipalType: 8,
        OwnerTitle: 'Democratic Services', Description: null
      }))
    });
  }

  function hasAnyItemGrant(list: IListDef, user: ISeedUser): boolean {
    return store.list(list.key).items.some(it => it.uniquePermissions?.[user.id] !== undefined);
  }

  function methodNotAllowed(): SpRequestError {
    return new SpRequestError(405, '-1, Microsoft.SharePoint.Client.ClientServiceException', 'The HTTP method is not supported for this resource.');
  }

  function listRoute(req: IApiRequest, verb: string, list: IListDef, user: ISeedUser, rest: string[], webUrl: string): IApiResponse {
    const urls: IEntityUrls = { webUrl, listId: listGuid(list.key) };
    if (rest.length === 0) {
      if (verb !== 'GET') throw ACCESS_DENIED();
      return jsonResponse(200, { 'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.Lists/@Element`, ...listEntity(list, webUrl) });
    }
    if (!/^items/i.test(rest[0])) throw new SpRequestError(404, '-1, System.ArgumentException', `The endpoint '${rest.join('/')}' is not supported by the emulator.`);
    const itemMatch = /^items\((\d+)\)$/i.exec(rest[0]);
    if (/^items$/i.test(rest[0]) && rest.length === 1) {
      if (verb === 'GET') return listItems(req, list, user, urls);
      if (verb === 'POST') return addItem(req, list, user, urls);
      throw methodNotAllowed();
    }
    if (!itemMatch) throw new SpRequestError(404, '-1, System.ArgumentException', `The endpoint '${rest.join('/')}' is not supported by the emulator.`);
    const id = Number(itemMatch[1]);
    const item = store.item(list.key, id);
    if (!item) throw new SpRequestError(404, '-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.');
    const access = itemAccess(user, list, item);
    if (rest.length === 1) {
      if (verb === 'GET') {
        if (!atLeast(access, 'read')) throw ACCESS_DENIED();
        const projection = parseProjection(list, req.url.searchParams.get('$select'), req.url.searchParams.get('$expand'));
        return jsonResponse(200, {
          'odata.metadata': `${webUrl}/_api/$metadata#SP.ListData.${entityName(list)}Items/@Element`,
          ...itemEntity(src, list, item, projection, urls)
        }, { ETag: `"${item.etag}"` });
      }
      if (!atLeast(access, 'contribute')) throw ACCESS_DENIED();
      checkEtag(req, item);
      if (verb === 'MERGE') return updateItem(req, list, user, item);
      if (verb === 'DELETE') {
        store.remove(list.key, id);
        store.save();
        return emptyResponse(200);
      }
      throw methodNotAllowed();
    }
    return permissionRoute(verb, list, user, item, rest.slice(1));
  }

  function checkEtag(req: IApiRequest, item: IStoredItem): void {
    const ifMatch = req.headers.get('IF-Match');
    if (!ifMatch || ifMatch.trim() === '*') return;
    const current = `"${item.etag}"`;
    if (ifMatch.trim().replace(/^W\//, '') !== current) {
      throw new SpRequestError(412, '-1, Microsoft.SharePoint.Client.ClientServiceException',
        `The request ETag value '${ifMatch.trim()}' does not match the object's ETag value '${current}'.`);
    }
  }

  function listItems(req: IApiRequest, list: IListDef, user: ISeedUser, urls: IEntityUrls): IApiResponse {
    const q = req.url.searchParams;
    const projection = parseProjection(list, q.get('$select'), q.get('$expand'));
    const page = queryItems(src, list, store.list(list.key).items, it => atLeast(itemAccess(user, list, it), 'read'), {
      filter: q.get('$filter'), orderby: q.get('$orderby'), top: q.get('$top'), skiptoken: q.get('$skiptoken')
    }, threshold);
    const body: Record<string, unknown> = {
      'odata.metadata': `${urls.webUrl}/_api/$metadata#SP.ListData.${entityName(list)}Items`,
      value: page.items.map(it => itemEntity(src, list, it, projection, urls))
    };
    if (page.lastIdWhenMore !== undefined) {
      const next = new URL(req.url.toString());
      next.searchParams.set('$skiptoken', `Paged=TRUE&p_ID=${page.lastIdWhenMore}`);
      body['odata.nextLink'] = next.toString();
    }
    return jsonResponse(200, body);
  }

  function addItem(req: IApiRequest, list: IListDef, user: ISeedUser, urls: IEntityUrls): IApiResponse {
    if (!atLeast(listAccess(user, list), 'contribute')) throw ACCESS_DENIED();
    const values = { ...defaultValues(list), ...validateItemWrite(list, req.body) };
    const stored = store.list(list.key);
    const now = spDate(Date.now());
    const item: IStoredItem = {
      Id: stored.nextId, values, AuthorId: user.id, EditorId: user.id, Created: now, Modified: now, GUID: newGuid(), etag: 1
    };
    store.insert(list.key, item);
    store.save();
    return jsonResponse(201, {
      'odata.metadata': `${urls.webUrl}/_api/$metadata#SP.ListData.${entityName(list)}Items/@Element`,
      ...itemEntity(src, list, item, parseProjection(list, null, null), urls)
    }, { ETag: `"${item.etag}"` });
  }

  function updateItem(req: IApiRequest, list: IListDef, user: ISeedUser, item: IStoredItem): IApiResponse {
    const values = validateItemWrite(list, req.body);
    Object.assign(item.values, values);
    item.etag += 1;
    item.EditorId = user.id;
    item.Modified = spDate(Date.now());
    store.save();
    return emptyResponse(204, { ETag: `"${item.etag}"` });
  }

  function permissionRoute(verb: string, list: IListDef, user: ISeedUser, item: IStoredItem, rest: string[]): IApiResponse {
    if (verb !== 'POST') throw methodNotAllowed();
    const unsupported = (): SpRequestError => new SpRequestError(404, '-1, System.ArgumentException', `The endpoint '${rest.join('/')}' is not supported by the emulator.`);
    const call = rest.join('/').replace(/\s+/g, '');
    const brk = /^breakroleinheritance\(copyroleassignments=(true|false),clearsubscopes=(true|false)\)$/i.exec(call);
    const add = /^roleassignments\/(add|remove)roleassignment\(principalid=(\d+),roledefid=(\d+)\)$/i.exec(call);
    const resetCall = /^resetroleinheritance$/i.test(call);
    if (!brk && !add && !resetCall) throw unsupported();
    if (!atLeast(listAccess(user, list), 'full')) throw ACCESS_DENIED();
    if (brk) {
      if (!item.uniquePermissions) {
        const copied: Record<number, PermissionLevel> = {};
        if (/^true$/i.test(brk[1])) {
          for (const u of store.users) {
            const level = listAccess(u, list);
            if (level !== 'none' && !u.isSiteAdmin) copied[u.id] = level;
          }
        }
        item.uniquePermissions = copied;
      }
    } else if (resetCall) {
      delete item.uniquePermissions;
    } else if (add) {
      const principal = Number(add[2]);
      const level = ROLE_DEFINITIONS[Number(add[3])];
      if (!level) throw new SpRequestError(404, '-2146232832, Microsoft.SharePoint.SPException', 'The specified role definition was not found.');
      if (!userById(principal)) throw new SpRequestError(404, '-2146232832, Microsoft.SharePoint.SPException', 'The specified principal was not found.');
      // Changing assignments on an item that still inherits breaks inheritance, copying the list's (as SharePoint does).
      if (!item.uniquePermissions) {
        item.uniquePermissions = {};
        for (const u of store.users) {
          const l = listAccess(u, list);
          if (l !== 'none' && !u.isSiteAdmin) item.uniquePermissions[u.id] = l;
        }
      }
      if (add[1].toLowerCase() === 'add') {
        const existing = item.uniquePermissions[principal];
        if (!existing || !atLeast(existing, level)) item.uniquePermissions[principal] = level;
      } else if (item.uniquePermissions[principal] === level) {
        delete item.uniquePermissions[principal];
      }
    }
    store.save();
    return jsonResponse(200, { 'odata.null': true });
  }

  function listEntity(list: IListDef, webUrl: string): Record<string, unknown> {
    const stored = store.list(list.key);
    const editLink = `Web/Lists(guid'${stored.id}')`;
    const last = stored.items.reduce((m, it) => (it.Modified > m ? it.Modified : m), '2024-01-01T00:00:00Z');
    return {
      'odata.type': 'SP.List', 'odata.id': `${webUrl}/_api/${editLink}`, 'odata.editLink': editLink,
      AllowContentTypes: true, BaseTemplate: 100, BaseType: 0, ContentTypesEnabled: false,
      Created: '2024-01-01T00:00:00Z', Description: list.description, EnableAttachments: true, EnableVersioning: true,
      EntityTypeName: `${entityName(list)}List`, Hidden: false, Id: stored.id, ItemCount: stored.items.length,
      LastItemModifiedDate: last, ListItemEntityTypeFullName: `SP.Data.${entityName(list)}ListItem`,
      ParentWebUrl: sitePath || '/', Title: list.title
    };
  }

  function allLists(webUrl: string, user: ISeedUser): IApiResponse {
    const visible = ALL_LISTS.filter(l => listAccess(user, l) !== 'none' || hasAnyItemGrant(l, user));
    return jsonResponse(200, { 'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.Lists`, value: visible.map(l => listEntity(l, webUrl)) });
  }

  function webEntity(webUrl: string): IApiResponse {
    return jsonResponse(200, {
      'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.Webs/@Element`, 'odata.type': 'SP.Web',
      'odata.id': `${webUrl}/_api/Web`, 'odata.editLink': 'Web', Id: listGuid('wards').replace(/^.{8}/, '0000beef'),
      Title: 'Member\u2013Officer Hub', Url: webUrl, ServerRelativeUrl: sitePath || '/', Language: 2057, WebTemplate: 'SITEPAGEPUBLISHING'
    });
  }

  function userEntity(webUrl: string, u: ISeedUser): Record<string, unknown> {
    return {
      'odata.type': 'SP.User', 'odata.id': `${webUrl}/_api/Web/GetUserById(${u.id})`, 'odata.editLink': `Web/GetUserById(${u.id})`,
      Id: u.id, IsHiddenInUI: false, LoginName: u.loginName, Title: u.title, PrincipalType: 1, Email: u.email, Expiration: '',
      IsEmailAuthenticationGuestUser: false, IsShareByEmailGuestUser: false, IsSiteAdmin: !!u.isSiteAdmin,
      UserId: { NameId: createHash('md5').update(u.loginName).digest('hex').slice(0, 16), NameIdIssuer: 'urn:federation:microsoftonline' },
      UserPrincipalName: u.email
    };
  }

  function userNotFound(): SpRequestError {
    return new SpRequestError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
  }

  function oneUser(webUrl: string, u: ISeedUser | undefined): IApiResponse {
    if (!u) throw userNotFound();
    return jsonResponse(200, { 'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.Users/@Element`, ...userEntity(webUrl, u) });
  }

  function siteUsers(rest: string[], webUrl: string): IApiResponse {
    if (rest.length === 0) {
      return jsonResponse(200, { 'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.Users`, value: store.users.map(u => userEntity(webUrl, u)) });
    }
    const byId = /^getbyid\((\d+)\)$/i.exec(rest[0]);
    if (byId && rest.length === 1) return oneUser(webUrl, userById(Number(byId[1])));
    const byEmail = /^getbyemail\('((?:[^']|'')*)'\)$/i.exec(rest[0]);
    if (byEmail && rest.length === 1) {
      const email = byEmail[1].replace(/''/g, "'").toLowerCase();
      return oneUser(webUrl, store.users.find(u => u.email.toLowerCase() === email));
    }
    const byLogin = /^getbyloginname\('((?:[^']|'')*)'\)$/i.exec(rest[0]);
    if (byLogin && rest.length === 1) {
      const login = byLogin[1].replace(/''/g, "'").toLowerCase();
      return oneUser(webUrl, store.users.find(u => u.loginName.toLowerCase() === login));
    }
    throw new SpRequestError(404, '-1, System.ArgumentException', `The endpoint 'siteusers/${rest.join('/')}' is not supported by the emulator.`);
  }

  function ensureUser(req: IApiRequest, webUrl: string): IApiResponse {
    if (req.method !== 'POST') throw methodNotAllowed();
    let logonName = '';
    try {
      logonName = String((JSON.parse(req.body || '{}') as { logonName?: unknown }).logonName ?? '');
    } catch {
      throw BAD_REQUEST('Invalid JSON. A token was not recognized in the JSON content.');
    }
    const lower = logonName.toLowerCase();
    const bare = lower.split('|').pop() ?? lower;
    const u = store.users.find(x => x.loginName.toLowerCase() === lower || x.email.toLowerCase() === bare);
    if (!u) throw new SpRequestError(500, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${logonName} could not be found.`);
    return oneUser(webUrl, u);
  }

  function sendEmail(req: IApiRequest, user: ISeedUser): IApiResponse {
    if (req.method !== 'POST') throw methodNotAllowed();
    let props: Record<string, unknown>;
    try {
      props = ((JSON.parse(req.body || '{}') as { properties?: Record<string, unknown> }).properties) ?? {};
    } catch {
      throw BAD_REQUEST('Invalid JSON. A token was not recognized in the JSON content.');
    }
    const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
    const to = list(props.To);
    if (!to.length) {
      throw new SpRequestError(500, '-2130575339, Microsoft.SharePoint.SPException', 'The e-mail message cannot be sent. Make sure the e-mail has a valid recipient.');
    }
    outbox.push({
      to, cc: list(props.CC), bcc: list(props.BCC), from: typeof props.From === 'string' ? props.From : null,
      subject: String(props.Subject ?? ''), body: String(props.Body ?? ''), sentBy: user.id, sentAt: spDate(Date.now())
    });
    return jsonResponse(200, { 'odata.null': true });
  }

  function batch(req: IApiRequest, webUrl: string): IApiResponse {
    if (req.method !== 'POST') throw methodNotAllowed();
    const parts = parseBatch(req.headers.get('content-type'), req.body);
    const responses = parts.map(part => {
      let url: URL;
      try {
        url = new URL(part.url, `${webUrl}/`);
      } catch {
        return spError(400, '-1, Microsoft.Data.OData.ODataException', `The URL '${part.url}' in the batch is not valid.`);
      }
      if (!url.pathname.toLowerCase().startsWith(apiPrefix)) {
        return spError(400, '-1, Microsoft.Data.OData.ODataException', `The URL '${part.url}' is not under this site's API.`);
      }
      return route({ method: part.method, url, headers: part.headers, body: part.body, userId: req.userId, insideBatch: true });
    });
    const formatted = formatBatchResponse(responses);
    return { status: 200, headers: { 'Content-Type': formatted.contentType }, body: formatted.body };
  }

  const emulator: IEmulator = {
    webUrl: `${configuredWeb.origin}${sitePath}`,
    async handle(req: Request): Promise<Response> {
      return toResponse(await core(req));
    },
    async fetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
      return emulator.handle(new Request(input, init));
    },
    outbox,
    faults,
    store,
    get threshold(): number {
      return threshold;
    },
    setThreshold(n: number): void {
      threshold = n;
    },
    reset(next?: ISeedData): void {
      if (next) seed = next;
      store.reset(seed);
      outbox.length = 0;
      faults.clear();
    },
    close(): void {
      store.save();
    }
  };
  return emulator;
}

