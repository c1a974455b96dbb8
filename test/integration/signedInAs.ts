import { spfi, type SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { clearSPCache, getSP } from '../../src/data/sp';
import { startEmulatorServer, type IEmulatorServer, type IEmulatorServerOptions } from '../../tools/sp-emulator/server';
import type { ISeedData } from '../../tools/seed/seedTypes';

/** Captured before any test swaps in a recording fetch, so raw calls are never counted. */
const realFetch = globalThis.fetch;

export interface ISignedInAs {
  /** Raw REST as the user's own browser could send it: their identity, JSON back. */
  rawAs(userId: number, path: string, init?: RequestInit): Promise<Response>;
  /** A form digest issued to that user (a digest is good only for the user it was issued to). */
  digestFor(userId: number): Promise<string>;
  /**
   * PnPjs as the web part gets it in SharePoint: through getSP with a page context that
   * already carries the user's form digest (SharePoint renders it into the page).
   */
  spAs(userId: number): Promise<SPFI>;
  /** A raw write with the user's own digest; MERGE and DELETE tunnel through POST as PnPjs does. */
  writeAs(userId: number, path: string, verb: 'POST' | 'MERGE' | 'DELETE', body?: unknown): Promise<Response>;
}

/** Calls to the emulator at `webUrl()` (read when called: the server starts in beforeAll). */
export function signedInAs(webUrl: () => string): ISignedInAs {
  const rawAs = (userId: number, path: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    headers.set('X-Emulator-User', String(userId));
    headers.set('Accept', 'application/json');
    return realFetch(`${webUrl()}${path}`, { ...init, headers });
  };
  const digestFor = async (userId: number): Promise<string> => {
    const response = await rawAs(userId, '/_api/contextinfo', { method: 'POST' });
    return ((await response.json()) as { FormDigestValue: string }).FormDigestValue;
  };
  const spAs = async (userId: number): Promise<SPFI> => {
    clearSPCache();
    const formDigestValue = await digestFor(userId);
    const sp = getSP({
      pageContext: { web: { absoluteUrl: webUrl() }, legacyPageContext: { formDigestValue, formDigestTimeoutSeconds: 1800 } }
    });
    // PnPjs caches one digest per web for the process (a browser tab has one user); tests act
    // as several users, so each user's requests carry their own.
    return spfi(sp).using(InjectHeaders({ 'X-Emulator-User': String(userId), 'X-RequestDigest': formDigestValue }));
  };
  const writeAs = async (userId: number, path: string, verb: 'POST' | 'MERGE' | 'DELETE', body?: unknown): Promise<Response> => {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json;charset=utf-8', 'X-RequestDigest': await digestFor(userId)
    };
    if (verb !== 'POST') { headers['X-HTTP-Method'] = verb; headers['IF-Match'] = '*'; }
    return rawAs(userId, path, { method: 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  };
  return { rawAs, digestFor, spAs, writeAs };
}

export interface IEmulatorSession extends ISignedInAs {
  /** The emulator, started in beforeAll. */
  readonly server: IEmulatorServer;
  /** The data it started from (the same objects the emulator copied its lists from). */
  readonly seed: ISeedData;
}

/**
 * An emulator over HTTP for the enclosing `describe` (or file): started from `seed()` before
 * its tests, and after them closed with its faults cleared and PnPjs's cache of the web emptied.
 */
export function emulatorSession(seed: () => ISeedData, options: Omit<IEmulatorServerOptions, 'seed' | 'port'> = {}): IEmulatorSession {
  let server: IEmulatorServer | undefined;
  let data: ISeedData | undefined;
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the emulator starts in beforeAll: use it inside a test or hook');
    return value;
  };
  beforeAll(async () => {
    data = seed();
    server = await startEmulatorServer({ ...options, port: 0, seed: data });
  });
  afterAll(async () => {
    server?.emulator.faults.clear();
    clearSPCache();
    await server?.close();
  });
  return {
    ...signedInAs(() => started(server).webUrl),
    get server(): IEmulatorServer { return started(server); },
    get seed(): ISeedData { return started(data); }
  };
}
