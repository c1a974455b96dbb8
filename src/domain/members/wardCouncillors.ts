import type { IMemberEntry } from './directoryIndex';

/** The councillors sitting for a ward today, by surname: who represents an address in it. */
export function wardCouncillors(entries: readonly IMemberEntry[], wardId: number): IMemberEntry[] {
  return entries
    .filter(e => e.isCurrent && e.member.wardId === wardId)
    .sort((a, b) => a.member.surname.localeCompare(b.member.surname, 'en-GB') || a.member.fullName.localeCompare(b.member.fullName, 'en-GB'));
}
