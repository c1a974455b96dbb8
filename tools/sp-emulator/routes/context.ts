import type { IListDef } from '../../../src/schema/fieldTypes';
import type { PermissionKindName } from '../../../src/schema/permissionLevels';
import type { ISeedUser } from '../../seed/seedTypes';
import type { IApiRequest, IApiResponse } from '../apiTypes';
import { ACCESS_DENIED, BAD_REQUEST, SpRequestError } from '../apiTypes';
import type { IValueSource } from '../itemValues';
import type { SiteSecurity, Scope } from '../security';
import { LIST_URL_NOT_FOUND, findById, findByServerRelativeUrl, findByTitle } from '../siteLists';
import type { SiteList } from '../siteLists';
import type { EmulatorStore } from '../store';
import type { IEmail, IStoredItem, IStoredList } from '../types';

/** The verbs a route answers: X-HTTP-Method MERGE / PATCH / PUT all arrive as MERGE. */
export type Verb = 'GET' | 'POST' | 'MERGE' | 'DELETE';
export const WRITE_VERBS: readonly Verb[] = ['POST', 'MERGE', 'DELETE'];

/** Everything a handler may use, passed in rather than closed over. */
export interface IRouteContext {
  readonly store: EmulatorStore;
  readonly security: SiteSecurity;
  /** Absolute address of the web as configured (never the request's Host). */
  readonly webUrl: string;
  /** Server-relative path of the web, '' for a root site. */
  readonly sitePath: string;
  /** The signed-in user making the request. */
  readonly caller: ISeedUser;
  readonly outbox: IEmail[];
  readonly threshold: number;
  /** Items and users by id, for expanded lookups and people. */
  readonly values: IValueSource;
  /** A fresh form digest for the caller. */
  issueDigest(): string;
  /** Answers one part of a $batch through the same route table (no digest of its own). */
  dispatch(req: IApiRequest): IApiResponse;
}

/** A request after route lookup: its verb and what the path pattern captured. */
export interface IRouteRequest extends IApiRequest {
  readonly verb: Verb;
  readonly params: Readonly<Record<string, string | undefined>>;
  /** The API path after the root, decoded, as matched. */
  readonly path: string;
}

export type Handler = (ctx: IRouteContext, req: IRouteRequest) => IApiResponse;

/** The one wording for a path the emulator does not know. */
export const UNSUPPORTED = (path: string): SpRequestError =>
  new SpRequestError(404, '-1, System.ArgumentException', `The endpoint '${path}' is not supported by the emulator.`);

/**
 * The refusal of a verb a known resource does not take: 405 Method Not Allowed with an
 * Allow header naming the verbs it does take, as the OData protocol asks (OData v4 part 1,
 * 9.2.2; oasis-tcs/odata-specs#1763). The body's wording is the emulator's own.
 */
export const METHOD_NOT_ALLOWED = (allowed: readonly Verb[]): SpRequestError =>
  new SpRequestError(405, '-1, Microsoft.SharePoint.Client.ClientServiceException', 'The HTTP method is not supported for this resource.',
    { Allow: allowed.flatMap(v => (v === 'MERGE' ? ['MERGE', 'PATCH', 'PUT'] : [v])).join(', ') });

export const NOT_FOUND = (what: string): SpRequestError => new SpRequestError(404, '-2146232832, Microsoft.SharePoint.SPException', what);

export const ITEM_MISSING = (): SpRequestError =>
  new SpRequestError(404, '-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.');

/** A JSON object body, or SharePoint's 400 for anything else. */
export function jsonBody(req: IApiRequest): Record<string, unknown> {
  try {
    const parsed: unknown = req.body.trim() ? JSON.parse(req.body) : {};
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    return parsed as Record<string, unknown>;
  } catch {
    throw BAD_REQUEST('Invalid JSON. A token was not recognized in the JSON content.');
  }
}

const unquote = (v: string): string => v.replace(/^'|'$/g, '').replace(/''/g, "'");

/**
 * A function argument as SharePoint reads it: `'text'` (quotes doubled inside) or a
 * parameter alias `@v` whose value is in the query string (`?@v='text'`), the form PnPjs
 * v4 uses for login names.
 */
export function argument(req: IRouteRequest, name: string): string {
  const raw = (req.params[name] ?? '').trim();
  if (raw.startsWith('@')) return unquote(req.url.searchParams.get(raw) ?? '');
  return unquote(raw);
}

export function requireOn(ctx: IRouteContext, scope: Scope, kind: PermissionKindName): void {
  if (!ctx.security.has(ctx.caller.id, scope, kind)) throw ACCESS_DENIED();
}

export const WEB: Scope = { kind: 'web' };

/** The list a `{list}` reference names (by title, id or URL), as the caller may see it; 404 as SharePoint words it otherwise. */
export function siteListOf(ctx: IRouteContext, req: IRouteRequest): SiteList {
  const p = req.params;
  const state = ctx.store.current;
  const found = p.listTitle !== undefined ? findByTitle(state, p.listTitle.replace(/''/g, "'"))
    : p.listId !== undefined ? findById(state, p.listId)
      : findByServerRelativeUrl(state, ctx.sitePath, (p.listUrl ?? '').replace(/''/g, "'"));
  // A list the caller has nothing on does not exist for them.
  const visible = found && (found.kind === 'council' || ctx.security.hasAny(ctx.caller.id, { kind: 'list', list: ctx.store.list(found.def.key) }));
  if (found && visible) return found;
  if (p.listUrl !== undefined) throw LIST_URL_NOT_FOUND();
  const asked = p.listTitle !== undefined ? p.listTitle.replace(/''/g, "'") : p.listId ?? '';
  throw new SpRequestError(404, '-1, System.ArgumentException', `List '${asked}' does not exist at site with URL '${ctx.webUrl}'.`);
}

export interface IHubList {
  def: IListDef;
  stored: IStoredList;
}

/**
 * One of the Hub's own lists. The council's own lists inherit the site and the emulator
 * models only what the health check reads of them (entity and items), so anything else on
 * one is not supported.
 */
export function hubListOf(ctx: IRouteContext, req: IRouteRequest): IHubList {
  const found = siteListOf(ctx, req);
  if (found.kind !== 'hub') throw UNSUPPORTED(req.path);
  return { def: withSiteIndexes(ctx, found.def), stored: ctx.store.list(found.def.key) };
}

/** The `{list}/items({item})` the caller may read; one they may not answers as a missing one, so its existence does not leak. */
export function itemOf(ctx: IRouteContext, req: IRouteRequest): IHubList & { item: IStoredItem } {
  const list = hubListOf(ctx, req);
  const item = ctx.store.item(list.def.key, Number(req.params.item));
  if (!item || !ctx.security.canRead(ctx.caller.id, list.stored, item)) throw ITEM_MISSING();
  return { ...list, item };
}

/** The securable object a `{scope}` names: the web, a list, or an item. */
export function scopeOf(ctx: IRouteContext, req: IRouteRequest): Scope {
  if (req.params.web !== undefined) return WEB;
  if (req.params.item !== undefined) {
    const { stored, item } = itemOf(ctx, req);
    return { kind: 'item', list: stored, item };
  }
  return { kind: 'list', list: hubListOf(ctx, req).stored };
}

/**
 * The list's definition as the site has it now: the indexes added or removed since the
 * package made it, and without the fields an earlier release did not give it. Cached per
 * definition and state, so a query does not rebuild it.
 */
const siteDefs = new WeakMap<IListDef, { key: string; def: IListDef }>();
export function withSiteIndexes(ctx: IRouteContext, list: IListDef): IListDef {
  const stored = ctx.store.list(list.key);
  const overrides = stored.indexOverrides ?? {};
  const absent = stored.absentFields ?? [];
  if (Object.keys(overrides).length === 0 && absent.length === 0) return list;
  const key = JSON.stringify([overrides, absent]);
  const cached = siteDefs.get(list);
  if (cached && cached.key === key) return cached.def;
  const def: IListDef = {
    ...list,
    titleIndexed: overrides.Title ?? list.titleIndexed,
    fields: list.fields.filter(f => !absent.includes(f.name)).map(f => (f.name in overrides ? { ...f, indexed: overrides[f.name] } : f))
  };
  siteDefs.set(list, { key, def });
  return def;
}
