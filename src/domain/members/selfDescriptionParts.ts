/**
 * A member's self-description is stored in single-line text columns, because SharePoint
 * enforces a single line's maximum length (255) on every write but enforces no length on
 * a multi-line text column. Longer text is held in numbered parts and joined back as read.
 */
export const SELF_DESCRIPTION_STORAGE = {
  partLength: 255,
  biographyParts: 8,
  skillsParts: 2,
  /** Skills are stored as one text, separated by this, so a skill cannot contain ';'. */
  skillSeparator: '; '
} as const;

/**
 * Cuts text into parts of at most `partLength` UTF-16 units (what SharePoint counts),
 * never between the two halves of a surrogate pair, so joining the parts gives the text back.
 * Returns undefined when the text needs more than `maxParts` parts.
 */
export function splitIntoParts(text: string, partLength: number, maxParts: number): string[] | undefined {
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + partLength);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts.length > maxParts ? undefined : parts;
}

/** The parts read back, in order; blank parts are skipped. */
// eslint-disable-next-line @rushstack/no-new-null -- parts come straight from SharePoint's JSON, which uses null
export function joinParts(parts: ReadonlyArray<string | null | undefined>): string {
  return parts.filter((p): p is string => typeof p === 'string').join('');
}

export function skillsToText(skills: readonly string[]): string {
  return skills.join(SELF_DESCRIPTION_STORAGE.skillSeparator);
}

export function skillsFromText(text: string): string[] {
  return text.split(';').map(s => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The most characters a biography can hold: every part full. */
export const BIOGRAPHY_CAPACITY = SELF_DESCRIPTION_STORAGE.partLength * SELF_DESCRIPTION_STORAGE.biographyParts;
export const SKILLS_CAPACITY = SELF_DESCRIPTION_STORAGE.partLength * SELF_DESCRIPTION_STORAGE.skillsParts;
