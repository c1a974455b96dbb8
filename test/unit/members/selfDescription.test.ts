import { members, memberSelfDescriptions } from '../../../src/schema/lists';
import {
  BIOGRAPHY_CAPACITY, joinParts, PROFILE_LIMITS, SELF_DESCRIPTION_STORAGE, skillsFromText, skillsToText, splitIntoParts
} from '../../../src/domain/members';

describe('the self-description list bounds everything a member can write', () => {
  it('holds only single lines of text (SharePoint refuses one over its maximum), yes/no and a lookup: no multi-line text', () => {
    for (const field of memberSelfDescriptions.fields) {
      const bounded = (field.kind === 'text' && (field.maxLength ?? 255) <= 255) || field.kind === 'boolean' || field.kind === 'lookup';
      expect(`${field.name}: ${bounded}`).toBe(`${field.name}: true`);
    }
  });

  it('lets members add items and edit only their own; everyone in the hub reads them', () => {
    expect(memberSelfDescriptions.permissions).toMatchObject({
      groups: { 'Hub Members': 'contribute', 'Hub Officers': 'read', 'Hub Directors': 'read', 'Democratic Services': 'maintainHubData' },
      readSecurity: 'all', writeSecurity: 'own'
    });
  });

  it('leaves members read-only on their official record', () => {
    expect(members.permissions.groups['Hub Members']).toBe('read');
    expect(members.fields.map(f => f.name)).not.toEqual(expect.arrayContaining(['Biography']));
  });

  it('has room for the longest biography the form accepts', () => {
    expect(BIOGRAPHY_CAPACITY).toBeGreaterThanOrEqual(PROFILE_LIMITS.biographyMaxLength);
    expect(memberSelfDescriptions.fields.filter(f => /^Biography\d$/.test(f.name))).toHaveLength(SELF_DESCRIPTION_STORAGE.biographyParts);
  });
});

describe('text stored in 255-character parts', () => {
  it('splits and joins back exactly, spaces and line breaks included', () => {
    const text = `First paragraph.\n\n${'Second, with words that run on and on. '.repeat(20)}`;
    const parts = splitIntoParts(text, 255, 8)!;
    expect(parts.every(p => p.length <= 255)).toBe(true);
    expect(joinParts([...parts, null, null])).toBe(text);
  });

  it('never cuts an emoji or other character outside the basic plane in half', () => {
    const text = `${'a'.repeat(254)}😀b`;
    const parts = splitIntoParts(text, 255, 8)!;
    expect(parts).toEqual(['a'.repeat(254), '😀b']);
  });

  it('refuses text that needs more parts than the list has', () => {
    expect(splitIntoParts('x'.repeat(255 * 8 + 1), 255, 8)).toBeUndefined();
    expect(splitIntoParts('', 255, 8)).toEqual([]);
  });

  it('stores skills separated by semicolons and reads them back tidied', () => {
    expect(skillsToText(['Law', 'Health and social care'])).toBe('Law; Health and social care');
    expect(skillsFromText(' Law ;; Health  and social care;')).toEqual(['Law', 'Health and social care']);
  });
});
