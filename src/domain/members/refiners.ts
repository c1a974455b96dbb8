import { APPOINTMENT_TYPES } from '../../schema/lists';
import type { IMemberEntry } from './directoryIndex';
import { matchesSearch } from './directoryIndex';
import { normaliseSearchText } from '../shared/normaliseSearchText';

export const REFINER_KEYS = ['ward', 'party', 'committee', 'committeeRole', 'cabinet', 'appointmentType', 'skill'] as const;
export type RefinerKey = (typeof REFINER_KEYS)[number];

/** Chosen values per refiner: any value within a refiner, every refiner across them. */
export type Refinements = Partial<Record<RefinerKey, string[]>>;

/** Committee roles worth refining on: who chairs. */
export const REFINABLE_COMMITTEE_ROLES = ['Chair', 'Vice-Chair'] as const;
export const CABINET_VALUES = { member: 'yes', notMember: 'no' } as const;

export interface IRefinerOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface IRefiner {
  key: RefinerKey;
  options: IRefinerOption[];
}

interface IValueWithLabel {
  value: string;
  label: string;
}

/** The values a member has for a refiner; ids for lists, folded text for free-text skills. */
export function refinerValues(entry: IMemberEntry, key: RefinerKey): IValueWithLabel[] {
  switch (key) {
    case 'ward':
      return entry.ward ? [{ value: String(entry.ward.id), label: entry.ward.name }] : [];
    case 'party':
      return entry.party ? [{ value: String(entry.party.id), label: entry.party.name }] : [];
    case 'committee':
      return entry.seats.map(s => ({ value: String(s.committee.id), label: s.committee.name }));
    case 'committeeRole':
      return entry.seats
        .map(s => s.membership.role)
        .filter(role => (REFINABLE_COMMITTEE_ROLES as readonly string[]).includes(role))
        .map(role => ({ value: role, label: role }));
    case 'cabinet':
      return [entry.isCabinet
        ? { value: CABINET_VALUES.member, label: CABINET_VALUES.member }
        : { value: CABINET_VALUES.notMember, label: CABINET_VALUES.notMember }];
    case 'appointmentType':
      return entry.appointments.map(a => ({ value: a.type, label: a.type }));
    case 'skill':
      return entry.member.skills.map(s => ({ value: normaliseSearchText(s), label: s.trim() }));
  }
}

function passesRefiner(entry: IMemberEntry, key: RefinerKey, chosen: readonly string[] | undefined): boolean {
  if (!chosen || chosen.length === 0) return true;
  return refinerValues(entry, key).some(v => chosen.includes(v.value));
}

function passesAllExcept(entry: IMemberEntry, refinements: Refinements, except?: RefinerKey): boolean {
  return REFINER_KEYS.every(key => key === except || passesRefiner(entry, key, refinements[key]));
}

/** The members a search and the chosen refiners leave. */
export function filterMembers(entries: readonly IMemberEntry[], query: string, refinements: Refinements): IMemberEntry[] {
  return entries.filter(e => matchesSearch(e, query) && passesAllExcept(e, refinements));
}

/**
 * Each refiner's values with how many members choosing that value would show, given the
 * search and every other refiner (a refiner does not narrow its own counts, so choosing a
 * second ward adds to the results rather than emptying the list). Chosen values stay
 * listed even at zero so they can be cleared.
 */
export function buildRefiners(
  entries: readonly IMemberEntry[], query: string, refinements: Refinements, keys: readonly RefinerKey[] = REFINER_KEYS
): IRefiner[] {
  const searched = entries.filter(e => matchesSearch(e, query));
  return keys.map(key => {
    const counts = new Map<string, IRefinerOption>();
    const chosen = refinements[key] ?? [];
    for (const entry of searched) {
      if (!passesAllExcept(entry, refinements, key)) continue;
      const seen = new Set<string>();
      for (const { value, label } of refinerValues(entry, key)) {
        if (!value || seen.has(value)) continue;
        seen.add(value);
        const option = counts.get(value);
        if (option) option.count++;
        else counts.set(value, { value, label, count: 1, selected: chosen.includes(value) });
      }
    }
    for (const value of chosen) {
      if (!counts.has(value)) counts.set(value, { value, label: labelForMissing(entries, key, value), count: 0, selected: true });
    }
    return { key, options: orderOptions(key, Array.from(counts.values())) };
  });
}

export function hasRefinements(refinements: Refinements): boolean {
  return REFINER_KEYS.some(key => (refinements[key]?.length ?? 0) > 0);
}

function labelForMissing(entries: readonly IMemberEntry[], key: RefinerKey, value: string): string {
  for (const entry of entries) {
    const found = refinerValues(entry, key).find(v => v.value === value);
    if (found) return found.label;
  }
  return value;
}

const byLabel = (a: IRefinerOption, b: IRefinerOption): number => a.label.localeCompare(b.label, 'en-GB');

function inOrder(order: readonly string[]): (a: IRefinerOption, b: IRefinerOption) => number {
  return (a, b) => order.indexOf(a.value) - order.indexOf(b.value);
}

function orderOptions(key: RefinerKey, options: IRefinerOption[]): IRefinerOption[] {
  switch (key) {
    case 'committeeRole': return options.sort(inOrder(REFINABLE_COMMITTEE_ROLES));
    case 'cabinet': return options.sort(inOrder([CABINET_VALUES.member, CABINET_VALUES.notMember]));
    case 'appointmentType': return options.sort(inOrder(APPOINTMENT_TYPES));
    case 'skill': return options.sort((a, b) => b.count - a.count || byLabel(a, b));
    default: return options.sort(byLabel);
  }
}
