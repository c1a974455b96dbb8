import type { IWeb } from '@pnp/sp/webs';
import '@pnp/sp/lists';
import type { IList } from '@pnp/sp/lists';
import type { IListDef } from '../schema/fieldTypes';

/**
 * The one way a service reaches a Hub list, so how a list is found (by title today) is
 * decided in one place for every web part, batch or not.
 */
export function hubList(web: IWeb, def: IListDef): IList {
  return web.lists.getByTitle(def.title);
}
