import { spfi, type SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { clearSPCache, getSP } from '../../src/data/sp';

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
