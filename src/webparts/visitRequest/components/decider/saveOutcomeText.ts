import * as strings from 'VisitRequestWebPartStrings';
import { toHubDataError } from '../../../../data/hubDataError';
import { formatText } from '../../../../domain/shared/formatText';
import type { IVisitRequestView } from '../../../../domain/visits/types';
import { notNotifiedText } from '../shared';

export interface ISaveFailure {
  text: string;
  /** Someone saved first: the screen offers the latest version. */
  conflict: boolean;
}

/**
 * What a decider is told when a save failed: a conflict and a network failure in the words of
 * what they were saving (a decision, or whether the visit took place); the rest alike.
 */
export function saveFailureText(error: unknown, words: { conflict: string; network: string }): ISaveFailure {
  const failure = toHubDataError(error);
  const text = failure.kind === 'conflict' ? words.conflict
    : failure.kind === 'forbidden' ? strings.DecisionForbidden
      : failure.kind === 'network' ? words.network
        : failure.kind === 'invalid' ? formatText(strings.SubmitInvalid, failure.message)
          : formatText(strings.SubmitUnknown, failure.message);
  return { text, conflict: failure.kind === 'conflict' };
}

/**
 * What a decider is told once a save went through: what was recorded and that the member was
 * told by email, or that the email failed, or who exactly was not told and why.
 */
export function savedText(view: IVisitRequestView, words: { recorded: string; noEmail: string }): string {
  const name = view.premises?.name ?? view.title;
  const notTold = notNotifiedText(view.notification);
  if (notTold) return `${formatText(strings.DecisionRecordedOnly, name, view.status)} ${notTold}`;
  return formatText(view.notificationFailed ? words.noEmail : words.recorded, name, view.status, view.requester.name);
}
