import {
  buildDirectoryIndex, buildRefiners, filterMembers, hasRefinements, matchReasons, normaliseSearchText, sortMembers,
  type IMemberEntry, type Refinements
} from '../../../src/domain/members';
import { sampleDirectory, TODAY } from './sampleDirectory';

const current = (): IMemberEntry[] => buildDirectoryIndex(sampleDirectory(), { today: TODAY, includeFormer: false });
const names = (entries: IMemberEntry[]): string[] => entries.map(e => e.member.fullName).sort();
const search = (query: string, refinements: Refinements = {}): string[] => names(filterMembers(current(), query, refinements));

describe('searching for a councillor', () => {
  it('finds Zoë when searching "zoe", and "ZOË" too', () => {
    expect(search('zoe')).toEqual(['Zoë Hart']);
    expect(search('ZOË')).toEqual(['Zoë Hart']);
  });

  it("finds O'Neill whether typed O'Neill, O’Neill or ONeill", () => {
    for (const q of ["O'Neill", 'O\u2019Neill', 'oneill', 'ONEILL']) expect(search(q)).toEqual(["Sean O'Neill"]);
  });

  it('finds Émile Ávila without the accents', () => {
    expect(search('emile avila')).toEqual(['Émile Ávila']);
  });

  it('searches ward, party, cabinet role, portfolio, committees, responsibilities, appointments and skills', () => {
    expect(search('castle')).toEqual(['Priya Shah', "Sean O'Neill"]);
    expect(search('liberal')).toEqual(['Émile Ávila']);
    expect(search('cabinet member for housing')).toEqual(['Zoë Hart']);
    expect(search('homelessness')).toEqual(['Zoë Hart']);
    expect(search('climate working')).toEqual(['Émile Ávila']);
    expect(search('deputy leader')).toEqual(['Zoë Hart']);
    expect(search('climate champion')).toEqual(['Priya Shah']);
    expect(search('northshire')).toEqual(["Sean O'Neill"]);
    expect(search('parish')).toEqual(['Priya Shah']);
    expect(search('digital')).toEqual(['Priya Shah']);
  });

  it('needs every word to match, so adding a word narrows the results', () => {
    expect(search('finance')).toEqual(['Ann Jones', "Sean O'Neill"]);
    expect(search('finance castle')).toEqual(["Sean O'Neill"]);
  });

  it('matches the start of words, so "art" finds Arts and culture but not every Party', () => {
    expect(search('art')).toEqual(['Émile Ávila']);
  });

  it('ignores ended appointments and committee seats, and former members', () => {
    expect(search('riverside housing trust')).toEqual([]);
    expect(search('audit')).toEqual([]);
    expect(search('baker')).toEqual([]);
  });

  it('shows former members and ended records when asked', () => {
    const all = buildDirectoryIndex(sampleDirectory(), { today: TODAY, includeFormer: true });
    expect(names(filterMembers(all, 'baker', {}))).toEqual(['Tom Baker']);
    expect(names(filterMembers(all, 'audit', {}))).toEqual(['Priya Shah']);
    expect(all.find(e => e.member.id === 5)?.isCurrent).toBe(false);
  });

  it('treats a blank search as everyone current', () => {
    expect(search('   ')).toHaveLength(5);
  });

  it('folds text the same way for names and queries', () => {
    expect(normaliseSearchText('  Zoë  O’Neill-Smith ')).toBe('zoe oneill smith');
    expect(normaliseSearchText('Søren Łukasz')).toBe('soren lukasz');
  });
});

describe('refining the directory', () => {
  it('narrows to a ward and shows how many members each ward has', () => {
    expect(search('', { ward: ['2'] })).toEqual(['Priya Shah', "Sean O'Neill"]);
    const ward = buildRefiners(current(), '', {}, ['ward'])[0];
    expect(ward.options.map(o => [o.label, o.count])).toEqual([['Abbey', 1], ['Castle', 2], ['Riverside', 2]]);
  });

  it('adds members when a second value of the same refiner is chosen', () => {
    expect(search('', { ward: ['1', '3'] })).toEqual(['Ann Jones', 'Zoë Hart', 'Émile Ávila']);
  });

  it('combines refiners: Conservatives in Castle ward', () => {
    expect(search('', { ward: ['2'], party: ['2'] })).toEqual(["Sean O'Neill"]);
  });

  it('counts each refiner against the search and the other refiners, not itself', () => {
    const [ward, party] = buildRefiners(current(), '', { party: ['1'] }, ['ward', 'party']);
    expect(ward.options.map(o => [o.label, o.count])).toEqual([['Abbey', 1], ['Castle', 1]]);
    expect(party.options.find(o => o.value === '2')?.count).toBe(2);
    expect(party.options.find(o => o.value === '1')?.selected).toBe(true);
  });

  it('finds chairs and vice-chairs of current committees only', () => {
    expect(search('', { committeeRole: ['Chair'] })).toEqual(["Sean O'Neill"]);
    expect(search('', { committeeRole: ['Chair', 'Vice-Chair'] })).toEqual(['Priya Shah', "Sean O'Neill"]);
  });

  it('finds cabinet members from a cabinet role or a Cabinet seat', () => {
    expect(search('', { cabinet: ['yes'] })).toEqual(['Zoë Hart']);
    expect(search('', { cabinet: ['no'] })).toHaveLength(4);
  });

  it('refines by committee, outside-appointment type and skill', () => {
    expect(search('', { committee: ['1'] })).toEqual(['Ann Jones', 'Priya Shah', "Sean O'Neill", 'Émile Ávila']);
    expect(search('', { appointmentType: ['County Councillor'] })).toEqual(["Sean O'Neill"]);
    expect(search('', { skill: ['finance'] })).toEqual(['Ann Jones', "Sean O'Neill"]);
  });

  it('treats "Finance" and "finance" as one skill with both members counted', () => {
    const skill = buildRefiners(current(), '', {}, ['skill'])[0];
    expect(skill.options[0]).toMatchObject({ value: 'finance', count: 2 });
  });

  it('keeps a chosen value listed at zero so it can be cleared', () => {
    const ward = buildRefiners(current(), 'zoe', { ward: ['3'] }, ['ward'])[0];
    expect(ward.options.find(o => o.value === '3')).toMatchObject({ label: 'Riverside', count: 0, selected: true });
  });

  it('leaves out committees that are no longer active', () => {
    const committee = buildRefiners(current(), '', {}, ['committee'])[0];
    expect(committee.options.map(o => o.label)).not.toContain('Play Areas Task and Finish Group');
  });

  it('knows when any refiner is set, so "Clear filters" can show', () => {
    expect(hasRefinements({})).toBe(false);
    expect(hasRefinements({ ward: [] })).toBe(false);
    expect(hasRefinements({ skill: ['law'] })).toBe(true);
  });
});

/** Priya Shah also holds the planning portfolio, so "planning" finds a portfolio holder and a committee. */
function withPlanningPortfolio(): IMemberEntry[] {
  const data = sampleDirectory();
  data.members = data.members.map(m => (m.id === 3 ? { ...m, cabinetRole: 'Cabinet Member for Planning', portfolio: 'Planning and Regeneration' } : m));
  data.memberships.push({ id: 20, memberId: 3, committeeId: 3, role: 'Member' });
  data.appointments.push({ id: 20, memberId: 6, organisation: 'Riverside Academy Trust', type: 'Council-appointed', role: 'Governor' });
  return buildDirectoryIndex(data, { today: TODAY, includeFormer: false });
}

describe('ranking a search and saying why each councillor matched', () => {
  const ranked = (query: string): string[] => sortMembers(filterMembers(withPlanningPortfolio(), query, {}), 'relevance', query)
    .map(e => e.member.fullName);

  it('puts the planning portfolio holder first for "planning", then the committee\u2019s chair, then its members A–Z', () => {
    expect(ranked('planning')).toEqual(['Priya Shah', "Sean O'Neill", 'Émile Ávila', 'Ann Jones']);
    // Sorted by surname, the same councillors come A–Z.
    expect(sortMembers(filterMembers(withPlanningPortfolio(), 'planning', {}), 'surname').map(e => e.member.surname))
      .toEqual(['Ávila', 'Jones', "O'Neill", 'Shah']);
  });

  it('ranks by surname when nothing is typed', () => {
    expect(ranked('')).toEqual(['Émile Ávila', 'Zoë Hart', 'Ann Jones', "Sean O'Neill", 'Priya Shah']);
  });

  it('names the outside appointment that matched, and nothing when the name did', () => {
    const ann = withPlanningPortfolio().find(e => e.member.id === 6)!;
    expect(matchReasons(ann, 'riverside academy')).toEqual([{ kind: 'appointment', text: 'Riverside Academy Trust' }]);
    expect(matchReasons(ann, 'ann')).toEqual([]);
    expect(matchReasons(ann, '')).toEqual([]);
  });

  it('gives the portfolio, not the ward, when both hold the word', () => {
    const priya = withPlanningPortfolio().find(e => e.member.id === 3)!;
    expect(matchReasons(priya, 'planning')[0]).toEqual({ kind: 'cabinetRole', text: 'Cabinet Member for Planning' });
    expect(matchReasons(priya, 'castle')).toEqual([{ kind: 'ward', text: 'Castle' }]);
  });

  it('says which committee a chair chairs', () => {
    const sean = withPlanningPortfolio().find(e => e.member.id === 2)!;
    expect(matchReasons(sean, 'planning')).toEqual([{ kind: 'committee', text: 'Planning Committee (Chair)' }]);
  });
});
