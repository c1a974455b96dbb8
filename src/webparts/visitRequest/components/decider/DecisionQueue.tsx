import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Notice } from '../../../../common/components/Notice';
import * as strings from 'VisitRequestWebPartStrings';
import { formatText } from '../../../../domain/shared/formatText';
import { EmptyState } from '../../../../common/components/states/EmptyState';
import { LoadFailure } from '../../../../common/components/states/LoadFailure';
import { LoadingState } from '../../../../common/components/states/LoadingState';
import type { IDataLoad } from '../../../../common/hooks/useDataLoad';
import type { IVisitRequestService } from '../../../../data/visits/IVisitRequestService';
import type { IVisitRequestView } from '../../../../domain/visits/types';
import { isClosedStatus } from '../../../../domain/visits/validateDecision';
import { DecisionForm } from './DecisionForm';
import { savedText } from './saveOutcomeText';
import { attendeesNotToldText, RequestHistory, useVisitStyles, VisitRequestSummary } from '../shared';

export interface IDecisionQueueProps {
  requests: IDataLoad<IVisitRequestView[]>;
  service: IVisitRequestService;
  idPrefix: string;
  /** The requests this queue lists (the decider's "Needs a decision"); one decided here stays, showing what was recorded. */
  only: (request: IVisitRequestView) => boolean;
}

/** "Needs a decision" for a decider, oldest first as the service orders them, each with its warnings and flags. */
export function DecisionQueue(props: IDecisionQueueProps): React.ReactElement {
  const classes = useVisitStyles();
  const { load, retry, refresh, update } = props.requests;
  const [deciding, setDeciding] = React.useState<{ id: number; name: string; requester: string } | undefined>();
  const [announcement, setAnnouncement] = React.useState('');
  const [decidedHere, setDecidedHere] = React.useState<readonly number[]>([]);
  if (load.status === 'loading') return <LoadingState label={strings.LoadingQueue} rows={2} />;
  if (load.status === 'failed') return <LoadFailure error={load.error} onRetry={retry} strings={strings} />;
  const listed = load.data.filter(r => props.only(r) || decidedHere.includes(r.id));
  // After a conflict and a reload the request may have left the queue (decided by someone else, or withdrawn).
  const gone = deciding && !listed.some(r => r.id === deciding.id) ? deciding : undefined;
  const decided = (view: IVisitRequestView): void => {
    update(list => list.map(r => (r.id === view.id ? view : r)));
    setDecidedHere(ids => [...ids, view.id]);
    setDeciding(undefined);
    const recorded = savedText(view, { recorded: strings.DecisionRecorded, noEmail: strings.DecisionRecordedNoEmail });
    const attendees = attendeesNotToldText(view);
    setAnnouncement(attendees ? `${recorded} ${attendees}` : recorded);
  };
  return (
    <div className={classes.section}>
      <div role="status" aria-live="polite">{announcement && <p style={{ margin: 0 }}>{announcement}</p>}</div>
      <div aria-live="assertive">
        {gone && (
          <Notice intent="warning" onDismiss={() => setDeciding(undefined)} dismissLabel={strings.Dismiss}>
            {formatText(strings.NoLongerWaiting, gone.name, gone.requester)}
          </Notice>
        )}
      </div>
      {!listed.length ? (
        <EmptyState title={strings.QueueEmpty} />
      ) : (
        <ul className={classes.results} aria-label={strings.NeedsDecisionTab}>
          {listed.map(request => {
            const name = request.premises?.name ?? request.title;
            return (
              <li key={request.id}>
                <VisitRequestSummary request={request} headingLevel="h3" audience="decider">
                  {deciding?.id === request.id && (
                    <DecisionForm request={request} service={props.service} idPrefix={props.idPrefix} onDecided={decided}
                      onReload={refresh} onCancel={() => setDeciding(undefined)} />
                  )}
                  {deciding?.id !== request.id && request.status !== 'Declined' && !isClosedStatus(request.status) && (
                    <div className={classes.actions}>
                      <DefaultButton text={strings.Decide} ariaLabel={formatText(strings.DecideLabel, name, request.requester.name)}
                        onClick={() => setDeciding({ id: request.id, name, requester: request.requester.name })} />
                    </div>
                  )}
                  <RequestHistory service={props.service} requestId={request.id} requestName={name} />
                </VisitRequestSummary>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
