import { isCurrentMember } from './currentRecords';
import type { IMember, IParty, IPoliticalGroup } from './types';

/** A political group has at least two members; with fewer it ceases (1990 Regulations, reg. 8(1), 8(2)). */
export const MIN_GROUP_SIZE = 2;

export interface IDeclaredGroups {
  /** Groups still constituted: two or more sitting members. */
  groups: IPoliticalGroup[];
  /** Each sitting member's group; members in none are absent. */
  groupOf: Map<number, number>;
  /** Members listed in more than one group: counted in the one notified first. */
  listedTwice: number[];
}

/**
 * Who is in which declared group today. A member may be in one group only (1990
 * Regulations, regs. 7–11); where the list names a member in two, the earlier notice
 * counts and Democratic Services are told. Former members leave their group.
 */
export function declaredGroups(groups: readonly IPoliticalGroup[], members: readonly IMember[], today: string): IDeclaredGroups {
  const sitting = new Set(members.filter(m => isCurrentMember(m, today)).map(m => m.id));
  const byNotice = [...groups].sort((a, b) => (a.notified ?? '9999').localeCompare(b.notified ?? '9999') || a.id - b.id);
  const claimed = new Map<number, number>();
  const listedTwice = new Set<number>();
  for (const group of byNotice) {
    for (const id of group.memberIds) {
      if (!sitting.has(id)) continue;
      if (claimed.has(id)) listedTwice.add(id);
      else claimed.set(id, group.id);
    }
  }
  const size = new Map<number, number>();
  for (const g of claimed.values()) size.set(g, (size.get(g) ?? 0) + 1);
  const constituted = groups.filter(g => (size.get(g.id) ?? 0) >= MIN_GROUP_SIZE);
  const groupOf = new Map(Array.from(claimed.entries()).filter(([, g]) => (size.get(g) ?? 0) >= MIN_GROUP_SIZE));
  return { groups: constituted, groupOf, listedTwice: Array.from(listedTwice) };
}

/** How a group shows: its own name in its party's colours, where it names a party. */
export function groupAsLabel(group: IPoliticalGroup, parties: readonly IParty[], fallbackColour: string): IParty {
  const party = parties.find(p => p.id === group.partyId);
  return { id: group.id, name: group.name, shortName: party?.shortName, colour: party?.colour ?? fallbackColour };
}
