import type { IOfficer, IService } from './types';

export const DEFAULT_REVIEW_MONTHS = 12;

/** The ISO date `months` calendar months before `today` (clamped to the month's last day). */
export function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.slice(0, 10).split('-').map(Number);
  const totalMonths = y * 12 + (m - 1) - months;
  const year = Math.floor(totalMonths / 12);
  const month = totalMonths - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/**
 * A liaison officer's profile not reviewed within the council's period (default twelve
 * months), or never, may be out of date: members are told so, and Democratic Services
 * get a list to chase.
 */
export function isProfileStale(officer: IOfficer, today: string, reviewMonths: number = DEFAULT_REVIEW_MONTHS): boolean {
  if (!officer.lastReviewed) return true;
  const months = reviewMonths > 0 ? reviewMonths : DEFAULT_REVIEW_MONTHS;
  return officer.lastReviewed < reviewCutoff(today, months);
}

// Every card and every liaison officer asks with the same day and period: work it out once.
let lastCutoff: { today: string; months: number; cutoff: string } | undefined;
function reviewCutoff(today: string, months: number): string {
  if (lastCutoff?.today !== today || lastCutoff.months !== months) lastCutoff = { today, months, cutoff: monthsBefore(today, months) };
  return lastCutoff.cutoff;
}

// One collator for every comparison: localeCompare with options builds a new one per call,
// which makes sorting 20,000 officers take seconds instead of milliseconds.
const collator = new Intl.Collator('en-GB', { sensitivity: 'base' });

export function bySurnameOfficer(a: IOfficer, b: IOfficer): number {
  return collator.compare(a.surname, b.surname) || collator.compare(a.fullName, b.fullName);
}

/** Liaison officers whose profiles need reviewing, longest overdue first. */
export function staleProfiles(liaisonOfficers: readonly IOfficer[], today: string, reviewMonths: number): IOfficer[] {
  return liaisonOfficers.filter(o => isProfileStale(o, today, reviewMonths))
    .sort((a, b) => (a.lastReviewed ?? '').localeCompare(b.lastReviewed ?? '') || bySurnameOfficer(a, b));
}

/**
 * Where to send an enquiry when a liaison profile may be out of date: the enquiry mailboxes
 * of the services the officer covers, then of the service they work in, each once.
 */
export function fallbackMailboxes(officer: IOfficer, services: ReadonlyMap<number, IService>): IService[] {
  const found: IService[] = [];
  for (const id of [...officer.cloServiceIds, officer.serviceId]) {
    const service = services.get(id);
    if (service?.enquiryMailbox && !found.some(s => s.enquiryMailbox === service.enquiryMailbox)) found.push(service);
  }
  return found;
}
