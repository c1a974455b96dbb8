import type { IListDef, ListKey } from '../../../src/schema/fieldTypes';
import type { IApiResponse } from '../apiTypes';
import { ACCESS_DENIED, SpRequestError, emptyResponse, jsonResponse } from '../apiTypes';
import { listGuid } from '../listModel';
import type { Scope } from '../security';
import type { IStoredItem } from '../types';
import type { IRouteContext, IRouteRequest } from './context';
import { itemOf } from './context';

/**
 * items(id)/versions as SharePoint answers it: SP.ListItemVersion entities, newest first,
 * each with VersionId (512 × major), VersionLabel, IsCurrentVersion, Created (when that
 * version was saved) and the field values by internal name (people and lookups as
 * { LookupId, LookupValue[, Email] }). Reading needs View Versions; deleting a version
 * needs Delete Versions, and a current version cannot be deleted.
 */

interface IVersion { version: number; values: Record<string, unknown>; EditorId: number; Modified: string }

function versionsOf(item: IStoredItem): IVersion[] {
  return [...(item.versions ?? []), { version: item.etag, values: item.values, EditorId: item.EditorId, Modified: item.Modified }];
}

function versionEntity(ctx: IRouteContext, list: IListDef, item: IStoredItem, v: IVersion): Record<string, unknown> {
  const person = (id: number | null | undefined): Record<string, unknown> | null => {
    const u = id ? ctx.values.user(id) : undefined;
    return u ? { LookupId: u.id, LookupValue: u.title, Email: u.email } : null;
  };
  const lookup = (target: ListKey, id: unknown): Record<string, unknown> | null => {
    if (typeof id !== 'number' || id === 0) return null;
    const t = ctx.store.item(target, id);
    return { LookupId: id, LookupValue: (t?.values.Title as string | undefined) ?? '' };
  };
  const out: Record<string, unknown> = {
    'odata.type': 'SP.ListItemVersion',
    'odata.id': `${ctx.webUrl}/_api/Web/Lists(guid'${listGuid(list.key)}')/Items(${item.Id})/versions(${v.version * 512})`,
    Created: v.Modified, IsCurrentVersion: v.version === item.etag, VersionId: v.version * 512, VersionLabel: `${v.version}.0`,
    ID: item.Id, Title: v.values.Title ?? null, Modified: v.Modified, Author: person(item.AuthorId), Editor: person(v.EditorId)
  };
  for (const f of list.fields) {
    if (f.kind === 'user') out[f.name] = person(v.values[`${f.name}Id`] as number | null);
    else if (f.kind === 'lookup') out[f.name] = lookup(f.target, v.values[`${f.name}Id`]);
    else if (f.kind === 'multiLookup') out[f.name] = ((v.values[`${f.name}Id`] as number[] | undefined) ?? []).map(id => lookup(f.target, id));
    else out[f.name] = v.values[f.name] ?? null;
  }
  return out;
}

function allowed(ctx: IRouteContext, scope: Scope, kind: 'ViewVersions' | 'DeleteVersions'): void {
  if (!ctx.security.has(ctx.caller.id, scope, kind)) throw ACCESS_DENIED();
}

const VERSION_MISSING = (): SpRequestError => new SpRequestError(404, '-2130575338, Microsoft.SharePoint.SPException', 'The version does not exist.');

export function versions(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const { def, stored, item } = itemOf(ctx, req);
  allowed(ctx, { kind: 'item', list: stored, item }, 'ViewVersions');
  return jsonResponse(200, {
    'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ApiData.ListItemVersions`,
    value: versionsOf(item).reverse().map(v => versionEntity(ctx, def, item, v))
  });
}

export function version(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const { def, stored, item } = itemOf(ctx, req);
  allowed(ctx, { kind: 'item', list: stored, item }, 'ViewVersions');
  const found = versionsOf(item).find(v => v.version * 512 === Number(req.params.version));
  if (!found) throw VERSION_MISSING();
  return jsonResponse(200, { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ApiData.ListItemVersions/@Element`, ...versionEntity(ctx, def, item, found) });
}

/** DELETE on `versions(n)` or POST to `versions(n)/deleteobject`. */
export function deleteVersion(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const { stored, item } = itemOf(ctx, req);
  allowed(ctx, { kind: 'item', list: stored, item }, 'DeleteVersions');
  const found = versionsOf(item).find(v => v.version * 512 === Number(req.params.version));
  if (!found) throw VERSION_MISSING();
  if (found.version === item.etag) {
    throw new SpRequestError(400, '-2130575338, Microsoft.SharePoint.SPException', 'The current version of an item cannot be deleted.');
  }
  item.versions = (item.versions ?? []).filter(v => v.version !== found.version);
  ctx.store.save();
  return emptyResponse(200);
}
