/**
 * Political balance as the Local Government and Housing Act 1989 s.15(5) sets it out, for
 * one body. The principles, in the Act's order of priority:
 *  (a) not all the seats on the body go to the same political group;
 *  (b) a group with a majority of the authority's members has a majority of the seats;
 *  (c) subject to (a) and (b), each group's share of all the seats on the ordinary
 *      committees taken together matches its share of the authority (see allocateSeats);
 *  (d) subject to (a)–(c), its share of the seats on each body matches too.
 * s.15(4) asks for these "so far as reasonably practicable": on a one-seat body (a) cannot
 * be met by any allocation, so (b) (or, with no majority group, proportion) decides; on a
 * two-seat body (a) and (b) conflict, and (a) wins, being first in s.15(5) and the rule
 * guidance states without exception ("the sole opposition councillor is entitled to a seat
 * on every committee": Burrell and Hoar, Local Government Lawyer, "Who can show up").
 *
 * Members in no political group (reg. 16 of the Local Government (Committees and Political
 * Groups) Regulations 1990) are passed together under `notAGroup`: they count in the
 * authority's membership, take the seats the groups' shares leave, and are never a
 * majority group. Shares are rounded to the nearest whole seat, the largest fractions
 * settling any seat left over (as councils' own guidance puts it: "rounded up or down to
 * the nearest whole number", Oxfordshire County Council, political balance annex, 2005).
 */

/** Which principle moved a seat away from the nearest whole-seat proportion. */
export type BalanceRule = 'a' | 'b' | 'c';

export interface IBodySeats<K> {
  /** Seats each group (and the `notAGroup` block) holds under (a), (b) and (d). */
  seats: Map<K, number>;
  /** Nearest whole-seat proportion before (a) and (b) are applied: what (d) alone asks. */
  proportionate: Map<K, number>;
  /** Exact proportional share, as a fraction of a seat. */
  exact: Map<K, number>;
  /** The principles that moved seats away from `proportionate`. */
  adjustedBy: BalanceRule[];
}

interface IShare<K> {
  key: K;
  members: number;
  order: number;
  exact: number;
  seats: number;
}

/** Largest remainder: floors, then the spare seats to the largest fractions (ties to the larger group, then the first given). */
export function nearestWholeSeats<K>(council: ReadonlyMap<K, number>, seats: number): Map<K, number> {
  const groups = Array.from(council.entries()).filter(([, n]) => n > 0);
  const total = groups.reduce((sum, [, n]) => sum + n, 0);
  const result = new Map<K, number>(groups.map(([k]) => [k, 0]));
  if (total === 0 || seats <= 0) return result;
  const shares = groups.map(([key, n], order) => ({ key, n, order, exact: (n * seats) / total }));
  let left = seats;
  for (const s of shares) {
    result.set(s.key, Math.floor(s.exact));
    left -= Math.floor(s.exact);
  }
  const byFraction = [...shares].sort((a, b) =>
    (b.exact - Math.floor(b.exact)) - (a.exact - Math.floor(a.exact)) || b.n - a.n || a.order - b.order);
  for (const s of byFraction) {
    if (left === 0) break;
    result.set(s.key, (result.get(s.key) ?? 0) + 1);
    left--;
  }
  return result;
}

/**
 * The group holding a majority of the authority's members, if any (never the ungrouped
 * block). Wrapped, because a key may itself be undefined (the ungrouped block often is).
 */
export function majorityGroup<K>(council: ReadonlyMap<K, number>, notAGroup?: K): { key: K } | undefined {
  const total = Array.from(council.values()).reduce((a, b) => a + b, 0);
  for (const [key, n] of council) if (key !== notAGroup && n * 2 > total) return { key };
  return undefined;
}

/**
 * The fewest and most seats a majority group may hold on a body of `size` under (a) and (b):
 * a bare majority at least, but never every seat where there are two or more ((a) first).
 */
export function majoritySeatRange(size: number): { min: number; max: number } {
  if (size <= 1) return { min: size, max: size };
  return { min: Math.min(Math.floor(size / 2) + 1, size - 1), max: size - 1 };
}

/** Seats on one body under s.15(5)(a), (b) and (d) (see the module comment). */
export function bodySeats<K>(council: ReadonlyMap<K, number>, size: number, notAGroup?: K): IBodySeats<K> {
  const entries = Array.from(council.entries()).filter(([, n]) => n > 0);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  const proportionate = nearestWholeSeats(council, size);
  const exact = new Map<K, number>(entries.map(([k, n]) => [k, total ? (n * size) / total : 0]));
  const shares: IShare<K>[] = entries.map(([key, members], order) => ({
    key, members, order, exact: exact.get(key) ?? 0, seats: proportionate.get(key) ?? 0
  }));
  const adjustedBy: BalanceRule[] = [];
  // Whoever gives up a seat is the one furthest above its exact share: the least harm to (d).
  const donorTo = (taker: IShare<K>): IShare<K> | undefined => shares
    .filter(s => s !== taker && s.seats > 0)
    .sort((a, b) => (b.seats - b.exact) - (a.seats - a.exact) || a.members - b.members || b.order - a.order)[0];

  const majorityKey = majorityGroup(council, notAGroup);
  const majority = majorityKey && shares.find(s => s.key === majorityKey.key);
  if (majority && shares.length > 1) {
    const { min } = majoritySeatRange(size);
    while (majority.seats < min) {
      const donor = donorTo(majority);
      if (!donor) break;
      donor.seats--;
      majority.seats++;
      if (!adjustedBy.includes('b')) adjustedBy.push('b');
    }
  }
  const holder = shares.find(s => s.seats === size && s.key !== notAGroup);
  if (holder && size >= 2 && shares.length > 1) {
    const taker = shares.filter(s => s !== holder).sort((a, b) => b.exact - a.exact || a.order - b.order)[0];
    holder.seats--;
    taker.seats++;
    adjustedBy.push('a');
  }
  return { seats: new Map(shares.map(s => [s.key, s.seats])), proportionate, exact, adjustedBy };
}

/** Seats each group is entitled to on one body under s.15(5)(a), (b) and (d). */
export function proportionalSeats<K>(council: ReadonlyMap<K, number>, committeeSize: number, notAGroup?: K): Map<K, number> {
  return bodySeats(council, committeeSize, notAGroup).seats;
}
