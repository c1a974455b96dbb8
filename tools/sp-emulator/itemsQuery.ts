import type { IListDef } from '../../src/schema/fieldTypes';
import { packagedList as listByKey } from './packagedSite';
import { BAD_REQUEST, SpRequestError } from './apiTypes';
import type { IColumn, IColumnRef } from './listModel';
import { columnsOf, isReferenceKind, itemTypeName, resolveColumn, USER_PROJECTIONS } from './listModel';
import { compileFilter, filterColumns, parseFilter } from './odataFilter';
import type { CompareAs } from './odataFilter';
import type { IValueSource } from './itemValues';
import { lookupProjection, rawColumnValue, refCompareAs, refValue, userProjection } from './itemValues';
import type { IStoredItem } from './types';

export const DEFAULT_TOP = 100;
export const MAX_TOP = 5000;

export const THRESHOLD_ERROR = (): SpRequestError => new SpRequestError(500,
  '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
  'The attempted operation is prohibited because it exceeds the list view threshold.');

/** What $select and $expand ask for, checked against the list as SharePoint checks it. */
export interface IProjection {
  /** Top-level keys in output order; undefined = SharePoint's default set. */
  keys?: { key: string; column: IColumn; asId: boolean }[];
  /** Expanded reference columns and the fields projected from each. */
  expanded: Map<string, { column: IColumn; subs: string[] }>;
}

function splitList(value: string | null): string[] {
  return (value ?? '').split(',').map(s => s.trim()).filter(Boolean);
}

const notValid = (name: string, head: string): SpRequestError => BAD_REQUEST(
  `The query to field '${name}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${head}.`,
  '-1, Microsoft.SharePoint.SPException');

export function parseProjection(list: IListDef, select: string | null, expand: string | null): IProjection {
  const expanded = new Map<string, { column: IColumn; subs: string[] }>();
  for (const name of splitList(expand)) {
    const ref = resolveColumn(list, name);
    if (ref.asId || !isReferenceKind(ref.column.kind) || ref.sub) {
      throw BAD_REQUEST(`The field or property '${name}' does not exist.`, '-1, Microsoft.SharePoint.SPException');
    }
    expanded.set(ref.column.name, { column: ref.column, subs: [] });
  }
  const names = splitList(select);
  if (!names.length || names.includes('*')) {
    // Expanded columns with nothing selected from them still come back, with their usual fields.
    for (const name of names) if (name.includes('/')) addSub(list, expanded, name);
    return { keys: undefined, expanded };
  }
  const keys: IProjection['keys'] = [];
  for (const name of names) {
    if (name.includes('/')) { addSub(list, expanded, name); continue; }
    const ref = resolveColumn(list, name);
    if (isReferenceKind(ref.column.kind) && !ref.asId && !['Id', 'ID'].includes(ref.column.name)) {
      const exp = expanded.get(ref.column.name);
      if (!exp) throw notValid(name, name);
      continue;
    }
    if (!keys.some(k => k.key === name)) keys.push({ key: name, column: ref.column, asId: ref.asId });
  }
  return { keys, expanded };
}

function addSub(list: IListDef, expanded: IProjection['expanded'], name: string): void {
  const ref = resolveColumn(list, name);
  const exp = expanded.get(ref.column.name);
  if (!exp || !ref.sub) throw notValid(name, ref.column.name);
  if (ref.column.kind === 'user') {
    if (!USER_PROJECTIONS.includes(ref.sub)) throw BAD_REQUEST(`The field or property '${ref.sub}' does not exist.`, '-1, Microsoft.SharePoint.SPException');
  } else if (ref.sub !== 'Id' && ref.sub !== 'ID') {
    resolveColumn(listByKey(ref.column.target as IListDef['key']), ref.sub);
  }
  if (!exp.subs.includes(ref.sub)) exp.subs.push(ref.sub);
}

export interface IEntityUrls {
  /** Absolute web URL as the caller addressed it. */
  webUrl: string;
  listId: string;
}

/** An item as SharePoint's JSON light returns it, shaped by $select and $expand. */
export function itemEntity(src: IValueSource, list: IListDef, item: IStoredItem, projection: IProjection, urls: IEntityUrls): Record<string, unknown> {
  const editLink = `Web/Lists(guid'${urls.listId}')/Items(${item.Id})`;
  const out: Record<string, unknown> = {
    'odata.type': itemTypeName(list),
    'odata.id': `${urls.webUrl}/_api/${editLink}`,
    'odata.etag': `"${item.etag}"`,
    'odata.editLink': editLink
  };
  if (!projection.keys) {
    const cols = columnsOf(list);
    const sys = (name: string): IColumn => cols.find(c => c.name === name) as IColumn;
    out.FileSystemObjectType = 0;
    out.Id = item.Id;
    out.ServerRedirectedEmbedUri = null;
    out.ServerRedirectedEmbedUrl = '';
    out.ContentTypeId = rawColumnValue(item, sys('ContentTypeId'));
    out.Title = rawColumnValue(item, sys('Title'));
    for (const f of list.fields) {
      const col = cols.find(c => c.name === f.name) as IColumn;
      out[isReferenceKind(col.kind) ? `${f.name}Id` : f.name] = rawColumnValue(item, col);
    }
    out.ID = item.Id;
    out.Modified = item.Modified;
    out.Created = item.Created;
    out.AuthorId = item.AuthorId;
    out.EditorId = item.EditorId;
    out.OData__UIVersionString = rawColumnValue(item, sys('OData__UIVersionString'));
    out.Attachments = false;
    out.GUID = item.GUID;
  } else {
    for (const k of projection.keys) out[k.key] = rawColumnValue(item, k.column);
  }
  for (const [name, exp] of projection.expanded) {
    if (projection.keys && !exp.subs.length) continue;
    const subs = exp.subs.length ? exp.subs : exp.column.kind === 'user' ? ['Id', 'Title', 'EMail'] : ['Id', 'Title'];
    const project = (id: number): Record<string, unknown> => {
      const obj: Record<string, unknown> = {};
      for (const sub of subs) {
        obj[sub] = exp.column.kind === 'user'
          ? userProjection(src.user(id), id, sub)
          : lookupProjection(src, listByKey(exp.column.target as IListDef['key']), id, sub);
      }
      return obj;
    };
    const raw = rawColumnValue(item, exp.column);
    if (exp.column.kind === 'multiLookup') out[name] = (Array.isArray(raw) ? raw as number[] : []).map(project);
    else out[name] = typeof raw === 'number' ? project(raw) : null;
  }
  return out;
}

export interface IItemsQuery {
  filter: string | null;
  orderby: string | null;
  top: string | null;
  skiptoken: string | null;
}

export interface IItemsPage {
  items: IStoredItem[];
  /** Id of the last item returned when more remain; the next page starts after it. */
  lastIdWhenMore?: number;
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

function sortKey(v: unknown, as: CompareAs): string | number | null {
  const first = Array.isArray(v) ? v[0] : v;
  if (first === null || first === undefined || first === '') return null;
  if (as === 'number') return Number(first);
  if (as === 'boolean') return first === true ? 1 : 0;
  if (as === 'date') return Date.parse(String(first));
  return String(first);
}

/**
 * Filters, sorts and pages a list's items the way SharePoint does, including the list
 * view threshold: past `threshold` items, filtering or sorting on a column that is not
 * indexed fails, and so does a filter that still matches more than `threshold` items.
 */
export function queryItems(
  src: IValueSource, list: IListDef, all: IStoredItem[], visible: (item: IStoredItem) => boolean,
  q: IItemsQuery, threshold: number
): IItemsPage {
  const large = all.length > threshold;
  let matched = all;
  if (q.filter && q.filter.trim()) {
    const expr = parseFilter(q.filter);
    const refs = new Map<string, IColumnRef>();
    for (const name of filterColumns(expr)) refs.set(name, resolveColumn(list, name));
    if (large && [...refs.values()].some(r => !r.column.indexed)) throw THRESHOLD_ERROR();
    const pred = compileFilter(q.filter, expr, {
      value: (item: IStoredItem, name: string) => refValue(src, item, refs.get(name) as IColumnRef),
      compareAs: (name: string) => refCompareAs(refs.get(name) as IColumnRef)
    });
    matched = all.filter(pred);
    if (large && matched.length > threshold) throw THRESHOLD_ERROR();
  }
  const order = splitList(q.orderby).map(part => {
    const [name, dir] = part.split(/\s+/);
    const ref = resolveColumn(list, name);
    if (dir && !/^(asc|desc)$/i.test(dir)) throw BAD_REQUEST(`The expression "${q.orderby ?? ''}" is not valid.`);
    return { ref, desc: /^desc$/i.test(dir ?? ''), as: refCompareAs(ref) };
  });
  if (large && order.some(o => !o.ref.column.indexed)) throw THRESHOLD_ERROR();
  let ordered = matched.filter(visible);
  if (order.length) {
    const keyed = ordered.map(item => ({ item, keys: order.map(o => sortKey(refValue(src, item, o.ref), o.as)) }));
    keyed.sort((a, b) => {
      for (let i = 0; i < order.length; i++) {
        const x = a.keys[i];
        const y = b.keys[i];
        let c = 0;
        if (x === null || y === null) c = x === y ? 0 : x === null ? -1 : 1;
        else if (typeof x === 'string' && typeof y === 'string') c = collator.compare(x, y);
        else c = x < y ? -1 : x > y ? 1 : 0;
        if (c) return order[i].desc ? -c : c;
      }
      return a.item.Id - b.item.Id;
    });
    ordered = keyed.map(k => k.item);
  }
  // OData reads $top as a whole number and nothing else: '5abc', '1e3' and '2.5' are refused.
  if (q.top !== null && !/^\d{1,10}$/.test(q.top)) throw BAD_REQUEST(`Invalid $top value '${q.top}'.`);
  const topParsed = q.top === null ? DEFAULT_TOP : Number(q.top);
  if (topParsed > 2147483647) throw BAD_REQUEST(`Invalid $top value '${q.top ?? ''}'.`);
  const top = Math.min(topParsed, MAX_TOP);

  let start = 0;
  let end: number | undefined;
  if (q.skiptoken) {
    const token = new URLSearchParams(q.skiptoken);
    const pid = Number(token.get('p_ID'));
    const prev = /^true$/i.test(token.get('PagedPrev') ?? '');
    let at = ordered.findIndex(i => i.Id === pid);
    if (prev) {
      if (at < 0) at = ordered.findIndex(i => i.Id >= pid);
      end = at < 0 ? ordered.length : at;
      start = Math.max(0, end - top);
    } else {
      start = at >= 0 ? at + 1 : (() => { const i = ordered.findIndex(x => x.Id > pid); return i < 0 ? ordered.length : i; })();
    }
  }
  const stop = end ?? Math.min(ordered.length, start + top);
  const items = ordered.slice(start, stop);
  const more = end === undefined && stop < ordered.length && items.length > 0;
  return { items, lastIdWhenMore: more ? items[items.length - 1].Id : undefined };
}
