import { spfi, type SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import { clearSPCache, getSP } from '../../src/data/sp';
import { startEmulatorServer, type IEmulatorServer, type IEmulatorServerOptions } from '../../tools/sp-emulator/server';
import { buildFixtureSeed } from './fixtures';

export interface IHarness {
  server: IEmulatorServer;
  /** The product's PnPjs factory, signed in as the given user through X-Emulator-User. */
  spAs(userId: number): SPFI;
  /** Raw HTTP to the emulator, signed in as the given user. */
  raw(path: string, init?: RequestInit & { userId?: number }): Promise<Response>;
  /** A valid request digest, for raw writes. */
  digest(userId: number): Promise<string>;
}

export async function startHarness(opts: Partial<IEmulatorServerOptions> = {}): Promise<IHarness> {
  clearSPCache();
  const server = await startEmulatorServer({ port: 0, seed: buildFixtureSeed(), ...opts });
  const spAs = (userId: number): SPFI =>
    spfi(getSP({ pageContext: { web: { absoluteUrl: server.webUrl } } })).using(InjectHeaders({ 'X-Emulator-User': String(userId) }));
  const raw = (path: string, init: RequestInit & { userId?: number } = {}): Promise<Response> => {
    const { userId, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (userId !== undefined) headers.set('X-Emulator-User', String(userId));
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    return fetch(path.startsWith('http') ? path : `${server.webUrl}${path}`, { ...rest, headers });
  };
  const digest = async (userId: number): Promise<string> => {
    const r = await raw('/_api/contextinfo', { method: 'POST', userId });
    return ((await r.json()) as { FormDigestValue: string }).FormDigestValue;
  };
  return { server, spAs, raw, digest };
}

/** The `odata.error` body SharePoint sends with a failure, read from a PnPjs HttpRequestError or a Response. */
export async function spErrorOf(e: unknown): Promise<{ status: number; code: string; message: string }> {
  const err = e as { status?: number; response?: Response };
  const response = e instanceof Response ? e : err.response;
  if (!response) throw e;
  const text = response.bodyUsed ? '' : await response.clone().text();
  const body = text ? JSON.parse(text) as { 'odata.error': { code: string; message: { value: string } } } : undefined;
  return { status: response.status, code: body?.['odata.error'].code ?? '', message: body?.['odata.error'].message.value ?? '' };
}

/** Awaits a promise expected to fail and returns SharePoint's error from it. */
export async function failureOf(p: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return spErrorOf(e);
  }
  throw new Error('Expected the request to fail, but it succeeded');
}
