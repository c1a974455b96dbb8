import { COMMITTEE_TYPES } from '../../schema/lists';
import type { IMemberEntry, ISeat } from './directoryIndex';
import type { CommitteeRole, CommitteeType } from './types';

export interface ISeatGroup {
  type: CommitteeType;
  seats: ISeat[];
}

const ROLE_RANK: Record<CommitteeRole, number> = { 'Chair': 0, 'Vice-Chair': 1, 'Member': 2, 'Substitute': 3 };

/**
 * A profile's committees, working parties and task and finish groups, grouped by type
 * in the order the council lists them (committees first), Chair roles first in a group.
 */
export function groupSeatsByType(entry: IMemberEntry): ISeatGroup[] {
  return COMMITTEE_TYPES
    .map(type => ({
      type,
      seats: entry.seats
        .filter(s => s.committee.type === type)
        .sort((a, b) => ROLE_RANK[a.membership.role] - ROLE_RANK[b.membership.role]
          || a.committee.name.localeCompare(b.committee.name, 'en-GB'))
    }))
    .filter(group => group.seats.length > 0);
}

/** Initials for an avatar: first and last name's first letters ("Zoë O'Neill" → "ZO"). */
export function initialsOf(name: string): string {
  const words = name.replace(/^(Cllr|Councillor)\.?\s+/i, '').split(/\s+/).filter(w => /\p{L}/u.test(w));
  if (words.length === 0) return '?';
  const first = Array.from(words[0])[0];
  const last = words.length > 1 ? Array.from(words[words.length - 1])[0] : '';
  return (first + last).toUpperCase();
}
