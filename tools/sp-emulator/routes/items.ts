import type { IListDef } from '../../../src/schema/fieldTypes';
import type { IApiRequest, IApiResponse } from '../apiTypes';
import { ACCESS_DENIED, SpRequestError, emptyResponse, jsonResponse, spDate } from '../apiTypes';
import { itemEntity, parseProjection, queryItems } from '../itemsQuery';
import type { IEntityUrls } from '../itemsQuery';
import { defaultValues, validateItemWrite } from '../itemWrite';
import { entityName, listGuid, newGuid, versioningOf } from '../listModel';
import { currentTitle } from '../siteLists';
import { applyEdit } from '../store';
import type { IStoredItem } from '../types';
import type { IHubList, IRouteContext, IRouteRequest } from './context';
import { hubListOf, itemOf, siteListOf } from './context';
import { rootFolder } from './lists';
import { webEntity } from './web';

/**
 * List items: query (with the list view threshold, paging and item-level read security),
 * add, read one, update with ETag checks, delete, recycle, and the item's field values as
 * text. Writes need Add / Edit / Delete Items in the item's scope and honour the list's
 * WriteSecurity.
 */

const urlsOf = (ctx: IRouteContext, list: IListDef): IEntityUrls => ({ webUrl: ctx.webUrl, listId: listGuid(list.key) });

export function listItems(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const found = siteListOf(ctx, req);
  // The council's own lists: the emulator answers only what the health check reads of them.
  if (found.kind === 'council') return jsonResponse(200, { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ListData.Items`, value: [] });
  const { def, stored } = hubListOf(ctx, req);
  const q = req.url.searchParams;
  const projection = parseProjection(def, q.get('$select'), q.get('$expand'));
  const page = queryItems(ctx.values, def, stored.items, ctx.security.readFilter(ctx.caller.id, stored), {
    filter: q.get('$filter'), orderby: q.get('$orderby'), top: q.get('$top'), skiptoken: q.get('$skiptoken')
  }, ctx.threshold);
  const body: Record<string, unknown> = {
    'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ListData.${entityName(def)}Items`,
    value: page.items.map(it => itemEntity(ctx.values, def, it, projection, urlsOf(ctx, def)))
  };
  if (page.lastIdWhenMore !== undefined) {
    const next = new URL(`${ctx.webUrl}${req.url.pathname.slice(ctx.sitePath.length)}${req.url.search}`);
    next.searchParams.set('$skiptoken', `Paged=TRUE&p_ID=${page.lastIdWhenMore}`);
    body['odata.nextLink'] = next.toString();
  }
  return jsonResponse(200, body);
}

/**
 * EnforceUniqueValues: SharePoint compares against every item in the list, whoever may
 * read it, and refuses the add or update with a 500 SPDuplicateValuesFoundException
 * (text compared without regard to case; empty values are not compared).
 */
function checkUnique(ctx: IRouteContext, list: IListDef, values: Record<string, unknown>, selfId: number | undefined): void {
  const clashes: string[] = [];
  const norm = (v: unknown): unknown => (typeof v === 'string' ? v.toLowerCase() : v);
  for (const field of list.fields) {
    if (!field.unique) continue;
    const key = field.kind === 'lookup' || field.kind === 'user' ? `${field.name}Id` : field.name;
    if (!(key in values)) continue;
    const value = values[key];
    if (value === null || value === undefined || value === '') continue;
    if (ctx.store.list(list.key).items.some(it => it.Id !== selfId && norm(it.values[key]) === norm(value))) clashes.push(field.name);
  }
  if (clashes.length) {
    throw new SpRequestError(500, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${clashes.join(', ')}].`);
  }
}

const lookupExists = (ctx: IRouteContext) => (key: IListDef['key'], id: number): boolean => !!ctx.store.item(key, id);

export function addItem(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const { def, stored } = hubListOf(ctx, req);
  if (!ctx.security.has(ctx.caller.id, { kind: 'list', list: stored }, 'AddListItems')) throw ACCESS_DENIED();
  const values = { ...defaultValues(def), ...validateItemWrite(def, req.body, lookupExists(ctx)) };
  checkUnique(ctx, def, values, undefined);
  const now = spDate(Date.now());
  const item: IStoredItem = {
    Id: stored.nextId, values, AuthorId: ctx.caller.id, EditorId: ctx.caller.id, Created: now, Modified: now, GUID: newGuid(), etag: 1
  };
  ctx.store.insert(def.key, item);
  ctx.store.save();
  return jsonResponse(201, {
    'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ListData.${entityName(def)}Items/@Element`,
    ...itemEntity(ctx.values, def, item, parseProjection(def, null, null), urlsOf(ctx, def))
  }, { ETag: `"${item.etag}"` });
}

/** `ParentList` (what PnPjs's `getParentInfos` expands) is a navigation property, not a column: it is split off before the columns are read. */
function splitParentList(value: string | null): { rest: string | null; parent: boolean } {
  const names = (value ?? '').split(',').map(s => s.trim()).filter(Boolean);
  const rest = names.filter(n => !/^ParentList(\/|$)/i.test(n));
  return { rest: value === null ? null : rest.join(','), parent: rest.length !== names.length };
}

function parentList(ctx: IRouteContext, list: IHubList): Record<string, unknown> {
  const web = JSON.parse(webEntity(ctx).body) as Record<string, unknown>;
  const path = `${ctx.sitePath}/${list.def.url}`;
  return {
    Id: list.stored.id, Title: currentTitle(ctx.store.current, list.def),
    RootFolder: { ...rootFolder(ctx, list.def.url, list.stored.id), ServerRelativePath: { DecodedUrl: path } },
    ParentWeb: { Id: web.Id, Url: ctx.webUrl, ServerRelativeUrl: ctx.sitePath || '/', ServerRelativePath: { DecodedUrl: ctx.sitePath || '/' } }
  };
}

export function oneItem(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const found = itemOf(ctx, req);
  const { def, item } = found;
  const select = splitParentList(req.url.searchParams.get('$select'));
  const expand = splitParentList(req.url.searchParams.get('$expand'));
  const out: Record<string, unknown> = {
    'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ListData.${entityName(def)}Items/@Element`,
    ...itemEntity(ctx.values, def, item, parseProjection(def, select.rest || null, expand.rest || null), urlsOf(ctx, def))
  };
  if (expand.parent) out.ParentList = parentList(ctx, found);
  return jsonResponse(200, out, { ETag: `"${item.etag}"` });
}

function checkEtag(req: IApiRequest, item: IStoredItem): void {
  const ifMatch = req.headers.get('IF-Match');
  if (!ifMatch || ifMatch.trim() === '*') return;
  const current = `"${item.etag}"`;
  if (ifMatch.trim().replace(/^W\//, '') !== current) {
    throw new SpRequestError(412, '-1, Microsoft.SharePoint.Client.ClientServiceException',
      `The request ETag value '${ifMatch.trim()}' does not match the object's ETag value '${current}'.`);
  }
}

export function updateItem(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const { def, stored, item } = itemOf(ctx, req);
  if (!ctx.security.canWrite(ctx.caller.id, stored, item, 'EditListItems')) throw ACCESS_DENIED();
  checkEtag(req, item);
  const values = validateItemWrite(def, req.body, lookupExists(ctx));
  checkUnique(ctx, def, values, item.Id);
  applyEdit(item, values, ctx.caller.id, spDate(Date.now()), versioningOf(def, stored));
  ctx.store.save();
  return emptyResponse(204, { ETag: `"${item.etag}"` });
}

function removeItem(ctx: IRouteContext, req: IRouteRequest): IStoredItem {
  const { def, stored, item } = itemOf(ctx, req);
  if (!ctx.security.canWrite(ctx.caller.id, stored, item, 'DeleteListItems')) throw ACCESS_DENIED();
  checkEtag(req, item);
  ctx.store.remove(def.key, item.Id);
  ctx.store.save();
  return item;
}

export function deleteItem(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  removeItem(ctx, req);
  return emptyResponse(200);
}

/** `items(n)/recycle`: gone from the list as a delete is, answering the recycle-bin item's id (the emulator keeps no recycle bin to restore from). */
export function recycleItem(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  removeItem(ctx, req);
  return jsonResponse(200, { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#Edm.Guid`, value: newGuid() });
}

const pad = (n: number): string => String(n).padStart(2, '0');
/** The site's regional settings are en-GB (LCID 2057): dd/MM/yyyy HH:mm. */
const asUkDate = (iso: string): string => {
  const d = new Date(iso);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * `FieldValuesAsText` / `FieldValuesAsHTML`: every column as the display text SharePoint
 * renders (people and lookups by title, several values joined by "; ", yes/no, dates in the
 * site's regional format); the HTML form escapes that text.
 */
export function fieldValuesAsText(ctx: IRouteContext, req: IRouteRequest, html = false): IApiResponse {
  const { def, item } = itemOf(ctx, req);
  const userTitle = (id: unknown): string => (typeof id === 'number' ? ctx.values.user(id)?.title ?? '' : '');
  const lookupTitle = (target: IListDef['key'], id: unknown): string =>
    (typeof id === 'number' ? String(ctx.store.item(target, id)?.values.Title ?? '') : '');
  const out: Record<string, unknown> = {
    'odata.type': 'SP.FieldStringValues', ID: String(item.Id), Title: String(item.values.Title ?? ''),
    Created: asUkDate(item.Created), Modified: asUkDate(item.Modified), Author: userTitle(item.AuthorId), Editor: userTitle(item.EditorId)
  };
  for (const f of def.fields) {
    const v = f.kind === 'lookup' || f.kind === 'multiLookup' || f.kind === 'user' ? item.values[`${f.name}Id`] : item.values[f.name];
    let text: string;
    if (v === null || v === undefined) text = '';
    else if (f.kind === 'user') text = userTitle(v);
    else if (f.kind === 'lookup') text = lookupTitle(f.target, v);
    else if (f.kind === 'multiLookup') text = (v as number[]).map(id => lookupTitle(f.target, id)).join('; ');
    else if (f.kind === 'multiChoice') text = (v as string[]).join('; ');
    else if (f.kind === 'boolean') text = v ? 'Yes' : 'No';
    else if (f.kind === 'dateTime') text = asUkDate(String(v));
    else if (f.kind === 'url') text = (v as { Url: string; Description: string }).Url + ', ' + (v as { Url: string; Description: string }).Description;
    else text = String(v);
    out[f.name] = html ? escapeHtml(text) : text;
  }
  return jsonResponse(200, out);
}

export const fieldValuesAsHtml = (ctx: IRouteContext, req: IRouteRequest): IApiResponse => fieldValuesAsText(ctx, req, true);
