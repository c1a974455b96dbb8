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
 * The server-relative URL of a Hub list (`/sites/hub/Lists/MohOfficers`), worked out from
 * the web URL PnPjs holds (absolute, and ending `/_api/web` once it is a web object).
 */
export function serverRelativeListUrl(webUrl: string, def: HubListAddress): string {
  return `${new URL(siteUrlOf(webUrl)).pathname.replace(/\/+$/, '')}/${def.url}`;
}

/** The site's own absolute address (`https://council.sharepoint.com/sites/hub`) from the web URL PnPjs holds. */
export function siteUrlOf(webUrl: string): string {
  const url = new URL(webUrl);
  return `${url.origin}${url.pathname.replace(/\/_api(\/.*)?$/i, '').replace(/\/+$/, '')}`;
}

/**
 * The one way a service reaches a Hub list, batch or not. By URL, never by title: the URL
 * is fixed when the app creates the list, while a title can be changed by any site owner
 * and can clash with a council's own "Officers" or "Committees" list.
 */
export function hubList(web: IWeb, def: HubListAddress): IList {
  return web.getList(serverRelativeListUrl(web.toUrl(), def));
}
