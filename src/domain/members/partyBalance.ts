import { isCurrentMember, isHeldOn } from './currentRecords';
import type { CommitteeRole, ICommittee, IMember, IMemberDirectoryData, IMembership, IParty } from './types';

export interface ICommitteeSeat {
  membership: IMembership;
  member: IMember;
  party?: IParty;
}

export interface IPartySeats {
  /** Undefined for members with no party recorded (independents not set up as a group). */
  party?: IParty;
  seats: number;
  /** Share of the committee's voting seats, 0–1. */
  committeeShare: number;
  /** Share of the council's current members, 0–1: what proportionality compares against. */
  councilShare: number;
}

export interface ICommitteeMakeup {
  committee: ICommittee;
  /** Chair, Vice-Chair, then members, then substitutes; by surname within a role. */
  seats: ICommitteeSeat[];
  /** Voting seats by party, largest first. Substitutes hold no seat. */
  balance: IPartySeats[];
  votingSeats: number;
}

const ROLE_ORDER: readonly CommitteeRole[] = ['Chair', 'Vice-Chair', 'Member', 'Substitute'];

/**
 * Who sits on a committee today and its political balance (Local Government and Housing
 * Act 1989 s.15: seats are allocated in proportion to the groups on the council), shown
 * beside each party's share of the council so an imbalance is visible.
 */
export function committeeMakeup(data: IMemberDirectoryData, committeeId: number, today: string): ICommitteeMakeup | undefined {
  const committee = data.committees.find(c => c.id === committeeId);
  if (!committee) return undefined;
  const members = new Map(data.members.map(m => [m.id, m]));
  const parties = new Map(data.parties.map(p => [p.id, p]));
  const partyOf = (m: IMember): IParty | undefined => (m.partyId === undefined ? undefined : parties.get(m.partyId));

  const seats: ICommitteeSeat[] = [];
  for (const membership of data.memberships) {
    if (membership.committeeId !== committeeId || !isHeldOn(membership, today)) continue;
    const member = members.get(membership.memberId);
    if (member && isCurrentMember(member, today)) seats.push({ membership, member, party: partyOf(member) });
  }
  seats.sort((a, b) => ROLE_ORDER.indexOf(a.membership.role) - ROLE_ORDER.indexOf(b.membership.role)
    || a.member.surname.localeCompare(b.member.surname, 'en-GB'));

  const voting = seats.filter(s => s.membership.role !== 'Substitute');
  const council = data.members.filter(m => isCurrentMember(m, today));
  const tally = new Map<number | undefined, number>();
  for (const seat of voting) tally.set(seat.party?.id, (tally.get(seat.party?.id) ?? 0) + 1);
  const balance: IPartySeats[] = Array.from(tally.entries()).map(([partyId, count]) => ({
    party: partyId === undefined ? undefined : parties.get(partyId),
    seats: count,
    committeeShare: count / voting.length,
    councilShare: council.length ? council.filter(m => m.partyId === partyId).length / council.length : 0
  }));
  balance.sort((a, b) => b.seats - a.seats || (a.party?.name ?? '~').localeCompare(b.party?.name ?? '~', 'en-GB'));
  return { committee, seats, balance, votingSeats: voting.length };
}
