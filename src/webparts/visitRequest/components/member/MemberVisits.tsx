import * as React from 'react';
import { Notice } from '../../../../common/components/Notice';
import * as strings from 'VisitRequestWebPartStrings';
import { formatText } from '../../../../domain/shared/formatText';
import { useDataLoad } from '../../../../common/hooks/useDataLoad';
import type { IVisitRequestService } from '../../../../data/visits/IVisitRequestService';
import type { IVisitReferenceData, IVisitRequestView } from '../../../../domain/visits/types';
import { Tabs } from '../../../../common/components/Tabs';
import { MyRequests } from './MyRequests';
import { attendeesNotToldText, notNotifiedText } from '../shared';
import { useVisitDraft } from './useVisitDraft';
import { VisitRequestForm } from './VisitRequestForm';

export interface IMemberVisitsProps {
  reference: IVisitReferenceData;
  service: IVisitRequestService;
  instanceId: string;
  idPrefix: string;
}

type Tab = 'request' | 'mine';

function sentText(view: IVisitRequestView): string {
  const name = view.premises?.name ?? view.title;
  const base = view.routing.kind === 'routed'
    ? formatText(strings.SubmittedRouted, name, view.routing.deciderName)
    : formatText(strings.SubmittedUnroutable, name);
  const told = view.notificationFailed ? `${base} ${notNotifiedText(view.notification) ?? strings.NotificationFailed}` : base;
  const attendees = attendeesNotToldText(view);
  return attendees ? `${told} ${attendees}` : told;
}

/** A councillor's view: ask for a visit, and follow their requests. */
export function MemberVisits(props: IMemberVisitsProps): React.ReactElement {
  const draft = useVisitDraft(props.reference.currentUser.userId, props.instanceId);
  const loader = React.useCallback(() => props.service.myRequests(), [props.service]);
  const requests = useDataLoad(loader);
  const [tab, setTab] = React.useState<Tab>('request');
  const [sent, setSent] = React.useState<IVisitRequestView | undefined>();
  const confirmation = React.useRef<HTMLDivElement>(null);
  // The Send button has gone with the form: the confirmation takes the focus, so keyboard users are not lost.
  React.useEffect(() => { if (sent) confirmation.current?.focus(); }, [sent]);
  const submitted = (view: IVisitRequestView): void => {
    // The new request first; a list that had not loaded yet is read afresh instead.
    if (requests.load.status === 'ready') requests.update(list => [view, ...list.filter(r => r.id !== view.id)]);
    else requests.retry();
    setSent(view);
    setTab('mine');
  };
  return (
    <>
      <div role="status" aria-live="polite" ref={confirmation} tabIndex={-1}>
        {sent && <Notice intent="success" onDismiss={() => setSent(undefined)}
          dismissLabel={strings.Dismiss}>{sentText(sent)}</Notice>}
      </div>
      <Tabs<Tab> label={strings.MemberTabsLabel} selected={tab} onSelect={setTab} idPrefix={props.idPrefix} tabs={[
        { key: 'request', label: strings.RequestTab },
        {
          // The count tells a member their requests are there before they look; busy until they are read.
          key: 'mine', busy: requests.load.status === 'loading',
          label: requests.load.status === 'ready' ? `${strings.MyRequestsTab} (${requests.load.data.length})` : strings.MyRequestsTab
        }
      ]}>
        {tab === 'request'
          ? <VisitRequestForm reference={props.reference} service={props.service} draft={draft} idPrefix={props.idPrefix} onSubmitted={submitted} />
          : <MyRequests requests={requests} service={props.service} onStartRequest={() => setTab('request')} />}
      </Tabs>
    </>
  );
}
