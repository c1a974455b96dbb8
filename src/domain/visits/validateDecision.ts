import { DECISION_OUTCOMES, FINDING_GROUNDS, FINDINGS, isVisitOutcome, NEEDED_FOR_DUTIES } from './types';
import type { DecisionProblem, DecisionProblems, EffectiveVisitStatus, IVisitDecision } from './types';
import { visitIsOver, type IVisitWindow } from './effectiveVisitState';
import { textProblem, VISIT_TEXT_LIMITS } from './validateVisitDraft';
import { isValidIso } from './visitTime';

/** Whether a request has reached a state no decision changes. */
export function isClosedStatus(status: EffectiveVisitStatus): boolean {
  return status === 'Refused \u2013 excluded premises' || status === 'Withdrawn' || isVisitOutcome(status);
}

/**
 * Whether the visit took place is recorded only for an approved visit whose last day has
 * passed (before that nobody knows, and a refused or withdrawn request had no visit).
 */
export function visitOutcomeProblem(current: EffectiveVisitStatus, visit: IVisitWindow, now: Date): DecisionProblem | undefined {
  if (current !== 'Approved' && current !== 'Approved with conditions') return { kind: 'heldNotApproved' };
  return visitIsOver(visit, now) ? undefined : { kind: 'visitNotOver' };
}

/**
 * Checks a decider's decision before it is saved: field → problem, empty when it may be
 * recorded. Protocol §20: the decider pays particular regard to health and safety,
 * sensitivity and timing, so each gets a finding; the right exists only as far as the
 * member needs the visit for their duties, so an approval must say it is needed.
 */
export function validateDecision(decision: IVisitDecision, current: EffectiveVisitStatus, now: Date, visit: IVisitWindow): DecisionProblems {
  const errors: DecisionProblems = {};
  if (!(DECISION_OUTCOMES as readonly string[]).includes(decision.outcome)) {
    errors.outcome = { kind: 'outcomeMissing' };
    return errors;
  }
  if (isClosedStatus(current)) {
    errors.form = current === 'Withdrawn' ? { kind: 'withdrawn' } : { kind: 'noLongerDecidable' };
  }
  const outcomeProblem = isVisitOutcome(decision.outcome) ? visitOutcomeProblem(current, visit, now) : undefined;
  if (outcomeProblem) errors.outcome = outcomeProblem;
  const reasons = decision.reasons.trim();
  if (decision.outcome === 'Declined' && !reasons) errors.reasons = { kind: 'reasonsMissing' };
  else {
    const problem = textProblem(reasons.replace(/\r?\n/g, ' '), VISIT_TEXT_LIMITS.reasons);
    if (problem) errors.reasons = { kind: 'reasonsText', problem };
  }
  const c = decision.conditions;
  const conditionFields = [['escortOfficer', c.escortOfficer], ['ppe', c.ppe], ['areasExcluded', c.areasExcluded], ['timeWindow', c.timeWindow]] as const;
  for (const [condition, value] of conditionFields) {
    const problem = textProblem(value.trim(), VISIT_TEXT_LIMITS.decisionLine);
    if (problem) errors[condition] = { kind: 'conditionText', condition, problem };
  }
  if (decision.outcome === 'Approved with conditions' && conditionFields.every(([, v]) => !v.trim())) {
    errors.escortOfficer = { kind: 'noCondition' };
  }

  const deciding = decision.outcome !== 'Under consideration' && !isVisitOutcome(decision.outcome);
  for (const ground of FINDING_GROUNDS) {
    const record = decision.findings[ground];
    if (!record || !(FINDINGS as readonly string[]).includes(record.finding)) { if (deciding) errors[ground] = { kind: 'findingMissing', ground }; continue; }
    const problem = textProblem(record.note.trim(), VISIT_TEXT_LIMITS.decisionLine);
    if (problem) { errors[ground] = { kind: 'findingNoteText', ground, problem }; continue; }
    if (record.finding !== 'No concerns' && !record.note.trim()) errors[ground] = { kind: 'concernsUnexplained', ground };
    else if (record.finding === 'Concerns \u2013 decline' && (decision.outcome === 'Approved' || decision.outcome === 'Approved with conditions')) {
      errors[ground] = { kind: 'declineFindingWithApproval', ground };
    } else if (record.finding === 'Concerns met by conditions' && decision.outcome === 'Approved') {
      errors[ground] = { kind: 'conditionsFindingWithoutConditions', ground };
    }
  }
  if (!(NEEDED_FOR_DUTIES as readonly string[]).includes(decision.neededForDuties)) errors.neededForDuties = { kind: 'neededForDutiesMissing' };
  else if (decision.neededForDuties === 'No' && (decision.outcome === 'Approved' || decision.outcome === 'Approved with conditions' || decision.outcome === 'Other date proposed')) {
    errors.neededForDuties = { kind: 'notNeededForDuties' };
  }

  if (decision.outcome === 'Other date proposed') {
    if (!isValidIso(decision.proposedStart)) errors.proposedStart = { kind: 'proposedStartMissing' };
    else if (Date.parse(decision.proposedStart) <= now.getTime()) errors.proposedStart = { kind: 'proposedStartPast' };
    if (!isValidIso(decision.proposedEnd)) errors.proposedEnd = { kind: 'proposedEndMissing' };
    else if (isValidIso(decision.proposedStart) && Date.parse(decision.proposedEnd) <= Date.parse(decision.proposedStart)) {
      errors.proposedEnd = { kind: 'proposedEndBeforeStart' };
    }
  }
  return errors;
}
