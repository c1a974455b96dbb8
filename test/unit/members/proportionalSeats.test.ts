import { proportionalSeats } from '../../../src/domain/members/proportionalSeats';

const council = (entries: Array<[string, number]>): Map<string, number> => new Map(entries);
const asObject = (m: Map<string, number>): Record<string, number> => Object.fromEntries(m.entries());

describe('political balance: seats each group is entitled to on a committee', () => {
  it('shares seats in proportion to the council, largest remainders taking the spare seats', () => {
    // 20 / 12 / 6 / 2 of 40 on a 10-seat committee: exact 5, 3, 1.5, 0.5.
    const seats = proportionalSeats(council([['A', 20], ['B', 12], ['C', 6], ['D', 2]]), 10);
    expect(asObject(seats)).toEqual({ A: 5, B: 3, C: 2, D: 0 });
  });

  it('always fills every seat and never gives a group more than the committee has', () => {
    for (const size of [1, 3, 7, 12, 15]) {
      const seats = proportionalSeats(council([['A', 23], ['B', 10], ['C', 5], ['D', 2], ['E', 1]]), size);
      expect(Array.from(seats.values()).reduce((a, b) => a + b, 0)).toBe(size);
    }
  });

  it('gives a group with a majority of the council a majority of the committee (s.15(5)(b))', () => {
    // 21 of 41 is a bare majority; strict proportion on 8 seats would give it only 4.
    const seats = proportionalSeats(council([['Lab', 21], ['Con', 12], ['LD', 8]]), 8);
    expect(seats.get('Lab')).toBe(5);
    expect(Array.from(seats.values()).reduce((a, b) => a + b, 0)).toBe(8);
  });

  it('breaks an equal remainder in favour of the larger group', () => {
    const seats = proportionalSeats(council([['Small', 1], ['Large', 3]]), 2);
    expect(asObject(seats)).toEqual({ Small: 0, Large: 2 });
  });

  it('ignores groups with no councillors and answers sensibly for an empty council', () => {
    expect(asObject(proportionalSeats(council([['A', 5], ['B', 0]]), 3))).toEqual({ A: 3 });
    expect(proportionalSeats(council([]), 5).size).toBe(0);
  });
});
