import { normaliseSearchText, searchTerms } from '../shared/normaliseSearchText';
import type { IDirectorate, IOfficer, IService } from './types';

/** An officer with their service and directorate resolved, and their search text folded, once. */
export interface IOfficerEntry {
  officer: IOfficer;
  service?: IService;
  directorate?: IDirectorate;
  /** The name to show: preferred first name + surname when they have one. */
  displayName: string;
  /** Each field folded with a leading space, so a word-start test is one `includes`. */
  nameText: string;
  jobText: string;
  serviceText: string;
  keywordText: string;
  /** Per field, a bit for each letter (and one for any digit) that starts a word in it. */
  wordStarts: IWordStarts;
  /** Per field, a bit for each pair of letters a word starts with (hashed into 32 bits, so some share). */
  pairStarts: IWordStarts;
}

const DIGIT_BIT = 1 << 26;
const OTHER_BIT = 1 << 27;

export interface IWordStarts {
  name: number;
  job: number;
  service: number;
  keyword: number;
  /** Every field's bits together. */
  any: number;
}

/** Bits 0–25 for a–z, bit 26 for any digit, bit 27 for anything else (folded text has nothing else). */
function initialBit(code: number): number {
  if (code >= 97 && code <= 122) return 1 << (code - 97);
  return code >= 48 && code <= 57 ? DIGIT_BIT : OTHER_BIT;
}

/** Which letters start a word in folded text (words follow a space; the text starts with one). */
function wordStartBits(folded: string): number {
  let bits = 0;
  for (let i = 1; i < folded.length; i++) {
    if (folded.charCodeAt(i - 1) === 32) bits |= initialBit(folded.charCodeAt(i));
  }
  return bits;
}

/** One of 32 bits for a word's first two characters. */
function pairBit(first: number, second: number): number {
  return 1 << ((first * 31 + second) & 31);
}

/**
 * Which pairs of characters start a word: the second letter of a search rejects most of
 * the thousands of officers the first letter kept without reading their text.
 */
function pairStartBits(folded: string): number {
  let bits = 0;
  for (let i = 1; i + 1 < folded.length; i++) {
    if (folded.charCodeAt(i - 1) === 32 && folded.charCodeAt(i + 1) !== 32) bits |= pairBit(folded.charCodeAt(i), folded.charCodeAt(i + 1));
  }
  return bits;
}

function fieldBits(texts: { name: string; job: string; service: string; keyword: string }, bits: (folded: string) => number): IWordStarts {
  const starts = { name: bits(texts.name), job: bits(texts.job), service: bits(texts.service), keyword: bits(texts.keyword), any: 0 };
  starts.any = starts.name | starts.job | starts.service | starts.keyword;
  return starts;
}

export interface IOfficerLookups {
  services: ReadonlyMap<number, IService>;
  directorates: ReadonlyMap<number, IDirectorate>;
  /**
   * Folded text by what was folded: thousands of officers share a handful of services and
   * job titles, so each is folded once (a 20,000-officer index folds a few hundred strings).
   */
  folded: Map<string, string>;
}

export function officerLookups(services: readonly IService[], directorates: readonly IDirectorate[]): IOfficerLookups {
  return { services: new Map(services.map(s => [s.id, s])), directorates: new Map(directorates.map(d => [d.id, d])), folded: new Map() };
}

export function displayNameOf(officer: IOfficer): string {
  return officer.preferredName ? `${officer.preferredName} ${officer.surname}` : officer.fullName;
}

const fold = (parts: Array<string | undefined>): string => ' ' + normaliseSearchText(parts.filter(Boolean).join(' | '));

function foldShared(lookups: IOfficerLookups, parts: Array<string | undefined>): string {
  const key = parts.filter(Boolean).join(' | ');
  let folded = lookups.folded.get(key);
  if (folded === undefined) {
    folded = ' ' + normaliseSearchText(key);
    lookups.folded.set(key, folded);
  }
  return folded;
}

/** Builds one officer's entry; called once per officer as pages arrive, never per keystroke. */
export function officerEntry(officer: IOfficer, lookups: IOfficerLookups): IOfficerEntry {
  const service = lookups.services.get(officer.serviceId);
  const directorate = service?.directorateId === undefined ? undefined : lookups.directorates.get(service.directorateId);
  const displayName = displayNameOf(officer);
  const nameText = fold([officer.fullName, officer.preferredName, officer.surname]);
  const jobText = foldShared(lookups, [officer.jobTitle]);
  const serviceText = foldShared(lookups, [service?.name, directorate?.name]);
  // A liaison officer's own profile is theirs alone; everyone else's keywords are their service's.
  const keywordText = officer.cloProfile
    ? fold([...(service?.keywords ?? []), officer.cloProfile]) : foldShared(lookups, service?.keywords ?? []);
  const texts = { name: nameText, job: jobText, service: serviceText, keyword: keywordText };
  const wordStarts = fieldBits(texts, wordStartBits);
  const pairStarts = fieldBits(texts, pairStartBits);
  return { officer, service, directorate, displayName, nameText, jobText, serviceText, keywordText, wordStarts, pairStarts };
}

/** How much a field counts towards a result's rank: a name beats a job title beats a service. */
const WEIGHTS = { name: 8, job: 4, service: 2, keyword: 1 } as const;

/**
 * How well an officer matches a query: 0 when some word of the query starts no word in
 * their name, job title, service, directorate or keywords; otherwise the sum, per word,
 * of the best field it starts a word in. Word starts (not any substring) keep "art" from
 * finding every "Department". The query never reaches SharePoint, so quotes, slashes and
 * OData words are just text here.
 */
export function matchScore(entry: IOfficerEntry, terms: readonly string[]): number {
  const starts = entry.wordStarts;
  const pairs = entry.pairStarts;
  let score = 0;
  for (const term of terms) {
    // A field with no word starting with the term's first letter cannot match: the first
    // keystroke of a search tests 20,000 officers, and most fail here without a text scan.
    const bit = initialBit(term.charCodeAt(0));
    if (!(starts.any & bit)) return 0;
    // Likewise its first two letters (all ones for a one-letter term, which no pair decides).
    const pair = term.length > 1 ? pairBit(term.charCodeAt(0), term.charCodeAt(1)) : -1;
    if (!(pairs.any & pair)) return 0;
    // One letter is a whole word start: the bits answer it without reading the text.
    const needle = term.length === 1 && bit !== DIGIT_BIT && bit !== OTHER_BIT ? undefined : ' ' + term;
    const best = (starts.name & bit) && (pairs.name & pair) && (!needle || entry.nameText.includes(needle)) ? WEIGHTS.name
      : (starts.job & bit) && (pairs.job & pair) && (!needle || entry.jobText.includes(needle)) ? WEIGHTS.job
        : (starts.service & bit) && (pairs.service & pair) && (!needle || entry.serviceText.includes(needle)) ? WEIGHTS.service
          : (starts.keyword & bit) && (pairs.keyword & pair) && (!needle || entry.keywordText.includes(needle)) ? WEIGHTS.keyword : 0;
    if (!best) return 0;
    score += best;
  }
  return score;
}

export { searchTerms };

/**
 * How the directory names an officer. Protocol 003's courtesy: where the council chooses,
 * officers are addressed by title and surname ("Dr Patel"); officers without a title given
 * keep their name.
 */
export function addressName(officer: IOfficer, formal: boolean): string {
  return formal && officer.honorific ? `${officer.honorific} ${officer.surname}` : displayNameOf(officer);
}

/** Up to two initials for an avatar without a photo. */
export function officerInitials(officer: IOfficer): string {
  const words = displayNameOf(officer).split(/\s+/).filter(w => /^\p{L}/u.test(w));
  const first = words[0]?.charAt(0) ?? '';
  const last = words.length > 1 ? words[words.length - 1].charAt(0) : '';
  return (first + last).toUpperCase();
}
