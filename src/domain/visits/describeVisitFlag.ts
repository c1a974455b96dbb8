import { formatIsoDate } from '../shared/formatDate';
import { formatText } from '../shared/formatText';
import { describeExclusionReason, type IExclusionReasonStrings } from './describeExclusionReason';
import type { IVisitFlag } from './types';

/** The web part's loc strings that word flags (src/webparts/visitRequest/loc). */
export interface IVisitFlagStrings extends IExclusionReasonStrings {
  /** {0} who created the item */
  FlagRequesterMismatch: string;
  FlagDatesInvalid: string;
  /** {0} who changed it, {1} the day, {2} the changes (FlagChange each, joined by FlagChangeSeparator) */
  FlagChangedAfterSubmission: string;
  /** {0} column, {1} from, {2} to */
  FlagChange: string;
  FlagChangeSeparator: string;
  /** {0} who added it, {1} the action */
  FlagResponseByOther: string;
  /** {0} why the premises are excluded */
  FlagExcludedAtSubmission: string;
  /** {0} why the premises are excluded */
  FlagExcludedNow: string;
  /** {0} whom the register named */
  FlagRoutingMismatch: string;
  /** {0} the status */
  FlagStatusSetByRequester: string;
  /** {0} the status, {1} who, {2} the day */
  FlagDecidedByOther: string;
  /** {0} the status, {1} the day */
  FlagOutcomeNotDue: string;
}

/** The one place a flag's facts become a sentence. */
export function describeVisitFlag(f: IVisitFlag, s: IVisitFlagStrings): string {
  switch (f.kind) {
    case 'requesterMismatch': return formatText(s.FlagRequesterMismatch, f.createdBy);
    case 'datesInvalid': return s.FlagDatesInvalid;
    case 'changedAfterSubmission':
      return formatText(s.FlagChangedAfterSubmission, f.by, formatIsoDate(f.when),
        f.changes.map(c => formatText(s.FlagChange, c.field, c.from, c.to)).join(s.FlagChangeSeparator));
    case 'responseByOther': return formatText(s.FlagResponseByOther, f.by, f.action);
    case 'excludedPremises': return formatText(f.atSubmission ? s.FlagExcludedAtSubmission : s.FlagExcludedNow, describeExclusionReason(f.reason, s));
    case 'routingMismatch': return formatText(s.FlagRoutingMismatch, f.registerDecider);
    case 'statusSetByRequester': return formatText(s.FlagStatusSetByRequester, f.status);
    case 'decidedByOther': return formatText(s.FlagDecidedByOther, f.status, f.by, formatIsoDate(f.when));
    case 'outcomeNotDue': return formatText(s.FlagOutcomeNotDue, f.status, formatIsoDate(f.when));
  }
}
