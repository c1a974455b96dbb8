import { REFINER_KEYS, type RefinerKey, type Refinements } from './refiners';
import { SORT_KEYS, type SortKey } from './sortMembers';
import { cleanLink, ScopedParamsReader, ScopedParamsWriter, UNSCOPED, type IUrlScope } from '../shared/urlScope';

export type DirectoryLayout = 'cards' | 'list';
/** 'allocation' is Democratic Services' view of the allocation of seats (others see members). */
export type DirectoryTab = 'members' | 'committees' | 'allocation';

/** What a shared link carries: the search, refiners, sort, layout and open profile. */
export interface IDirectoryUrlState {
  query: string;
  refinements: Refinements;
  sort?: SortKey;
  layout?: DirectoryLayout;
  showFormer: boolean;
  memberId?: number;
  tab: DirectoryTab;
  committeeId?: number;
}

/** Query-string names; short so shared links stay readable. */
const REFINER_PARAMS: Record<RefinerKey, string> = {
  ward: 'ward', party: 'party', committee: 'committee', committeeRole: 'role',
  cabinet: 'cabinet', appointmentType: 'appointment', skill: 'skill'
};
const OWN_PARAMS = ['q', 'sort', 'layout', 'former', 'member', 'tab', 'showCommittee', ...Object.values(REFINER_PARAMS)];

export const EMPTY_URL_STATE: IDirectoryUrlState = { query: '', refinements: {}, showFormer: false, tab: 'members' };

function positiveId(text: string | undefined): number | undefined {
  if (!text || !/^\d{1,9}$/.test(text)) return undefined;
  const id = Number(text);
  return id > 0 ? id : undefined;
}

/** Reads the directory's state from a query string; unknown or malformed values are ignored. */
export function decodeDirectoryUrl(search: string, scope: IUrlScope = UNSCOPED): IDirectoryUrlState {
  const params = new ScopedParamsReader(search, scope);
  const refinements: Refinements = {};
  for (const key of REFINER_KEYS) {
    const values = params.getAll(REFINER_PARAMS[key]).map(v => v.trim()).filter(Boolean);
    if (values.length) refinements[key] = Array.from(new Set(values));
  }
  const sort = params.get('sort');
  const layout = params.get('layout');
  return {
    query: params.get('q') ?? '',
    refinements,
    sort: (SORT_KEYS as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : undefined,
    layout: layout === 'cards' || layout === 'list' ? layout : undefined,
    showFormer: params.get('former') === '1',
    memberId: positiveId(params.get('member')),
    tab: params.get('tab') === 'committees' ? 'committees' : params.get('tab') === 'allocation' ? 'allocation' : 'members',
    committeeId: positiveId(params.get('showCommittee'))
  };
}

/**
 * Writes the directory's state into a query string, keeping every parameter that is not
 * ours (SharePoint's own, such as the page's edit mode) and leaving out defaults.
 */
export function encodeDirectoryUrl(state: IDirectoryUrlState, currentSearch: string = '', scope: IUrlScope = UNSCOPED): string {
  const params = new ScopedParamsWriter(currentSearch, scope, OWN_PARAMS);
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const key of REFINER_KEYS) {
    for (const value of state.refinements[key] ?? []) params.append(REFINER_PARAMS[key], value);
  }
  if (state.sort) params.set('sort', state.sort);
  if (state.layout) params.set('layout', state.layout);
  if (state.showFormer) params.set('former', '1');
  if (state.tab !== 'members') params.set('tab', state.tab);
  if (state.committeeId !== undefined) params.set('showCommittee', String(state.committeeId));
  if (state.memberId !== undefined) params.set('member', String(state.memberId));
  return params.toSearch();
}

/** A link to one councillor's profile on this page: the profile only, none of the filters set. */
export function profileLink(pageUrl: string, memberId: number, scope: IUrlScope = UNSCOPED): string {
  return cleanLink(pageUrl, encodeDirectoryUrl({ ...EMPTY_URL_STATE, memberId }, '', scope));
}
