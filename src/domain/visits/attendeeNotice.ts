import { formatIsoDate } from '../shared/formatDate';
import type { IVisitRequestView } from './types';

/** A member named as attending, told about the visit: who, by site user id (the notifier finds the address). */
export interface IAttendeeNotice {
  recipients: { userId: number; name: string }[];
  subject: string;
  /** What an attendee needs to know: where, when, who asked, the outcome and the conditions — none of the requester's notes. */
  lines: string[];
}

/** When attendees are told: on submission (they have been named) and when a decision counts. */
export type AttendeeNoticeEvent = 'named' | 'decided';

/**
 * The notice for the other members a request names as attending (protocol 004 §20: a visit
 * is arranged for the members going), built from the request as submitted. It carries nothing
 * the requester wrote for the decider — purpose, adjustments, responses — only what someone
 * going needs. Undefined when nobody attending has a site account to tell.
 */
export function attendeeNotice(view: IVisitRequestView, event: AttendeeNoticeEvent): IAttendeeNotice | undefined {
  const recipients = view.attendingMembers
    .filter((m): m is typeof m & { userId: number } => m.userId !== undefined && m.userId !== view.requester.userId)
    .map(m => ({ userId: m.userId, name: m.name }));
  if (!recipients.length) return undefined;
  const where = view.premises?.name ?? view.title;
  const lines = [
    `${view.requester.name} has named you as attending a visit to ${where} on ${formatIsoDate(view.start)}.`,
    event === 'named' ? 'The request has been sent for a decision; you will be told the outcome.' : `Outcome: ${view.status}.`
  ];
  const c = view.decision?.conditions;
  if (event === 'decided' && c) {
    for (const [label, value] of [['Escort officer', c.escortOfficer], ['Protective equipment', c.ppe], ['Areas excluded', c.areasExcluded], ['Time window', c.timeWindow]]) {
      if (value.trim()) lines.push(`${label}: ${value.trim()}`);
    }
  }
  if (view.premises?.ppeRequired) lines.push('Personal protective equipment is required at these premises.');
  if (view.premises?.escortRequired) lines.push('Visitors must be escorted.');
  if (view.premises?.healthAndSafetyNotes) lines.push(`Health and safety: ${view.premises.healthAndSafetyNotes}`);
  return { recipients, subject: `Visit to ${where}: ${event === 'named' ? 'you are named as attending' : view.status}`, lines };
}
