import { isCurrentMember, isHeldOn } from './currentRecords';
import { proportionalSeats } from './proportionalSeats';
import type { CommitteeRole, ICommittee, IMember, IMemberDirectoryData, IMembership, IParty } from './types';

export interface ICommitteeSeat {
  membership: IMembership;
  member: IMember;
  party?: IParty;
}

export interface IPartySeats {
  /**
   * Where the balance rules apply: the political group, or undefined for members in no
   * group (no party recorded, or alone in theirs). Elsewhere: the party, as recorded.
   */
  party?: IParty;
  seats: number;
  /** Share of the committee's voting seats, 0–1. */
  committeeShare: number;
  /** Share of the council's current members, 0–1: what proportionality compares against. */
  councilShare: number;
  /** Voting seats the group's share of the council entitles it to (see proportionalSeats); 0 where balance does not apply. */
  entitled: number;
}

export interface ICommitteeMakeup {
  committee: ICommittee;
  /** Chair, Vice-Chair, then members, then substitutes; by surname within a role. */
  seats: ICommitteeSeat[];
  /** Voting seats by group (or by party where balance does not apply), largest first. Substitutes hold no seat. */
  balance: IPartySeats[];
  votingSeats: number;
  /** Whether LGHA 1989 s.15 applies: only then is there a verdict on proportionality. */
  balanceApplies: boolean;
}

/**
 * LGHA 1989 s.15 applies to ordinary committees and sub-committees of the council, not to
 * the executive (Cabinet), and usually not to Licensing Act 2003 committees, Health and
 * Wellbeing Boards, working parties or task and finish groups. Democratic Services'
 * recorded decision wins; otherwise the type decides.
 */
export function politicalBalanceApplies(committee: Pick<ICommittee, 'type' | 'politicalBalance'>): boolean {
  return committee.politicalBalance ?? committee.type === 'Committee';
}

/** A political group has at least two members (members alone in their party are not a group). */
export const MIN_GROUP_SIZE = 2;

/** Party ids that form a political group among the given members. */
export function politicalGroups(members: readonly Pick<IMember, 'partyId'>[]): Set<number> {
  const counts = new Map<number, number>();
  for (const m of members) if (m.partyId !== undefined) counts.set(m.partyId, (counts.get(m.partyId) ?? 0) + 1);
  return new Set(Array.from(counts.entries()).filter(([, n]) => n >= MIN_GROUP_SIZE).map(([id]) => id));
}

const ROLE_ORDER: readonly CommitteeRole[] = ['Chair', 'Vice-Chair', 'Member', 'Substitute'];

/** Whether every group holds exactly the seats it is entitled to. */
export function isProportionate(balance: readonly IPartySeats[]): boolean {
  return balance.every(b => b.seats === b.entitled);
}

/**
 * Who sits on a committee today and, where LGHA 1989 s.15 applies, its political balance
 * (seats in proportion to the political groups on the council) beside each group's share
 * of the council so an imbalance is visible; elsewhere the party make-up alone.
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
  const balanceApplies = politicalBalanceApplies(committee);
  const groups = politicalGroups(council);
  // Where balance applies, seats count by political group; elsewhere simply by party.
  const keyOf = (partyId: number | undefined): number | undefined =>
    (!balanceApplies || (partyId !== undefined && groups.has(partyId)) ? partyId : undefined);
  const councilByParty = new Map<number | undefined, number>();
  for (const m of council) councilByParty.set(keyOf(m.partyId), (councilByParty.get(keyOf(m.partyId)) ?? 0) + 1);
  const held = new Map<number | undefined, number>();
  for (const seat of voting) held.set(keyOf(seat.party?.id), (held.get(keyOf(seat.party?.id)) ?? 0) + 1);
  // Key undefined gathers the members in no political group: never a majority group.
  const notInAGroup = undefined;
  const entitled = balanceApplies
    ? proportionalSeats(councilByParty, voting.length, notInAGroup) : new Map<number | undefined, number>();
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
  return { committee, seats, balance, votingSeats: voting.length, balanceApplies };
}
