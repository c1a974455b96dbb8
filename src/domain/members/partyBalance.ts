import { isCurrentMember, isHeldOn } from './currentRecords';
import { councilBalance, NOT_IN_A_GROUP, politicalBalanceApplies } from './councilBalance';
import { groupAsLabel } from './declaredGroups';
import { majorityGroup, type BalanceRule } from './proportionalSeats';
import type { CommitteeRole, ICommittee, IMember, IMemberDirectoryData, IMembership, IParty } from './types';

export { politicalBalanceApplies };

export interface ICommitteeSeat {
  membership: IMembership;
  member: IMember;
  party?: IParty;
}

export interface IPartySeats {
  /** Stable across renders: 'group-<id>', 'party-<id>' or 'none'. */
  key: string;
  /**
   * Where the balance rules apply: the declared political group (its name, in its party's
   * colours), or undefined for members in no group. Elsewhere: the party, as recorded.
   */
  party?: IParty;
  seats: number;
  /** Share of the committee's voting seats, 0–1. */
  committeeShare: number;
  /** Share of the council's current members, 0–1: what proportionality compares against. */
  councilShare: number;
  /** Voting seats the proposed allocation gives the group on this body (see allocateSeats); 0 where balance does not apply. */
  entitled: number;
}

export interface ICommitteeMakeup {
  committee: ICommittee;
  /** Chair, Vice-Chair, then members, then substitutes; by surname within a role. */
  seats: ICommitteeSeat[];
  /** Voting seats by group (or by party where balance does not apply), largest first. Substitutes hold no seat. */
  balance: IPartySeats[];
  /** Voting seats on the body, filled or not. */
  votingSeats: number;
  /** Voting seats no one holds today. */
  vacantSeats: number;
  /** Whether LGHA 1989 s.15 applies (to the body, and with groups declared): only then is there a verdict. */
  balanceApplies: boolean;
  /** Why the entitlement here departs from the body's own proportion: s.15(5)(a), (b) or (c). */
  departures: BalanceRule[];
  /**
   * Where s.15(5)(b) moved seats here: the group with a majority of the council, how many
   * of the council's members it has, and the seats it is entitled to, for saying so in plain words.
   */
  majority?: { group?: IParty; councilMembers: number; membership: number; entitled: number };
}

const ROLE_ORDER: readonly CommitteeRole[] = ['Chair', 'Vice-Chair', 'Member', 'Substitute'];

/** Neutral grey for a group that names no party (as the directory shows a party without a colour). */
const FALLBACK_COLOUR = '#605E5C';

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
  const balance = politicalBalanceApplies(committee) && committee.isActive ? councilBalance(data, today) : undefined;
  const votingSeats = Math.max(committee.votingSeats ?? 0, voting.length);
  const share = (n: number, of: number): number => (of ? n / of : 0);
  let rows: IPartySeats[];
  let departures: BalanceRule[] = [];
  let majority: ICommitteeMakeup['majority'];
  if (balance) {
    const body = balance.allocation.bodies.find(b => b.body.id === committeeId);
    const held = balance.held.get(committeeId) ?? new Map<number, number>();
    departures = Array.from(new Set((body?.departures ?? []).flatMap(d => d.reasons)));
    // Every declared group is listed, one with no seat too: its absence is part of the balance.
    const keys = new Set([...balance.declared.groups.map(g => g.id), ...held.keys(),
      ...Array.from(body?.seats.entries() ?? []).filter(([, n]) => n > 0).map(([k]) => k)]);
    rows = Array.from(keys).map(g => {
      const group = balance.declared.groups.find(x => x.id === g);
      return {
        key: g === NOT_IN_A_GROUP ? 'none' : `group-${g}`,
        party: group && groupAsLabel(group, data.parties, FALLBACK_COLOUR),
        seats: held.get(g) ?? 0,
        committeeShare: share(held.get(g) ?? 0, votingSeats),
        councilShare: share(balance.councilByGroup.get(g) ?? 0, balance.membership),
        entitled: body?.seats.get(g) ?? 0
      };
    });
    const largest = departures.includes('b') ? majorityGroup(balance.councilByGroup, NOT_IN_A_GROUP) : undefined;
    if (largest) {
      const group = balance.declared.groups.find(x => x.id === largest.key);
      majority = {
        group: group && groupAsLabel(group, data.parties, FALLBACK_COLOUR), councilMembers: balance.councilByGroup.get(largest.key) ?? 0,
        membership: balance.membership, entitled: body?.seats.get(largest.key) ?? 0
      };
    }
  } else {
    const councilByParty = new Map<number | undefined, number>();
    for (const m of council) councilByParty.set(m.partyId, (councilByParty.get(m.partyId) ?? 0) + 1);
    const held = new Map<number | undefined, number>();
    for (const seat of voting) held.set(seat.party?.id, (held.get(seat.party?.id) ?? 0) + 1);
    rows = Array.from(held.keys()).map(partyId => ({
      key: partyId === undefined ? 'none' : `party-${partyId}`,
      party: partyId === undefined ? undefined : parties.get(partyId),
      seats: held.get(partyId) ?? 0,
      committeeShare: share(held.get(partyId) ?? 0, votingSeats),
      councilShare: share(councilByParty.get(partyId) ?? 0, council.length),
      entitled: 0
    }));
  }
  rows.sort((a, b) => b.seats - a.seats || b.entitled - a.entitled
    || (a.party?.name ?? '~').localeCompare(b.party?.name ?? '~', 'en-GB'));
  return {
    committee, seats, balance: rows, votingSeats, vacantSeats: votingSeats - voting.length,
    balanceApplies: balance !== undefined, departures, ...(majority ? { majority } : {})
  };
}
