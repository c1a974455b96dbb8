import type { IDeparture } from './allocateSeats';
import { councilBalance, NOT_IN_A_GROUP } from './councilBalance';
import { groupAsLabel } from './declaredGroups';
import type { BalanceRule } from './proportionalSeats';
import { isCurrentMember } from './currentRecords';
import type { ICommittee, IMemberDirectoryData, IParty, IWard } from './types';

export interface IAllocationGroup {
  /** NOT_IN_A_GROUP for members in no group. */
  key: number;
  /** The group's name in its party's colours; undefined for members in no group. */
  label?: IParty;
  members: number;
  councilShare: number;
  /** Exact share of all the ordinary committees' seats, before rounding. */
  exactEntitlement: number;
  /** Seats across the ordinary committees under s.15(5)(a)–(c). */
  entitlement: number;
  /** Seats the group holds on the ordinary committees today. */
  held: number;
}

export interface IAllocationCommittee {
  committee: ICommittee;
  /** Counted in (c); otherwise balanced on its own. */
  ordinary: boolean;
  seats: number;
  vacant: number;
  proposed: Map<number, number>;
  held: Map<number, number>;
  /** Where (d) could not be met on this body, and why. */
  departures: IDeparture<number>[];
}

/** The table Democratic Services put in the annual council report (LGHA 1989 s.15(1), (4)). */
export interface IAllocationReport {
  membership: number;
  ordinarySeats: number;
  groups: IAllocationGroup[];
  committees: IAllocationCommittee[];
  /** Principles that moved a group's total from its rounded share: (a) or (b) over (c). */
  entitlementAdjustedBy: BalanceRule[];
  /** Sitting members named in two groups: counted in the group notified first. */
  listedTwice: number[];
  /** Wards with fewer sitting councillors than seats: not in the membership until filled. */
  wardVacancies: IWardVacancy[];
}

export interface IWardVacancy {
  ward: IWard;
  sitting: number;
}

/** Wards with a seat no sitting councillor holds (a resignation awaiting its by-election). */
export function wardVacancies(data: IMemberDirectoryData, today: string): IWardVacancy[] {
  const sitting = new Map<number, number>();
  for (const m of data.members) {
    if (m.wardId !== undefined && isCurrentMember(m, today)) sitting.set(m.wardId, (sitting.get(m.wardId) ?? 0) + 1);
  }
  return data.wards.filter(w => (sitting.get(w.id) ?? 0) < w.seats)
    .map(ward => ({ ward, sitting: sitting.get(ward.id) ?? 0 }))
    .sort((a, b) => a.ward.name.localeCompare(b.ward.name, 'en-GB'));
}

const sum = (values: Iterable<number>): number => Array.from(values).reduce((a, b) => a + b, 0);

/** The allocation of seats today; undefined where no political group is declared. */
export function allocationReport(data: IMemberDirectoryData, today: string, fallbackColour: string): IAllocationReport | undefined {
  const balance = councilBalance(data, today);
  if (!balance) return undefined;
  const { allocation } = balance;
  const committees: IAllocationCommittee[] = balance.committees.map(committee => {
    const body = allocation.bodies.find(b => b.body.id === committee.id)!;
    const held = balance.held.get(committee.id) ?? new Map<number, number>();
    return {
      committee, ordinary: body.body.ordinary, seats: body.body.seats, vacant: body.body.seats - sum(held.values()),
      proposed: body.seats, held, departures: body.departures
    };
  });
  const groups: IAllocationGroup[] = Array.from(balance.councilByGroup.entries()).map(([key, members]) => {
    const group = balance.declared.groups.find(g => g.id === key);
    return {
      key,
      label: group && groupAsLabel(group, data.parties, fallbackColour),
      members,
      councilShare: balance.membership ? members / balance.membership : 0,
      exactEntitlement: allocation.exactEntitlement.get(key) ?? 0,
      entitlement: allocation.entitlement.get(key) ?? 0,
      held: sum(committees.filter(c => c.ordinary).map(c => c.held.get(key) ?? 0))
    };
  });
  groups.sort((a, b) => Number(a.key === NOT_IN_A_GROUP) - Number(b.key === NOT_IN_A_GROUP) || b.members - a.members
    || (a.label?.name ?? '').localeCompare(b.label?.name ?? '', 'en-GB'));
  return {
    membership: balance.membership, ordinarySeats: allocation.ordinarySeats, groups, committees,
    entitlementAdjustedBy: allocation.entitlementAdjustedBy, listedTwice: balance.declared.listedTwice,
    wardVacancies: wardVacancies(data, today)
  };
}

/**
 * RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled. A
 * field a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an
 * apostrophe (OWASP, "CSV Injection"): group and committee names are typed by people.
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  const field = (value: string | number): string => {
    let text = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map(r => r.map(field).join(',')).join('\r\n') + '\r\n';
}
