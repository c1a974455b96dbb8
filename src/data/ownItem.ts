import type { IItems } from '@pnp/sp/items';
import { toHubDataError } from './hubDataError';

/** A person's own item in a list and the version they started from; both undefined before the first save. */
export interface IOwnItemTarget {
  itemId: number | undefined;
  etag: string | undefined;
}

export interface ISavedOwnItem {
  itemId: number;
  /** The saved item's new version, for the next save. */
  etag: string | undefined;
}

/**
 * Adds a person's own item the first time, otherwise updates it only if it is unchanged since
 * `target.etag` (412 when someone saved in between; '*' when no version is known). SharePoint
 * decides who may write: people add items and edit only their own (item-level security), so a
 * refused save comes back as 403, never silently ignored.
 */
export async function addOrUpdateOwnItem(items: IItems, target: IOwnItemTarget, body: object): Promise<ISavedOwnItem> {
  try {
    if (target.itemId !== undefined) {
      const result: { etag?: string } | undefined = await items.getById(target.itemId).update(body, target.etag ?? '*');
      return { itemId: target.itemId, etag: result?.etag };
    }
    const added: { Id: number; 'odata.etag'?: string } = await items.add(body);
    return { itemId: added.Id, etag: added['odata.etag'] };
  } catch (error) {
    throw toHubDataError(error);
  }
}
