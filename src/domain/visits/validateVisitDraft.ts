import { exclusionReasonOf } from './routeVisitRequest';
import type { IVisitDraft, IVisitReferenceData, VisitDraftErrors } from './types';
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
export function textProblem(text: string, limit: number, what: string): string | undefined {
  if (text.length > limit) return `${what} must be ${limit} characters or fewer (it is ${text.length}).`;
  if (hasMarkup(text)) return `${what} cannot contain markup or script, such as text in angle brackets.`;
  if (hasControlCharacters(text)) return `${what} contains characters that cannot be stored; retype it without special characters.`;
  return undefined;
}

function dateProblems(errors: VisitDraftErrors, startKey: 'start' | 'alternativeStart', endKey: 'end' | 'alternativeEnd',
  start: string | undefined, end: string | undefined, now: Date, required: boolean): void {
  const label = startKey === 'start' ? 'the visit' : 'the alternative';
  if (!start && !end) {
    if (required) {
      errors[startKey] = 'Enter the date and time the visit would start.';
      errors[endKey] = 'Enter the time the visit would end.';
    }
    return;
  }
  if (!isValidIso(start)) { errors[startKey] = `Enter a valid start date and time for ${label}.`; return; }
  const s = Date.parse(start);
  if (s <= now.getTime()) errors[startKey] = `The start of ${label} must be in the future.`;
  else {
    const limit = new Date(now.getTime());
    limit.setUTCMonth(limit.getUTCMonth() + MAX_MONTHS_AHEAD);
    if (s > limit.getTime()) errors[startKey] = `Choose a date within the next ${MAX_MONTHS_AHEAD} months.`;
  }
  if (!isValidIso(end)) { errors[endKey] = `Enter a valid end time for ${label}.`; return; }
  const e = Date.parse(end);
  if (e <= s) errors[endKey] = `The end of ${label} must be after its start.`;
  else if (e - s > 12 * 3600000) errors[endKey] = 'A visit can last at most 12 hours; ask for separate visits for longer.';
}

/**
 * Checks a member's draft before anything is sent: field → message, empty when it may be
 * submitted. The list backs the lengths (SharePoint refuses more than 255 characters); the
 * rest only the form can check, and the decider sees warnings and flags for what it cannot.
 */
export function validateVisitDraft(draft: IVisitDraft, ref: Pick<IVisitReferenceData, 'premises' | 'members'>, now: Date): VisitDraftErrors {
  const errors: VisitDraftErrors = {};
  if (!GUID.test(draft.submissionKey)) errors.form = 'This form has lost its submission key; reload the page to start again.';

  if (draft.premisesId === undefined) errors.premisesId = 'Choose the premises or land you want to visit.';
  else {
    const premises = ref.premises.find(p => p.id === draft.premisesId);
    if (!premises) errors.premisesId = 'Those premises are not in the council\u2019s register; choose them again.';
    else {
      const reason = exclusionReasonOf(premises);
      if (reason !== undefined) {
        errors.premisesId = `${reason} Members may not request a visit here under protocol \u00a720; your rights as a member of the public are unaffected.`;
      }
    }
  }

  dateProblems(errors, 'start', 'end', draft.start, draft.end, now, true);
  dateProblems(errors, 'alternativeStart', 'alternativeEnd', draft.alternativeStart || undefined, draft.alternativeEnd || undefined, now, false);

  const purpose = draft.purpose.trim();
  if (!purpose) errors.purpose = 'Say how the visit helps you carry out your duties as a councillor.';
  else {
    const problem = textProblem(purpose, VISIT_TEXT_LIMITS.purpose, 'The purpose');
    if (problem) errors.purpose = problem;
  }

  const seen = new Set<number>();
  for (const id of draft.attendingMemberIds) {
    if (seen.has(id)) { errors.attendingMemberIds = 'A member is listed twice.'; break; }
    seen.add(id);
    if (!ref.members.some(m => m.id === id)) { errors.attendingMemberIds = 'A member listed as attending is not a current member; remove them.'; break; }
  }

  let attendeesLength = 0;
  for (const [i, a] of draft.otherAttendees.entries()) {
    const name = a.name.trim();
    const org = a.organisation.trim();
    const n = i + 1;
    if (!name || !org) { errors.otherAttendees = `Give attendee ${n}\u2019s name and organisation.`; break; }
    if (/[|;]/.test(name + org)) { errors.otherAttendees = `Attendee ${n}\u2019s name or organisation cannot contain | or ;.`; break; }
    const problem = textProblem(name, VISIT_TEXT_LIMITS.attendeeName, `Attendee ${n}\u2019s name`)
      ?? textProblem(org, VISIT_TEXT_LIMITS.attendeeOrganisation, `Attendee ${n}\u2019s organisation`);
    if (problem) { errors.otherAttendees = problem; break; }
    attendeesLength += name.length + org.length + 3 + (i ? 2 : 0);
  }
  if (!errors.otherAttendees && attendeesLength > VISIT_TEXT_LIMITS.otherAttendees) {
    errors.otherAttendees = `The other attendees\u2019 names and organisations must fit in ${VISIT_TEXT_LIMITS.otherAttendees} characters together; shorten them or list fewer people.`;
  }

  if (!draft.acknowledgesHealthAndSafety) {
    errors.acknowledgesHealthAndSafety = 'Confirm that you will follow the health and safety instructions you are given.';
  }
  return errors;
}

export function hasErrors(errors: object): boolean {
  return Object.keys(errors).length > 0;
}
