import { normaliseSearchText } from '../shared/normaliseSearchText';
import { SELF_DESCRIPTION_STORAGE, SKILLS_CAPACITY, skillsToText } from './selfDescriptionParts';
import type { IOwnProfileChanges } from './types';

/**
 * Limits on what a member writes about themselves. The biography limit (2,000
 * characters, about 300 words) keeps profiles readable on a card-sized panel; skills are
 * short labels that double as refiner values.
 */
export const PROFILE_LIMITS = {
  skillMinLength: 2,
  skillMaxLength: 60,
  maxSkills: 20,
  /** Within the eight 255-character parts the list stores (2,040). */
  biographyMaxLength: 2000,
  /** The list's single-line maximum. */
  contactPreferenceMaxLength: SELF_DESCRIPTION_STORAGE.partLength,
  /** The list's column length for a phone number. */
  phoneMaxLength: 40
} as const;

export type SkillProblem = 'tooShort' | 'tooLong' | 'duplicate' | 'tooMany' | 'invalidCharacters' | 'noRoom';
export type BiographyProblem = 'tooLong' | 'invalidCharacters';
export type ContactProblem = 'tooLong' | 'invalidCharacters';
export type PhoneProblem = 'missing' | 'invalid';

export interface IProfileValidation {
  valid: boolean;
  /** Problems by skill index, for messages beside each skill. */
  skillProblems: Array<{ index: number; problem: SkillProblem }>;
  biographyProblem?: BiographyProblem;
  contactPreferenceProblem?: ContactProblem;
  mobileProblem?: PhoneProblem;
  homePhoneProblem?: PhoneProblem;
  /** The changes to save: trimmed, inner whitespace collapsed. */
  cleaned: IOwnProfileChanges;
}

// Control characters (other than line breaks and tabs in a biography) are never typed on
// purpose and break SharePoint's XML-backed note fields.
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127) return true;
  }
  return false;
}

export function cleanSkill(skill: string): string {
  return skill.replace(/\s+/g, ' ').trim();
}

/** Why a skill cannot be added to those already listed, or undefined when it can. */
export function checkNewSkill(skill: string, existing: readonly string[]): SkillProblem | undefined {
  const cleaned = cleanSkill(skill);
  if (hasControlCharacters(cleaned)) return 'invalidCharacters';
  // ';' separates skills where the list stores them.
  if (hasControlCharacters(cleaned) || cleaned.includes(';')) return 'invalidCharacters';
  if (cleaned.length < PROFILE_LIMITS.skillMinLength) return 'tooShort';
  if (cleaned.length > PROFILE_LIMITS.skillMaxLength) return 'tooLong';
  const folded = normaliseSearchText(cleaned);
  if (existing.some(s => normaliseSearchText(s) === folded)) return 'duplicate';
  if (existing.length >= PROFILE_LIMITS.maxSkills) return 'tooMany';
  if (skillsToText([...existing, cleaned]).length > SKILLS_CAPACITY) return 'noRoom';
  return undefined;
}

/** A phone number as people write it: digits, spaces, +, brackets and hyphens, 6–15 digits. */
function phoneProblem(share: boolean, number: string): PhoneProblem | undefined {
  if (!share) return undefined;
  if (!number) return 'missing';
  const digits = number.replace(/\D/g, '').length;
  if (number.length > PROFILE_LIMITS.phoneMaxLength || !/^\+?[\d ()-]+$/.test(number) || digits < 6 || digits > 15) return 'invalid';
  return undefined;
}

/** Checks a member's own edits; nothing is saved unless `valid`. */
export function validateOwnProfile(changes: IOwnProfileChanges): IProfileValidation {
  const skills = changes.skills.map(cleanSkill);
  const skillProblems: IProfileValidation['skillProblems'] = [];
  skills.forEach((skill, index) => {
    const problem = checkNewSkill(skill, skills.slice(0, index));
    if (problem) skillProblems.push({ index, problem });
  });
  const biography = changes.biography.replace(/\r\n/g, '\n').trim();
  const biographyProblem: BiographyProblem | undefined = hasControlCharacters(biography)
    ? 'invalidCharacters'
    : biography.length > PROFILE_LIMITS.biographyMaxLength ? 'tooLong' : undefined;
  const contactPreference = changes.contactPreference.replace(/\s+/g, ' ').trim();
  const contactPreferenceProblem: ContactProblem | undefined = hasControlCharacters(contactPreference) ? 'invalidCharacters'
    : contactPreference.length > PROFILE_LIMITS.contactPreferenceMaxLength ? 'tooLong' : undefined;
  // A number the member does not share is not stored at all: the list is readable by every hub user.
  const mobile = changes.shareMobile ? changes.mobile.trim() : '';
  const homePhone = changes.shareHomePhone ? changes.homePhone.trim() : '';
  const mobileProblem = phoneProblem(changes.shareMobile, mobile);
  const homePhoneProblem = phoneProblem(changes.shareHomePhone, homePhone);
  return {
    valid: skillProblems.length === 0 && !biographyProblem && !contactPreferenceProblem && !mobileProblem && !homePhoneProblem,
    skillProblems,
    biographyProblem,
    contactPreferenceProblem,
    mobileProblem,
    homePhoneProblem,
    cleaned: {
      skills, biography, contactPreference,
      shareMobile: changes.shareMobile, mobile, shareHomePhone: changes.shareHomePhone, homePhone
    }
  };
}
