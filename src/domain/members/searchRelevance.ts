import { normaliseSearchText, searchTerms } from '../shared/normaliseSearchText';
import type { IMemberEntry } from './directoryIndex';

/** Where in a councillor's record a search word was found. */
export type MatchKind =
  'name' | 'cabinetRole' | 'portfolio' | 'responsibility' | 'committee' | 'appointment' | 'skill' | 'ward' | 'party';

export interface IMatchReason {
  kind: MatchKind;
  /** The record's own words, as the directory shows them ("Riverside Academy Trust"). */
  text: string;
}

interface ISearchField extends IMatchReason {
  /** Folded words with a leading space, for the same word-start test the search uses. */
  folded: string;
  weight: number;
}

/**
 * How much a word found in each place says about the councillor: a name is what was asked
 * for; a Cabinet role or portfolio is their job ("planning" finds the portfolio holder
 * first); a seat or responsibility beats an appointment or skill they listed; every
 * councillor has a ward and a party, so those say least.
 */
const WEIGHTS: Record<MatchKind, number> = {
  name: 100, cabinetRole: 60, portfolio: 60, responsibility: 30, committee: 25, appointment: 15, skill: 10, ward: 5, party: 3
};
/** Chairing a committee the search names outranks sitting on it. */
const CHAIR_BONUS = 5;

const fieldsCache = new WeakMap<IMemberEntry, ISearchField[]>();

/** `searched` is what the search looks in when it says more than the text shown (an appointment's role and type). */
function field(kind: MatchKind, text: string | undefined, searched: string | undefined = text): ISearchField | undefined {
  return text ? { kind, text, folded: ' ' + normaliseSearchText(searched ?? text), weight: WEIGHTS[kind] } : undefined;
}

/** Every searchable part of an entry, folded once per entry and kept while the entry lives. */
function searchFields(entry: IMemberEntry): ISearchField[] {
  const cached = fieldsCache.get(entry);
  if (cached) return cached;
  const { member } = entry;
  const fields = [
    field('name', member.fullName, [member.fullName, member.firstName, member.surname].filter(Boolean).join(' ')),
    field('cabinetRole', member.cabinetRole),
    field('portfolio', member.portfolio),
    ...member.additionalResponsibilities.map(r => field('responsibility', r)),
    ...entry.seats.map(s => {
      const seat = field('committee', s.committee.name);
      return seat && (s.membership.role === 'Chair' || s.membership.role === 'Vice-Chair')
        ? { ...seat, text: `${s.committee.name} (${s.membership.role})`, weight: seat.weight + CHAIR_BONUS } : seat;
    }),
    ...entry.appointments.map(a => field('appointment', a.organisation, [a.organisation, a.role, a.type].filter(Boolean).join(' | '))),
    ...(member.self?.skills ?? []).map(s => field('skill', s)),
    field('ward', entry.ward?.name, [entry.ward?.name, entry.ward?.code].filter(Boolean).join(' ')),
    field('party', entry.party?.name, [entry.party?.name, entry.party?.shortName].filter(Boolean).join(' '))
  ].filter((f): f is ISearchField => !!f);
  fieldsCache.set(entry, fields);
  return fields;
}

/** The best place each word was found, in the order the words were typed. */
function bestFields(entry: IMemberEntry, terms: readonly string[]): ISearchField[] {
  const fields = searchFields(entry);
  const best: ISearchField[] = [];
  for (const term of terms) {
    const needle = ' ' + term;
    let top: ISearchField | undefined;
    for (const f of fields) {
      if (f.folded.includes(needle) && (!top || f.weight > top.weight)) top = f;
    }
    if (top) best.push(top);
  }
  return best;
}

/** How well a councillor answers a search: the sum, over its words, of where each was found. */
export function relevanceScore(entry: IMemberEntry, query: string): number {
  return bestFields(entry, searchTerms(query)).reduce((sum, f) => sum + f.weight, 0);
}

/**
 * Why a councillor is in the results, when their name does not say so already: the places
 * the search words were found, best first, each named once.
 */
export function matchReasons(entry: IMemberEntry, query: string): IMatchReason[] {
  const found = bestFields(entry, searchTerms(query));
  if (found.length === 0 || found.every(f => f.kind === 'name')) return [];
  const reasons: IMatchReason[] = [];
  for (const f of found.slice().sort((a, b) => b.weight - a.weight)) {
    if (f.kind === 'name' || reasons.some(r => r.kind === f.kind && r.text === f.text)) continue;
    reasons.push({ kind: f.kind, text: f.text });
  }
  return reasons;
}
