import { cleanLink, ScopedParamsReader, ScopedParamsWriter, UNSCOPED, type IUrlScope } from '../shared/urlScope';
import type { IOfficerRefinements } from './searchOfficers';

export type OfficerDirectoryMode = 'liaison' | 'search' | 'reviews';
export const OFFICER_MODES: readonly OfficerDirectoryMode[] = ['liaison', 'search', 'reviews'];

/** What a shared link to the officer directory carries. */
export interface IOfficerUrlState {
  /** Undefined = the web part's default mode. */
  mode?: OfficerDirectoryMode;
  /** "Find my liaison officer": the topic typed, and the service or directorate picked. */
  topic: string;
  serviceId?: number;
  directorateId?: number;
  /** "Search officers": the query and refiners. */
  query: string;
  refinements: IOfficerRefinements;
  /** The officer whose panel is open. */
  officerId?: number;
}

export const EMPTY_OFFICER_URL_STATE: IOfficerUrlState = {
  topic: '', query: '', refinements: { directorateIds: [], serviceIds: [], liaisonOnly: false }
};

const NAMES = ['mode', 'topic', 'svc', 'dir', 'q', 'rdir', 'rsvc', 'clo', 'officer'] as const;

function positiveId(text: string | undefined): number | undefined {
  if (!text || !/^\d{1,9}$/.test(text)) return undefined;
  const id = Number(text);
  return id > 0 ? id : undefined;
}

function ids(values: string[]): number[] {
  return Array.from(new Set(values.map(v => positiveId(v.trim())).filter((id): id is number => id !== undefined)));
}

/** Reads the officer directory's state; unknown or malformed values are ignored. */
export function decodeOfficerUrl(search: string, scope: IUrlScope = UNSCOPED): IOfficerUrlState {
  const params = new ScopedParamsReader(search, scope);
  const mode = params.get('mode');
  return {
    mode: (OFFICER_MODES as readonly string[]).includes(mode ?? '') ? (mode as OfficerDirectoryMode) : undefined,
    topic: params.get('topic') ?? '',
    serviceId: positiveId(params.get('svc')),
    directorateId: positiveId(params.get('dir')),
    query: params.get('q') ?? '',
    refinements: {
      directorateIds: ids(params.getAll('rdir')),
      serviceIds: ids(params.getAll('rsvc')),
      liaisonOnly: params.get('clo') === '1'
    },
    officerId: positiveId(params.get('officer'))
  };
}

/** Writes the state into a query string, keeping every parameter that is not this instance's. */
export function encodeOfficerUrl(state: IOfficerUrlState, currentSearch: string = '', scope: IUrlScope = UNSCOPED): string {
  const params = new ScopedParamsWriter(currentSearch, scope, NAMES);
  if (state.mode) params.set('mode', state.mode);
  if (state.topic.trim()) params.set('topic', state.topic.trim());
  if (state.serviceId !== undefined) params.set('svc', String(state.serviceId));
  if (state.directorateId !== undefined) params.set('dir', String(state.directorateId));
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const id of state.refinements.directorateIds) params.append('rdir', String(id));
  for (const id of state.refinements.serviceIds) params.append('rsvc', String(id));
  if (state.refinements.liaisonOnly) params.set('clo', '1');
  if (state.officerId !== undefined) params.set('officer', String(state.officerId));
  return params.toSearch();
}

/** A link to one officer's panel on this page, with none of the filters that happened to be set. */
export function officerLink(pageUrl: string, officerId: number, scope: IUrlScope = UNSCOPED): string {
  return cleanLink(pageUrl, encodeOfficerUrl({ ...EMPTY_OFFICER_URL_STATE, officerId }, '', scope));
}

/**
 * A link to one service's liaison officers on this page: "Find my liaison officer" with
 * that service picked (the mode named, since the web part's default may be another).
 */
export function serviceLink(pageUrl: string, serviceId: number, scope: IUrlScope = UNSCOPED): string {
  return cleanLink(pageUrl, encodeOfficerUrl({ ...EMPTY_OFFICER_URL_STATE, mode: 'liaison', serviceId }, '', scope));
}
