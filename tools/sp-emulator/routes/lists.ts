import type { IListDef } from '../../../src/schema/fieldTypes';
import type { IApiResponse } from '../apiTypes';
import { BAD_REQUEST, SpRequestError, emptyResponse, jsonResponse } from '../apiTypes';
import { entityName, versioningOf } from '../listModel';
import { TITLE_TAKEN, currentTitle, findByTitle, idOf, siteLists, titleOf, urlOf } from '../siteLists';
import type { SiteList } from '../siteLists';
import type { IStoredList } from '../types';
import type { IRouteContext, IRouteRequest } from './context';
import { hubListOf, jsonBody, requireOn, siteListOf } from './context';

/**
 * Lists as the site has them: the Hub's own (made by the package's feature, perhaps renamed
 * since) and the council's own, which the emulator answers only as the health check reads
 * them. Lists are not created over REST: the product provisions them through the .sppkg's
 * feature, so `lists.add` (POST to `lists`) is refused, and `lists.ensure` works for a list
 * the package made (it reads it, then MERGEs Title, Description and ContentTypesEnabled).
 */

const expandsRootFolder = (expand: string | null): boolean => /(^|,)\s*RootFolder\s*(,|$)/i.test(expand ?? '');

export const rootFolder = (ctx: IRouteContext, url: string, id?: string): Record<string, unknown> => ({
  'odata.type': 'SP.Folder', Name: url.split('/').pop() ?? url, ServerRelativeUrl: `${ctx.sitePath}/${url}`,
  ...(id ? { UniqueId: id, ServerRelativePath: { DecodedUrl: `${ctx.sitePath}/${url}` } } : {})
});

export function hubListEntity(ctx: IRouteContext, list: IListDef, select: string | null, expand: string | null = null): Record<string, unknown> {
  const stored = ctx.store.list(list.key);
  const editLink = `Web/Lists(guid'${stored.id}')`;
  const last = stored.items.reduce((m, it) => (it.Modified > m ? it.Modified : m), '2024-01-01T00:00:00Z');
  const out: Record<string, unknown> = {
    'odata.type': 'SP.List', 'odata.id': `${ctx.webUrl}/_api/${editLink}`, 'odata.editLink': editLink,
    AllowContentTypes: true, BaseTemplate: 100, BaseType: 0, ContentTypesEnabled: stored.contentTypesEnabled ?? false,
    Created: '2024-01-01T00:00:00Z', Description: stored.description ?? list.description, EnableAttachments: true, EnableVersioning: versioningOf(list, stored),
    EntityTypeName: `${entityName(list)}List`, Hidden: false, Id: stored.id, ItemCount: stored.items.length,
    LastItemModifiedDate: last, ListItemEntityTypeFullName: `SP.Data.${entityName(list)}ListItem`,
    ParentWebUrl: ctx.sitePath || '/', ReadSecurity: stored.readSecurity, Title: currentTitle(ctx.store.current, list), WriteSecurity: stored.writeSecurity
  };
  if (expandsRootFolder(expand)) out.RootFolder = rootFolder(ctx, list.url);
  // SharePoint returns this one only when it is asked for.
  if (/\bHasUniqueRoleAssignments\b/i.test(select ?? '')) out.HasUniqueRoleAssignments = !!stored.roleAssignments;
  return out;
}

function councilListEntity(ctx: IRouteContext, l: SiteList, expand: string | null): Record<string, unknown> {
  const editLink = `Web/Lists(guid'${idOf(l)}')`;
  const out: Record<string, unknown> = {
    'odata.type': 'SP.List', 'odata.id': `${ctx.webUrl}/_api/${editLink}`, 'odata.editLink': editLink, BaseTemplate: 100, BaseType: 0,
    Description: '', Hidden: false, Id: idOf(l), ItemCount: 0, ParentWebUrl: ctx.sitePath || '/', ReadSecurity: 1, Title: titleOf(ctx.store.current, l), WriteSecurity: 1
  };
  if (expandsRootFolder(expand)) out.RootFolder = rootFolder(ctx, urlOf(l));
  return out;
}

function entityOf(ctx: IRouteContext, l: SiteList, select: string | null, expand: string | null): Record<string, unknown> {
  return l.kind === 'hub' ? hubListEntity(ctx, l.def, select, expand) : councilListEntity(ctx, l, expand);
}

export function allLists(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const expand = req.url.searchParams.get('$expand');
  const visible = siteLists(ctx.store.current).filter(l => l.kind === 'council' || ctx.security.hasAny(ctx.caller.id, { kind: 'list', list: ctx.store.list(l.def.key) }));
  return jsonResponse(200, {
    'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ApiData.Lists`,
    value: visible.map(l => (l.kind === 'hub' ? hubListEntity(ctx, l.def, null, expand) : councilListEntity(ctx, l, expand)))
  });
}

export function listEntity(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const l = siteListOf(ctx, req);
  const q = req.url.searchParams;
  return jsonResponse(200, { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ApiData.Lists/@Element`, ...entityOf(ctx, l, q.get('$select'), q.get('$expand')) });
}

/** A list's title may be changed to any other title no list on the site has (SharePoint keeps titles unique in a web). */
function renamedTitle(ctx: IRouteContext, stored: IStoredList, value: unknown): string {
  const title = typeof value === 'string' ? value.trim() : '';
  if (!title || title.length > 255) throw BAD_REQUEST(`The value of 'Title' is not valid.`, '-2147024809, System.ArgumentException');
  const holder = findByTitle(ctx.store.current, title);
  if (holder && !(holder.kind === 'hub' && holder.def.key === stored.key)) {
    throw new SpRequestError(500, '-2130575342, Microsoft.SharePoint.SPException', TITLE_TAKEN);
  }
  return title;
}

/** MERGE on a list, by those who may manage it: item-level security, title, description, content types, versioning (what `list.update` and `lists.ensure` send). */
export function updateList(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const { stored } = hubListOf(ctx, req);
  requireOn(ctx, { kind: 'list', list: stored }, 'ManageLists');
  const body = jsonBody(req);
  const next = {
    readSecurity: stored.readSecurity, writeSecurity: stored.writeSecurity, title: stored.title, description: stored.description,
    contentTypesEnabled: stored.contentTypesEnabled, versioning: stored.versioning
  };
  const invalid = (k: string): SpRequestError => BAD_REQUEST(`The value of '${k}' is not valid.`, '-2147024809, System.ArgumentException');
  for (const [k, v] of Object.entries(body)) {
    if (k === 'ReadSecurity' && (v === 1 || v === 2)) next.readSecurity = v;
    else if (k === 'WriteSecurity' && (v === 1 || v === 2 || v === 4)) next.writeSecurity = v;
    else if (k === 'ReadSecurity' || k === 'WriteSecurity') throw invalid(k);
    else if (k === 'Title') next.title = renamedTitle(ctx, stored, v);
    else if (k === 'Description' && typeof v === 'string') next.description = v;
    else if (k === 'ContentTypesEnabled' && typeof v === 'boolean') next.contentTypesEnabled = v;
    else if (k === 'EnableVersioning' && typeof v === 'boolean') next.versioning = v;
    else if (k === 'Description' || k === 'ContentTypesEnabled' || k === 'EnableVersioning') throw invalid(k);
    else if (k !== '__metadata') {
      throw BAD_REQUEST(`The property '${k}' does not exist on type 'SP.List' or cannot be changed by the emulator.`);
    }
  }
  Object.assign(stored, next);
  for (const k of ['title', 'description', 'contentTypesEnabled', 'versioning'] as const) if (stored[k] === undefined) delete stored[k];
  ctx.store.save();
  return emptyResponse(204);
}
