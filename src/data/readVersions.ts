import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { IItem } from '@pnp/sp/items';
import type { IListDef } from '../schema/fieldTypes';
import { toHubDataError } from './hubDataError';
import { hubList } from './hubList';

/** SharePoint refuses a $batch of more than 100 requests. */
export const BATCH_LIMIT = 100;
/** Batches in flight at once: a queue of thousands of edited requests is a few round trips, not one per batch. */
const BATCHES_AT_ONCE = 4;

export interface IVersionsOf {
  list: IListDef;
  id: number;
  /**
   * Its first version alone (items(id)/versions(512), CSOM's ListItemVersionCollection.GetById):
   * a fraction of the bytes of a whole history, filed as a history of one.
   */
  firstOnly?: boolean;
}

/** How readVersions files what it found: by list and item. */
export const versionsKey = (list: IListDef, id: number): string => `${list.key}:${id}`;

/** SharePoint's VersionId of an item's first version (512 × the major version, 1.0). */
export const FIRST_VERSION_ID = 512;

/**
 * The versions of the given items (items(id)/versions, newest first as SharePoint answers;
 * or the first alone), BATCH_LIMIT to a $batch and a few batches at a time, filed by
 * versionsKey. An item deleted meanwhile (404) is left out, as is a first version SharePoint
 * no longer has (a list whose versioning was off when it was saved). Callers ask only for
 * items edited since creation: an item at version 1 is its own only version.
 */
export function readVersions<V>(sp: SPFI, items: readonly IVersionsOf[],
  retrying: <T>(read: () => Promise<T>) => Promise<T>): Promise<Map<string, V[]>> {
  return readBatched<V[]>(sp, items,
    (item, { firstOnly }) => (firstOnly ? item.versions.getById(FIRST_VERSION_ID)<V>().then(v => [v]) : item.versions<V[]>()), retrying);
}

async function readBatched<R>(sp: SPFI, items: readonly IVersionsOf[], read: (item: IItem, of: IVersionsOf) => Promise<R>,
  retrying: <T>(read: () => Promise<T>) => Promise<T>): Promise<Map<string, R>> {
  const chunks: IVersionsOf[][] = [];
  for (let i = 0; i < items.length; i += BATCH_LIMIT) chunks.push(items.slice(i, i + BATCH_LIMIT));
  const found = new Map<string, R>();
  const readChunk = async (chunk: IVersionsOf[]): Promise<void> => {
    const settled = await retrying(async () => {
      // PnPjs (4.10 on) splits a batch into posts of 20 requests, one after another, unless told
      // otherwise: a chunk of a hundred is one round trip only with maxRequests raised to it.
      const [batched, execute] = sp.batched({ maxRequests: BATCH_LIMIT });
      // Each read settles on its own (SPFx's compiler has no Promise.allSettled).
      const reads = Promise.all(chunk.map(of => read(hubList(batched.web, of.list).items.getById(of.id), of)
        .then(value => ({ key: versionsKey(of.list, of.id), value }), (error: unknown) => ({ error }))));
      await execute();
      return reads;
    });
    for (const result of settled) {
      if ('value' in result) found.set(result.key, result.value);
      else if ((result.error as { status?: number } | null)?.status !== 404) throw toHubDataError(result.error);
    }
  };
  for (let i = 0; i < chunks.length; i += BATCHES_AT_ONCE) await Promise.all(chunks.slice(i, i + BATCHES_AT_ONCE).map(readChunk));
  return found;
}
