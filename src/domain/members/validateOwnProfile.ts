import { normaliseSearchText } from '../shared/normaliseSearchText';
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
  biographyMaxLength: 2000
} as const;

export type SkillProblem = 'tooShort' | 'tooLong' | 'duplicate' | 'tooMany' | 'invalidCharacters';
export type BiographyProblem = 'tooLong' | 'invalidCharacters';

export interface IProfileValidation {
  valid: boolean;
  /** Problems by skill index, for messages beside each skill. */
  skillProblems: Array<{ index: number; problem: SkillProblem }>;
  biographyProblem?: BiographyProblem;
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
  if (cleaned.length < PROFILE_LIMITS.skillMinLength) return 'tooShort';
  if (cleaned.length > PROFILE_LIMITS.skillMaxLength) return 'tooLong';
  const folded = normaliseSearchText(cleaned);
  if (existing.some(s => normaliseSearchText(s) === folded)) return 'duplicate';
  if (existing.length >= PROFILE_LIMITS.maxSkills) return 'tooMany';
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
  return {
    valid: skillProblems.length === 0 && !biographyProblem,
    skillProblems,
    biographyProblem,
    cleaned: { skills, biography }
  };
}
