import * as React from 'react';
import type { HubDataError } from '../../../data/hubDataError';
import { formatText } from '../../../domain/shared/formatText';
import type { IHubStateStrings } from '../../webpart/hubStrings';
import { ErrorState } from './ErrorState';

export interface ILoadFailureProps {
  error: HubDataError;
  onRetry: () => void;
  strings: IHubStateStrings;
}

/** Why the web part's lists could not be read, and what to do: set-up advice or "Try again". */
export function LoadFailure(props: ILoadFailureProps): React.ReactElement {
  const { error, strings } = props;
  if (error.kind === 'listsMissing') {
    return <ErrorState variant="setup" title={strings.ListsMissingTitle} message={strings.ListsMissingMessage}
      retryLabel={strings.Retry} onRetry={props.onRetry} />;
  }
  if (error.kind === 'schemaOutdated') {
    return <ErrorState variant="setup" title={strings.SchemaOutdatedTitle} message={strings.SchemaOutdatedMessage}
      retryLabel={strings.Retry} onRetry={props.onRetry} />;
  }
  const message = error.kind === 'network' ? strings.ErrorNetworkMessage
    : error.kind === 'forbidden' ? strings.ErrorForbiddenMessage
      : formatText(strings.ErrorUnknownMessage, error.message);
  return <ErrorState title={strings.ErrorTitle} message={message} retryLabel={strings.Retry} onRetry={props.onRetry} />;
}
