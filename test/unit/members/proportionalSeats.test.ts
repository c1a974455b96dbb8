import { allocateSeats, type IBalancedBody } from '../../../src/domain/members/allocateSeats';
import { majoritySeatRange, proportionalSeats } from '../../../src/domain/members/proportionalSeats';
import { createSeededRandom } from '../../../tools/seed/seededRandom';

const council = (entries: Array<[string, number]>): Map<string, number> => new Map(entries);
const asObject = (m: Map<string, number>): Record<string, number> => Object.fromEntries(m.entries());
const sum = (m: Map<unknown, number>): number => Array.from(m.values()).reduce((a, b) => a + b, 0);

describe('political balance on one body (LGHA 1989 s.15(5)(a), (b), (d))', () => {
  it('shares seats in proportion to the council, largest remainders taking the spare seats', () => {
    // 20 / 12 / 6 / 2 of 40 on a 10-seat committee: exact 5, 3, 1.5, 0.5.
    const seats = proportionalSeats(council([['A', 20], ['B', 12], ['C', 6], ['D', 2]]), 10);
    expect(asObject(seats)).toEqual({ A: 5, B: 3, C: 2, D: 0 });
  });

  it('always fills every seat and never gives a group more than the committee has', () => {
    for (const size of [1, 3, 7, 12, 15]) {
      const seats = proportionalSeats(council([['A', 23], ['B', 10], ['C', 5], ['D', 2], ['E', 1]]), size);
      expect(sum(seats)).toBe(size);
    }
  });

  it('gives the majority group its majority from the group furthest above its share (Lab 21, Con 12, LD 8 on 8 seats)', () => {
    // Exact 4.10 / 2.34 / 1.56: proportion gives 4 / 2 / 2; (b) needs Labour 5, and the Liberal
    // Democrats' second seat is the one furthest above an exact share.
    const seats = proportionalSeats(council([['Lab', 21], ['Con', 12], ['LD', 8]]), 8);
    expect(asObject(seats)).toEqual({ Lab: 5, Con: 2, LD: 1 });
  });

  it('never takes a seat a group holds by full quota to make a majority (the sample Planning Committee)', () => {
    // 22 of 41 is a majority; Labour's 5 councillors are 1.46 seats of 12 and keep one.
    const seats = proportionalSeats(council([['Con', 22], ['LD', 7], ['Lab', 5], ['Green', 3], ['Ind', 2], ['none', 2]]), 12, 'none');
    expect(seats.get('Con')).toBe(7);
    expect(seats.get('Lab')).toBe(1);
    expect(sum(seats)).toBe(12);
  });

  it('does not give every seat to one group: 40 and 5 on a 3-seat committee is 2 / 1 (s.15(5)(a))', () => {
    expect(asObject(proportionalSeats(council([['Big', 40], ['Small', 5]]), 3))).toEqual({ Big: 2, Small: 1 });
  });

  it('puts (a) before (b) on a 2-seat body, and (b) decides a 1-seat body where (a) cannot be met', () => {
    expect(asObject(proportionalSeats(council([['Big', 30], ['Small', 10]]), 2))).toEqual({ Big: 1, Small: 1 });
    expect(asObject(proportionalSeats(council([['Big', 21], ['Small', 20]]), 1))).toEqual({ Big: 1, Small: 0 });
    expect(majoritySeatRange(2)).toEqual({ min: 1, max: 1 });
    expect(majoritySeatRange(7)).toEqual({ min: 4, max: 6 });
  });

  it('breaks an equal remainder in favour of the larger group', () => {
    // Exact 1.5 and 4.5 on 6 seats: one spare seat, an equal fraction each.
    const seats = proportionalSeats(council([['Small', 1], ['Large', 3]]), 6);
    expect(asObject(seats)).toEqual({ Small: 1, Large: 5 });
  });

  it('ignores groups with no councillors and answers sensibly for an empty council', () => {
    expect(asObject(proportionalSeats(council([['A', 5], ['B', 0]]), 3))).toEqual({ A: 3 });
    expect(proportionalSeats(council([]), 5).size).toBe(0);
  });
});

const bodies = (sizes: number[]): IBalancedBody<number>[] => sizes.map((seats, id) => ({ id, seats, ordinary: true }));
const totalFor = (allocation: ReturnType<typeof allocateSeats<string, number>>, group: string): number =>
  allocation.bodies.filter(b => b.body.ordinary).reduce((n, b) => n + (b.seats.get(group) ?? 0), 0);

describe('the allocation of seats across the ordinary committees (s.15(5)(c))', () => {
  it('gives each group its share of all the seats together, rounded to the nearest whole seat', () => {
    // 60 seats; exact 29.27 / 17.56 / 13.17 for 20 / 12 / 9 of 41 (no group has a majority).
    const allocation = allocateSeats(council([['Lab', 20], ['Con', 12], ['LD', 9]]), bodies([12, 12, 12, 8, 8, 8]));
    expect(asObject(allocation.entitlement)).toEqual({ Lab: 29, Con: 18, LD: 13 });
    expect(allocation.entitlementAdjustedBy).toEqual([]);
    for (const g of ['Lab', 'Con', 'LD']) expect(totalFor(allocation, g)).toBe(allocation.entitlement.get(g));
  });

  it('lets (b) override (c): 21 of 41 holds 7 of every 12 and 5 of every 8, more than its 30.7 share of 60', () => {
    const allocation = allocateSeats(council([['Lab', 21], ['Con', 12], ['LD', 8]]), bodies([12, 12, 12, 8, 8, 8]));
    expect(allocation.entitlement.get('Lab')).toBe(36);
    expect(allocation.entitlementAdjustedBy).toEqual(['b']);
  });

  it('raises the majority group\u2019s total where (b) on each body needs more than its share', () => {
    // Three 8-seat bodies: (b) needs 5 each, 15 in all; 21 of 41 of 24 is 12.3.
    const allocation = allocateSeats(council([['Lab', 21], ['Con', 12], ['LD', 8]]), bodies([8, 8, 8]));
    expect(allocation.entitlement.get('Lab')).toBe(15);
    expect(allocation.entitlementAdjustedBy).toEqual(['b']);
    expect(allocation.bodies.every(b => b.seats.get('Lab') === 5)).toBe(true);
  });

  it('says where a body departs from its own proportion, and why', () => {
    // 10 / 10 / 1 of 21 on three 5-seat bodies: exact 7.14 each for A and B, 0.71 for C, so C
    // is owed one seat in all although no body alone would give it one.
    const allocation = allocateSeats(council([['A', 10], ['B', 10], ['C', 1]]), bodies([5, 5, 5]));
    expect(asObject(allocation.entitlement)).toEqual({ A: 7, B: 7, C: 1 });
    const departures = allocation.bodies.flatMap(b => b.departures);
    expect(departures.some(d => d.group === 'C' && d.proposed === 1 && d.proportionate === 0 && d.reasons.includes('c'))).toBe(true);
  });

  it('balances other bodies on their own, outside the ordinary committees\u2019 total', () => {
    const allocation = allocateSeats(council([['A', 30], ['B', 10]]), [
      { id: 1, seats: 10, ordinary: true }, { id: 2, seats: 3, ordinary: false }
    ]);
    expect(allocation.ordinarySeats).toBe(10);
    expect(asObject(allocation.bodies[1].seats)).toEqual({ A: 2, B: 1 });
  });
});

describe('properties over generated councils', () => {
  const random = createSeededRandom('political-balance-properties');
  const cases = Array.from({ length: 300 }, () => {
    const groups = random.int(1, 5);
    const entries: Array<[string, number]> = Array.from({ length: groups }, (_, i) => [`G${i}`, random.int(2, 30)]);
    const ungrouped = random.chance(0.4) ? random.int(1, 4) : 0;
    if (ungrouped) entries.push(['none', ungrouped]);
    const sizes = Array.from({ length: random.int(1, 9) }, () => random.int(1, 15));
    return { entries, sizes };
  });

  it('fills every seat, meets (a) and (b) on every body, and makes each group\u2019s total exact', () => {
    for (const { entries, sizes } of cases) {
      const c = council(entries);
      const allocation = allocateSeats(c, bodies(sizes), 'none');
      const members = entries.reduce((n, [, v]) => n + v, 0);
      const majority = entries.find(([k, n]) => k !== 'none' && n * 2 > members)?.[0];
      for (const b of allocation.bodies) {
        const label = JSON.stringify({ entries, sizes, body: b.body.seats, seats: asObject(b.seats) });
        expect([label, sum(b.seats)]).toEqual([label, b.body.seats]);
        expect([label, Array.from(b.seats.values()).every(n => n >= 0)]).toEqual([label, true]);
        const others = entries.filter(([k]) => k !== 'none').length + (entries.some(([k]) => k === 'none') ? 1 : 0);
        if (b.body.seats >= 2 && others >= 2) {
          const allToOne = Array.from(b.seats.entries()).some(([k, n]) => k !== 'none' && n === b.body.seats);
          expect([label, allToOne]).toEqual([label, false]);
        }
        if (majority) {
          const held = b.seats.get(majority) ?? 0;
          expect([label, held >= majoritySeatRange(b.body.seats).min]).toEqual([label, true]);
        }
      }
      for (const [g] of entries) {
        expect([JSON.stringify({ entries, sizes, g }), totalFor(allocation, g)])
          .toEqual([JSON.stringify({ entries, sizes, g }), allocation.entitlement.get(g)]);
      }
      expect(sum(allocation.entitlement)).toBe(sizes.reduce((a, b) => a + b, 0));
    }
  });

  it('moves a total from its rounded share only where (a) or (b) require it', () => {
    for (const { entries, sizes } of cases) {
      const allocation = allocateSeats(council(entries), bodies(sizes), 'none');
      const moved = entries.some(([g]) => Math.abs((allocation.entitlement.get(g) ?? 0) - (allocation.exactEntitlement.get(g) ?? 0)) >= 1);
      if (moved) expect(allocation.entitlementAdjustedBy.length).toBeGreaterThan(0);
    }
  });
});
