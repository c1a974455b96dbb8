import { formatText } from '../shared/formatText';
import { describeExclusionReason, type IExclusionReasonStrings } from './describeExclusionReason';
import { describeTextProblem, type ITextProblemStrings } from './describeTextProblem';
import type { VisitDraftErrors, VisitDraftProblem, VisitDraftProblems } from './types';
import { wordEach } from '../shared/wordEach';

/** The web part's loc strings that word a member's draft problems (src/webparts/visitRequest/loc). */
export interface IVisitDraftProblemStrings extends ITextProblemStrings, IExclusionReasonStrings {
  DraftLostSubmissionKey: string;
  DraftNoPremises: string;
  DraftPremisesNotInRegister: string;
  /** {0} why the premises are excluded (a whole sentence) */
  DraftPremisesExcluded: string;
  DraftStartMissing: string;
  DraftEndMissing: string;
  DraftStartInvalid: string;
  DraftAlternativeStartInvalid: string;
  DraftStartPast: string;
  DraftAlternativeStartPast: string;
  /** {0} months */
  DraftStartTooFarAhead: string;
  DraftEndInvalid: string;
  DraftAlternativeEndInvalid: string;
  DraftEndBeforeStart: string;
  DraftAlternativeEndBeforeStart: string;
  /** {0} hours */
  DraftTooLongAVisit: string;
  DraftPurposeMissing: string;
  /** What a text problem on the purpose names. */
  DraftPurposeSubject: string;
  DraftMemberListedTwice: string;
  DraftMemberNotCurrent: string;
  /** {0} attendee number */
  DraftAttendeeIncomplete: string;
  /** {0} attendee number */
  DraftAttendeeSeparator: string;
  /** {0} attendee number: what a text problem on the name names */
  DraftAttendeeNameSubject: string;
  /** {0} attendee number: what a text problem on the organisation names */
  DraftAttendeeOrganisationSubject: string;
  /** {0} the limit in characters */
  DraftAttendeesTooLong: string;
  DraftNotAcknowledged: string;
}

/** The one place a draft problem becomes a sentence. */
export function describeVisitDraftProblem(p: VisitDraftProblem, s: IVisitDraftProblemStrings): string {
  switch (p.kind) {
    case 'lostSubmissionKey': return s.DraftLostSubmissionKey;
    case 'noPremises': return s.DraftNoPremises;
    case 'premisesNotInRegister': return s.DraftPremisesNotInRegister;
    case 'premisesExcluded': return formatText(s.DraftPremisesExcluded, describeExclusionReason(p.reason, s));
    case 'startMissing': return s.DraftStartMissing;
    case 'endMissing': return s.DraftEndMissing;
    case 'startInvalid': return p.alternative ? s.DraftAlternativeStartInvalid : s.DraftStartInvalid;
    case 'startPast': return p.alternative ? s.DraftAlternativeStartPast : s.DraftStartPast;
    case 'startTooFarAhead': return formatText(s.DraftStartTooFarAhead, p.months);
    case 'endInvalid': return p.alternative ? s.DraftAlternativeEndInvalid : s.DraftEndInvalid;
    case 'endBeforeStart': return p.alternative ? s.DraftAlternativeEndBeforeStart : s.DraftEndBeforeStart;
    case 'tooLongAVisit': return formatText(s.DraftTooLongAVisit, p.hours);
    case 'purposeMissing': return s.DraftPurposeMissing;
    case 'purposeText': return describeTextProblem(s.DraftPurposeSubject, p.problem, s);
    case 'memberListedTwice': return s.DraftMemberListedTwice;
    case 'memberNotCurrent': return s.DraftMemberNotCurrent;
    case 'attendeeIncomplete': return formatText(s.DraftAttendeeIncomplete, p.attendee);
    case 'attendeeSeparator': return formatText(s.DraftAttendeeSeparator, p.attendee);
    case 'attendeeNameText': return describeTextProblem(formatText(s.DraftAttendeeNameSubject, p.attendee), p.problem, s);
    case 'attendeeOrganisationText': return describeTextProblem(formatText(s.DraftAttendeeOrganisationSubject, p.attendee), p.problem, s);
    case 'attendeesTooLong': return formatText(s.DraftAttendeesTooLong, p.limit);
    case 'notAcknowledged': return s.DraftNotAcknowledged;
  }
}

/** Every problem of a draft, worded, by field. */
export function describeVisitDraftProblems(problems: VisitDraftProblems, s: IVisitDraftProblemStrings): VisitDraftErrors {
  return wordEach(problems, problem => describeVisitDraftProblem(problem, s));
}
