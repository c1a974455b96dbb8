import * as React from 'react';
import * as strings from 'VisitRequestWebPartStrings';
import { EmptyState } from '../../../../common/components/states/EmptyState';
import { LoadFailure } from '../../../../common/components/states/LoadFailure';
import { LoadingState } from '../../../../common/components/states/LoadingState';
import type { IDataLoad } from '../../../../common/hooks/useDataLoad';
import type { IVisitRequestService } from '../../../../data/visits/IVisitRequestService';
import type { IVisitRequestView, VisitResponseAction } from '../../../../domain/visits/types';
import { needsMemberAnswer } from '../../../../domain/visits/memberActions';
import { MemberResponseActions } from './MemberResponseActions';
import { RequestHistory, useVisitStyles, VisitRequestSummary } from '../shared';

export interface IMyRequestsProps {
  requests: IDataLoad<IVisitRequestView[]>;
  service: IVisitRequestService;
  onStartRequest: () => void;
  /** After the member's answer is saved (the list already shows it). */
  onResponded: (view: IVisitRequestView, action: VisitResponseAction) => void;
}

/** The member's own requests, newest first: status, who decides, what was decided and why, and what they can still do. */
export function MyRequests(props: IMyRequestsProps): React.ReactElement {
  const classes = useVisitStyles();
  const { load, retry, update } = props.requests;
  if (load.status === 'loading') return <LoadingState label={strings.LoadingMyRequests} rows={2} />;
  if (load.status === 'failed') return <LoadFailure error={load.error} onRetry={retry} strings={strings} />;
  if (!load.data.length) {
    return <EmptyState title={strings.MyRequestsEmpty} message={strings.MyRequestsEmptyHelp}
      actionLabel={strings.StartRequest} onAction={props.onStartRequest} />;
  }
  const replace = (view: IVisitRequestView, action: VisitResponseAction): void => {
    update(list => list.map(r => (r.id === view.id ? view : r)));
    props.onResponded(view, action);
  };
  return (
    <ul className={classes.results} aria-label={strings.MyRequestsTab}>
      {load.data.map(request => (
        <li key={request.id}>
          <VisitRequestSummary request={request} headingLevel="h3" audience="member"
            marker={needsMemberAnswer(request) ? strings.NeedsYourAnswer : undefined}>
            <MemberResponseActions request={request} service={props.service} onResponded={replace} />
            <RequestHistory service={props.service} requestId={request.id} requestName={request.premises?.name ?? request.title} />
          </VisitRequestSummary>
        </li>
      ))}
    </ul>
  );
}
