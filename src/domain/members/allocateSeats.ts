import { bodySeats, majorityGroup, majoritySeatRange, nearestWholeSeats, type BalanceRule } from './proportionalSeats';

/**
 * The allocation of seats Democratic Services propose at the annual meeting (LGHA 1989
 * s.15(1)–(5); see proportionalSeats for the principles and rounding). Ordinary committees
 * are balanced together under (c): each group's total across them is its share of the
 * authority rounded to whole seats, raised or lowered only where (a) and (b) on each body
 * make that impossible. Each body then gets the seats (d) alone would give it, and seats are
 * moved between bodies until every group's total is exact, always from the body where the
 * group holds most above its exact share to the one where the receiving group holds most
 * below, so (d) is met as nearly as the totals allow. Other bodies to which balance applies
 * (s.15 applies body by body to sub-committees and advisory bodies) take (a), (b), (d) alone.
 */

export interface IBalancedBody<B> {
  id: B;
  /** Voting seats on the body. */
  seats: number;
  /** An ordinary committee, counted in (c); otherwise balanced on its own. */
  ordinary: boolean;
}

export interface IDeparture<K> {
  group: K;
  proposed: number;
  /** Nearest whole-seat proportion on this body alone. */
  proportionate: number;
  /** Why the proposal differs: (a) or (b) on this body, or (c) the group's total. */
  reasons: BalanceRule[];
}

export interface IBodyAllocation<K, B> {
  body: IBalancedBody<B>;
  seats: Map<K, number>;
  exact: Map<K, number>;
  /** Where (d) could not be met: each group whose seats differ from its proportion of this body. */
  departures: IDeparture<K>[];
}

export interface ISeatAllocation<K, B> {
  /** All the seats on the ordinary committees. */
  ordinarySeats: number;
  /** Each group's seats across the ordinary committees under (a)–(c). */
  entitlement: Map<K, number>;
  /** Each group's exact share of the ordinary committees' seats. */
  exactEntitlement: Map<K, number>;
  /** The principles that moved a group's total away from its rounded share: (a) or (b). */
  entitlementAdjustedBy: BalanceRule[];
  bodies: IBodyAllocation<K, B>[];
}

interface IMove<B> {
  from: number;
  to: number;
  body: B;
  gain: number;
}

export function allocateSeats<K, B>(
  council: ReadonlyMap<K, number>, bodies: readonly IBalancedBody<B>[], notAGroup?: K
): ISeatAllocation<K, B> {
  const keys = Array.from(council.entries()).filter(([, n]) => n > 0).map(([k]) => k);
  const members = keys.map(k => council.get(k) ?? 0);
  const total = members.reduce((a, b) => a + b, 0);
  const ordinary = bodies.filter(b => b.ordinary && b.seats > 0);
  const ordinarySeats = ordinary.reduce((sum, b) => sum + b.seats, 0);
  const exactTotal = keys.map((_, g) => (total ? (members[g] * ordinarySeats) / total : 0));

  const rounded = nearestWholeSeats(council, ordinarySeats);
  const target = keys.map(k => rounded.get(k) ?? 0);
  const entitlementAdjustedBy: BalanceRule[] = [];
  const majorityKey = majorityGroup(council, notAGroup);
  const ungrouped = keys.indexOf(notAGroup as K);
  const m = majorityKey ? keys.indexOf(majorityKey.key) : -1;
  if (m >= 0 && keys.length > 1) {
    // (b) on every body sets a floor on the majority group's total, (a) a ceiling; both come before (c).
    const floor = ordinary.reduce((sum, b) => sum + majoritySeatRange(b.seats).min, 0);
    const ceiling = ordinary.reduce((sum, b) => sum + majoritySeatRange(b.seats).max, 0);
    while (target[m] < floor) {
      const donor = argMax(keys.map((_, g) => (g !== m && target[g] > 0 ? target[g] - exactTotal[g] : -Infinity)));
      target[donor]--;
      target[m]++;
      if (!entitlementAdjustedBy.includes('b')) entitlementAdjustedBy.push('b');
    }
    while (target[m] > ceiling) {
      const taker = argMax(keys.map((_, g) => (g !== m ? exactTotal[g] - target[g] : -Infinity)));
      target[taker]++;
      target[m]--;
      if (!entitlementAdjustedBy.includes('a')) entitlementAdjustedBy.push('a');
    }
  }

  const perBody = bodies.map(body => {
    const alone = bodySeats(council, body.seats, notAGroup);
    return { body, alone, x: keys.map(k => alone.seats.get(k) ?? 0), exact: keys.map(k => alone.exact.get(k) ?? 0) };
  });
  const ordinaryRows = perBody.filter(p => p.body.ordinary && p.body.seats > 0);
  const heldTotal = (g: number): number => ordinaryRows.reduce((sum, p) => sum + p.x[g], 0);

  const movesFrom = (g: number): IMove<number>[] => {
    const moves: IMove<number>[] = [];
    ordinaryRows.forEach((p, i) => {
      if (p.x[g] === 0) return;
      const range = majoritySeatRange(p.body.seats);
      if (g === m && p.x[g] - 1 < range.min) return;
      keys.forEach((_, h) => {
        if (h === g) return;
        if (h === m && p.x[h] + 1 > range.max) return;
        // (a): the receiving group must not end up with every seat (a one-seat body cannot meet (a) anyway).
        if (p.body.seats >= 2 && p.x[h] + 1 === p.body.seats && h !== ungrouped) return;
        moves.push({ from: g, to: h, body: i, gain: (p.x[g] - p.exact[g]) + (p.exact[h] - p.x[h]) });
      });
    });
    return moves;
  };
  const apply = (move: IMove<number>): void => {
    ordinaryRows[move.body].x[move.from]--;
    ordinaryRows[move.body].x[move.to]++;
  };

  // Each pass moves one seat from a group above its total towards one below it, directly if it
  // can, else through a third group; the surplus shrinks every pass, so this ends.
  for (let guard = ordinarySeats * keys.length + 1; guard > 0; guard--) {
    const surplus = keys.map((_, g) => heldTotal(g) - target[g]);
    const over = keys.map((_, g) => g).filter(g => surplus[g] > 0);
    if (over.length === 0) break;
    const direct = over.flatMap(movesFrom).filter(mv => surplus[mv.to] < 0).sort(byGain)[0];
    if (direct) {
      apply(direct);
      continue;
    }
    const twoStep = twoStepMove(over, movesFrom, surplus, apply);
    if (!twoStep) break;
  }

  const allocations: IBodyAllocation<K, B>[] = perBody.map(p => {
    const departures: IDeparture<K>[] = [];
    keys.forEach((key, g) => {
      const proportionate = p.alone.proportionate.get(key) ?? 0;
      if (p.x[g] === proportionate) return;
      const reasons: BalanceRule[] = [...p.alone.adjustedBy];
      if (p.x[g] !== (p.alone.seats.get(key) ?? 0)) reasons.push('c');
      departures.push({ group: key, proposed: p.x[g], proportionate, reasons });
    });
    return {
      body: p.body,
      seats: new Map(keys.map((k, g) => [k, p.x[g]])),
      exact: new Map(keys.map((k, g) => [k, p.exact[g]])),
      departures
    };
  });
  return {
    ordinarySeats,
    entitlement: new Map(keys.map((k, g) => [k, target[g]])),
    exactEntitlement: new Map(keys.map((k, g) => [k, exactTotal[g]])),
    entitlementAdjustedBy,
    bodies: allocations
  };
}

function byGain(a: IMove<number>, b: IMove<number>): number {
  return b.gain - a.gain || a.body - b.body || a.from - b.from || a.to - b.to;
}

function argMax(values: number[]): number {
  let best = 0;
  values.forEach((v, i) => {
    if (v > values[best]) best = i;
  });
  return best;
}

/** g → k on one body, then k → h on another, where g is over its total and h under. */
function twoStepMove(
  over: number[], movesFrom: (g: number) => IMove<number>[], surplus: number[], apply: (m: IMove<number>) => void
): boolean {
  for (const first of over.flatMap(movesFrom).sort(byGain)) {
    apply(first);
    const second = movesFrom(first.to).filter(mv => surplus[mv.to] < 0 && mv.to !== first.from).sort(byGain)[0];
    if (second) {
      apply(second);
      return true;
    }
    apply({ from: first.to, to: first.from, body: first.body, gain: 0 });
  }
  return false;
}
