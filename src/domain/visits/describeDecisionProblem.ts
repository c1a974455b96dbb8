import { formatText } from '../shared/formatText';
import { describeTextProblem, type ITextProblemStrings } from './describeTextProblem';
import type { ConditionField, DecisionErrors, DecisionProblem, DecisionProblems, FindingGround } from './types';
import { wordEach } from '../shared/wordEach';

/** The web part's loc strings that word a decider's decision problems (src/webparts/visitRequest/loc). */
export interface IDecisionProblemStrings extends ITextProblemStrings {
  DecisionOutcomeMissing: string;
  DecisionWithdrawn: string;
  DecisionNoLongerDecidable: string;
  DecisionHeldNotApproved: string;
  DecisionVisitNotOver: string;
  DecisionReasonsMissing: string;
  /** What a text problem on the reasons names. */
  DecisionReasonsSubject: string;
  /** What a text problem on each condition names. */
  DecisionConditionSubject_escortOfficer: string;
  DecisionConditionSubject_ppe: string;
  DecisionConditionSubject_areasExcluded: string;
  DecisionConditionSubject_timeWindow: string;
  DecisionNoCondition: string;
  /** Each ground where a sentence starts with it. */
  DecisionGround_healthAndSafety: string;
  DecisionGround_sensitivity: string;
  DecisionGround_timing: string;
  /** Each ground in the middle of a sentence. */
  DecisionGroundInSentence_healthAndSafety: string;
  DecisionGroundInSentence_sensitivity: string;
  DecisionGroundInSentence_timing: string;
  /** {0} ground (in a sentence) */
  DecisionFindingMissing: string;
  /** {0} ground (in a sentence): what a text problem on its note names */
  DecisionFindingNoteSubject: string;
  /** {0} ground (in a sentence) */
  DecisionConcernsUnexplained: string;
  /** {0} ground (starting the sentence) */
  DecisionDeclineFindingWithApproval: string;
  /** {0} ground (starting the sentence) */
  DecisionConditionsFindingWithoutConditions: string;
  DecisionNeededForDutiesMissing: string;
  DecisionNotNeededForDuties: string;
  DecisionProposedStartMissing: string;
  DecisionProposedStartPast: string;
  DecisionProposedEndMissing: string;
  DecisionProposedEndBeforeStart: string;
}

const CONDITION_SUBJECT: Record<ConditionField, keyof IDecisionProblemStrings> = {
  escortOfficer: 'DecisionConditionSubject_escortOfficer', ppe: 'DecisionConditionSubject_ppe',
  areasExcluded: 'DecisionConditionSubject_areasExcluded', timeWindow: 'DecisionConditionSubject_timeWindow'
};
const GROUND: Record<FindingGround, keyof IDecisionProblemStrings> = {
  healthAndSafety: 'DecisionGround_healthAndSafety', sensitivity: 'DecisionGround_sensitivity', timing: 'DecisionGround_timing'
};
const GROUND_IN_SENTENCE: Record<FindingGround, keyof IDecisionProblemStrings> = {
  healthAndSafety: 'DecisionGroundInSentence_healthAndSafety', sensitivity: 'DecisionGroundInSentence_sensitivity', timing: 'DecisionGroundInSentence_timing'
};

/** The one place a decision problem becomes a sentence. */
export function describeDecisionProblem(p: DecisionProblem, s: IDecisionProblemStrings): string {
  switch (p.kind) {
    case 'outcomeMissing': return s.DecisionOutcomeMissing;
    case 'withdrawn': return s.DecisionWithdrawn;
    case 'noLongerDecidable': return s.DecisionNoLongerDecidable;
    case 'heldNotApproved': return s.DecisionHeldNotApproved;
    case 'visitNotOver': return s.DecisionVisitNotOver;
    case 'reasonsMissing': return s.DecisionReasonsMissing;
    case 'reasonsText': return describeTextProblem(s.DecisionReasonsSubject, p.problem, s);
    case 'conditionText': return describeTextProblem(s[CONDITION_SUBJECT[p.condition]], p.problem, s);
    case 'noCondition': return s.DecisionNoCondition;
    case 'findingMissing': return formatText(s.DecisionFindingMissing, s[GROUND_IN_SENTENCE[p.ground]]);
    case 'findingNoteText': return describeTextProblem(formatText(s.DecisionFindingNoteSubject, s[GROUND_IN_SENTENCE[p.ground]]), p.problem, s);
    case 'concernsUnexplained': return formatText(s.DecisionConcernsUnexplained, s[GROUND_IN_SENTENCE[p.ground]]);
    case 'declineFindingWithApproval': return formatText(s.DecisionDeclineFindingWithApproval, s[GROUND[p.ground]]);
    case 'conditionsFindingWithoutConditions': return formatText(s.DecisionConditionsFindingWithoutConditions, s[GROUND[p.ground]]);
    case 'neededForDutiesMissing': return s.DecisionNeededForDutiesMissing;
    case 'notNeededForDuties': return s.DecisionNotNeededForDuties;
    case 'proposedStartMissing': return s.DecisionProposedStartMissing;
    case 'proposedStartPast': return s.DecisionProposedStartPast;
    case 'proposedEndMissing': return s.DecisionProposedEndMissing;
    case 'proposedEndBeforeStart': return s.DecisionProposedEndBeforeStart;
  }
}

/** Every problem of a decision, worded, by field. */
export function describeDecisionProblems(problems: DecisionProblems, s: IDecisionProblemStrings): DecisionErrors {
  return wordEach(problems, problem => describeDecisionProblem(problem, s));
}
