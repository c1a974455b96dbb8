/**
 * Registers of interests (Localism Act 2011 s.29): the monitoring officer keeps a register
 * of the interests of the authority's members, and s.29(5) and (6) have it made available
 * for inspection and published on the authority's website. The Act speaks of members; how
 * long a former member's register stays published is the council's own decision, so the
 * directory keeps a former member's link for the months the council sets.
 */

/** Months after a term ends that a former member's register link stays, unless the web part says otherwise. */
export const DEFAULT_REGISTER_MONTHS_AFTER_TERM = 12;

/** The ISO date `months` calendar months after `iso` (the 31st falls back to the month's last day). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/**
 * Whether a member's register link is shown: always while they serve; after their term,
 * for `monthsAfterTerm` months from its end (a former member with no recorded end: not shown,
 * as when the council published it cannot be known).
 */
export function registerLinkShown(member: { isActive: boolean; termEnd?: string }, today: string, monthsAfterTerm: number): boolean {
  if (member.isActive && (!member.termEnd || member.termEnd >= today)) return true;
  if (!member.termEnd || monthsAfterTerm <= 0) return false;
  return today <= addMonths(member.termEnd, monthsAfterTerm);
}
