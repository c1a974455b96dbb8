import { spfi, SPFI, SPFx } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';

/**
 * The part of an SPFx WebPartContext that PnPjs's SPFx behaviour reads. The local
 * preview and the integration tests pass a small object of this shape pointing at the
 * emulator, so production and local runs share one code path (fetch, digest, retries).
 */
export interface ISpContext {
  pageContext: {
    web: { absoluteUrl: string };
    legacyPageContext?: { formDigestValue?: string; formDigestTimeoutSeconds?: number };
  };
}

const cache = new Map<string, SPFI>();

/**
 * The one PnPjs factory. `siteUrl` points the web parts at lists on another site
 * (blank = the site the page is on). Instances are cached per site so the digest and
 * any configured behaviours are reused across renders.
 */
export function getSP(context: ISpContext, siteUrl?: string): SPFI {
  const target = (siteUrl && siteUrl.trim()) || context.pageContext.web.absoluteUrl;
  const key = target.replace(/\/+$/, '').toLowerCase();
  let sp = cache.get(key);
  if (!sp) {
    // PnPjs types SPFx() against the full WebPartContext; it only reads the fields above.
    sp = spfi(target).using(SPFx(context as unknown as Parameters<typeof SPFx>[0]));
    cache.set(key, sp);
  }
  return sp;
}

/** For tests that start a fresh emulator per suite on a new port. */
export function clearSPCache(): void {
  cache.clear();
}
