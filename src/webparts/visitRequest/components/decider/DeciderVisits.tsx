import * as React from 'react';
import * as strings from 'VisitRequestWebPartStrings';
import { Tabs } from '../../../../common/components/Tabs';
import { EmptyState } from '../../../../common/components/states/EmptyState';
import { useDataLoad } from '../../../../common/hooks/useDataLoad';
import type { IVisitRequestService } from '../../../../data/visits/IVisitRequestService';
import { awaitsVisitOutcome, isNamedDecider, isUndecided, type IVisitReferenceData, type IVisitRequestView } from '../../../../domain/visits';
import { DecidedByMe } from './DecidedByMe';
import { DecisionQueue } from './DecisionQueue';
import { PastVisits } from './PastVisits';

export interface IDeciderVisitsProps {
  service: IVisitRequestService;
  reference: IVisitReferenceData;
  idPrefix: string;
}

/**
 * A decider's requests. Edit rights on the list make someone a decider only if the register
 * routes requests to them; anyone else with those rights (a site owner) is told who decides
 * instead of being shown an empty queue.
 */
export function DeciderVisits(props: IDeciderVisitsProps): React.ReactElement {
  if (!isNamedDecider(props.reference, props.reference.currentUser.userId)) {
    return <EmptyState title={strings.NotADeciderTitle} message={strings.NotADeciderMessage} />;
  }
  return <DeciderTabs service={props.service} idPrefix={props.idPrefix} />;
}

type Tab = 'needs' | 'past' | 'decided';

/**
 * What waits for the decider, in two queues read together: requests to decide (oldest
 * first), and approved visits whose day has passed, to record whether each took place;
 * then what they have decided.
 */
function DeciderTabs(props: { service: IVisitRequestService; idPrefix: string }): React.ReactElement {
  const loader = React.useCallback(() => props.service.awaitingMyDecision(), [props.service]);
  const requests = useDataLoad(loader);
  const [tab, setTab] = React.useState<Tab>('needs');
  // Read once per load: a visit whose day passes while the page is open waits for the next load.
  const now = React.useMemo(() => new Date(), [requests.load]);
  const needsDecision = React.useCallback((r: IVisitRequestView) => isUndecided(r.status), []);
  const pastVisit = React.useCallback((r: IVisitRequestView) => awaitsVisitOutcome(r, now), [now]);
  const count = (label: string, keep: (r: IVisitRequestView) => boolean): string =>
    requests.load.status === 'ready' ? `${label} (${requests.load.data.filter(keep).length})` : label;
  const busy = requests.load.status === 'loading';
  return (
    <Tabs<Tab> label={strings.DeciderTabsLabel} selected={tab} onSelect={setTab} idPrefix={props.idPrefix} tabs={[
      { key: 'needs', label: count(strings.NeedsDecisionTab, needsDecision), busy },
      { key: 'past', label: count(strings.PastVisitsTab, pastVisit), busy },
      { key: 'decided', label: strings.DecidedByMeTab }
    ]}>
      {tab === 'needs' && (
        <>
          <p>{strings.QueueIntro}</p>
          <DecisionQueue requests={requests} service={props.service} idPrefix={props.idPrefix} only={needsDecision} />
        </>
      )}
      {tab === 'past' && <PastVisits requests={requests} service={props.service} only={pastVisit} idPrefix={props.idPrefix} />}
      {tab === 'decided' && <DecidedByMe service={props.service} idPrefix={props.idPrefix} />}
    </Tabs>
  );
}
