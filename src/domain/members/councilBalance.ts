import { allocateSeats, type ISeatAllocation } from './allocateSeats';
import { isCurrentMember, isHeldOn } from './currentRecords';
import { declaredGroups, type IDeclaredGroups } from './declaredGroups';
import type { ICommittee, IMemberDirectoryData } from './types';

/** The key under which members in no political group are counted (SharePoint ids start at 1). */
export const NOT_IN_A_GROUP = 0;

/**
 * LGHA 1989 s.15 applies to ordinary committees and sub-committees of the council, not to
 * the executive (Cabinet), and usually not to Licensing Act 2003 committees, working
 * parties or task and finish groups. Democratic Services' recorded decision wins;
 * otherwise the type decides.
 */
export function politicalBalanceApplies(committee: Pick<ICommittee, 'type' | 'politicalBalance'>): boolean {
  return committee.politicalBalance ?? committee.type === 'Committee';
}

export interface ICouncilBalance {
  declared: IDeclaredGroups;
  /** Sitting members by group, NOT_IN_A_GROUP for the rest: the authority's membership (Sch. 1 para. 4). */
  councilByGroup: Map<number, number>;
  membership: number;
  /** Active bodies to which balance applies, by name. */
  committees: ICommittee[];
  /** Each body's voting seats: those recorded, else those filled. */
  seatsOf: Map<number, number>;
  /** Voting seats each group holds today, by body. */
  held: Map<number, Map<number, number>>;
  allocation: ISeatAllocation<number, number>;
}

/** Voting seats held today on a body, by the holder's group. */
function heldByGroup(data: IMemberDirectoryData, committeeId: number, today: string, groupOf: Map<number, number>): Map<number, number> {
  const sitting = new Set(data.members.filter(m => isCurrentMember(m, today)).map(m => m.id));
  const held = new Map<number, number>();
  for (const s of data.memberships) {
    if (s.committeeId !== committeeId || s.role === 'Substitute' || !isHeldOn(s, today) || !sitting.has(s.memberId)) continue;
    const g = groupOf.get(s.memberId) ?? NOT_IN_A_GROUP;
    held.set(g, (held.get(g) ?? 0) + 1);
  }
  return held;
}

/**
 * The council's political balance today: declared groups, each balanced body's seats and
 * who holds them, and the allocation (a)–(d) propose. Undefined where no group is declared:
 * members are then not "divided into political groups" and s.15 does not bite (reg. 7).
 */
export function councilBalance(data: IMemberDirectoryData, today: string): ICouncilBalance | undefined {
  const declared = declaredGroups(data.politicalGroups, data.members, today);
  if (declared.groups.length === 0) return undefined;
  const sitting = data.members.filter(m => isCurrentMember(m, today));
  const councilByGroup = new Map<number, number>();
  for (const g of declared.groups) councilByGroup.set(g.id, 0);
  for (const m of sitting) {
    const g = declared.groupOf.get(m.id) ?? NOT_IN_A_GROUP;
    councilByGroup.set(g, (councilByGroup.get(g) ?? 0) + 1);
  }
  const committees = data.committees.filter(c => c.isActive && politicalBalanceApplies(c))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const held = new Map(committees.map(c => [c.id, heldByGroup(data, c.id, today, declared.groupOf)]));
  const filled = (id: number): number => Array.from(held.get(id)?.values() ?? []).reduce((a, b) => a + b, 0);
  const seatsOf = new Map(committees.map(c => [c.id, Math.max(c.votingSeats ?? 0, filled(c.id))]));
  const allocation = allocateSeats(councilByGroup,
    committees.map(c => ({ id: c.id, seats: seatsOf.get(c.id) ?? 0, ordinary: c.type === 'Committee' })), NOT_IN_A_GROUP);
  return { declared, councilByGroup, membership: sitting.length, committees, seatsOf, held, allocation };
}
