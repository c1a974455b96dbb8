import { isCurrentMember, isHeldOn } from './currentRecords';
import { proportionalSeats } from './proportionalSeats';
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
  /** Voting seats the group's share of the council entitles it to (see proportionalSeats). */
  entitled: number;
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
/** Whether every group holds exactly the seats it is entitled to. */
export function isProportionate(balance: readonly IPartySeats[]): boolean {
  return balance.every(b => b.seats === b.entitled);
}

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
  const councilByParty = new Map<number | undefined, number>();
  for (const m of council) councilByParty.set(m.partyId, (councilByParty.get(m.partyId) ?? 0) + 1);
  const held = new Map<number | undefined, number>();
  for (const seat of voting) held.set(seat.party?.id, (held.get(seat.party?.id) ?? 0) + 1);
  const entitled = proportionalSeats(councilByParty, voting.length);
  // Every group that holds a seat or is owed one, so a group left off the committee shows.
  const partyIds = new Set([...held.keys(), ...Array.from(entitled.entries()).filter(([, n]) => n > 0).map(([k]) => k)]);
  const balance: IPartySeats[] = Array.from(partyIds).map(partyId => ({
    party: partyId === undefined ? undefined : parties.get(partyId),
    seats: held.get(partyId) ?? 0,
    committeeShare: voting.length ? (held.get(partyId) ?? 0) / voting.length : 0,
    councilShare: council.length ? (councilByParty.get(partyId) ?? 0) / council.length : 0,
    entitled: entitled.get(partyId) ?? 0
  }));
  balance.sort((a, b) => b.seats - a.seats || b.entitled - a.entitled
    || (a.party?.name ?? '~').localeCompare(b.party?.name ?? '~', 'en-GB'));
  return { committee, seats, balance, votingSeats: voting.length };
}
