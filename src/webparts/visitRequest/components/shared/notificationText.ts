import * as strings from 'VisitRequestWebPartStrings';
import { formatText } from '../../../../domain/shared/formatText';
import type { INotNotified, IVisitNotification, VisitNotificationFailure } from '../../../../domain/visits/types';
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
  democraticServices: () => strings.NotNotifiedWho_democraticServices
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

/** Democratic Services' line for one record: "1 December 2026, 09:14: The person who decides was not told (new request, recorded by …)". */
export function notNotifiedEntryText(entry: INotNotified): string {
  return formatText(strings.NotNotifiedEntry, formatWhen(entry.when), WHO[entry.audience](), EVENT[entry.event](), entry.by.name);
}
