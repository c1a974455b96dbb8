import * as strings from 'VisitRequestWebPartStrings';
import { toHubDataError } from '../../../../data/hubDataError';
import { formatText } from '../../../../domain/shared/formatText';

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
