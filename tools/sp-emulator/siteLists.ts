import type { IListDef } from '../../src/schema/fieldTypes';
import { SpRequestError } from './apiTypes';
import { listGuid } from './listModel';
import { packagedLists } from './packagedSite';
import type { ICouncilListSpec, IEmulatorState, IStoredCouncilList } from './types';

/**
 * Every list on the site, as SharePoint resolves a list reference: the Hub's own lists
 * (made by the package, perhaps renamed since) and any list the council made itself.
 * Titles and URLs are each unique in a web, case-insensitively, as SharePoint keeps them.
 */
export type SiteList = { readonly kind: 'hub'; readonly def: IListDef } | { readonly kind: 'council'; readonly list: IStoredCouncilList };

/** SharePoint's words when a title or URL is taken (feature activation and list rename alike). */
export const TITLE_TAKEN =
  'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.';

/** The title a Hub list has on this site now: a site owner may have renamed it. */
export function currentTitle(state: IEmulatorState, def: IListDef): string {
  return state.lists[def.key]?.title ?? def.title;
}

export function siteLists(state: IEmulatorState): SiteList[] {
  return [
    ...packagedLists().filter(d => state.lists[d.key]).map(def => ({ kind: 'hub' as const, def })),
    ...(state.councilLists ?? []).map(list => ({ kind: 'council' as const, list }))
  ];
}

export const titleOf = (state: IEmulatorState, l: SiteList): string => (l.kind === 'hub' ? currentTitle(state, l.def) : l.list.title);
/** Site-relative, e.g. Lists/MohOfficers. */
export const urlOf = (l: SiteList): string => (l.kind === 'hub' ? l.def.url : l.list.url);
export const idOf = (l: SiteList): string => (l.kind === 'hub' ? listGuid(l.def.key) : l.list.id);

export function findByTitle(state: IEmulatorState, title: string): SiteList | undefined {
  const lower = title.toLowerCase();
  return siteLists(state).find(l => titleOf(state, l).toLowerCase() === lower);
}

export function findById(state: IEmulatorState, id: string): SiteList | undefined {
  const lower = id.toLowerCase().replace(/^\{|\}$/g, '');
  return siteLists(state).find(l => idOf(l) === lower);
}

/** `getList('/sites/hub/Lists/MohOfficers')`: the server-relative URL of the list's root folder, any case, a trailing slash allowed. */
export function findByServerRelativeUrl(state: IEmulatorState, sitePath: string, url: string): SiteList | undefined {
  const wanted = url.replace(/\/+$/, '').toLowerCase();
  return siteLists(state).find(l => `${sitePath}/${urlOf(l)}`.toLowerCase() === wanted);
}

/**
 * Splits `web/getList('<url>')/rest…` off the raw (still encoded) API path. PnPjs sends the
 * URL encoded (`%2Fsites%2Fhub…`); a hand-written call may leave the slashes as they are.
 */
export function splitGetList(rawRest: string): { url: string; remainder: string } | undefined {
  const head = /^web\/getlist\((?:'|%27)/i.exec(rawRest);
  if (!head) return undefined;
  const tail = rawRest.slice(head[0].length);
  const close = /(?:'|%27)\)/i.exec(tail.replace(/(?:'|%27)(?:'|%27)/gi, m => '\u0000'.repeat(m.length)));
  if (!close) return undefined;
  let url: string;
  try {
    url = decodeURIComponent(tail.slice(0, close.index)).replace(/''/g, "'");
  } catch {
    return undefined;
  }
  return { url, remainder: tail.slice(close.index + close[0].length) };
}

/** SharePoint's answer to getList for a path where no list is (the root folder is looked up as a file). */
export const LIST_URL_NOT_FOUND = (): SpRequestError =>
  new SpRequestError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');

/**
 * Lists the council made before adding the app. Adding the app fails, as SharePoint's
 * feature activation does, when one of them already has a Hub list's title or URL.
 */
export function councilListsFor(specs: readonly ICouncilListSpec[], hubLists: readonly IListDef[]): IStoredCouncilList[] {
  const out: IStoredCouncilList[] = [];
  for (const spec of specs) {
    const url = spec.url.replace(/^\/+|\/+$/g, '');
    const clash = hubLists.find(d => d.title.toLowerCase() === spec.title.toLowerCase() || d.url.toLowerCase() === url.toLowerCase());
    if (clash) throw new Error(`Adding the app failed at list '${clash.title}' (${clash.url}): ${TITLE_TAKEN}`);
    out.push({ title: spec.title, url, id: listGuid(`council:${url.toLowerCase()}` as IListDef['key']) });
  }
  return out;
}
