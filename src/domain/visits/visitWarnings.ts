import type { IPremisesOption, ISensitivePeriod, IVisitDraft, IVisitReferenceData, IVisitWarning } from './types';
import { isOutOfHours, isValidIso, isWeekend, workingDaysBetween } from './visitTime';

const DAY_MS = 86400000;

export interface IVisitTiming {
  start?: string;
  end?: string;
  otherAttendeeCount: number;
}

/** Sensitive periods that apply to these premises (council-wide, or naming its ward) and overlap the visit. */
export function sensitivePeriodsFor(periods: readonly ISensitivePeriod[], premises: Pick<IPremisesOption, 'wardId'> | undefined,
  start: string, end: string): ISensitivePeriod[] {
  const s = Date.parse(start);
  const e = Date.parse(end);
  return periods.filter(p => {
    const applies = p.wardIds.length === 0 || (premises?.wardId !== undefined && p.wardIds.includes(premises.wardId));
    // A period's end is a date: it covers that whole day.
    return applies && s < Date.parse(p.end) + DAY_MS && e > Date.parse(p.start);
  });
}

/**
 * What the member and the decider should weigh (protocol §20: health and safety,
 * sensitivity and timing): never a refusal, always shown to both.
 */
export function visitWarnings(visit: IVisitTiming, premises: IPremisesOption | undefined, periods: readonly ISensitivePeriod[],
  minimumNoticeWorkingDays: number, submittedAt: Date | string): IVisitWarning[] {
  const warnings: IVisitWarning[] = [];
  if (isValidIso(visit.start) && isValidIso(visit.end) && Date.parse(visit.end) > Date.parse(visit.start)) {
    for (const p of sensitivePeriodsFor(periods, premises, visit.start, visit.end)) {
      warnings.push({
        kind: 'sensitivePeriod', periodName: p.name, councilWide: p.wardIds.length === 0,
        ...(p.wardIds.length && premises?.wardName ? { wardName: premises.wardName } : {}), ...(p.guidance ? { guidance: p.guidance } : {})
      });
    }
    const notice = workingDaysBetween(submittedAt, visit.start);
    if (notice < minimumNoticeWorkingDays) warnings.push({ kind: 'shortNotice', workingDays: notice, minimumWorkingDays: minimumNoticeWorkingDays });
    if (isWeekend(visit.start)) warnings.push({ kind: 'weekend' });
    if (isOutOfHours(visit.start, visit.end)) warnings.push({ kind: 'outOfHours' });
  }
  if (premises && (premises.healthAndSafetyNotes || premises.ppeRequired || premises.escortRequired)) {
    warnings.push({
      kind: 'healthAndSafety', ppeRequired: premises.ppeRequired, escortRequired: premises.escortRequired,
      ...(premises.healthAndSafetyNotes ? { notes: premises.healthAndSafetyNotes } : {})
    });
  }
  if (visit.otherAttendeeCount > 0) warnings.push({ kind: 'nonCouncillorAttendee', count: visit.otherAttendeeCount });
  return warnings;
}

/** The warnings for a draft, from the reference data the form already holds. */
export function draftWarnings(draft: Pick<IVisitDraft, 'premisesId' | 'start' | 'end' | 'otherAttendees'>,
  ref: Pick<IVisitReferenceData, 'premises' | 'sensitivePeriods' | 'minimumNoticeWorkingDays'>, now: Date): IVisitWarning[] {
  const premises = ref.premises.find(p => p.id === draft.premisesId);
  return visitWarnings({ start: draft.start, end: draft.end, otherAttendeeCount: draft.otherAttendees.length }, premises,
    ref.sensitivePeriods, ref.minimumNoticeWorkingDays, now);
}
