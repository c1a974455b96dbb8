import { createHash, createHmac, timingSafeEqual } from 'crypto';
import type { IListDef, ListKey } from '../../src/schema/fieldTypes';
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
import { entityName, listGuid } from './listModel';
import { newGuid } from './listModel';
import { SiteSecurity } from './security';
import type { Scope } from './security';
import { createSecurityApi, jsonBody } from './securityApi';
import {
  LIST_URL_NOT_FOUND, TITLE_TAKEN, currentTitle, findById, findByServerRelativeUrl, findByTitle, idOf, siteLists, splitGetList, titleOf, urlOf
} from './siteLists';
import type { SiteList } from './siteLists';
import { applyEdit, EmulatorStore } from './store';
import { DuplicateFieldError, UnmodelledFieldError, addFieldFromXml } from './appUpgrade';
import { readReleases } from '../provisioning/upgradeActions';
import type { IReleasedSchema } from '../../src/schema/schemaChanges';

function releaseSnapshot(version: string): IReleasedSchema {
  const found = readReleases().find(r => r.version === version);
  if (!found) throw new Error(`No snapshot of release ${version} in src/schema/releases`);
  return found;
}
import { createGraphMail, isGraphPath } from './graphMail';
import type { Fault, IEmail, IEmulator, IEmulatorOptions, IFaultControl, IStoredItem, IStoredList } from './types';
import { DroppedConnectionError } from './types';

export const DEFAULT_THRESHOLD = 5000;
/** Test-only identity: which site user a request is made by (id, email or login name). */
export const USER_HEADER = 'X-Emulator-User';
/** The preview page's own sign-in: set by the preview (its switcher), read by the emulator. */
export const USER_COOKIE = 'moh-user';

/** SharePoint Online's form digest lifetime. */
export const DIGEST_TIMEOUT_SECONDS = 1800;
/** Longest request body the API accepts (SharePoint's client service limit is 2 MB). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** Longest query string the API accepts (IIS's default maxQueryString). */
export const MAX_QUERY_LENGTH = 2048;

/** mulberry32: a small seeded generator, so a fault run can be repeated exactly. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function faultName(f: Fault): string {
  return f.kind === 'status' ? String(f.status) : f.kind;
}

class FaultQueue implements IFaultControl {
  public latencyMs = 0;
  private queue: Fault[] = [];
  private random: { rate: number; faults: readonly Fault[]; next: () => number } | undefined;
  private counts: Record<string, number> = {};
  public add(fault: Fault, times = 1): void {
    for (let i = 0; i < times; i++) this.queue.push(fault);
  }
  public randomly(rate: number, faults: readonly Fault[], seed = 1): void {
    this.random = rate > 0 && faults.length ? { rate, faults, next: seededRandom(seed) } : undefined;
  }
  public get pending(): number {
    return this.queue.length;
  }
  public get fired(): Readonly<Record<string, number>> {
    return { ...this.counts };
  }
  public clear(): void {
    this.queue = [];
    this.latencyMs = 0;
    this.random = undefined;
    this.counts = {};
  }
  public take(): Fault | undefined {
    let fault = this.queue.shift();
    if (!fault && this.random && this.random.next() < this.random.rate) {
      fault = this.random.faults[Math.floor(this.random.next() * this.random.faults.length)];
    }
    if (fault) this.counts[faultName(fault)] = (this.counts[faultName(fault)] ?? 0) + 1;
    return fault;
  }
}

const delay = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms));

/** Derived from the site path, so digests issued before a restart stay valid (as a real one would within its timeout). */
function digestSecret(sitePath: string): Buffer {
  return createHash('sha512').update(`moh-emulator-digest:${sitePath.toLowerCase()}`).digest();
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function digestDate(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} -0000`;
}

function parseDigestDate(s: string): number | undefined {
  const m = /^(\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) -0000$/.exec(s.trim());
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2]);
  return month < 0 ? undefined : Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
}

function toResponse(r: IApiResponse): Response {
  const nullBody = r.status === 204 || r.status === 304 || (r.body === '' && r.status !== 200);
  return new Response(nullBody ? null : r.body, { status: r.status, statusText: REASONS[r.status] ?? '', headers: r.headers });
}

const ITEM_MISSING = (): SpRequestError =>
  new SpRequestError(404, '-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.');

const INVALID_DIGEST = (): SpRequestError => new SpRequestError(403, '-2130575251, Microsoft.SharePoint.SPException',
  'The security validation for this page is invalid and might be corrupted. Please use your web browser\'s Back button to try your operation again.');

/** Methods X-HTTP-Method may turn a POST into; anything else leaves it a POST. */
const TUNNELLED = new Set(['MERGE', 'PATCH', 'PUT', 'DELETE']);

/** A SharePoint REST API over the shipped package's lists, the documented permissions and a seed, as `(Request) => Promise<Response>`. */
export function createEmulator(options: IEmulatorOptions): IEmulator {
  const configuredWeb = new URL(options.webUrl.replace(/\/+$/, ''));
  const sitePath = configuredWeb.pathname.replace(/\/+$/, '');
  // Links the API writes use the configured address, never the request's Host header.
  const webUrl = `${configuredWeb.origin}${sitePath}`;
  const apiPrefix = `${sitePath}/_api/`.toLowerCase();
  const secret = digestSecret(sitePath);
  let seed = options.seed;
  let threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const store = new EmulatorStore(seed, options.dataDir, options.site, options.councilLists, typeof options.release === 'string' ? releaseSnapshot(options.release) : options.release);
  const outbox: IEmail[] = [];
  const faults = new FaultQueue();
  const security = new SiteSecurity({ get site() { return store.site; }, get users() { return store.users; }, list: k => store.list(k) });

  // Indexed by id: a 20,000-officer council has 20,000 users, and each expanded person column looks one up.
  const userById = (id: number): ISeedUser | undefined => security.user(id);
  const src: IValueSource = { item: (key, id) => store.item(key, id), user: userById };
  const securityApi = createSecurityApi({ security, users: () => store.users, userEntity, save: () => store.save() });
  const graph = createGraphMail({ identify: h => identify(h), userById, outbox, secret, granted: options.graph?.mailSend !== 'notGranted' });

  function identify(headers: Headers): ISeedUser | undefined {
    const named = headers.get(USER_HEADER);
    if (named) {
      const lower = named.trim().toLowerCase();
      return store.users.find(u => String(u.id) === lower || u.email.toLowerCase() === lower || u.loginName.toLowerCase() === lower);
    }
    const cookie = /(?:^|;\s*)moh-user=([^;]+)/.exec(headers.get('cookie') ?? '');
    if (cookie) return userById(Number(decodeURIComponent(cookie[1])));
    return undefined;
  }

  function issueDigest(userId: number): string {
    const date = digestDate(new Date());
    const mac = createHmac('sha256', secret).update(`${userId}|${date}`).digest('hex').toUpperCase();
    return `0x${mac},${date}`;
  }

  /** Valid only for the user it was issued to, and only within its lifetime. */
  function checkDigest(req: IApiRequest): void {
    if (req.insideBatch) return;
    const value = req.headers.get('X-RequestDigest') ?? '';
    const comma = value.indexOf(',');
    if (comma < 0) throw INVALID_DIGEST();
    const mac = value.slice(0, comma);
    const date = value.slice(comma + 1);
    const issued = parseDigestDate(date);
    const expected = `0x${createHmac('sha256', secret).update(`${req.userId}|${date}`).digest('hex').toUpperCase()}`;
    const ok = issued !== undefined && mac.length === expected.length && timingSafeEqual(Buffer.from(mac), Buffer.from(expected));
    const age = issued === undefined ? Infinity : Date.now() - issued;
    if (!ok || age > DIGEST_TIMEOUT_SECONDS * 1000 || age < -60_000) throw INVALID_DIGEST();
  }

  async function core(req: Request): Promise<IApiResponse> {
    if (faults.latencyMs > 0) await delay(faults.latencyMs);
    if (isGraphPath(new URL(req.url).pathname)) return graph.handle(req, () => faults.take());
    const fault = faults.take();
    if (fault?.kind === 'drop') throw new DroppedConnectionError();
    if (fault?.kind === 'status') {
      const headers: Record<string, string> = fault.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(fault.retryAfterSeconds) };
      return spError(fault.status, '-2147024860, Microsoft.SharePoint.SPRequestThrottledException',
        'The request has been throttled. Please retry after the time given in the Retry-After header.', headers);
    }
    let url: URL;
    try {
      url = new URL(req.url);
    } catch {
      return spError(400, '-1, System.ArgumentException', 'The URL is not valid.');
    }
    if (!url.pathname.toLowerCase().startsWith(apiPrefix)) {
      return spError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
    }
    if (url.search.length > MAX_QUERY_LENGTH + 1) {
      return spError(414, '-1, System.ArgumentException', `The query string is longer than ${MAX_QUERY_LENGTH} characters.`);
    }
    const user = identify(req.headers);
    if (!user) {
      return spError(401, '-2147024891, System.UnauthorizedAccessException',
        'Access denied. You do not have permission to perform this action or access this resource.');
    }
    let body = '';
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const bytes = new Uint8Array(await req.arrayBuffer());
      if (bytes.length > MAX_BODY_BYTES) {
        return spError(413, '-2130575338, Microsoft.SharePoint.SPException', `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
      }
      try {
        body = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        return spError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The request body is not valid UTF-8.');
      }
    }
    const answer = route({ method: req.method.toUpperCase(), url, headers: req.headers, body, userId: user.id, insideBatch: false });
    if (fault?.kind === 'dropAfter') throw new DroppedConnectionError();
    return answer;
  }

  function route(req: IApiRequest): IApiResponse {
    try {
      return dispatch(req);
    } catch (e) {
      if (e instanceof SpRequestError) return e.toResponse();
      if (e instanceof RangeError) return spError(400, '-1, Microsoft.Data.OData.ODataException', 'The request is too complex to process.');
      return spError(500, '-2146233088, System.InvalidOperationException', (e as Error).message);
    }
  }

  function verbOf(req: IApiRequest): string {
    const override = (req.headers.get('X-HTTP-Method') ?? '').trim().toUpperCase();
    if (req.method === 'POST' && TUNNELLED.has(override)) return override === 'DELETE' ? 'DELETE' : 'MERGE';
    return req.method === 'PATCH' || req.method === 'PUT' ? 'MERGE' : req.method;
  }

  const WEB: Scope = { kind: 'web' };

  function dispatch(req: IApiRequest): IApiResponse {
    const rest = req.url.pathname.slice(apiPrefix.length);
    const byUrl = splitGetList(rest);
    let segments: string[];
    try {
      segments = (byUrl ? byUrl.remainder : rest).split('/').filter(Boolean).map(s => decodeURIComponent(s));
    } catch {
      throw BAD_REQUEST('The URL is not valid.');
    }
    const verb = verbOf(req);
    const user = userById(req.userId) as ISeedUser;
    const head = byUrl ? 'getlist' : (segments[0] ?? '').toLowerCase();

    if (head === 'contextinfo' && segments.length === 1) {
      if (req.method !== 'POST') throw methodNotAllowed();
      return jsonResponse(200, {
        'odata.metadata': `${webUrl}/_api/$metadata#SP.ContextWebInformation`,
        FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
        FormDigestValue: issueDigest(user.id),
        LibraryVersion: '16.0.25919.12007',
        SiteFullUrl: webUrl,
        SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
        WebFullUrl: webUrl
      });
    }
    // The digest guards every request that is not a plain GET, whatever X-HTTP-Method says.
    if (req.method !== 'GET' && req.method !== 'HEAD') checkDigest(req);
    // Someone with no permission anywhere in the site is refused everything in it.
    if (!security.hasAny(user.id, WEB)) throw ACCESS_DENIED();
    if (byUrl) return siteListRoute(req, verb, user, findByServerRelativeUrl(store.current, sitePath, byUrl.url), byUrl.url, true, segments);
    if (head === '$batch' && segments.length === 1) {
      if (req.insideBatch) throw BAD_REQUEST('A batch may not contain another batch.', '-1, Microsoft.Data.OData.ODataException');
      return batch(req);
    }
    if (head === 'sp.utilities.utility.sendemail' && segments.length === 1) return sendEmail(req, user);

    let i = 0;
    if (head === 'web') {
      i = 1;
      const next = (segments[1] ?? '').toLowerCase();
      if (segments.length === 1) return webEntity();
      if (next === 'currentuser' && segments.length === 2) return jsonResponse(200, userEntity(webUrl, user));
      if (next === 'ensureuser' && segments.length === 2) return ensureUser(req, user);
      const byId = /^getuserbyid\((\d+)\)$/i.exec(segments[1]);
      if (byId && segments.length === 2) {
        requireWeb(user, 'BrowseUserInfo');
        return oneUser(userById(Number(byId[1])));
      }
      if (next === 'siteusers') return siteUsers(segments.slice(2), user);
      if (!/^lists/i.test(next)) {
        const answered = securityApi.webRoute(req, verb, user, segments.slice(1), webUrl);
        if (answered) return answered;
        throw new SpRequestError(404, '-1, System.ArgumentException', `The endpoint '${rest}' is not supported by the emulator.`);
      }
    }
    const listSeg = segments[i] ?? '';
    if (/^lists$/i.test(listSeg) && segments.length === i + 1) return allLists(req, user);
    const byTitle = /^lists$/i.test(listSeg) ? /^getbytitle\('((?:[^']|'')*)'\)$/i.exec(segments[i + 1] ?? '') : null;
    const byId = /^lists\((?:guid)?'([^']*)'\)$/i.exec(listSeg);
    if (byTitle) {
      const asked = byTitle[1].replace(/''/g, "'");
      return siteListRoute(req, verb, user, findByTitle(store.current, asked), asked, false, segments.slice(i + 2));
    }
    if (byId) return siteListRoute(req, verb, user, findById(store.current, byId[1]), byId[1], false, segments.slice(i + 1));
    throw new SpRequestError(404, '-1, System.ArgumentException', `The endpoint '${rest}' is not supported by the emulator.`);
  }

  /** A list reference resolved (by title, id or URL) to a Hub list or one of the council's own; anything else is 404 as SharePoint words it. */
  function siteListRoute(req: IApiRequest, verb: string, user: ISeedUser, found: SiteList | undefined, asked: string, askedByUrl: boolean, rest: string[]): IApiResponse {
    // A list the caller has nothing on does not exist for them.
    const visible = found && (found.kind === 'council' || security.hasAny(user.id, { kind: 'list', list: store.list(found.def.key) }));
    if (!found || !visible) {
      if (askedByUrl) throw LIST_URL_NOT_FOUND();
      throw new SpRequestError(404, '-1, System.ArgumentException', `List '${asked}' does not exist at site with URL '${webUrl}'.`);
    }
    if (found.kind === 'hub') return listRoute(req, verb, withSiteIndexes(found.def), user, rest);
    // The council's own lists inherit the site: the emulator answers only what the health check reads of them.
    if (rest.length === 0 && verb === 'GET') {
      return jsonResponse(200, { 'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.Lists/@Element`, ...councilListEntity(found, req.url.searchParams.get('$expand')) });
    }
    if (rest.length === 1 && /^items$/i.test(rest[0]) && verb === 'GET') {
      return jsonResponse(200, { 'odata.metadata': `${webUrl}/_api/$metadata#SP.ListData.Items`, value: [] });
    }
    throw new SpRequestError(404, '-1, System.ArgumentException', `The endpoint '${rest.join('/')}' is not supported by the emulator.`);
  }

  function requireWeb(user: ISeedUser, kind: Parameters<SiteSecurity['has']>[2]): void {
    if (!security.has(user.id, WEB, kind)) throw ACCESS_DENIED();
  }

  function methodNotAllowed(): SpRequestError {
    return new SpRequestError(405, '-1, Microsoft.SharePoint.Client.ClientServiceException', 'The HTTP method is not supported for this resource.');
  }

  function listRoute(req: IApiRequest, verb: string, list: IListDef, user: ISeedUser, rest: string[]): IApiResponse {
    const stored = store.list(list.key);
    const listScope: Scope = { kind: 'list', list: stored };
    const urls: IEntityUrls = { webUrl, listId: listGuid(list.key) };
    if (rest.length === 0) {
      if (verb === 'GET') {
        return jsonResponse(200, { 'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.Lists/@Element`, ...listEntity(list, req.url.searchParams.get('$select'), req.url.searchParams.get('$expand')) });
      }
      if (verb === 'MERGE') return updateList(req, user, stored);
      throw ACCESS_DENIED();
    }
    if (/^fields$/i.test(rest[0])) return fieldsRoute(req, verb, list, user, stored, rest.slice(1));
    if (!/^items/i.test(rest[0])) {
      const answered = securityApi.scopeRoute(req, verb, user, listScope, rest, webUrl);
      if (answered) return answered;
      throw new SpRequestError(404, '-1, System.ArgumentException', `The endpoint '${rest.join('/')}' is not supported by the emulator.`);
    }
    const itemMatch = /^items\((\d+)\)$/i.exec(rest[0]);
    if (/^items$/i.test(rest[0]) && rest.length === 1) {
      if (verb === 'GET') return listItems(req, list, user, urls);
      if (verb === 'POST') return addItem(req, list, user, urls);
      throw methodNotAllowed();
    }
    if (!itemMatch) throw new SpRequestError(404, '-1, System.ArgumentException', `The endpoint '${rest.join('/')}' is not supported by the emulator.`);
    const id = Number(itemMatch[1]);
    const item = store.item(list.key, id);
    // An item the caller may not see answers exactly as a missing one, so its existence does not leak.
    if (!item || !security.canRead(user.id, stored, item)) throw ITEM_MISSING();
    if (rest.length === 1) {
      if (verb === 'GET') {
        const projection = parseProjection(list, req.url.searchParams.get('$select'), req.url.searchParams.get('$expand'));
        return jsonResponse(200, {
          'odata.metadata': `${webUrl}/_api/$metadata#SP.ListData.${entityName(list)}Items/@Element`,
          ...itemEntity(src, list, item, projection, urls)
        }, { ETag: `"${item.etag}"` });
      }
      if (verb === 'MERGE') {
        if (!security.canWrite(user.id, stored, item, 'EditListItems')) throw ACCESS_DENIED();
        checkEtag(req, item);
        return updateItem(req, list, user, item);
      }
      if (verb === 'DELETE') {
        if (!security.canWrite(user.id, stored, item, 'DeleteListItems')) throw ACCESS_DENIED();
        checkEtag(req, item);
        store.remove(list.key, id);
        store.save();
        return emptyResponse(200);
      }
      throw methodNotAllowed();
    }
    if (/^versions/i.test(rest[1])) return versionsRoute(req, verb, list, user, stored, item, rest.slice(1));
    const answered = securityApi.scopeRoute(req, verb, user, { kind: 'item', list: stored, item }, rest.slice(1), webUrl);
    if (answered) return answered;
    throw new SpRequestError(404, '-1, System.ArgumentException', `The endpoint '${rest.join('/')}' is not supported by the emulator.`);
  }

  /**
   * items(id)/versions as SharePoint answers it: SP.ListItemVersion entities, newest first,
   * each with VersionId (512 × major), VersionLabel, IsCurrentVersion, Created (when that
   * version was saved) and the field values by internal name (people and lookups as
   * { LookupId, LookupValue[, Email] }). Reading needs View Versions; deleting a version
   * needs Delete Versions, and a current version cannot be deleted.
   */
  function versionsRoute(req: IApiRequest, verb: string, list: IListDef, user: ISeedUser, stored: IStoredList, item: IStoredItem, rest: string[]): IApiResponse {
    const scope: Scope = { kind: 'item', list: stored, item };
    const all = [
      ...(item.versions ?? []),
      { version: item.etag, values: item.values, EditorId: item.EditorId, Modified: item.Modified }
    ];
    const one = /^versions\((\d+)\)$/i.exec(rest[0]);
    if (/^versions$/i.test(rest[0]) && rest.length === 1) {
      if (verb !== 'GET') throw methodNotAllowed();
      if (!security.has(user.id, scope, 'ViewVersions')) throw ACCESS_DENIED();
      return jsonResponse(200, {
        'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.ListItemVersions`,
        value: [...all].reverse().map(v => versionEntity(list, item, v, v.version === item.etag))
      });
    }
    if (!one) throw new SpRequestError(404, '-1, System.ArgumentException', `The endpoint '${rest.join('/')}' is not supported by the emulator.`);
    const versionId = Number(one[1]);
    const found = all.find(v => v.version * 512 === versionId);
    const deleting = (verb === 'DELETE' && rest.length === 1) || (verb === 'POST' && rest.length === 2 && /^deleteobject$/i.test(rest[1]));
    if (deleting) {
      if (!security.has(user.id, scope, 'DeleteVersions')) throw ACCESS_DENIED();
      if (!found) throw new SpRequestError(404, '-2130575338, Microsoft.SharePoint.SPException', 'The version does not exist.');
      if (found.version === item.etag) {
        throw new SpRequestError(400, '-2130575338, Microsoft.SharePoint.SPException', 'The current version of an item cannot be deleted.');
      }
      item.versions = (item.versions ?? []).filter(v => v !== found);
      store.save();
      return emptyResponse(200);
    }
    if (verb !== 'GET' || rest.length !== 1) throw methodNotAllowed();
    if (!security.has(user.id, scope, 'ViewVersions')) throw ACCESS_DENIED();
    if (!found) throw new SpRequestError(404, '-2130575338, Microsoft.SharePoint.SPException', 'The version does not exist.');
    return jsonResponse(200, {
      'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.ListItemVersions/@Element`,
      ...versionEntity(list, item, found, found.version === item.etag)
    });
  }

  function versionEntity(list: IListDef, item: IStoredItem, v: { version: number; values: Record<string, unknown>; EditorId: number; Modified: string },
    current: boolean): Record<string, unknown> {
    const person = (id: number | null | undefined): Record<string, unknown> | null => {
      const u = id ? userById(id) : undefined;
      return u ? { LookupId: u.id, LookupValue: u.title, Email: u.email } : null;
    };
    const lookup = (target: ListKey, id: unknown): Record<string, unknown> | null => {
      if (typeof id !== 'number' || id === 0) return null;
      const t = store.item(target, id);
      return { LookupId: id, LookupValue: (t?.values.Title as string | undefined) ?? '' };
    };
    const out: Record<string, unknown> = {
      'odata.type': 'SP.ListItemVersion',
      'odata.id': `${webUrl}/_api/Web/Lists(guid'${listGuid(list.key)}')/Items(${item.Id})/versions(${v.version * 512})`,
      Created: v.Modified, IsCurrentVersion: current, VersionId: v.version * 512, VersionLabel: `${v.version}.0`,
      ID: item.Id, Title: v.values.Title ?? null, Modified: v.Modified, Author: person(item.AuthorId), Editor: person(v.EditorId)
    };
    for (const f of list.fields) {
      if (f.kind === 'user') out[f.name] = person(v.values[`${f.name}Id`] as number | null);
      else if (f.kind === 'lookup') out[f.name] = lookup(f.target, v.values[`${f.name}Id`]);
      else if (f.kind === 'multiLookup') out[f.name] = ((v.values[`${f.name}Id`] as number[] | undefined) ?? []).map(id => lookup(f.target, id));
      else out[f.name] = v.values[f.name] ?? null;
    }
    return out;
  }

  /**
   * The list's definition as the site has it now: the indexes added or removed since the
   * package made it, and without the fields an earlier release did not give it.
   */
  const indexedDefs = new Map<ListKey, { overrides: string; def: IListDef }>();
  function withSiteIndexes(list: IListDef): IListDef {
    const stored = store.list(list.key);
    const overrides = stored.indexOverrides ?? {};
    const absent = stored.absentFields ?? [];
    if (Object.keys(overrides).length === 0 && absent.length === 0) return list;
    const key = JSON.stringify([overrides, absent]);
    const cached = indexedDefs.get(list.key);
    if (cached && cached.overrides === key && cached.def.key === list.key) return cached.def;
    const def: IListDef = {
      ...list,
      titleIndexed: overrides.Title ?? list.titleIndexed,
      fields: list.fields.filter(f => !absent.includes(f.name)).map(f => (f.name in overrides ? { ...f, indexed: overrides[f.name] } : f))
    };
    indexedDefs.set(list.key, { overrides: key, def });
    return def;
  }

  function fieldEntity(list: IListDef, name: string, title: string, type: string, indexed: boolean): Record<string, unknown> {
    const link = `Web/Lists(guid'${listGuid(list.key)}')/Fields/getbyinternalnameortitle('${name}')`;
    return { 'odata.type': 'SP.Field', 'odata.id': `${webUrl}/_api/${link}`, 'odata.editLink': link, InternalName: name, StaticName: name, Title: title, TypeAsString: type, Indexed: indexed, Hidden: false };
  }

  const FIELD_TYPES: Record<string, string> = {
    text: 'Text', note: 'Note', choice: 'Choice', multiChoice: 'MultiChoice', number: 'Number', boolean: 'Boolean', dateTime: 'DateTime',
    lookup: 'Lookup', multiLookup: 'LookupMulti', user: 'User', url: 'URL'
  };

  /**
   * The list's own columns (Title and the package's fields) with whether each is indexed;
   * MERGE of `Indexed` on one of them by someone who may manage the list adds or removes
   * its index, which the list view threshold then honours.
   */
  function fieldsRoute(req: IApiRequest, verb: string, list: IListDef, user: ISeedUser, stored: IStoredList, rest: string[]): IApiResponse {
    const def = withSiteIndexes(list);
    const all = [
      fieldEntity(list, 'Title', def.titleDisplayName ?? 'Title', 'Text', !!def.titleIndexed),
      ...def.fields.map(f => fieldEntity(list, f.name, f.displayName, FIELD_TYPES[f.kind] ?? 'Text', !!f.indexed))
    ];
    if (rest.length === 0) {
      if (verb !== 'GET') throw methodNotAllowed();
      return jsonResponse(200, { 'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.Fields`, value: all });
    }
    if (/^createfieldasxml$/i.test(rest[0]) && rest.length === 1) return createFieldAsXml(req, verb, list, user, stored);
    const one = /^getbyinternalnameortitle\('((?:[^']|'')*)'\)$/i.exec(rest[0]);
    if (!one || rest.length > 1) throw new SpRequestError(404, '-1, System.ArgumentException', `The endpoint 'fields/${rest.join('/')}' is not supported by the emulator.`);
    const asked = one[1].replace(/''/g, "'").toLowerCase();
    const field = all.find(f => String(f.InternalName).toLowerCase() === asked || String(f.Title).toLowerCase() === asked);
    if (!field) throw new SpRequestError(400, '-2147024809, System.ArgumentException', `Column '${one[1]}' does not exist. It may have been deleted by another user.`);
    if (verb === 'GET') return jsonResponse(200, { 'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.Fields/@Element`, ...field });
    if (verb !== 'MERGE') throw methodNotAllowed();
    if (!security.has(user.id, { kind: 'list', list: stored }, 'ManageLists')) throw ACCESS_DENIED();
    const body = jsonBody(req);
    for (const [k, v] of Object.entries(body)) {
      if (k === 'Indexed' && typeof v === 'boolean') stored.indexOverrides = { ...(stored.indexOverrides ?? {}), [String(field.InternalName)]: v };
      else if (k === 'Indexed') throw BAD_REQUEST(`The value of 'Indexed' is not valid.`, '-2147024809, System.ArgumentException');
      else if (k !== '__metadata') throw BAD_REQUEST(`The property '${k}' does not exist on type 'SP.Field' or cannot be changed by the emulator.`);
    }
    store.save();
    return emptyResponse(204);
  }

  /** `fields/createfieldasxml` with `{ parameters: { SchemaXml, Options } }`, by those who may manage the list. */
  function createFieldAsXml(req: IApiRequest, verb: string, list: IListDef, user: ISeedUser, stored: IStoredList): IApiResponse {
    if (verb !== 'POST') throw methodNotAllowed();
    if (!security.has(user.id, { kind: 'list', list: stored }, 'ManageLists')) throw ACCESS_DENIED();
    const params = (jsonBody(req).parameters ?? {}) as { SchemaXml?: unknown; Options?: unknown };
    if (typeof params.SchemaXml !== 'string') throw BAD_REQUEST(`The parameter 'SchemaXml' is missing.`, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
    const packaged = findById(store.current, stored.id);
    const def = packaged?.kind === 'hub' ? packaged.def : list;
    let name: string;
    try {
      name = addFieldFromXml(stored, def, params.SchemaXml, Number(params.Options ?? 0), id => !!findById(store.current, id));
    } catch (e) {
      if (e instanceof DuplicateFieldError) throw new SpRequestError(500, '-2130575245, Microsoft.SharePoint.SPException', e.message);
      if (e instanceof UnmodelledFieldError) throw new SpRequestError(400, '-1, System.NotSupportedException', e.message);
      throw BAD_REQUEST((e as Error).message, '-2147024809, System.ArgumentException');
    }
    store.save();
    const field = def.fields.find(f => f.name === name);
    return jsonResponse(201, {
      'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.Fields/@Element`,
      ...fieldEntity(list, name, field?.displayName ?? name, FIELD_TYPES[field?.kind ?? 'text'] ?? 'Text', !!field?.indexed)
    });
  }

  /** MERGE on a list: the item-level settings (ReadSecurity / WriteSecurity) and its description, by those who may manage it. */
  function updateList(req: IApiRequest, user: ISeedUser, stored: IStoredList): IApiResponse {
    if (!security.has(user.id, { kind: 'list', list: stored }, 'ManageLists')) throw ACCESS_DENIED();
    const body = jsonBody(req);
    const next = { readSecurity: stored.readSecurity, writeSecurity: stored.writeSecurity, title: stored.title };
    for (const [k, v] of Object.entries(body)) {
      if (k === 'ReadSecurity' && (v === 1 || v === 2)) next.readSecurity = v;
      else if (k === 'WriteSecurity' && (v === 1 || v === 2 || v === 4)) next.writeSecurity = v;
      else if (k === 'ReadSecurity' || k === 'WriteSecurity') throw BAD_REQUEST(`The value of '${k}' is not valid.`, '-2147024809, System.ArgumentException');
      else if (k === 'Title') next.title = renamedTitle(stored, v);
      else if (k !== '__metadata') {
        throw BAD_REQUEST(`The property '${k}' does not exist on type 'SP.List' or cannot be changed by the emulator.`);
      }
    }
    stored.readSecurity = next.readSecurity;
    stored.writeSecurity = next.writeSecurity;
    if (next.title !== undefined) stored.title = next.title;
    store.save();
    return emptyResponse(204);
  }

  /** A list's title may be changed to any other title no list on the site has (SharePoint keeps titles unique in a web). */
  function renamedTitle(stored: IStoredList, value: unknown): string {
    const title = typeof value === 'string' ? value.trim() : '';
    if (!title || title.length > 255) throw BAD_REQUEST(`The value of 'Title' is not valid.`, '-2147024809, System.ArgumentException');
    const holder = findByTitle(store.current, title);
    if (holder && !(holder.kind === 'hub' && holder.def.key === stored.key)) {
      throw new SpRequestError(500, '-2130575342, Microsoft.SharePoint.SPException', TITLE_TAKEN);
    }
    return title;
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
    const stored = store.list(list.key);
    const projection = parseProjection(list, q.get('$select'), q.get('$expand'));
    const page = queryItems(src, withSiteIndexes(list), stored.items, security.readFilter(user.id, stored), {
      filter: q.get('$filter'), orderby: q.get('$orderby'), top: q.get('$top'), skiptoken: q.get('$skiptoken')
    }, threshold);
    const body: Record<string, unknown> = {
      'odata.metadata': `${urls.webUrl}/_api/$metadata#SP.ListData.${entityName(list)}Items`,
      value: page.items.map(it => itemEntity(src, list, it, projection, urls))
    };
    if (page.lastIdWhenMore !== undefined) {
      const next = new URL(`${webUrl}${req.url.pathname.slice(sitePath.length)}${req.url.search}`);
      next.searchParams.set('$skiptoken', `Paged=TRUE&p_ID=${page.lastIdWhenMore}`);
      body['odata.nextLink'] = next.toString();
    }
    return jsonResponse(200, body);
  }

  const lookupExists = (key: IListDef['key'], id: number): boolean => !!store.item(key, id);

  function addItem(req: IApiRequest, list: IListDef, user: ISeedUser, urls: IEntityUrls): IApiResponse {
    if (!security.has(user.id, { kind: 'list', list: store.list(list.key) }, 'AddListItems')) throw ACCESS_DENIED();
    const values = { ...defaultValues(list), ...validateItemWrite(list, req.body, lookupExists) };
    checkUnique(list, values, undefined);
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

  /**
   * EnforceUniqueValues: SharePoint compares against every item in the list, whoever may
   * read it, and refuses the add or update with a 500 SPDuplicateValuesFoundException
   * (text compared without regard to case; empty values are not compared).
   */
  function checkUnique(list: IListDef, values: Record<string, unknown>, selfId: number | undefined): void {
    const clashes: string[] = [];
    for (const field of list.fields) {
      if (!field.unique) continue;
      const key = field.kind === 'lookup' || field.kind === 'user' ? `${field.name}Id` : field.name;
      if (!(key in values)) continue;
      const value = values[key];
      if (value === null || value === undefined || value === '') continue;
      const norm = (v: unknown): unknown => (typeof v === 'string' ? v.toLowerCase() : v);
      if (store.list(list.key).items.some(it => it.Id !== selfId && norm(it.values[key]) === norm(value))) clashes.push(field.name);
    }
    if (clashes.length) {
      throw new SpRequestError(500, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
        `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${clashes.join(', ')}].`);
    }
  }

  function updateItem(req: IApiRequest, list: IListDef, user: ISeedUser, item: IStoredItem): IApiResponse {
    const values = validateItemWrite(list, req.body, lookupExists);
    checkUnique(list, values, item.Id);
    applyEdit(item, values, user.id, spDate(Date.now()), list.versioning === true);
    store.save();
    return emptyResponse(204, { ETag: `"${item.etag}"` });
  }

  function listEntity(list: IListDef, select: string | null, expand: string | null = null): Record<string, unknown> {
    const stored = store.list(list.key);
    const editLink = `Web/Lists(guid'${stored.id}')`;
    const last = stored.items.reduce((m, it) => (it.Modified > m ? it.Modified : m), '2024-01-01T00:00:00Z');
    const out: Record<string, unknown> = {
      'odata.type': 'SP.List', 'odata.id': `${webUrl}/_api/${editLink}`, 'odata.editLink': editLink,
      AllowContentTypes: true, BaseTemplate: 100, BaseType: 0, ContentTypesEnabled: false,
      Created: '2024-01-01T00:00:00Z', Description: list.description, EnableAttachments: true, EnableVersioning: true,
      EntityTypeName: `${entityName(list)}List`, Hidden: false, Id: stored.id, ItemCount: stored.items.length,
      LastItemModifiedDate: last, ListItemEntityTypeFullName: `SP.Data.${entityName(list)}ListItem`,
      ParentWebUrl: sitePath || '/', ReadSecurity: stored.readSecurity, Title: currentTitle(store.current, list), WriteSecurity: stored.writeSecurity
    };
    if (expandsRootFolder(expand)) out.RootFolder = rootFolder(list.url);
    // SharePoint returns this one only when it is asked for.
    if (/\bHasUniqueRoleAssignments\b/i.test(select ?? '')) out.HasUniqueRoleAssignments = !!stored.roleAssignments;
    return out;
  }

  const expandsRootFolder = (expand: string | null): boolean => /(^|,)\s*RootFolder\s*(,|$)/i.test(expand ?? '');
  const rootFolder = (url: string): Record<string, unknown> =>
    ({ 'odata.type': 'SP.Folder', Name: url.split('/').pop() ?? url, ServerRelativeUrl: `${sitePath}/${url}` });

  function councilListEntity(l: SiteList, expand: string | null): Record<string, unknown> {
    const editLink = `Web/Lists(guid'${idOf(l)}')`;
    const out: Record<string, unknown> = {
      'odata.type': 'SP.List', 'odata.id': `${webUrl}/_api/${editLink}`, 'odata.editLink': editLink, BaseTemplate: 100, BaseType: 0,
      Description: '', Hidden: false, Id: idOf(l), ItemCount: 0, ParentWebUrl: sitePath || '/', ReadSecurity: 1, Title: titleOf(store.current, l), WriteSecurity: 1
    };
    if (expandsRootFolder(expand)) out.RootFolder = rootFolder(urlOf(l));
    return out;
  }

  function allLists(req: IApiRequest, user: ISeedUser): IApiResponse {
    const expand = req.url.searchParams.get('$expand');
    const visible = siteLists(store.current).filter(l => l.kind === 'council' || security.hasAny(user.id, { kind: 'list', list: store.list(l.def.key) }));
    return jsonResponse(200, {
      'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.Lists`,
      value: visible.map(l => (l.kind === 'hub' ? listEntity(l.def, null, expand) : councilListEntity(l, expand)))
    });
  }

  function webEntity(): IApiResponse {
    return jsonResponse(200, {
      'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.Webs/@Element`, 'odata.type': 'SP.Web',
      'odata.id': `${webUrl}/_api/Web`, 'odata.editLink': 'Web', Id: listGuid('wards').replace(/^.{8}/, '0000beef'),
      Title: 'Member\u2013Officer Hub', Url: webUrl, ServerRelativeUrl: sitePath || '/', Language: 2057, WebTemplate: 'SITEPAGEPUBLISHING'
    });
  }

  function userEntity(base: string, u: ISeedUser): Record<string, unknown> {
    return {
      'odata.type': 'SP.User', 'odata.id': `${base}/_api/Web/GetUserById(${u.id})`, 'odata.editLink': `Web/GetUserById(${u.id})`,
      Id: u.id, IsHiddenInUI: false, LoginName: u.loginName, Title: u.title, PrincipalType: 1, Email: u.email, Expiration: '',
      IsEmailAuthenticationGuestUser: false, IsShareByEmailGuestUser: false, IsSiteAdmin: !!u.isSiteAdmin,
      UserId: { NameId: createHash('md5').update(u.loginName).digest('hex').slice(0, 16), NameIdIssuer: 'urn:federation:microsoftonline' },
      UserPrincipalName: u.email
    };
  }

  function userNotFound(): SpRequestError {
    return new SpRequestError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
  }

  function oneUser(u: ISeedUser | undefined): IApiResponse {
    if (!u) throw userNotFound();
    return jsonResponse(200, { 'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.Users/@Element`, ...userEntity(webUrl, u) });
  }

  function siteUsers(rest: string[], user: ISeedUser): IApiResponse {
    requireWeb(user, 'BrowseUserInfo');
    if (rest.length === 0) {
      return jsonResponse(200, { 'odata.metadata': `${webUrl}/_api/$metadata#SP.ApiData.Users`, value: store.users.map(u => userEntity(webUrl, u)) });
    }
    const byId = /^getbyid\((\d+)\)$/i.exec(rest[0]);
    if (byId && rest.length === 1) return oneUser(userById(Number(byId[1])));
    const byEmail = /^getbyemail\('((?:[^']|'')*)'\)$/i.exec(rest[0]);
    if (byEmail && rest.length === 1) {
      const email = byEmail[1].replace(/''/g, "'").toLowerCase();
      return oneUser(store.users.find(u => u.email.toLowerCase() === email));
    }
    const byLogin = /^getbyloginname\('((?:[^']|'')*)'\)$/i.exec(rest[0]);
    if (byLogin && rest.length === 1) {
      const login = byLogin[1].replace(/''/g, "'").toLowerCase();
      return oneUser(store.users.find(u => u.loginName.toLowerCase() === login));
    }
    throw new SpRequestError(404, '-1, System.ArgumentException', `The endpoint 'siteusers/${rest.join('/')}' is not supported by the emulator.`);
  }

  function ensureUser(req: IApiRequest, user: ISeedUser): IApiResponse {
    if (req.method !== 'POST') throw methodNotAllowed();
    requireWeb(user, 'BrowseUserInfo');
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
    return oneUser(u);
  }

  /** Mail goes from the caller (a From in the body is not honoured) and only to people who are users of the site. */
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
    const cc = list(props.CC);
    const bcc = list(props.BCC);
    const isSiteUser = (address: string): boolean => {
      const lower = address.trim().toLowerCase();
      return store.users.some(u => u.email.toLowerCase() === lower || u.loginName.toLowerCase() === lower);
    };
    if (!to.length || ![...to, ...cc, ...bcc].every(isSiteUser)) {
      throw new SpRequestError(500, '-2130575339, Microsoft.SharePoint.SPException', 'The e-mail message cannot be sent. Make sure the e-mail has a valid recipient.');
    }
    outbox.push({
      to, cc, bcc, from: user.email,
      subject: String(props.Subject ?? ''), body: String(props.Body ?? ''), sentBy: user.id, sentAt: spDate(Date.now())
    });
    return jsonResponse(200, { 'odata.null': true });
  }

  function batch(req: IApiRequest): IApiResponse {
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
    webUrl,
    async handle(req: Request): Promise<Response> {
      return toResponse(await core(req));
    },
    async fetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
      return emulator.handle(new Request(input, init));
    },
    outbox,
    graph: graph.control,
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
    upgradeApp(): ListKey[] {
      return store.upgradeApp();
    },
    close(): void {
      store.save();
    }
  };
  return emulator;
}

