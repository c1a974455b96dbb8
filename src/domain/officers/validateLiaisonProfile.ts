import { splitIntoParts } from '../members/selfDescriptionParts';

/**
 * Limits on what a liaison officer writes about themselves. The list holds the profile in
 * four single lines of 255 characters and the availability note in one, because SharePoint
 * enforces a single line's length on every write and no length on multi-line text.
 */
export const LIAISON_PROFILE_LIMITS = {
  partLength: 255,
  profileParts: 4,
  /** Within the four parts (1,020), leaving room so a surrogate pair never needs a fifth. */
  profileMaxLength: 1000,
  availabilityMaxLength: 255
} as const;

export interface ILiaisonProfileChanges {
  profile: string;
  availability: string;
}

export type LiaisonTextProblem = 'tooLong' | 'invalidCharacters';

export interface ILiaisonProfileValidation {
  valid: boolean;
  profileProblem?: LiaisonTextProblem;
  availabilityProblem?: LiaisonTextProblem;
  /** Trimmed; the availability note on one line. */
  cleaned: ILiaisonProfileChanges;
  /** The profile as the list stores it, when valid. */
  profileParts: string[];
}

// Control characters (other than line breaks and tabs) are never typed on purpose.
function hasControlCharacters(text: string, allowLineBreaks: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const lineBreak = code === 9 || code === 10 || code === 13;
    if ((code < 32 && !(allowLineBreaks && lineBreak)) || code === 127) return true;
  }
  return false;
}

/** Checks an officer's own edits; nothing is saved unless `valid`. */
export function validateLiaisonProfile(changes: ILiaisonProfileChanges): ILiaisonProfileValidation {
  const profile = changes.profile.replace(/\r\n/g, '\n').trim();
  const availability = changes.availability.replace(/\s+/g, ' ').trim();
  const profileProblem: LiaisonTextProblem | undefined = hasControlCharacters(profile, true) ? 'invalidCharacters'
    : profile.length > LIAISON_PROFILE_LIMITS.profileMaxLength ? 'tooLong' : undefined;
  const availabilityProblem: LiaisonTextProblem | undefined = hasControlCharacters(availability, false) ? 'invalidCharacters'
    : availability.length > LIAISON_PROFILE_LIMITS.availabilityMaxLength ? 'tooLong' : undefined;
  const parts = profileProblem ? undefined
    : splitIntoParts(profile, LIAISON_PROFILE_LIMITS.partLength, LIAISON_PROFILE_LIMITS.profileParts);
  return {
    valid: !profileProblem && !availabilityProblem && parts !== undefined,
    profileProblem: profileProblem ?? (parts === undefined && !profileProblem ? 'tooLong' : undefined),
    availabilityProblem,
    cleaned: { profile, availability },
    profileParts: parts ?? []
  };
}
