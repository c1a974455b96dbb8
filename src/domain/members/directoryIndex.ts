import { isCurrentMember, isHeldOn } from './currentRecords';
import { normaliseSearchText, searchTerms } from '../shared/normaliseSearchText';
import type {
  ICommittee, IMember, IMemberDirectoryData, IMembership, IOutsideAppointment, IParty, IWard
} from './types';

export interface ISeat {
  membership: IMembership;
  committee: ICommittee;
}

/** A member with everything the directory shows or searches resolved once. */
export interface IMemberEntry {
  member: IMember;
  isCurrent: boolean;
  party?: IParty;
  ward?: IWard;
  /** Seats held today (or ever, when former ones are shown). */
  seats: ISeat[];
  appointments: IOutsideAppointment[];
  isCabinet: boolean;
  /** Folded words of everything a search looks in, with a leading space for prefix tests. */
  searchText: string;
}

export interface IDirectoryScope {
  /** ISO date: seats, appointments and terms are judged against it. */
  today: string;
  /** Show former members and ended seats and appointments too. */
  includeFormer: boolean;
}

/**
 * Joins members to their party, ward, seats and appointments once, so searching and
 * refining are plain scans. Former members and ended records drop out unless asked for.
 */
export function buildDirectoryIndex(data: IMemberDirectoryData, scope: IDirectoryScope): IMemberEntry[] {
  const parties = new Map(data.parties.map(p => [p.id, p]));
  const wards = new Map(data.wards.map(w => [w.id, w]));
  const committees = new Map(data.committees.map(c => [c.id, c]));
  const inScope = (r: IMembership | IOutsideAppointment): boolean => scope.includeFormer || isHeldOn(r, scope.today);

  const seatsByMember = new Map<number, ISeat[]>();
  for (const membership of data.memberships) {
    const committee = committees.get(membership.committeeId);
    if (!committee || !inScope(membership)) continue;
    if (!scope.includeFormer && !committee.isActive) continue;
    pushTo(seatsByMember, membership.memberId, { membership, committee });
  }
  const appointmentsByMember = new Map<number, IOutsideAppointment[]>();
  for (const appointment of data.appointments) {
    if (inScope(appointment)) pushTo(appointmentsByMember, appointment.memberId, appointment);
  }

  const entries: IMemberEntry[] = [];
  for (const member of data.members) {
    const isCurrent = isCurrentMember(member, scope.today);
    if (!isCurrent && !scope.includeFormer) continue;
    const seats = seatsByMember.get(member.id) ?? [];
    const appointments = appointmentsByMember.get(member.id) ?? [];
    const party = member.partyId === undefined ? undefined : parties.get(member.partyId);
    const ward = member.wardId === undefined ? undefined : wards.get(member.wardId);
    entries.push({
      member, isCurrent, party, ward, seats, appointments,
      isCabinet: !!member.cabinetRole || seats.some(s => s.committee.type === 'Cabinet'),
      searchText: ' ' + normaliseSearchText([
        member.fullName, member.firstName, member.surname, ward?.name, ward?.code, party?.name, party?.shortName,
        member.cabinetRole, member.portfolio,
        ...seats.map(s => s.committee.name),
        ...member.additionalResponsibilities,
        ...appointments.flatMap(a => [a.organisation, a.role, a.type]),
        ...member.skills
      ].filter(Boolean).join(' | '))
    });
  }
  return entries;
}

/**
 * True when every word of the query starts a word somewhere in the member's name, ward,
 * party, cabinet role, portfolio, committees, responsibilities, appointments or skills.
 * Matching word starts (not any substring) keeps "art" from finding every "Party".
 */
export function matchesSearch(entry: IMemberEntry, query: string): boolean {
  return searchTerms(query).every(term => entry.searchText.includes(' ' + term));
}

function pushTo<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
