import { createServer } from 'http';
import type { IncomingMessage, ServerResponse } from 'http';
import type { Socket } from 'net';
import { existsSync, readFileSync, statSync } from 'fs';
import { extname, join, normalize, resolve, sep } from 'path';
import type { ISeedData } from '../seed/seedTypes';
import { MAX_BODY_BYTES, USER_COOKIE, createEmulator } from './emulator';
import { GRAPH_TOKEN_CONTROL, TOKEN_LIFETIME_SECONDS } from './graphMail';
import type { Fault, IEmulator, IEmulatorOptions, SiteStart } from './types';
import { DroppedConnectionError } from './types';

export interface IEmulatorServerOptions {
  /** 0 = any free port. */
  port?: number;
  host?: string;
  /** Where the web lives, e.g. /sites/hub. */
  sitePath?: string;
  seed: ISeedData;
  dataDir?: string;
  threshold?: number;
  /** The site as the set-up leaves it (default) or as adding the app leaves it ('listsOnly'). */
  site?: SiteStart;
  /** Lists the council already had on the site before adding the app (title and site-relative URL). */
  councilLists?: IEmulatorOptions['councilLists'];
  /** Start as a site that added this earlier release and has not updated the app since. */
  release?: IEmulatorOptions['release'];
  /**
   * The user the preview page signs in as on a first visit: serving the page sets its
   * `moh-user` cookie. The API itself never assumes anyone (no identity = 401).
   */
  previewUserId?: number;
  /** Files served at / (index.html for /), for the preview page on the same origin. */
  staticDir?: string;
  /** How long an idle connection is kept, as told to clients (Keep-Alive: timeout=N); default 5 s, node's own. */
  keepAliveSeconds?: number;
  graph?: IEmulatorOptions['graph'];
}

/**
 * How much longer than it advertises the server really keeps an idle connection. A client
 * reuses a connection until shortly before the advertised timeout (undici: 1 s before), and
 * on a loaded machine its timers run late: if the server closed at exactly the advertised
 * time, a request could be written into a socket the server had just closed (ECONNRESET).
 * Closing well after the advertised time leaves the closing to the client.
 */
export const KEEP_ALIVE_GRACE_MS = 60_000;

export interface IEmulatorServer {
  /** Origin, e.g. http://127.0.0.1:4321 */
  url: string;
  /** Absolute web URL, e.g. http://127.0.0.1:4321/sites/hub */
  webUrl: string;
  emulator: IEmulator;
  close(): Promise<void>;
}

/** Body of POST /_emulator/faults. */
export interface IFaultRequest {
  status?: 429 | 503 | 504;
  retryAfter?: number;
  drop?: boolean;
  /** Drop the connection after the request is processed (a write commits; no answer arrives). */
  dropAfter?: boolean;
  times?: number;
  /** With `kinds`: from now on each request meets one of them with this probability. */
  rate?: number;
  kinds?: ('429' | '503' | 'drop' | 'dropAfter')[];
  seed?: number;
  latencyMs?: number;
  clear?: boolean;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8'
};

/** Reads a body up to `limit` bytes; past it, drains the rest and answers undefined (the caller refuses it). */
function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer | undefined> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
    });
    req.on('end', () => resolveBody(size <= limit ? Buffer.concat(chunks) : undefined));
    req.on('error', reject);
  });
}

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue;
    try {
      headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    } catch {
      // A header value fetch's Headers will not hold is dropped, as a proxy in front of SharePoint would.
    }
  }
  return headers;
}

/**
 * CORS for the emulator's own origin only: SharePoint does not let another site's pages
 * call its API with the user's cookies, so a foreign Origin gets no CORS headers at all.
 */
function corsHeaders(req: IncomingMessage, ownOrigin: string): Record<string, string> {
  const origin = req.headers.origin;
  if (typeof origin !== 'string' || origin !== ownOrigin) return {};
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin', 'Access-Control-Expose-Headers': 'ETag, Retry-After' };
}

function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string>): void {
  // Always the whole body the caller sends: sizes past the API's limit are refused before here.
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { ...extra, ...(text ? { 'Content-Type': 'application/json; charset=utf-8' } : {}) });
  res.end(text);
}

/**
 * The emulator on node:http: the API roots of its route table (`<sitePath>/_api/**`, `/v1.0/**`) go to the core,
 * `/_emulator/**` are test controls (users, faults, outbox, reset, threshold, and Entra ID's Graph token), anything else
 * is a static file.
 */
export async function startEmulatorServer(opts: IEmulatorServerOptions): Promise<IEmulatorServer> {
  const host = opts.host ?? '127.0.0.1';
  const sitePath = `/${(opts.sitePath ?? '/sites/hub').replace(/^\/+|\/+$/g, '')}`;
  const sockets = new Set<Socket>();
  let emulator: IEmulator | undefined;
  let ownOrigin = '';

  const keepAliveSeconds = opts.keepAliveSeconds ?? 5;
  const server = createServer((req, res) => {
    // Advertised here, so node does not advertise its real (longer) idle timeout below.
    if (!/\bclose\b/i.test(req.headers.connection ?? '')) {
      res.setHeader('Connection', 'keep-alive');
      res.setHeader('Keep-Alive', `timeout=${keepAliveSeconds}`);
    }
    handle(req, res).catch(e => {
      if (!res.headersSent) sendJson(res, 500, { error: (e as Error).message }, corsHeaders(req, ownOrigin));
      else res.end();
    });
  });
  server.keepAliveTimeout = keepAliveSeconds * 1000 + KEEP_ALIVE_GRACE_MS;
  server.headersTimeout = server.keepAliveTimeout + 1000;
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const cors = corsHeaders(req, ownOrigin);
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'OPTIONS') {
      if (!cors['Access-Control-Allow-Origin']) {
        res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Cross-origin requests are not allowed.');
        return;
      }
      res.writeHead(204, {
        ...cors,
        'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, MERGE, OPTIONS',
        'Access-Control-Allow-Headers': 'Accept, Content-Type, X-RequestDigest, X-HTTP-Method, IF-Match, X-PnPjs-RequestId, X-ClientService-ClientTag, X-PnPjs-NoDigest, X-Emulator-User',
        'Access-Control-Max-Age': '600'
      });
      res.end();
      return;
    }
    const emu = emulator as IEmulator;
    if (emu.serves(path)) {
      const method = (req.method ?? 'GET').toUpperCase();
      const body = method === 'GET' || method === 'HEAD' ? Buffer.alloc(0) : await readBody(req);
      if (!body) {
        sendJson(res, 413, { 'odata.error': { code: '-2130575338, Microsoft.SharePoint.SPException',
          message: { lang: 'en-US', value: `The request body is larger than ${MAX_BODY_BYTES} bytes.` } } }, cors);
        return;
      }
      const headers = headersOf(req);
      // The request's own Host is never trusted: the emulator answers as its configured address.
      const request = new Request(`${ownOrigin}${req.url ?? '/'}`, {
        method, headers, body: method === 'GET' || method === 'HEAD' ? undefined : body
      });
      let response: Response;
      try {
        response = await emu.handle(request);
      } catch (e) {
        if (e instanceof DroppedConnectionError) { req.socket.destroy(); return; }
        throw e;
      }
      const out: Record<string, string> = { ...cors };
      response.headers.forEach((v, k) => { out[k] = v; });
      const buf = Buffer.from(await response.arrayBuffer());
      res.writeHead(response.status, response.statusText, out);
      res.end(buf);
      return;
    }
    if (path.startsWith('/_emulator/')) return control(req, res, path.slice('/_emulator/'.length), emu, cors);
    serveStatic(req, path, res, cors);
  }

  async function control(req: IncomingMessage, res: ServerResponse, name: string, emu: IEmulator, cors: Record<string, string>): Promise<void> {
    const text = ((await readBody(req)) ?? Buffer.alloc(0)).toString('utf8');
    const json = <T>(): T => (text.trim() ? JSON.parse(text) as T : {} as T);
    if (name === 'users' && req.method === 'GET') {
      // Group membership as the site has it now (groups are principals; membership can change).
      return sendJson(res, 200, emu.store.users.map(u => ({
        id: u.id, title: u.title, email: u.email, loginName: u.loginName,
        groups: emu.store.site.groups.filter(g => g.memberIds.includes(u.id)).map(g => g.title), isSiteAdmin: !!u.isSiteAdmin
      })), cors);
    }
    if (name === 'faults' && req.method === 'POST') {
      const f = json<IFaultRequest>();
      if (f.clear) emu.faults.clear();
      if (typeof f.latencyMs === 'number') emu.faults.latencyMs = f.latencyMs;
      const fault: Fault | undefined = f.drop ? { kind: 'drop' } : f.dropAfter ? { kind: 'dropAfter' }
        : f.status ? { kind: 'status', status: f.status, retryAfterSeconds: f.retryAfter } : undefined;
      if (fault) emu.faults.add(fault, f.times ?? 1);
      if (typeof f.rate === 'number') {
        emu.faults.randomly(f.rate, (f.kinds ?? []).map((k): Fault => (k === 'drop' || k === 'dropAfter' ? { kind: k }
          : { kind: 'status', status: Number(k) as 429 | 503, retryAfterSeconds: f.retryAfter })), f.seed);
      }
      return sendJson(res, 200, { pending: emu.faults.pending, latencyMs: emu.faults.latencyMs, fired: emu.faults.fired }, cors);
    }
    if (name === GRAPH_TOKEN_CONTROL && req.method === 'GET') {
      // Entra ID's part, not Graph's: outside Graph's root, so no Graph faults; the page's sign-in says who.
      const user = emu.sessionUser(headersOf(req));
      if (!user) return sendJson(res, 401, { error: { code: 'InvalidAuthenticationToken', message: 'Nobody is signed in to the emulator.' } }, cors);
      return sendJson(res, 200, { access_token: emu.graph.issueToken(user), token_type: 'Bearer', expires_in: TOKEN_LIFETIME_SECONDS }, cors);
    }
    if (name === 'outbox' && req.method === 'GET') return sendJson(res, 200, emu.outbox, cors);
    if (name === 'outbox' && req.method === 'DELETE') {
      emu.outbox.length = 0;
      return sendJson(res, 204, undefined, cors);
    }
    if (name === 'reset' && req.method === 'POST') {
      emu.reset();
      return sendJson(res, 204, undefined, cors);
    }
    if (name === 'threshold' && req.method === 'POST') {
      const t = json<{ threshold?: number }>();
      if (typeof t.threshold !== 'number' || t.threshold < 0) return sendJson(res, 400, { error: 'Send {"threshold": <number>}' }, cors);
      emu.setThreshold(t.threshold);
      return sendJson(res, 200, { threshold: emu.threshold }, cors);
    }
    sendJson(res, 404, { error: `No emulator control ${req.method ?? ''} /_emulator/${name}` }, cors);
  }

  function serveStatic(req: IncomingMessage, path: string, res: ServerResponse, cors: Record<string, string>): void {
    if (!opts.staticDir) {
      res.writeHead(404, { ...cors, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    const root = resolve(opts.staticDir);
    let rel: string;
    try {
      rel = decodeURIComponent(path);
    } catch {
      rel = path;
    }
    let file = normalize(join(root, rel));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403, cors);
      res.end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { ...cors, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    const headers: Record<string, string> = { ...cors, 'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    // The preview page chooses who is signed in: a first visit starts as the preview's default user.
    const hasCookie = new RegExp(`(?:^|;\\s*)${USER_COOKIE}=`).test(req.headers.cookie ?? '');
    if (file.endsWith('.html') && opts.previewUserId !== undefined && !hasCookie) {
      headers['Set-Cookie'] = `${USER_COOKIE}=${opts.previewUserId}; Path=/; SameSite=Strict`;
    }
    res.writeHead(200, headers);
    res.end(readFileSync(file));
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, host, () => ok());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port ?? 0;
  const url = `http://${host}:${port}`;
  const webUrl = `${url}${sitePath}`;
  ownOrigin = url;
  emulator = createEmulator({ webUrl, seed: opts.seed, dataDir: opts.dataDir, threshold: opts.threshold, site: opts.site, councilLists: opts.councilLists, release: opts.release, graph: opts.graph });
  const started = emulator;
  return {
    url, webUrl, emulator: started,
    close: () => new Promise<void>(done => {
      started.close();
      for (const s of sockets) s.destroy();
      server.close(() => done());
    })
  };
}
