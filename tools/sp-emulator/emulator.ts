import { createHash, createHmac, timingSafeEqual } from 'crypto';
import type { ListKey } from '../../src/schema/fieldTypes';
import type { ISeedData, ISeedUser } from '../seed/seedTypes';
import type { IApiRequest, IApiResponse } from './apiTypes';
import { ACCESS_DENIED, BAD_REQUEST, REASONS, SpRequestError, spError } from './apiTypes';
import type { IValueSource } from './itemValues';
import { SiteSecurity } from './security';
import { EmulatorStore } from './store';
import { readReleases } from '../provisioning/upgradeActions';
import type { IReleasedSchema } from '../../src/schema/schemaChanges';
import type { Fault, IEmail, IEmulator, IEmulatorOptions, IFaultControl } from './types';
import { DroppedConnectionError } from './types';
import type { IRouteContext, Verb } from './routes/context';
import { METHOD_NOT_ALLOWED, UNSUPPORTED, WEB } from './routes/context';
import { ROOTS, SERVED_ROOTS, findRoute } from './routes/table';
import type { IRoot } from './routes/table';
import { DIGEST_TIMEOUT_SECONDS } from './routes/web';

export { DIGEST_TIMEOUT_SECONDS };

function releaseSnapshot(version: string): IReleasedSchema {
  const found = readReleases().find(r => r.version === version);
  if (!found) throw new Error(`No snapshot of release ${version} in src/schema/releases`);
  return found;
}
import { createGraphTokens } from './graphMail';

export const DEFAULT_THRESHOLD = 5000;
/** Test-only identity: which site user a request is made by (id, email or login name). */
export const USER_HEADER = 'X-Emulator-User';
/** The preview page's own sign-in: set by the preview (its switcher), read by the emulator. */
export const USER_COOKIE = 'moh-user';

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
  private queue: { fault: Fault; under?: string }[] = [];
  private random: { rate: number; faults: readonly Fault[]; next: () => number } | undefined;
  private counts: Record<string, number> = {};
  public add(fault: Fault, times = 1, under?: string): void {
    for (let i = 0; i < times; i++) this.queue.push({ fault, ...(under ? { under: under.toLowerCase() } : {}) });
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
  public take(pathname: string): Fault | undefined {
    const lower = pathname.toLowerCase();
    const queued = this.queue.findIndex(q => !q.under || lower.startsWith(q.under));
    let fault = queued < 0 ? undefined : this.queue.splice(queued, 1)[0].fault;
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

const INVALID_DIGEST = (): SpRequestError => new SpRequestError(403, '-2130575251, Microsoft.SharePoint.SPException',
  'The security validation for this page is invalid and might be corrupted. Please use your web browser\'s Back button to try your operation again.');

/** Methods X-HTTP-Method may turn a POST into; anything else leaves it a POST. */
const TUNNELLED = new Set(['MERGE', 'PATCH', 'PUT', 'DELETE']);

function verbOf(req: IApiRequest, root: Pick<IRoot, 'methodOverride'>): string {
  const override = root.methodOverride ? (req.headers.get('X-HTTP-Method') ?? '').trim().toUpperCase() : '';
  if (req.method === 'POST' && TUNNELLED.has(override)) return override === 'DELETE' ? 'DELETE' : 'MERGE';
  return req.method === 'PATCH' || req.method === 'PUT' ? 'MERGE' : req.method;
}

/**
 * A SharePoint REST API over the shipped package's lists, the documented permissions and a
 * seed, as `(Request) => Promise<Response>`. This is only the pipeline every request goes
 * through (faults, limits, identity, digest, route lookup, the error body), each step as the
 * request's root (SharePoint's `_api/` or Graph's `/v1.0/`) has it; what each endpoint does is
 * in the route table (routes/table.ts) and its handlers.
 */
export function createEmulator(options: IEmulatorOptions): IEmulator {
  const configuredWeb = new URL(options.webUrl.replace(/\/+$/, ''));
  const sitePath = configuredWeb.pathname.replace(/\/+$/, '');
  // Links the API writes use the configured address, never the request's Host header.
  const webUrl = `${configuredWeb.origin}${sitePath}`;
  const roots = SERVED_ROOTS.map(name => ({ ...ROOTS[name], name, prefix: ROOTS[name].prefix(sitePath).toLowerCase() }));
  const secret = digestSecret(sitePath);
  let seed = options.seed;
  let threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const store = new EmulatorStore(seed, options.dataDir, options.site, options.councilLists, typeof options.release === 'string' ? releaseSnapshot(options.release) : options.release);
  const outbox: IEmail[] = [];
  const faults = new FaultQueue();
  const security = new SiteSecurity({ get site() { return store.site; }, get users() { return store.users; }, list: k => store.list(k) });
  // Indexed by id: a 20,000-officer council has 20,000 users, and each expanded person column looks one up.
  const values: IValueSource = { item: (key, id) => store.item(key, id), user: id => security.user(id) };

  const rootOf = (pathname: string): typeof roots[number] | undefined => {
    const lower = pathname.toLowerCase();
    return roots.find(r => lower.startsWith(r.prefix));
  };
  const graph = createGraphTokens({ userById: id => security.user(id), secret, granted: options.graph?.mailSend !== 'notGranted' });

  /** Who the page's sign-in names: a test's X-Emulator-User header, else the preview's cookie. */
  function sessionUser(headers: Headers): ISeedUser | undefined {
    const named = headers.get(USER_HEADER);
    if (named) {
      const lower = named.trim().toLowerCase();
      return store.users.find(u => String(u.id) === lower || u.email.toLowerCase() === lower || u.loginName.toLowerCase() === lower);
    }
    const cookie = /(?:^|;\s*)moh-user=([^;]+)/.exec(headers.get('cookie') ?? '');
    if (cookie) return security.user(Number(decodeURIComponent(cookie[1])));
    return undefined;
  }

  /** The caller as the root identifies them, with the token's scopes where a token says who. */
  function identify(root: Pick<IRoot, 'identity'>, headers: Headers): { user: ISeedUser; scopes?: string[] } | undefined {
    if (root.identity === 'bearer') return graph.read(headers);
    const user = sessionUser(headers);
    return user && { user };
  }

  function issueDigest(userId: number): string {
    // The one clock the emulator keeps (Date.now, as its version stamps use): a digest issued and checked on it.
    const date = digestDate(new Date(Date.now()));
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
    const pathname = new URL(req.url).pathname;
    const fault = faults.take(pathname);
    if (fault?.kind === 'drop') throw new DroppedConnectionError();
    if (fault?.kind === 'status') {
      // Worded as the service that was asked words it; a path under no root is SharePoint's.
      const service = rootOf(pathname) ?? ROOTS.sharepoint;
      const headers: Record<string, string> = fault.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(fault.retryAfterSeconds) };
      const { code, message } = service.throttled(fault.status);
      return service.errorBody(new SpRequestError(fault.status, code, message, headers), req.headers);
    }
    let url: URL;
    try {
      url = new URL(req.url);
    } catch {
      return spError(400, '-1, System.ArgumentException', 'The URL is not valid.');
    }
    const root = rootOf(url.pathname);
    if (!root) return spError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
    // Past this point a refusal is worded in the root's own error body.
    const refuse = (status: number, code: string, message: string): IApiResponse => root.errorBody(new SpRequestError(status, code, message), req.headers);
    if (url.search.length > MAX_QUERY_LENGTH + 1) {
      return refuse(414, '-1, System.ArgumentException', `The query string is longer than ${MAX_QUERY_LENGTH} characters.`);
    }
    const caller = identify(root, req.headers);
    if (!caller) {
      return root.identity === 'bearer'
        ? refuse(401, 'InvalidAuthenticationToken', 'Access token is empty or not valid.')
        : refuse(401, '-2147024891, System.UnauthorizedAccessException',
          'Access denied. You do not have permission to perform this action or access this resource.');
    }
    let body = '';
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const bytes = new Uint8Array(await req.arrayBuffer());
      if (bytes.length > MAX_BODY_BYTES) {
        return refuse(413, '-2130575338, Microsoft.SharePoint.SPException', `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
      }
      try {
        body = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        return refuse(400, '-1, Microsoft.Data.OData.ODataException', 'The request body is not valid UTF-8.');
      }
    }
    const answer = route({ method: req.method.toUpperCase(), url, headers: req.headers, body, userId: caller.user.id, scopes: caller.scopes, insideBatch: false });
    if (fault?.kind === 'dropAfter') throw new DroppedConnectionError();
    return answer;
  }

  function route(req: IApiRequest): IApiResponse {
    const root = rootOf(req.url.pathname) ?? roots[0];
    try {
      return dispatch(req, root);
    } catch (e) {
      const error = e instanceof SpRequestError ? e
        : e instanceof RangeError ? BAD_REQUEST('The request is too complex to process.', '-1, Microsoft.Data.OData.ODataException')
          : new SpRequestError(500, '-2146233088, System.InvalidOperationException', (e as Error).message);
      return root.errorBody(error, req.headers);
    }
  }

  function dispatch(req: IApiRequest, root: typeof roots[number]): IApiResponse {
    let path: string;
    try {
      path = decodeURIComponent(req.url.pathname.slice(root.prefix.length)).replace(/\/+$/, '');
    } catch {
      throw BAD_REQUEST('The URL is not valid.');
    }
    const caller = security.user(req.userId) as ISeedUser;
    const found = findRoute(root.name, path);
    // The digest guards every request that is not a plain GET, whatever X-HTTP-Method says (except the call that issues one).
    if (root.digest && !found?.route.issuesDigest && req.method !== 'GET' && req.method !== 'HEAD') checkDigest(req);
    // Someone with no permission anywhere in the site is refused everything in it, a form digest included.
    if (root.siteMembersOnly && !security.hasAny(caller.id, WEB)) throw ACCESS_DENIED();
    if (!found) throw UNSUPPORTED(path);
    const verb = verbOf(req, root) as Verb;
    const handler = found.route.verbs[verb];
    if (!handler) throw METHOD_NOT_ALLOWED((Object.keys(found.route.verbs) as Verb[]));
    const ctx: IRouteContext = {
      store, security, webUrl, sitePath, caller, outbox, threshold, values,
      issueDigest: () => issueDigest(caller.id),
      dispatch: route
    };
    return handler(ctx, { ...req, verb, params: found.params, path });
  }

  const emulator: IEmulator = {
    webUrl,
    serves: pathname => rootOf(pathname) !== undefined,
    sessionUser,
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

