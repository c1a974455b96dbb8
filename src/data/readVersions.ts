import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
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
}

/** How readVersions files what it found: by list and item. */
export const versionsKey = (list: IListDef, id: number): string => `${list.key}:${id}`;

/**
 * The versions of the given items (items(id)/versions, newest first as SharePoint answers),
 * BATCH_LIMIT to a $batch and a few batches at a time, filed by versionsKey; an item deleted
 * meanwhile (404) is left out. Callers ask only for items edited since creation: an item at
 * version 1 is its own only version.
 */
export async function readVersions<V>(sp: SPFI, items: readonly IVersionsOf[],
  retrying: <T>(read: () => Promise<T>) => Promise<T>): Promise<Map<string, V[]>> {
  const chunks: IVersionsOf[][] = [];
  for (let i = 0; i < items.length; i += BATCH_LIMIT) chunks.push(items.slice(i, i + BATCH_LIMIT));
  const found = new Map<string, V[]>();
  const readChunk = async (chunk: IVersionsOf[]): Promise<void> => {
    const settled = await retrying(async () => {
      const [batched, execute] = sp.batched();
      // Each read settles on its own (SPFx's compiler has no Promise.allSettled).
      const reads = Promise.all(chunk.map(({ list, id }) => hubList(batched.web, list).items.getById(id).versions<V[]>()
        .then(versions => ({ key: versionsKey(list, id), versions }), (error: unknown) => ({ error }))));
      await execute();
      return reads;
    });
    for (const result of settled) {
      if ('versions' in result) found.set(result.key, result.versions);
      else if ((result.error as { status?: number } | null)?.status !== 404) throw toHubDataError(result.error);
    }
  };
  for (let i = 0; i < chunks.length; i += BATCHES_AT_ONCE) await Promise.all(chunks.slice(i, i + BATCHES_AT_ONCE).map(readChunk));
  return found;
}
