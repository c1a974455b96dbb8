import {
  buildDirectoryIndex, cabinetRoleWithoutSeat, committeeMakeup, isProportionate, countToShowLetter, groupMembers, groupSeatsByType,
  declaredGroups, initialsOf, lettersInUse, politicalBalanceApplies, proportionalSeats, sortMembers, type IMemberEntry
} from '../../../src/domain/members';
import { sampleDirectory, TODAY, withMajorityGroup } from './sampleDirectory';

const entries = (includeFormer = false): IMemberEntry[] =>
  buildDirectoryIndex(sampleDirectory(), { today: TODAY, includeFormer });
const surnames = (list: IMemberEntry[]): string[] => list.map(e => e.member.surname);

describe('sorting and A–Z', () => {
  it('sorts by surname with accents ignored and apostrophes not counted', () => {
    expect(surnames(sortMembers(entries(), 'surname'))).toEqual(['Ávila', 'Hart', 'Jones', "O'Neill", 'Shah']);
  });

  it('sorts by ward, then surname within a ward', () => {
    expect(sortMembers(entries(), 'ward').map(e => `${e.ward?.name}:${e.member.surname}`))
      .toEqual(['Abbey:Hart', "Castle:O'Neill", 'Castle:Shah', 'Riverside:Ávila', 'Riverside:Jones']);
  });

  it('sorts by party and heads each group with the party name', () => {
    const groups = groupMembers(sortMembers(entries(), 'party'), 'party');
    expect(groups.map(g => [g.label, g.entries.length])).toEqual([['Conservative', 2], ['Labour', 2], ['Liberal Democrats', 1]]);
  });

  it('files Ávila under A and offers only letters that have members', () => {
    const groups = groupMembers(sortMembers(entries(), 'surname'), 'surname');
    expect(groups.map(g => g.key)).toEqual(['A', 'H', 'J', 'O', 'S']);
    const letters = lettersInUse(entries());
    expect(letters.has('A')).toBe(true);
    expect(letters.has('B')).toBe(false);
  });

  it('says how many members must show for a letter to be reached', () => {
    const sorted = sortMembers(entries(), 'surname');
    expect(countToShowLetter(sorted, 'O')).toBe(4);
    expect(countToShowLetter(sorted, 'Q')).toBeUndefined();
  });

  it('puts members with no ward in a final group', () => {
    const data = sampleDirectory();
    data.members[0].wardId = undefined;
    const groups = groupMembers(sortMembers(buildDirectoryIndex(data, { today: TODAY, includeFormer: false }), 'ward'), 'ward');
    expect(groups[groups.length - 1]).toMatchObject({ key: '', label: undefined });
  });
});

describe('a member\u2019s profile', () => {
  it('groups committee seats by type, committees first, with ended seats hidden', () => {
    const priya = entries().find(e => e.member.id === 3)!;
    expect(groupSeatsByType(priya).map(g => [g.type, g.seats.map(s => s.committee.name)]))
      .toEqual([['Committee', ['Planning Committee']]]);
    const priyaAll = entries(true).find(e => e.member.id === 3)!;
    expect(groupSeatsByType(priyaAll)[0].seats.map(s => s.membership.role)).toEqual(['Chair', 'Vice-Chair']);
  });

  it('makes initials from first and last names, accents kept', () => {
    expect(initialsOf("Zoë O'Neill")).toBe('ZO');
    expect(initialsOf('Cllr Émile Ávila')).toBe('ÉÁ');
    expect(initialsOf('Prince')).toBe('P');
    expect(initialsOf('  ')).toBe('?');
  });
});

describe('committee party balance', () => {
  it('lists the Chair first and counts voting seats by political group, substitutes excluded', () => {
    const makeup = committeeMakeup(sampleDirectory(), 1, TODAY)!;
    expect(makeup.seats.map(s => `${s.membership.role}:${s.member.surname}`))
      .toEqual(["Chair:O'Neill", 'Vice-Chair:Shah', 'Member:Jones', 'Substitute:Ávila']);
    expect(makeup.votingSeats).toBe(3);
    expect(makeup.balanceApplies).toBe(true);
    // The one Liberal Democrat declared no group: counted among members in no group.
    expect(makeup.balance.map(b => [b.party?.name, b.seats])).toEqual([['Conservative Group', 2], ['Labour Group', 1], [undefined, 0]]);
  });

  it('shows the seats each group is entitled to, so an over- or under-represented group stands out', () => {
    // Council: Conservative 2, Labour 2, and 1 member in no group, of 5; three voting seats → one each.
    const makeup = committeeMakeup(sampleDirectory(), 1, TODAY)!;
    expect(makeup.balance.map(b => [b.party?.name, b.seats, b.entitled])).toEqual([
      ['Conservative Group', 2, 1], ['Labour Group', 1, 1], [undefined, 0, 1]
    ]);
    expect(isProportionate(makeup.balance)).toBe(false);
    expect(isProportionate(makeup.balance.map(b => ({ ...b, seats: b.entitled })))).toBe(true);
  });

  it('compares each party\u2019s committee share with its share of the council', () => {
    const conservative = committeeMakeup(sampleDirectory(), 1, TODAY)!.balance[0];
    expect(conservative.committeeShare).toBeCloseTo(2 / 3);
    expect(conservative.councilShare).toBeCloseTo(2 / 5);
  });

  it('leaves out former members and ended seats', () => {
    const makeup = committeeMakeup(sampleDirectory(), 1, TODAY)!;
    expect(makeup.seats.map(s => s.member.surname)).not.toContain('Baker');
    expect(committeeMakeup(sampleDirectory(), 2, TODAY)!.seats).toEqual([]);
    expect(committeeMakeup(sampleDirectory(), 99, TODAY)).toBeUndefined();
  });
});

describe('where political balance applies (LGHA 1989 s.15)', () => {
  it('applies to ordinary committees and not to the Cabinet, boards, working parties or task and finish groups, unless recorded', () => {
    expect(politicalBalanceApplies({ type: 'Committee' })).toBe(true);
    for (const type of ['Cabinet', 'Board', 'Working party', 'Task and finish group'] as const) {
      expect(politicalBalanceApplies({ type })).toBe(false);
    }
    expect(politicalBalanceApplies({ type: 'Committee', politicalBalance: false })).toBe(false);
    expect(politicalBalanceApplies({ type: 'Working party', politicalBalance: true })).toBe(true);
  });

  it('gives the Cabinet its party make-up with no verdict on proportion', () => {
    const makeup = committeeMakeup(sampleDirectory(), 3, TODAY)!;
    expect(makeup.balanceApplies).toBe(false);
    expect(makeup.balance.map(b => [b.party?.name, b.seats, b.entitled])).toEqual([['Labour', 1, 0]]);
  });

  it('follows Democratic Services\u2019 decision that a committee is exempt (a Licensing Act 2003 committee)', () => {
    const data = sampleDirectory();
    data.committees[0] = { ...data.committees[0], politicalBalance: false };
    const makeup = committeeMakeup(data, 1, TODAY)!;
    expect(makeup.balanceApplies).toBe(false);
    expect(makeup.balance.map(b => [b.party?.name, b.seats])).toEqual([['Conservative', 2], ['Labour', 1]]);
  });

  it('counts only declared groups of two or more sitting members, each member in the group notified first', () => {
    const data = sampleDirectory();
    const groups = [
      ...data.politicalGroups,
      // Two independents are not a group unless they declare one; a group of one former member has ceased.
      { id: 3, name: 'Baker Group', memberIds: [5], notified: '2024-01-01' },
      { id: 4, name: 'Late Group', memberIds: [3, 4], notified: '2025-01-01' }
    ];
    const declared = declaredGroups(groups, data.members, TODAY);
    expect(declared.groups.map(g => g.name)).toEqual(['Labour Group', 'Conservative Group']);
    expect(Array.from(declared.groupOf.entries()).sort()).toEqual([[1, 1], [2, 2], [3, 1], [6, 2]]);
    expect(declared.listedTwice).toEqual([3]);
  });

  it('gives no verdict on balance where no group is declared (1990 Regulations, reg. 7)', () => {
    const data = { ...sampleDirectory(), politicalGroups: [] };
    expect(committeeMakeup(data, 1, TODAY)!.balanceApplies).toBe(false);
  });

  it('counts a place no one fills as a vacant seat the entitlement still covers', () => {
    const data = sampleDirectory();
    data.committees[0] = { ...data.committees[0], votingSeats: 5 };
    const makeup = committeeMakeup(data, 1, TODAY)!;
    expect([makeup.votingSeats, makeup.vacantSeats]).toEqual([5, 2]);
    expect(makeup.balance.reduce((n, b) => n + b.entitled, 0)).toBe(5);
  });

  it('lists every declared group, one with no seat too, and names the majority group the law gives a majority of seats', () => {
    const data = withMajorityGroup();
    const makeup = committeeMakeup(data, 1, TODAY)!;
    const rows = makeup.balance.map(b => [b.party?.name, b.seats, b.entitled]);
    expect(rows.map(r => r[0])).toEqual(expect.arrayContaining(['Conservative Group', 'Labour Group', 'Green Group', 'Independent Group']));
    // One seat is left once the majority group has its three: one small group is entitled to it, the other to none, and is still listed.
    expect(rows).toContainEqual([expect.stringMatching(/^(Green|Independent) Group$/), 0, 0]);
    // 8 of 15 would round to 2 of 4 seats; s.15(5)(b) gives the majority group a majority: 3.
    expect(makeup.departures).toContain('b');
    expect(makeup.majority).toEqual({ group: expect.objectContaining({ name: 'Conservative Group' }), councilMembers: 8, membership: 15, entitled: 3 });
    expect(committeeMakeup(sampleDirectory(), 1, TODAY)!.majority).toBeUndefined();
  });

  it('never treats members in no group as a majority group', () => {
    // 6 of 10 in no group: seats follow shares, but the block is not owed a majority.
    const seats = proportionalSeats(new Map<number | undefined, number>([[undefined, 6], [1, 2], [2, 2]]), 3, undefined);
    expect(seats.get(undefined)).toBe(2);
    expect(proportionalSeats(new Map([[0, 6], [1, 2], [2, 2]]), 3).get(0)).toBe(2);
    expect(proportionalSeats(new Map([[0, 6], [1, 2], [2, 2]]), 4).get(0)).toBe(3);
    expect(proportionalSeats(new Map<number | undefined, number>([[undefined, 6], [1, 2], [2, 2]]), 4, undefined).get(undefined)).toBe(2);
  });
});

describe('one source of Cabinet membership: a Cabinet seat', () => {
  it('shows a Cabinet role only with a Cabinet seat, and lists a role without a seat for Democratic Services', () => {
    const data = sampleDirectory();
    data.members[2] = { ...data.members[2], cabinetRole: 'Cabinet Member for Fun' };
    const entries = buildDirectoryIndex(data, { today: TODAY, includeFormer: false });
    const zoe = entries.find(e => e.member.id === 1)!;
    const priya = entries.find(e => e.member.id === 3)!;
    expect([zoe.isCabinet, zoe.member.cabinetRole]).toEqual([true, 'Cabinet Member for Housing']);
    expect([priya.isCabinet, priya.member.cabinetRole]).toEqual([false, undefined]);
    expect(cabinetRoleWithoutSeat(data, TODAY).map(m => m.id)).toEqual([3]);
  });

  it('counts a Cabinet seat as Cabinet membership even with no role text', () => {
    const data = sampleDirectory();
    data.members[0] = { ...data.members[0], cabinetRole: undefined };
    expect(buildDirectoryIndex(data, { today: TODAY, includeFormer: false }).find(e => e.member.id === 1)!.isCabinet).toBe(true);
  });
});

describe('privacy of former members (protocol 003)', () => {
  it('keeps name, party, ward, term and past roles, and drops contact details, photo and self-description', () => {
    const data = sampleDirectory();
    data.members[4] = {
      ...data.members[4], email: 'tom.baker@example.gov.uk', phone: '01632 960001', photoUrl: '/_layouts/15/userphoto.aspx?x',
      self: { skills: ['Law'], biography: 'Private things.', sharedMobile: '07700 900001' }
    };
    const tom = buildDirectoryIndex(data, { today: TODAY, includeFormer: true }).find(e => e.member.id === 5)!;
    expect(tom.isCurrent).toBe(false);
    expect(tom.member).toMatchObject({ fullName: 'Tom Baker', partyId: 2, wardId: 1, termEnd: '2024-05-01' });
    expect([tom.member.email, tom.member.phone, tom.member.photoUrl, tom.member.self]).toEqual([undefined, undefined, undefined, undefined]);
    expect(tom.seats.map(s => s.committee.name)).toEqual(['Planning Committee']);
    expect(tom.searchText).not.toContain('law');
  });
});
