import { spfi, type SPFI } from '@pnp/sp';
import { InjectHeaders, type Queryable } from '@pnp/queryable';
import type { TimelinePipe } from '@pnp/core';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
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

/**
 * PnPjs caches one digest per web for the whole process, as a browser tab has one user.
 * Tests act as several users in one process, and a digest is only good for the user it
 * was issued to, so each user's requests carry that user's own digest.
 */
function OwnDigest(userId: number, cache: Map<number, Promise<string>>, fetchDigest: () => Promise<string>): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.pre.prepend(async function (url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> {
      const write = !/^get$/i.test(init.method ?? 'GET');
      let digest = cache.get(userId);
      if (!digest && write) {
        digest = fetchDigest().catch(() => '');
        cache.set(userId, digest);
      }
      // Once a digest is on its way every request waits for it, so requests keep their order (a batch depends on it).
      if (digest) {
        const current = await digest;
        if (write) init.headers = { ...(init.headers as Record<string, string>), 'X-RequestDigest': current };
      }
      return [url, init, result];
    });
    return instance;
  };
}

export async function startHarness(opts: Partial<IEmulatorServerOptions> = {}): Promise<IHarness> {
  clearSPCache();
  const server = await startEmulatorServer({ port: 0, seed: buildFixtureSeed(), ...opts });
  const digests = new Map<number, Promise<string>>();
  const spAs = (userId: number): SPFI =>
    spfi(getSP({ pageContext: { web: { absoluteUrl: server.webUrl } } }))
      .using(InjectHeaders({ 'X-Emulator-User': String(userId) }), OwnDigest(userId, digests, () => digest(userId)));
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
