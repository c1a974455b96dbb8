import { formatText } from '../shared/formatText';
import type { IVisitWarning } from './types';

/** The web part's loc strings that word warnings (src/webparts/visitRequest/loc). */
export interface IVisitWarningStrings {
  /** {0} period, {1} where (WarningCouncilWide or WarningInWard) */
  WarningSensitivePeriod: string;
  WarningCouncilWide: string;
  /** {0} ward */
  WarningInWard: string;
  WarningThisWard: string;
  /** {0} working days given, {1} the minimum */
  WarningShortNoticeOne: string;
  /** {0} working days given, {1} the minimum */
  WarningShortNoticeMany: string;
  WarningWeekend: string;
  WarningOutOfHours: string;
  WarningPpeAndEscort: string;
  WarningPpe: string;
  WarningEscort: string;
  WarningNonCouncillorOne: string;
  /** {0} how many */
  WarningNonCouncillorMany: string;
}

/** The one place a warning's facts become a sentence. Text the register holds (guidance, health and safety notes) follows as written. */
export function describeVisitWarning(w: IVisitWarning, s: IVisitWarningStrings): string {
  const sentences = (...parts: (string | undefined)[]): string => parts.filter(Boolean).join(' ');
  switch (w.kind) {
    case 'sensitivePeriod': {
      const where = w.councilWide ? s.WarningCouncilWide : formatText(s.WarningInWard, w.wardName ?? s.WarningThisWard);
      return sentences(formatText(s.WarningSensitivePeriod, w.periodName, where), w.guidance);
    }
    case 'shortNotice': return formatText(w.workingDays === 1 ? s.WarningShortNoticeOne : s.WarningShortNoticeMany, w.workingDays, w.minimumWorkingDays);
    case 'weekend': return s.WarningWeekend;
    case 'outOfHours': return s.WarningOutOfHours;
    case 'healthAndSafety': {
      const lead = w.ppeRequired && w.escortRequired ? s.WarningPpeAndEscort : w.ppeRequired ? s.WarningPpe : w.escortRequired ? s.WarningEscort : '';
      return sentences(lead, w.notes);
    }
    case 'nonCouncillorAttendee': return w.count === 1 ? s.WarningNonCouncillorOne : formatText(s.WarningNonCouncillorMany, w.count);
  }
}
