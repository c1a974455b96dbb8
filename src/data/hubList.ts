import type { IWeb } from '@pnp/sp/webs';
import '@pnp/sp/lists';
import type { IList } from '@pnp/sp/lists';
import type { IListDef } from '../schema/fieldTypes';

/**
 * What a service needs to find a list. Services pass addresses read off the schema
 * (`{ title: lists.members.title, url: lists.members.url }`), not whole definitions: a
 * definition passed around keeps every field, choice and description of that list in the
 * web part's bundle (the minifier can drop them only while nothing but these two
 * properties is read), 8 KiB gzip in the member directory.
 */
export type HubListAddress = Pick<IListDef, 'title' | 'url'>;

/**
 * The one way a service reaches a Hub list, so how a list is found (by title today) is
 * decided in one place for every web part, batch or not.
 */
export function hubList(web: IWeb, def: HubListAddress): IList {
  return web.lists.getByTitle(def.title);
}
