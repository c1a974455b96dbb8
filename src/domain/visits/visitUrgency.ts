import { londonTime, workingDaysBetween } from './visitTime';

/** How soon a visit is, for putting the most pressing request to route first. */
export type VisitUrgency =
  | { kind: 'passed' }
  | { kind: 'today' }
  /** Working days from today to the visit's day (0 when only a weekend lies between). */
  | { kind: 'workingDays'; days: number };

/** Undefined when the request holds no readable start. */
export function visitUrgency(start: string, now: Date): VisitUrgency | undefined {
  const at = Date.parse(start);
  if (Number.isNaN(at)) return undefined;
  if (at < now.getTime()) return { kind: 'passed' };
  if (londonTime(at).date === londonTime(now).date) return { kind: 'today' };
  return { kind: 'workingDays', days: workingDaysBetween(now, start) };
}
