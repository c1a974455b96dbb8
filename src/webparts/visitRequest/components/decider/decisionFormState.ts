import * as strings from 'VisitRequestWebPartStrings';
import {
  describeDecisionProblems, validateDecision, FINDING_GROUNDS, type DecisionErrors, type DecisionOutcome, type FindingGround, type IVisitConditions, type IVisitDecision,
  type IVisitRequestView, type NeededForDuties
} from '../../../../domain/visits';
import type { IFindingDraft } from './FindingFields';
import { localDateTime } from '../shared';

/** The decision as the decider is filling it in; choices may still be unmade. */
export interface IDecisionFormState {
  outcome?: DecisionOutcome;
  reasons: string;
  conditions: IVisitConditions;
  findings: Record<FindingGround, IFindingDraft>;
  neededForDuties?: NeededForDuties;
  proposedDate: string;
  proposedFrom: string;
  proposedTo: string;
}

/** Starts from nothing chosen: a decider records each finding deliberately, never by default. */
export function emptyDecisionForm(): IDecisionFormState {
  return {
    reasons: '',
    conditions: { escortOfficer: '', ppe: '', areasExcluded: '', timeWindow: '' },
    findings: { healthAndSafety: { note: '' }, sensitivity: { note: '' }, timing: { note: '' } },
    proposedDate: '', proposedFrom: '', proposedTo: ''
  };
}

function chosenFindings(drafts: Record<FindingGround, IFindingDraft>): IVisitDecision['findings'] | undefined {
  const { healthAndSafety, sensitivity, timing } = drafts;
  if (!healthAndSafety.finding || !sensitivity.finding || !timing.finding) return undefined;
  return {
    healthAndSafety: { finding: healthAndSafety.finding, note: healthAndSafety.note },
    sensitivity: { finding: sensitivity.finding, note: sensitivity.note },
    timing: { finding: timing.finding, note: timing.note }
  };
}

export interface IDecisionCheck {
  errors: DecisionErrors;
  /** Set only when there is nothing to correct. */
  decision?: IVisitDecision;
}

/** The form's own checks (a choice not made), then the domain's rules on the decision itself. */
export function checkDecisionForm(form: IDecisionFormState, request: IVisitRequestView, now: Date): IDecisionCheck {
  const errors: DecisionErrors = {};
  if (!form.outcome) errors.outcome = strings.OutcomeMissing;
  for (const ground of FINDING_GROUNDS) if (!form.findings[ground].finding) errors[ground] = strings.FindingMissing;
  if (!form.neededForDuties) errors.neededForDuties = strings.NeededForDutiesMissing;
  const proposing = form.outcome === 'Other date proposed';
  const proposedStart = proposing ? localDateTime(form.proposedDate, form.proposedFrom) : undefined;
  const proposedEnd = proposing ? localDateTime(form.proposedDate, form.proposedTo) : undefined;
  if (proposing && !proposedStart) errors.proposedStart = strings.ProposedDateMissing;
  const findings = chosenFindings(form.findings);
  if (!form.outcome || !form.neededForDuties || !findings) return { errors };
  const decision: IVisitDecision = {
    outcome: form.outcome,
    reasons: form.reasons,
    conditions: form.conditions,
    findings,
    neededForDuties: form.neededForDuties,
    proposedStart,
    proposedEnd
  };
  const ruleErrors = describeDecisionProblems(validateDecision(decision, request.status, now, request), strings);
  const all = { ...ruleErrors, ...errors };
  return Object.keys(all).length ? { errors: all } : { errors: all, decision };
}
