import * as strings from 'VisitRequestWebPartStrings';
import {
  describeVisitDraftProblems, draftWarnings, routeForPremises, validateVisitDraft, VISIT_TEXT_LIMITS,
  type IVisitDraft, type IVisitReferenceData, type IVisitWarning, type VisitRouting
} from '../../../../domain/visits';
import { localDateTime } from '../shared';
import type { IVisitFormState } from './visitFormState';

export interface IVisitFormCheck {
  /** Problems by the form's own field names ('date', 'purpose', 'otherAttendees.0.name'…). */
  errors: Record<string, string | undefined>;
  warnings: IVisitWarning[];
  routing: VisitRouting | undefined;
  limits: { purpose: number };
  /** Set only when there is nothing to correct: what goes to the service. */
  draft?: IVisitDraft;
}

export function toVisitDraft(form: IVisitFormState): IVisitDraft {
  return {
    submissionKey: form.submissionKey,
    premisesId: form.premisesId,
    start: localDateTime(form.date, form.from),
    end: localDateTime(form.date, form.to),
    alternativeStart: localDateTime(form.alternativeDate, form.alternativeFrom),
    alternativeEnd: localDateTime(form.alternativeDate, form.alternativeTo),
    purpose: form.purpose,
    attendingMemberIds: form.attendingMemberIds,
    otherAttendees: form.otherAttendees,
    needsAdjustments: form.needsAdjustments,
    acknowledgesHealthAndSafety: form.acknowledgesHealthAndSafety
  };
}

/**
 * The form as the service will judge it: the domain's rules on the draft (the service runs
 * the same ones), plus what only the form can tell (a date typed without its times, an
 * alternative half filled in), the warnings both member and decider see, and the route.
 */
export function checkVisitForm(form: IVisitFormState, reference: IVisitReferenceData, now: Date): IVisitFormCheck {
  const draft = toVisitDraft(form);
  const ruleErrors = describeVisitDraftProblems(validateVisitDraft(draft, reference, now), strings);
  const errors: Record<string, string | undefined> = {
    premises: ruleErrors.premisesId,
    date: ruleErrors.start, to: ruleErrors.end,
    alternativeDate: ruleErrors.alternativeStart, alternativeTo: ruleErrors.alternativeEnd,
    purpose: ruleErrors.purpose,
    attendingMemberIds: ruleErrors.attendingMemberIds,
    otherAttendees: ruleErrors.otherAttendees,
    acknowledgesHealthAndSafety: ruleErrors.acknowledgesHealthAndSafety,
    form: ruleErrors.form
  };
  if (!form.date) errors.date = strings.DateMissing;
  else if (!form.from) errors.from = strings.TimeMissing;
  else if (!form.to) errors.to = strings.TimeMissing;
  const anyAlternative = form.alternativeDate || form.alternativeFrom || form.alternativeTo;
  if (anyAlternative && !(form.alternativeDate && form.alternativeFrom && form.alternativeTo)) {
    errors.alternativeDate = errors.alternativeDate ?? strings.AlternativeIncomplete;
  }
  form.otherAttendees.forEach((other, index) => {
    if (!other.name.trim()) errors[`otherAttendees.${index}.name`] = strings.OtherAttendeeNameMissing;
    if (!other.organisation.trim()) errors[`otherAttendees.${index}.organisation`] = strings.OtherAttendeeOrganisationMissing;
  });
  const routing = form.premisesId !== undefined ? routeForPremises(reference, form.premisesId) : undefined;
  const warnings = routing && routing.kind !== 'excluded' ? draftWarnings(draft, reference, now) : [];
  const valid = Object.values(errors).every(e => !e);
  return { errors, warnings, routing, limits: { purpose: VISIT_TEXT_LIMITS.purpose }, draft: valid ? draft : undefined };
}
