/**
 * The fixed dates the sample council is built around. The seed never reads the clock, so
 * "stale", "past" and "upcoming" are judged against SEED_TODAY and the data is the same
 * on every run. (The web parts judge against the real date, so over time more of the
 * sample data will look stale; that is intended.)
 */
export const SEED_TODAY = '2026-11-23T00:00:00Z';

/** District elections: 4 May 2023 and 6 May 2027; a councillor's term starts four days after. */
export const TERM_START_2023 = '2023-05-08T00:00:00Z';
export const TERM_END_2027 = '2027-05-10T00:00:00Z';

/** Annual meetings of the council, when committee places are (re)allocated. */
export const ANNUAL_MEETINGS = ['2023-05-18T00:00:00Z', '2024-05-16T00:00:00Z', '2025-05-15T00:00:00Z', '2026-05-14T00:00:00Z'] as const;

/** SharePoint returns date-only columns as midnight UTC in ISO 8601. */
export function isoDate(year: number, month: number, day: number, hour = 0, minute = 0): string {
  return new Date(Date.UTC(year, month - 1, day, hour, minute)).toISOString().replace('.000Z', 'Z');
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86400000).toISOString().replace('.000Z', 'Z');
}
