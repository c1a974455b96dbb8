import * as strings from 'VisitRequestWebPartStrings';
import { formatText } from '../../../../domain/shared/formatText';
import type { INotNotified, IVisitNotification, IVisitRequestView, VisitNotificationFailure } from '../../../../domain/visits/types';
import { formatWhen } from './visitDates';

const REASON: Record<VisitNotificationFailure, () => string> = {
  'not-granted': () => strings.NotNotifiedReasonNotGranted,
  throttled: () => strings.NotNotifiedReasonThrottled,
  failed: () => strings.NotNotifiedReasonFailed,
  'no-recipient': () => strings.NotNotifiedReasonNoRecipient
};

const WHO: Record<INotNotified['audience'], () => string> = {
  decider: () => strings.NotNotifiedWho_decider,
  member: () => strings.NotNotifiedWho_member,
  democraticServices: () => strings.NotNotifiedWho_democraticServices,
  attendee: () => strings.NotNotifiedWho_attendee
};

const EVENT: Record<INotNotified['event'], () => string> = {
  submitted: () => strings.NotNotifiedEvent_submitted,
  awaitingRouting: () => strings.NotNotifiedEvent_awaitingRouting,
  decided: () => strings.NotNotifiedEvent_decided,
  responded: () => strings.NotNotifiedEvent_responded
};

/**
 * After a save whose email did not go: who has not been told, why, and what to do. Undefined
 * when it went (or nobody was to be told).
 */
export function notNotifiedText(notification: IVisitNotification | undefined): string | undefined {
  if (!notification || notification.sent) return undefined;
  const who = notification.recipientName.trim() || WHO[notification.audience]();
  return `${formatText(strings.NotNotifiedSaved, who, REASON[notification.reason]())} ${notification.recorded ? strings.NotNotifiedRecorded : strings.NotNotifiedNotRecorded}`;
}

/**
 * After a save: the members named as attending who have not been told, each with why, then
 * what to do once. Undefined when every one was told (or none was to be).
 */
export function attendeesNotToldText(view: Pick<IVisitRequestView, 'attendeeNotifications'>): string | undefined {
  const missed = (view.attendeeNotifications ?? []).filter((n): n is Extract<IVisitNotification, { sent: false }> => !n.sent);
  if (!missed.length) return undefined;
  const each = missed.map(n => formatText(strings.NotNotifiedSaved, n.recipientName.trim() || WHO.attendee(), REASON[n.reason]()));
  return [...each, missed.every(n => n.recorded) ? strings.NotNotifiedRecorded : strings.NotNotifiedNotRecorded].join(' ');
}

/** Democratic Services' line for one record: "1 December 2026, 09:14: The person who decides was not told (new request, recorded by …)". */
export function notNotifiedEntryText(entry: INotNotified): string {
  return formatText(strings.NotNotifiedEntry, formatWhen(entry.when), WHO[entry.audience](), EVENT[entry.event](), entry.by.name);
}
