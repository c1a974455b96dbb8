import {
  buildDirectoryIndex, committeeMakeup, isProportionate, countToShowLetter, groupMembers, groupSeatsByType, initialsOf,
  lettersInUse, sortMembers, type IMemberEntry
} from '../../../src/domain/members';
import { sampleDirectory, TODAY } from './sampleDirectory';

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
  it('lists the Chair first and counts voting seats by party, substitutes excluded', () => {
    const makeup = committeeMakeup(sampleDirectory(), 1, TODAY)!;
    expect(makeup.seats.map(s => `${s.membership.role}:${s.member.surname}`))
      .toEqual(["Chair:O'Neill", 'Vice-Chair:Shah', 'Member:Jones', 'Substitute:Ávila']);
    expect(makeup.votingSeats).toBe(3);
    expect(makeup.balance.map(b => [b.party?.name, b.seats])).toEqual([['Conservative', 2], ['Labour', 1], ['Liberal Democrats', 0]]);
  });

  it('shows the seats each group is entitled to, so an over- or under-represented group stands out', () => {
    // Council: Conservative 2, Labour 2, Liberal Democrats 1 of 5; three voting seats → one each.
    const makeup = committeeMakeup(sampleDirectory(), 1, TODAY)!;
    expect(makeup.balance.map(b => [b.party?.name, b.seats, b.entitled])).toEqual([
      ['Conservative', 2, 1], ['Labour', 1, 1], ['Liberal Democrats', 0, 1]
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
