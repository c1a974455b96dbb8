import type { IMemberEntry } from './directoryIndex';
import { normaliseSearchText } from '../shared/normaliseSearchText';
import { relevanceScore } from './searchRelevance';

export const SORT_KEYS = ['relevance', 'surname', 'ward', 'party'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Best match first once something is typed; A–Z by surname when browsing. */
export function defaultSort(query: string): SortKey {
  return query.trim() ? 'relevance' : 'surname';
}

/** Accents and case do not change the order: Émile Ávila sorts with the As. */
const collator = new Intl.Collator('en-GB', { sensitivity: 'base', ignorePunctuation: true });

function byName(a: IMemberEntry, b: IMemberEntry): number {
  return collator.compare(a.member.surname, b.member.surname)
    || collator.compare(a.member.firstName ?? a.member.fullName, b.member.firstName ?? b.member.fullName)
    || a.member.id - b.member.id;
}

/** Compares optional names, putting members with none last. */
function byOptional(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return collator.compare(a, b);
}

/** `query` ranks by relevance; with none typed, relevance falls back to surname order. */
export function sortMembers(entries: readonly IMemberEntry[], sort: SortKey, query: string = ''): IMemberEntry[] {
  const copy = entries.slice();
  switch (sort) {
    case 'relevance': {
      const scores = new Map(entries.map(e => [e, relevanceScore(e, query)]));
      return copy.sort((a, b) => (scores.get(b)! - scores.get(a)!) || byName(a, b));
    }
    case 'surname': return copy.sort(byName);
    case 'ward': return copy.sort((a, b) => byOptional(a.ward?.name, b.ward?.name) || byName(a, b));
    case 'party': return copy.sort((a, b) => byOptional(a.party?.name, b.party?.name) || byName(a, b));
  }
}

export interface IMemberGroup {
  /** Stable key: the letter, or the ward or party id; '' for members with no ward or party. */
  key: string;
  /** The letter, ward or party name; undefined for "no ward"/"no party" and for best matches (the UI names them). */
  label: string | undefined;
  entries: IMemberEntry[];
}

/** The A–Z letter a member is filed under: the first letter of the surname, or '#'. */
export function surnameLetter(entry: IMemberEntry): string {
  const first = normaliseSearchText(entry.member.surname).charAt(0).toUpperCase();
  return first >= 'A' && first <= 'Z' ? first : '#';
}

function groupOf(entry: IMemberEntry, sort: SortKey): { key: string; label: string | undefined } {
  switch (sort) {
    case 'relevance': return { key: 'best', label: undefined };
    case 'surname': { const letter = surnameLetter(entry); return { key: letter, label: letter }; }
    case 'ward': return entry.ward ? { key: `w${entry.ward.id}`, label: entry.ward.name } : { key: '', label: undefined };
    case 'party': return entry.party ? { key: `p${entry.party.id}`, label: entry.party.name } : { key: '', label: undefined };
  }
}

/** Splits sorted members into headed groups: by letter, ward or party as sorted (best matches are one group). */
export function groupMembers(sorted: readonly IMemberEntry[], sort: SortKey): IMemberGroup[] {
  const groups: IMemberGroup[] = [];
  for (const entry of sorted) {
    const { key, label } = groupOf(entry, sort);
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.entries.push(entry);
    else groups.push({ key, label, entries: [entry] });
  }
  return groups;
}

export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

/** The letters that have at least one member, for enabling A–Z jump links. */
export function lettersInUse(entries: readonly IMemberEntry[]): Set<string> {
  return new Set(entries.map(surnameLetter));
}

/** How many of the sorted members must show for the first with this letter to be visible. */
export function countToShowLetter(sorted: readonly IMemberEntry[], letter: string): number | undefined {
  const index = sorted.findIndex(e => surnameLetter(e) === letter);
  return index < 0 ? undefined : index + 1;
}
