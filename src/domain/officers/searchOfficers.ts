import { searchTerms } from '../shared/normaliseSearchText';
import { matchScore, type IOfficerEntry } from './officerIndex';
import { bySurnameOfficer } from './reviewStatus';

export interface IOfficerRefinements {
  directorateIds: number[];
  serviceIds: number[];
  liaisonOnly: boolean;
}

export const NO_REFINEMENTS: IOfficerRefinements = { directorateIds: [], serviceIds: [], liaisonOnly: false };

export interface IRefinerCount {
  id: number;
  label: string;
  count: number;
  selected: boolean;
}

export interface IOfficerSearchResult {
  /** Best match first; equal matches liaison officers first, then by surname. */
  entries: IOfficerEntry[];
  /** Directorates and services among the matches (other refiners applied), with counts. */
  directorates: IRefinerCount[];
  services: IRefinerCount[];
  liaisonCount: number;
}

export function hasOfficerRefinements(r: IOfficerRefinements): boolean {
  return r.directorateIds.length > 0 || r.serviceIds.length > 0 || r.liaisonOnly;
}

/**
 * Searches and refines officers in one pass over the precomputed index (20,000 officers
 * take a few milliseconds, so every keystroke can search them all). `entries` must already
 * be in surname order: the stable sort then keeps equal matches alphabetical.
 */
export function searchOfficers(entries: readonly IOfficerEntry[], query: string, refinements: IOfficerRefinements): IOfficerSearchResult {
  const terms = searchTerms(query);
  // Text with nothing searchable in it ("%", "#") matches no one rather than everyone.
  const nothingSearchable = query.trim() !== '' && terms.length === 0;
  const directorateFilter = new Set(refinements.directorateIds);
  const serviceFilter = new Set(refinements.serviceIds);
  const directorateCounts = new Map<number, { label: string; count: number }>();
  const serviceCounts = new Map<number, { label: string; count: number }>();
  const matched: Array<{ entry: IOfficerEntry; score: number }> = [];
  let liaisonCount = 0;
  const bump = (map: Map<number, { label: string; count: number }>, id: number | undefined, label: string | undefined): void => {
    if (id === undefined || label === undefined) return;
    const found = map.get(id);
    if (found) found.count++;
    else map.set(id, { label, count: 1 });
  };

  for (const entry of entries) {
    const score = nothingSearchable ? 0 : terms.length ? matchScore(entry, terms) : 1;
    if (!score) continue;
    const directorateId = entry.directorate?.id;
    const inDirectorate = !directorateFilter.size || (directorateId !== undefined && directorateFilter.has(directorateId));
    const inService = !serviceFilter.size || serviceFilter.has(entry.officer.serviceId);
    const inLiaison = !refinements.liaisonOnly || entry.officer.isClo;
    // Each refiner counts what the other refiners leave, so picking one value never zeroes its siblings.
    if (inService && inLiaison) bump(directorateCounts, directorateId, entry.directorate?.name);
    if (inDirectorate && inLiaison) bump(serviceCounts, entry.officer.serviceId, entry.service?.name);
    if (inDirectorate && inService && entry.officer.isClo) liaisonCount++;
    if (inDirectorate && inService && inLiaison) matched.push({ entry, score });
  }
  if (terms.length) {
    matched.sort((a, b) => (b.score - a.score) || (Number(b.entry.officer.isClo) - Number(a.entry.officer.isClo)));
  }
  const counts = (map: Map<number, { label: string; count: number }>, selected: Set<number>): IRefinerCount[] => {
    for (const id of selected) if (!map.has(id)) map.set(id, { label: '', count: 0 });
    return [...map].map(([id, c]) => ({ id, label: c.label, count: c.count, selected: selected.has(id) }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
  };
  return {
    entries: matched.map(m => m.entry),
    directorates: counts(directorateCounts, directorateFilter),
    services: counts(serviceCounts, serviceFilter),
    liaisonCount
  };
}

/** Officers in surname order (then full name), the order search results tie-break on. */
export function bySurname(a: IOfficerEntry, b: IOfficerEntry): number {
  return bySurnameOfficer(a.officer, b.officer);
}
