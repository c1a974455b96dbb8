import {
  checkNewSkill, decodeDirectoryUrl, EMPTY_URL_STATE, encodeDirectoryUrl, PROFILE_LIMITS, SKILLS_CAPACITY, validateOwnProfile,
  type IDirectoryUrlState, type IOwnProfileChanges
} from '../../../src/domain/members';

describe('sharing a filtered view by its URL', () => {
  const state: IDirectoryUrlState = {
    query: "O'Neill", refinements: { ward: ['2', '3'], skill: ['health and social care'], committeeRole: ['Chair'] },
    sort: 'ward', layout: 'list', showFormer: true, memberId: 12, tab: 'members'
  };

  it('round-trips search, refiners, sort, layout, former toggle and the open profile', () => {
    expect(decodeDirectoryUrl(encodeDirectoryUrl(state))).toEqual({ ...state, committeeId: undefined });
  });

  it('writes readable parameters: ?q=…&ward=…&member=…', () => {
    const search = encodeDirectoryUrl({ ...EMPTY_URL_STATE, query: 'zoe', refinements: { ward: ['3'] }, memberId: 7 });
    expect(search).toBe('?q=zoe&ward=3&member=7');
  });

  it('keeps SharePoint\u2019s own query parameters and replaces only ours', () => {
    const search = encodeDirectoryUrl({ ...EMPTY_URL_STATE, query: 'finance' }, '?Mode=Edit&q=old&party=1');
    expect(search).toBe('?Mode=Edit&q=finance');
  });

  it('writes nothing for the default view', () => {
    expect(encodeDirectoryUrl(EMPTY_URL_STATE)).toBe('');
    expect(decodeDirectoryUrl('')).toEqual({ ...EMPTY_URL_STATE, sort: undefined, layout: undefined, memberId: undefined, committeeId: undefined });
  });

  it('opens a profile straight from a deep link ?member=<id>', () => {
    expect(decodeDirectoryUrl('?member=42').memberId).toBe(42);
  });

  it('ignores malformed values rather than failing', () => {
    const decoded = decodeDirectoryUrl('?member=abc&sort=age&layout=grid&showCommittee=-1&tab=x');
    expect(decoded).toMatchObject({ memberId: undefined, sort: undefined, layout: undefined, committeeId: undefined, tab: 'members' });
  });

  it('remembers the committee view and the chosen committee', () => {
    const decoded = decodeDirectoryUrl(encodeDirectoryUrl({ ...EMPTY_URL_STATE, tab: 'committees', committeeId: 4 }));
    expect(decoded).toMatchObject({ tab: 'committees', committeeId: 4 });
  });
});

const NO_CONTACT = { contactPreference: '', shareMobile: false, mobile: '', shareHomePhone: false, homePhone: '' };
const changes = (skills: string[], biography: string): IOwnProfileChanges => ({ skills, biography, ...NO_CONTACT });

describe('a member editing their own skills and biography', () => {
  it('accepts sensible changes and tidies spacing', () => {
    const result = validateOwnProfile(changes(['  Finance ', 'Health  and social care'], ' Lives in Abbey ward.\r\n'));
    expect(result.valid).toBe(true);
    expect(result.cleaned).toEqual({ skills: ['Finance', 'Health and social care'], biography: 'Lives in Abbey ward.', ...NO_CONTACT });
  });

  it(`refuses a biography over ${PROFILE_LIMITS.biographyMaxLength} characters`, () => {
    const result = validateOwnProfile(changes([], 'x'.repeat(PROFILE_LIMITS.biographyMaxLength + 1)));
    expect(result).toMatchObject({ valid: false, biographyProblem: 'tooLong' });
    expect(validateOwnProfile(changes([], 'x'.repeat(PROFILE_LIMITS.biographyMaxLength))).valid).toBe(true);
  });

  it('refuses a skill that is too short, too long, or repeated in another case or accent', () => {
    const result = validateOwnProfile(changes(['Law', 'x', 'y'.repeat(61), 'LAW', 'Café', 'cafe'], ''));
    expect(result.valid).toBe(false);
    expect(result.skillProblems).toEqual([
      { index: 1, problem: 'tooShort' }, { index: 2, problem: 'tooLong' },
      { index: 3, problem: 'duplicate' }, { index: 5, problem: 'duplicate' }
    ]);
  });

  it(`stops at ${PROFILE_LIMITS.maxSkills} skills`, () => {
    const existing = Array.from({ length: PROFILE_LIMITS.maxSkills }, (_, i) => `Skill ${i}`);
    expect(checkNewSkill('One more', existing)).toBe('tooMany');
    expect(checkNewSkill('One more', existing.slice(1))).toBeUndefined();
  });

  it('refuses a semicolon in a skill, since skills are stored separated by semicolons', () => {
    expect(checkNewSkill('Law; Finance', [])).toBe('invalidCharacters');
  });

  it(`stops adding skills once together they would not fit the list’s ${SKILLS_CAPACITY} characters`, () => {
    const long = Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(65 + i)} ${'x'.repeat(52)}`);
    expect(checkNewSkill('Z '.padEnd(40, 'z'), long)).toBe('noRoom');
    expect(checkNewSkill('Zoology', long.slice(1))).toBeUndefined();
  });

  it('stores a personal number only when the member shares it, and then insists on a real number', () => {
    const unshared = validateOwnProfile({ ...changes([], ''), shareMobile: false, mobile: '07700 900123' });
    expect(unshared).toMatchObject({ valid: true, cleaned: { mobile: '' } });
    expect(validateOwnProfile({ ...changes([], ''), shareMobile: true, mobile: '' }).mobileProblem).toBe('missing');
    expect(validateOwnProfile({ ...changes([], ''), shareHomePhone: true, homePhone: 'call me?cc=x' }).homePhoneProblem).toBe('invalid');
    expect(validateOwnProfile({ ...changes([], ''), shareMobile: true, mobile: '+44 7700 900123' })).toMatchObject({
      valid: true, cleaned: { shareMobile: true, mobile: '+44 7700 900123' }
    });
  });

  it('refuses a contact preference longer than the list’s 255 characters', () => {
    expect(validateOwnProfile({ ...changes([], ''), contactPreference: 'x'.repeat(256) }).contactPreferenceProblem).toBe('tooLong');
  });

  it('refuses control characters that SharePoint would reject', () => {
    expect(validateOwnProfile(changes(['Fin\u0007ance'], '')).skillProblems[0].problem).toBe('invalidCharacters');
    expect(validateOwnProfile(changes([], 'a\u0000b')).biographyProblem).toBe('invalidCharacters');
  });
});
