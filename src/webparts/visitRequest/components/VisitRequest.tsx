import * as React from 'react';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'VisitRequestWebPartStrings';
import { EmptyState } from '../../../common/components/states/EmptyState';
import { LoadFailure } from '../../../common/components/states/LoadFailure';
import { LoadingState } from '../../../common/components/states/LoadingState';
import { useDataLoad } from '../../../common/hooks/useDataLoad';
import type { IVisitRequestService } from '../../../data/visits/IVisitRequestService';
import { AllVisitRequests } from './democraticServices';
import { DeciderVisits } from './decider';
import { MemberVisits } from './member';
import { useVisitStyles } from './shared';

export interface IVisitRequestProps {
  title: string;
  service: IVisitRequestService;
  /** The web part instance: the draft is kept per person and per instance. */
  instanceId: string;
}

/**
 * Premises visit requests (protocol 004 §20). What a person sees follows their role, which
 * the service works out from their effective permissions on the requests list (not from
 * group names); SharePoint, not this screen, enforces it.
 */
export function VisitRequest(props: IVisitRequestProps): React.ReactElement {
  const classes = useVisitStyles();
  const loader = React.useCallback(() => props.service.loadReference(), [props.service]);
  const { load, retry } = useDataLoad(loader);
  const idPrefix = React.useRef(getId('visitRequest')).current;
  const title = props.title.trim();
  const titleId = `${idPrefix}-title`;
  return (
    <section className={classes.root} aria-labelledby={title ? titleId : undefined} aria-label={title ? undefined : strings.DefaultTitle}>
      {title && <h2 id={titleId} className={classes.title}>{title}</h2>}
      {load.status === 'loading' && <LoadingState label={strings.LoadingLabel} rows={3} />}
      {load.status === 'failed' && <LoadFailure error={load.error} onRetry={retry} strings={strings} />}
      {load.status === 'ready' && load.data.role === 'member' && (
        <MemberVisits reference={load.data} service={props.service} instanceId={props.instanceId} idPrefix={idPrefix} />
      )}
      {load.status === 'ready' && load.data.role === 'decider' && (
        <DeciderVisits service={props.service} reference={load.data} idPrefix={idPrefix} />
      )}
      {load.status === 'ready' && load.data.role === 'democraticServices' && (
        <AllVisitRequests service={props.service} siteUrl={load.data.siteUrl} idPrefix={idPrefix} />
      )}
      {load.status === 'ready' && load.data.role === 'none' && <EmptyState title={strings.NoRoleTitle} message={strings.NoRoleMessage} />}
    </section>
  );
}
