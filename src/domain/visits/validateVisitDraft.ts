import { exclusionReasonOf } from './routeVisitRequest';
import type { IVisitDraft, IVisitReferenceData, TextProblem, VisitDraftProblems } from './types';
import { isValidIso } from './visitTime';

/**
 * The form's limits, matching the list's: every text a member writes is a single line of
 * 255 characters, which SharePoint itself refuses to exceed.
 */
export const VISIT_TEXT_LIMITS = {
  purpose: 255,
  /** The attendees line holds every "name | organisation" pair in 255 characters. */
  otherAttendees: 255,
  attendeeName: 100,
  attendeeOrganisation: 100,
  reasons: 2000,
  decisionLine: 255
} as const;

/** How far ahead a visit may be asked for. */
export const MAX_MONTHS_AHEAD = 24;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Markup or script: an opening angle bracket before a tag-like character, or a script URL. */
export function hasMarkup(text: string): boolean {
  return /<\s*[a-z!/?]/i.test(text) || /javascript\s*:/i.test(text) || /\bon[a-z]+\s*=/i.test(text);
}

function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 || code === 127) return true;
  }
  return false;
}

/** Why a line of text cannot be stored, or undefined when it can. */
export function textProblem(text: string, limit: number): TextProblem | undefined {
  if (text.length > limit) return { kind: 'tooLong', limit, length: text.length };
  if (hasMarkup(text)) return { kind: 'markup' };
  if (hasControlCharacters(text)) return { kind: 'controlCharacters' };
  return undefined;
}

/** The longest visit one request may ask for; longer needs separate visits. */
export const MAX_VISIT_HOURS = 12;

function dateProblems(errors: VisitDraftProblems, startKey: 'start' | 'alternativeStart', endKey: 'end' | 'alternativeEnd',
  start: string | undefined, end: string | undefined, now: Date, required: boolean): void {
  const alternative = startKey === 'alternativeStart';
  if (!start && !end) {
    if (required) {
      errors[startKey] = { kind: 'startMissing' };
      errors[endKey] = { kind: 'endMissing' };
    }
    return;
  }
  if (!isValidIso(start)) { errors[startKey] = { kind: 'startInvalid', alternative }; return; }
  const s = Date.parse(start);
  if (s <= now.getTime()) errors[startKey] = { kind: 'startPast', alternative };
  else {
    const limit = new Date(now.getTime());
    limit.setUTCMonth(limit.getUTCMonth() + MAX_MONTHS_AHEAD);
    if (s > limit.getTime()) errors[startKey] = { kind: 'startTooFarAhead', months: MAX_MONTHS_AHEAD };
  }
  if (!isValidIso(end)) { errors[endKey] = { kind: 'endInvalid', alternative }; return; }
  const e = Date.parse(end);
  if (e <= s) errors[endKey] = { kind: 'endBeforeStart', alternative };
  else if (e - s > MAX_VISIT_HOURS * 3600000) errors[endKey] = { kind: 'tooLongAVisit', hours: MAX_VISIT_HOURS };
}

/**
 * Checks a member's draft before anything is sent: field → problem, empty when it may be
 * submitted. The list backs the lengths (SharePoint refuses more than 255 characters); the
 * rest only the form can check, and the decider sees warnings and flags for what it cannot.
 */
export function validateVisitDraft(draft: IVisitDraft, ref: Pick<IVisitReferenceData, 'premises' | 'members'>, now: Date): VisitDraftProblems {
  const errors: VisitDraftProblems = {};
  if (!GUID.test(draft.submissionKey)) errors.form = { kind: 'lostSubmissionKey' };

  if (draft.premisesId === undefined) errors.premisesId = { kind: 'noPremises' };
  else {
    const premises = ref.premises.find(p => p.id === draft.premisesId);
    if (!premises) errors.premisesId = { kind: 'premisesNotInRegister' };
    else {
      const reason = exclusionReasonOf(premises);
      if (reason !== undefined) errors.premisesId = { kind: 'premisesExcluded', reason };
    }
  }

  dateProblems(errors, 'start', 'end', draft.start, draft.end, now, true);
  dateProblems(errors, 'alternativeStart', 'alternativeEnd', draft.alternativeStart || undefined, draft.alternativeEnd || undefined, now, false);

  const purpose = draft.purpose.trim();
  if (!purpose) errors.purpose = { kind: 'purposeMissing' };
  else {
    const problem = textProblem(purpose, VISIT_TEXT_LIMITS.purpose);
    if (problem) errors.purpose = { kind: 'purposeText', problem };
  }

  const seen = new Set<number>();
  for (const id of draft.attendingMemberIds) {
    if (seen.has(id)) { errors.attendingMemberIds = { kind: 'memberListedTwice' }; break; }
    seen.add(id);
    if (!ref.members.some(m => m.id === id)) { errors.attendingMemberIds = { kind: 'memberNotCurrent' }; break; }
  }

  let attendeesLength = 0;
  for (const [i, a] of draft.otherAttendees.entries()) {
    const name = a.name.trim();
    const org = a.organisation.trim();
    const attendee = i + 1;
    if (!name || !org) { errors.otherAttendees = { kind: 'attendeeIncomplete', attendee }; break; }
    if (/[|;]/.test(name + org)) { errors.otherAttendees = { kind: 'attendeeSeparator', attendee }; break; }
    const nameProblem = textProblem(name, VISIT_TEXT_LIMITS.attendeeName);
    if (nameProblem) { errors.otherAttendees = { kind: 'attendeeNameText', attendee, problem: nameProblem }; break; }
    const orgProblem = textProblem(org, VISIT_TEXT_LIMITS.attendeeOrganisation);
    if (orgProblem) { errors.otherAttendees = { kind: 'attendeeOrganisationText', attendee, problem: orgProblem }; break; }
    attendeesLength += name.length + org.length + 3 + (i ? 2 : 0);
  }
  if (!errors.otherAttendees && attendeesLength > VISIT_TEXT_LIMITS.otherAttendees) {
    errors.otherAttendees = { kind: 'attendeesTooLong', limit: VISIT_TEXT_LIMITS.otherAttendees };
  }

  if (!draft.acknowledgesHealthAndSafety) errors.acknowledgesHealthAndSafety = { kind: 'notAcknowledged' };
  return errors;
}

export function hasErrors(errors: object): boolean {
  return Object.keys(errors).length > 0;
}
