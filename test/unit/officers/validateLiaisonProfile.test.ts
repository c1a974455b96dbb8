import { liaisonProfiles } from '../../../src/schema/lists';
import { LIAISON_PROFILE_LIMITS, validateLiaisonProfile } from '../../../src/domain/officers/validateLiaisonProfile';

describe('a liaison officer\u2019s own profile', () => {
  it('is stored only in single-line columns SharePoint bounds, writable by officers only on their own items', () => {
    for (const field of liaisonProfiles.fields.filter(f => f.kind !== 'lookup')) {
      expect(field).toMatchObject({ kind: 'text', maxLength: LIAISON_PROFILE_LIMITS.partLength });
    }
    expect(liaisonProfiles.fields.filter(f => /^Profile\d$/.test(f.name))).toHaveLength(LIAISON_PROFILE_LIMITS.profileParts);
    expect(liaisonProfiles.permissions).toMatchObject({
      groups: { 'Hub Members': 'read', 'Hub Officers': 'contribute', 'Hub Directors': 'read', 'Democratic Services': 'maintainHubData' },
      readSecurity: 'all', writeSecurity: 'own'
    });
  });

  it('cleans what is typed and splits the profile into parts that join back to it', () => {
    const profile = 'é'.repeat(600) + '\n' + 'more';
    const result = validateLiaisonProfile({ profile: `  ${profile}  `, availability: '  Away \n Fridays ' });
    expect(result.valid).toBe(true);
    expect(result.cleaned).toEqual({ profile, availability: 'Away Fridays' });
    expect(result.profileParts.join('')).toBe(profile);
    expect(result.profileParts.every(p => p.length <= 255)).toBe(true);
  });

  it('refuses text too long for the list, and control characters', () => {
    expect(validateLiaisonProfile({ profile: 'x'.repeat(1001), availability: '' })).toMatchObject({ valid: false, profileProblem: 'tooLong' });
    expect(validateLiaisonProfile({ profile: '', availability: 'y'.repeat(256) })).toMatchObject({ valid: false, availabilityProblem: 'tooLong' });
    expect(validateLiaisonProfile({ profile: 'bad\u0007', availability: '' })).toMatchObject({ valid: false, profileProblem: 'invalidCharacters' });
    expect(validateLiaisonProfile({ profile: 'x'.repeat(1000), availability: 'y'.repeat(255) }).valid).toBe(true);
  });
});
