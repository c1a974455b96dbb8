import * as strings from 'OfficerDirectoryWebPartStrings';
import { formatIsoDate } from '../../../domain/shared/formatDate';
import { formatText } from '../../../domain/shared/formatText';
import type { IOfficer } from '../../../domain/officers/types';
import type { INotificationMessage, NotificationFailure } from '../../../data/notifications/INotifier';

/**
 * The email Democratic Services send a liaison officer whose profile is past its review
 * date: what is asked of them and a link straight to their own entry, where they edit it.
 * Plain text, from the loc strings; sent as the signed-in member of Democratic Services.
 */
export function reviewReminderMessage(officer: IOfficer, serviceNames: readonly string[], profileLink: string): INotificationMessage {
  const when = officer.lastReviewed ? formatText(strings.RemindLastReviewedOn, formatIsoDate(officer.lastReviewed)) : strings.RemindNeverReviewed;
  return {
    to: [{ name: officer.fullName, email: officer.email ?? '' }],
    subject: strings.RemindSubject,
    body: formatText(strings.RemindBody, officer.preferredName ?? officer.fullName, serviceNames.join(', '), when, profileLink)
  };
}

const REASON: Record<NotificationFailure, string> = {
  'no-recipient': strings.RemindNoAddress,
  'not-granted': strings.RemindNotGranted,
  throttled: strings.RemindThrottled,
  failed: strings.RemindSendFailed
};

/** Who was not reminded and why, in words Democratic Services can act on. */
export function reminderFailureText(name: string, reason: NotificationFailure): string {
  return formatText(strings.RemindFailed, name, REASON[reason]);
}
