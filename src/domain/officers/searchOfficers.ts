import { searchTerms } from '../shared/normaliseSearchText';
import { topRanked } from '../shared/topRanked';
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
  /** How many officers match, refiners applied. */
  count: number;
  /**
   * The best `n` matches, best first; equal matches liaison officers first, then by
   * surname. Only the page asked for is ranked, never every match.
   */
  top(n: number): IOfficerEntry[];
  /** Directorates and services among the matches (other refiners applied), with counts. */
  directorates: IRefinerCount[];
  services: IRefinerCount[];
  liaisonCount: number;
}

export function hasOfficerRefinements(r: IOfficerRefinements): boolean {
  return r.directorateIds.length > 0 || r.serviceIds.length > 0 || r.liaisonOnly;
}

/**
 * Officers a query matches, in surname order, and each one's score: two parallel arrays
 * rather than an object per match, because the first letter of a search matches most of
 * a 20,000-officer council and those objects cost a garbage collection every few keys.
 */
interface IMatches {
  entries: IOfficerEntry[];
  scores: number[];
}

/** The officers a query matches, with their scores, before refiners: what the next keystroke narrows. */
interface IMatchMemo {
  folded: string;
  matched: IMatches;
  /** The last refined result of these matches: deleting a letter back to this query reuses it. */
  refined?: { refinements: IOfficerRefinements; result: IOfficerSearchResult };
}

function scoreAll(candidates: IMatches | readonly IOfficerEntry[], terms: readonly string[]): IMatches {
  const from = Array.isArray(candidates) ? candidates as readonly IOfficerEntry[] : (candidates as IMatches).entries;
  const entries: IOfficerEntry[] = [];
  const scores: number[] = [];
  for (let i = 0; i < from.length; i++) {
    const score = terms.length ? matchScore(from[i], terms) : 1;
    if (score) {
      entries.push(from[i]);
      scores.push(score);
    }
  }
  return { entries, scores };
}

/** Better score first, then liaison officers; the caller's order (surname) breaks ties. */
function byRank(matched: IMatches): (a: number, b: number) => number {
  const { entries, scores } = matched;
  return (a, b) => (scores[b] - scores[a]) || (Number(entries[b].officer.isClo) - Number(entries[a].officer.isClo));
}

// One collator for every keystroke: localeCompare with a locale builds a new one per call.
const labelCollator = new Intl.Collator('en-GB');

function refine(matched: IMatches, ranked: boolean, refinements: IOfficerRefinements): IOfficerSearchResult {
  const directorateFilter = new Set(refinements.directorateIds);
  const serviceFilter = new Set(refinements.serviceIds);
  const directorateCounts = new Map<number, { label: string; count: number }>();
  const serviceCounts = new Map<number, { label: string; count: number }>();
  // Positions in `matched` of the officers the refiners keep.
  const kept: number[] = [];
  let liaisonCount = 0;
  const bump = (map: Map<number, { label: string; count: number }>, id: number | undefined, label: string | undefined): void => {
    if (id === undefined || label === undefined) return;
    const found = map.get(id);
    if (found) found.count++;
    else map.set(id, { label, count: 1 });
  };
  for (let i = 0; i < matched.entries.length; i++) {
    const entry = matched.entries[i];
    const directorateId = entry.directorate?.id;
    const inDirectorate = !directorateFilter.size || (directorateId !== undefined && directorateFilter.has(directorateId));
    const inService = !serviceFilter.size || serviceFilter.has(entry.officer.serviceId);
    const inLiaison = !refinements.liaisonOnly || entry.officer.isClo;
    // Each refiner counts what the other refiners leave, so picking one value never zeroes its siblings.
    if (inService && inLiaison) bump(directorateCounts, directorateId, entry.directorate?.name);
    if (inDirectorate && inLiaison) bump(serviceCounts, entry.officer.serviceId, entry.service?.name);
    if (inDirectorate && inService && entry.officer.isClo) liaisonCount++;
    if (inDirectorate && inService && inLiaison) kept.push(i);
  }
  let ranks: IOfficerEntry[] = [];
  const top = (n: number): IOfficerEntry[] => {
    const wanted = Math.min(Math.max(0, n), kept.length);
    // "Show more" asks for a longer prefix: rank that many once, then slice.
    if (wanted > ranks.length) ranks = (ranked ? topRanked(kept, wanted, byRank(matched)) : kept.slice(0, wanted)).map(i => matched.entries[i]);
    return ranks.slice(0, wanted);
  };
  const counts = (map: Map<number, { label: string; count: number }>, selected: Set<number>): IRefinerCount[] => {
    for (const id of selected) if (!map.has(id)) map.set(id, { label: '', count: 0 });
    return [...map].map(([id, c]) => ({ id, label: c.label, count: c.count, selected: selected.has(id) }))
      .sort((a, b) => labelCollator.compare(a.label, b.label));
  };
  return {
    count: kept.length,
    top,
    directorates: counts(directorateCounts, directorateFilter),
    services: counts(serviceCounts, serviceFilter),
    liaisonCount
  };
}

/**
 * Searches and refines officers over the precomputed index. `entries` must already be in
 * surname order: the stable sort then keeps equal matches alphabetical.
 */
export function searchOfficers(entries: readonly IOfficerEntry[], query: string, refinements: IOfficerRefinements): IOfficerSearchResult {
  return createOfficerSearch(entries)(query, refinements);
}

/** A search over one index; see createOfficerSearch. */
export interface IOfficerSearch {
  (query: string, refinements: IOfficerRefinements): IOfficerSearchResult;
  /**
   * Works out one more one-letter search ahead of time (for when the browser is idle);
   * false once every letter is ready. The first letter of a search is the only keystroke
   * that tests every officer, so with these ready no keystroke does.
   */
  prepareNextLetter(): boolean;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** No refiners set counts as the same refinements, whichever object says so. */
function sameRefinements(a: IOfficerRefinements, b: IOfficerRefinements): boolean {
  return a === b || (!hasOfficerRefinements(a) && !hasOfficerRefinements(b));
}

/**
 * A search over one index that remembers the matches of the query typed so far and of each
 * shorter query it grew from: typing one more letter (or word) can only narrow the last
 * matches, so a keystroke rescans only what is left; deleting a letter goes back to matches
 * already found. Only the first letter of a search tests every officer of a 20,000-strong
 * council, and those can be prepared ahead (prepareNextLetter).
 */
export function createOfficerSearch(entries: readonly IOfficerEntry[]): IOfficerSearch {
  // Each memo's query is a prefix of the next one's: at most one per character typed.
  const chain: IMatchMemo[] = [];
  // One-letter searches, kept whatever is typed next.
  const letters = new Map<string, IMatchMemo>();
  const letterMemo = (letter: string): IMatchMemo => {
    let memo = letters.get(letter);
    if (!memo) {
      memo = { folded: letter, matched: scoreAll(entries, [letter]) };
      letters.set(letter, memo);
    }
    return memo;
  };
  const refined = (memo: IMatchMemo, ranked: boolean, refinements: IOfficerRefinements): IOfficerSearchResult => {
    if (!memo.refined || !sameRefinements(memo.refined.refinements, refinements)) {
      memo.refined = { refinements, result: refine(memo.matched, ranked, refinements) };
    }
    return memo.refined.result;
  };
  const search = (query: string, refinements: IOfficerRefinements): IOfficerSearchResult => {
    const terms = searchTerms(query);
    // Text with nothing searchable in it ("%", "#") matches no one rather than everyone.
    if (query.trim() !== '' && terms.length === 0) return refine({ entries: [], scores: [] }, false, refinements);
    const folded = terms.join(' ');
    while (chain.length && !folded.startsWith(chain[chain.length - 1].folded)) chain.pop();
    const last = chain[chain.length - 1];
    let memo: IMatchMemo;
    if (last && last.folded === folded) {
      memo = last;
    } else if ((!last || !last.folded) && folded.length === 1 && LETTERS.includes(folded)) {
      memo = letterMemo(folded);
      chain.push(memo);
    } else {
      memo = { folded, matched: scoreAll(last && last.folded ? last.matched : entries, terms) };
      chain.push(memo);
    }
    return refined(memo, terms.length > 0, refinements);
  };
  let next = 0;
  const prepareNextLetter = (): boolean => {
    if (next >= LETTERS.length) return false;
    refined(letterMemo(LETTERS[next++]), true, NO_REFINEMENTS);
    return next < LETTERS.length;
  };
  return Object.assign(search, { prepareNextLetter });
}

/** Officers in surname order (then full name), the order search results tie-break on. */
export function bySurname(a: IOfficerEntry, b: IOfficerEntry): number {
  return bySurnameOfficer(a.officer, b.officer);
}
