import * as React from 'react';
import { Notice } from '../../../../common/components/Notice';
import * as strings from 'VisitRequestWebPartStrings';
import { formatText } from '../../../../domain/shared/formatText';
import { useDataLoad } from '../../../../common/hooks/useDataLoad';
import type { IVisitRequestService } from '../../../../data/visits/IVisitRequestService';
import type { IVisitReferenceData, IVisitRequestView, VisitResponseAction } from '../../../../domain/visits/types';
import { needsMemberAnswer } from '../../../../domain/visits/memberActions';
import { Tabs } from '../../../../common/components/Tabs';
import { MyRequests } from './MyRequests';
import { attendeesNotToldText, formatVisitWindow, notNotifiedText } from '../shared';
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

const RESPONDED: Record<VisitResponseAction, () => string> = {
  withdraw: () => strings.RespondedWithdraw,
  acceptProposedDate: () => strings.RespondedAcceptProposedDate,
  declineProposedDate: () => strings.RespondedDeclineProposedDate
};

function respondedText(view: IVisitRequestView, action: VisitResponseAction): string {
  const base = formatText(RESPONDED[action](), view.premises?.name ?? view.title, formatVisitWindow(view.start, view.end, strings.WindowTemplate));
  const n = view.notification;
  const told = n?.sent ? formatText(strings.RespondedTold, n.recipientName) : notNotifiedText(n);
  return [base, told, attendeesNotToldText(view)].filter(Boolean).join(' ');
}

/** A councillor's view: ask for a visit, and follow their requests. */
export function MemberVisits(props: IMemberVisitsProps): React.ReactElement {
  const draft = useVisitDraft(props.reference.currentUser.userId, props.instanceId);
  const loader = React.useCallback(() => props.service.myRequests(), [props.service]);
  const requests = useDataLoad(loader);
  const [tab, setTab] = React.useState<Tab>('request');
  // One banner, for the latest thing the member did: each action replaces the one before.
  const [banner, setBanner] = React.useState<{ text: string } | undefined>();
  const confirmation = React.useRef<HTMLDivElement>(null);
  // The button pressed has gone (the form, or the answer's buttons): the banner takes the focus, so keyboard users are not lost.
  React.useEffect(() => { if (banner) confirmation.current?.focus(); }, [banner]);
  const waiting = requests.load.status === 'ready' ? requests.load.data.filter(needsMemberAnswer).length : 0;
  // The web part opens on My requests when something waits on the member, once their requests are read, unless they
  // have already chosen a tab or started typing while it loaded.
  const settled = React.useRef(false);
  React.useEffect(() => {
    if (settled.current || requests.load.status === 'loading') return;
    settled.current = true;
    if (waiting > 0) setTab('mine');
  }, [requests.load.status, waiting]);
  const choose = (next: Tab): void => { settled.current = true; setTab(next); };
  const submitted = (view: IVisitRequestView): void => {
    // The new request first; a list that had not loaded yet is read afresh instead.
    if (requests.load.status === 'ready') requests.update(list => [view, ...list.filter(r => r.id !== view.id)]);
    else requests.retry();
    setBanner({ text: sentText(view) });
    choose('mine');
  };
  const responded = (view: IVisitRequestView, action: VisitResponseAction): void => setBanner({ text: respondedText(view, action) });
  return (
    <div onInput={() => { settled.current = true; }}>
      <div role="status" aria-live="polite" ref={confirmation} tabIndex={-1}>
        {banner && <Notice intent="success" onDismiss={() => setBanner(undefined)}
          dismissLabel={strings.Dismiss}>{banner.text}</Notice>}
      </div>
      <Tabs<Tab> label={strings.MemberTabsLabel} selected={tab} onSelect={choose} idPrefix={props.idPrefix} tabs={[
        { key: 'request', label: strings.RequestTab },
        {
          // The count is of requests waiting on the member (not of all), so it says there is something to do; busy until they are read.
          key: 'mine', busy: requests.load.status === 'loading',
          label: waiting > 0 ? formatText(strings.MyRequestsWaiting, strings.MyRequestsTab, String(waiting)) : strings.MyRequestsTab
        }
      ]}>
        {tab === 'request'
          ? <VisitRequestForm reference={props.reference} service={props.service} draft={draft} idPrefix={props.idPrefix} onSubmitted={submitted} />
          : <MyRequests requests={requests} service={props.service} onStartRequest={() => choose('request')} onResponded={responded} />}
      </Tabs>
    </div>
  );
}
