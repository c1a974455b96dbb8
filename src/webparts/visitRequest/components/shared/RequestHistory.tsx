import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import * as strings from 'VisitRequestWebPartStrings';
import { formatText } from '../../../../domain/shared/formatText';
import { ErrorState } from '../../../../common/components/states/ErrorState';
import { toHubDataError } from '../../../../data/hubDataError';
import type { IVisitRequestService } from '../../../../data/visits/IVisitRequestService';
import type { IVisitHistoryEntry } from '../../../../domain/visits/types';
import { formatWhen } from './visitDates';
import { useVisitStyles } from './visitStyles';

type HistoryLoad = { kind: 'closed' } | { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; entries: IVisitHistoryEntry[] };

/**
 * Every version SharePoint keeps of the request (who, when, what it was before), read
 * only when asked for: nobody in the Hub can edit or delete a version.
 */
export function RequestHistory(props: { service: IVisitRequestService; requestId: number; requestName: string }): React.ReactElement {
  const classes = useVisitStyles();
  const [state, setState] = React.useState<HistoryLoad>({ kind: 'closed' });
  const open = (): void => {
    setState({ kind: 'loading' });
    props.service.history(props.requestId).then(
      entries => setState({ kind: 'ready', entries }),
      (error: unknown) => setState({ kind: 'failed', message: toHubDataError(error).message })
    );
  };
  const listId = `visit-history-${props.requestId}`;
  return (
    <div>
      <ActionButton iconProps={{ iconName: state.kind === 'closed' ? 'History' : 'ChevronUp' }} aria-expanded={state.kind !== 'closed'}
        aria-controls={state.kind === 'closed' ? undefined : listId} ariaLabel={formatText(strings.HistoryButtonLabel, state.kind === 'closed' ? strings.HistoryShow : strings.HistoryHide, props.requestName)}
        text={state.kind === 'closed' ? strings.HistoryShow : strings.HistoryHide}
        onClick={() => (state.kind === 'closed' ? open() : setState({ kind: 'closed' }))} />
      <div id={listId} aria-live="polite">
        {/* Words, not a spinner: the history comes in one request, and Fluent's Spinner was bundle weight for it alone. */}
        {state.kind === 'loading' && <p aria-busy="true" style={{ margin: '4px 0' }}>{strings.HistoryLoading}</p>}
        {state.kind === 'failed' && (
          <ErrorState title={strings.HistoryFailed} message={state.message} retryLabel={strings.TryAgain} onRetry={open} />
        )}
        {state.kind === 'ready' && (
          <ol className={classes.history} aria-label={formatText(strings.HistoryListLabel, props.requestName)}>
            {state.entries.map(entry => (
              <li key={entry.version}>
                {formatText(strings.HistoryEntry, entry.version, formatWhen(entry.when), entry.who)}
                {entry.changes.length > 0 && (
                  <ul>
                    {entry.changes.map(change => (
                      <li key={change.field}>
                        {change.from ? formatText(strings.HistoryChange, change.field, change.from, change.to) : formatText(strings.HistorySet, change.field, change.to)}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
