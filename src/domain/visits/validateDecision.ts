import { DECISION_OUTCOMES, FINDING_GROUNDS, FINDINGS, NEEDED_FOR_DUTIES } from './types';
import type { DecisionErrors, EffectiveVisitStatus, IVisitDecision } from './types';
import { textProblem as textProblemOf, VISIT_TEXT_LIMITS } from './validateVisitDraft';
import { isValidIso } from './visitTime';

// Still worded here until the decision's problems are kinds too.
function textProblem(text: string, limit: number, what: string): string | undefined {
  const p = textProblemOf(text, limit);
  if (p?.kind === 'tooLong') return `${what} must be ${limit} characters or fewer (it is ${text.length}).`;
  if (p?.kind === 'markup') return `${what} cannot contain markup or script, such as text in angle brackets.`;
  if (p?.kind === 'controlCharacters') return `${what} contains characters that cannot be stored; retype it without special characters.`;
  return undefined;
}

const GROUND_LABELS = { healthAndSafety: 'Health and safety', sensitivity: 'Sensitivity', timing: 'Timing' } as const;

/**
 * Checks a decider's decision before it is saved: field → message, empty when it may be
 * recorded. Protocol §20: the decider pays particular regard to health and safety,
 * sensitivity and timing, so each gets a finding; the right exists only as far as the
 * member needs the visit for their duties, so an approval must say it is needed.
 */
export function validateDecision(decision: IVisitDecision, current: EffectiveVisitStatus, now: Date): DecisionErrors {
  const errors: DecisionErrors = {};
  if (!(DECISION_OUTCOMES as readonly string[]).includes(decision.outcome)) {
    errors.outcome = 'Choose a decision.';
    return errors;
  }
  if (current === 'Refused \u2013 excluded premises' || current === 'Withdrawn' || current === 'Visit held') {
    errors.form = current === 'Withdrawn' ? 'The member has withdrawn this request.' : 'This request can no longer be decided.';
  }
  if (decision.outcome === 'Visit held' && current !== 'Approved' && current !== 'Approved with conditions') {
    errors.outcome = 'Only an approved visit can be recorded as held.';
  }
  const reasons = decision.reasons.trim();
  if (decision.outcome === 'Declined' && !reasons) errors.reasons = 'Give the reasons for declining; the member sees them.';
  else {
    const problem = textProblem(reasons.replace(/\r?\n/g, ' '), VISIT_TEXT_LIMITS.reasons, 'The reasons');
    if (problem) errors.reasons = problem;
  }
  const c = decision.conditions;
  const conditionFields = [['escortOfficer', c.escortOfficer, 'The escort officer'], ['ppe', c.ppe, 'The protective equipment'],
    ['areasExcluded', c.areasExcluded, 'The areas excluded'], ['timeWindow', c.timeWindow, 'The time window']] as const;
  for (const [key, value, label] of conditionFields) {
    const problem = textProblem(value.trim(), VISIT_TEXT_LIMITS.decisionLine, label);
    if (problem) errors[key] = problem;
  }
  if (decision.outcome === 'Approved with conditions' && conditionFields.every(([, v]) => !v.trim())) {
    errors.escortOfficer = 'Set at least one condition: an escort officer, protective equipment, areas excluded or a time window.';
  }

  const deciding = decision.outcome !== 'Under consideration' && decision.outcome !== 'Visit held';
  for (const ground of FINDING_GROUNDS) {
    const record = decision.findings[ground];
    const label = GROUND_LABELS[ground];
    if (!record || !(FINDINGS as readonly string[]).includes(record.finding)) { if (deciding) errors[ground] = `Record a finding on ${label.toLowerCase()}.`; continue; }
    const problem = textProblem(record.note.trim(), VISIT_TEXT_LIMITS.decisionLine, `The ${label.toLowerCase()} note`);
    if (problem) { errors[ground] = problem; continue; }
    if (record.finding !== 'No concerns' && !record.note.trim()) errors[ground] = `Say what the ${label.toLowerCase()} concerns are.`;
    else if (record.finding === 'Concerns \u2013 decline' && (decision.outcome === 'Approved' || decision.outcome === 'Approved with conditions')) {
      errors[ground] = `${label}: a finding that the concerns mean declining does not fit an approval.`;
    } else if (record.finding === 'Concerns met by conditions' && decision.outcome === 'Approved') {
      errors[ground] = `${label}: concerns met by conditions need an approval with conditions.`;
    }
  }
  if (!(NEEDED_FOR_DUTIES as readonly string[]).includes(decision.neededForDuties)) errors.neededForDuties = 'Say whether the visit is needed for the member\u2019s duties.';
  else if (decision.neededForDuties === 'No' && (decision.outcome === 'Approved' || decision.outcome === 'Approved with conditions' || decision.outcome === 'Other date proposed')) {
    errors.neededForDuties = 'Protocol \u00a720 gives the right only as far as the member needs the visit for their duties; decline if it is not needed.';
  }

  if (decision.outcome === 'Other date proposed') {
    if (!isValidIso(decision.proposedStart)) errors.proposedStart = 'Enter the date and time you propose.';
    else if (Date.parse(decision.proposedStart) <= now.getTime()) errors.proposedStart = 'The proposed date must be in the future.';
    if (!isValidIso(decision.proposedEnd)) errors.proposedEnd = 'Enter when the proposed visit would end.';
    else if (isValidIso(decision.proposedStart) && Date.parse(decision.proposedEnd) <= Date.parse(decision.proposedStart)) {
      errors.proposedEnd = 'The end must be after the start.';
    }
  }
  return errors;
}
