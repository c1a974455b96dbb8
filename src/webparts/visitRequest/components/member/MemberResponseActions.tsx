import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Notice } from '../../../../common/components/Notice';
import { TextInput } from '../../../../common/components/TextInput';
import * as strings from 'VisitRequestWebPartStrings';
import { formatText } from '../../../../domain/shared/formatText';
import { toHubDataError } from '../../../../data/hubDataError';
import type { IVisitRequestService } from '../../../../data/visits/IVisitRequestService';
import { isUpcomingApprovedVisit, memberResponseActions, type IVisitRequestView, type VisitResponseAction } from '../../../../domain/visits';
import { AddToCalendarButton } from './AddToCalendarButton';
import { newSubmissionKey } from './visitFormState';
import { useVisitStyles } from '../shared';


type Pending = { action: VisitResponseAction; key: string; note: string; sending: boolean; error?: string };

export interface IMemberResponseActionsProps {
  request: IVisitRequestView;
  service: IVisitRequestService;
  onResponded: (view: IVisitRequestView, action: VisitResponseAction) => void;
}

const CONFIRM_TEXT: Record<VisitResponseAction, () => string> = {
  withdraw: () => strings.ConfirmWithdraw,
  acceptProposedDate: () => strings.ConfirmAccept,
  declineProposedDate: () => strings.ConfirmDecline
};
const ACTION_TEXT: Record<VisitResponseAction, () => string> = {
  withdraw: () => strings.Withdraw,
  acceptProposedDate: () => strings.AcceptProposedDate,
  declineProposedDate: () => strings.DeclineProposedDate
};

/**
 * The member's answers after sending: withdraw, or accept / decline another date, and an
 * approved visit to come into their calendar. Each answer is confirmed first and carries its
 * own key, so a retry after a failure adds one entry.
 */
export function MemberResponseActions(props: IMemberResponseActionsProps): React.ReactElement {
  const classes = useVisitStyles();
  const { request } = props;
  const [pending, setPending] = React.useState<Pending | undefined>();
  const confirmRef = React.useRef<HTMLDivElement>(null);
  const pendingAction = pending?.action;
  React.useEffect(() => { if (pendingAction) confirmRef.current?.focus(); }, [pendingAction]);
  const now = new Date();
  const available = memberResponseActions(request, now);
  const upcoming = isUpcomingApprovedVisit(request, now);
  if (!available.length && !upcoming) return <></>;

  const send = (): void => {
    if (!pending || pending.sending) return;
    const current = { ...pending, sending: true, error: undefined };
    setPending(current);
    props.service.respond(request.id, current.action, current.note.trim() || undefined, current.key).then(
      view => { setPending(undefined); props.onResponded(view, current.action); },
      (error: unknown) => {
        const failure = toHubDataError(error);
        const text = failure.kind === 'network' ? strings.ResponseNetwork
          : failure.kind === 'forbidden' ? strings.ResponseForbidden : formatText(strings.ResponseUnknown, failure.message);
        setPending({ ...current, sending: false, error: text });
      });
  };

  if (!pending) {
    return (
      <div className={classes.actions}>
        {upcoming && <AddToCalendarButton request={request} />}
        {available.map(action => (
          <DefaultButton key={action} text={ACTION_TEXT[action]()}
            ariaLabel={formatText(strings.ActionOnRequest, ACTION_TEXT[action](), request.premises?.name ?? request.title)}
            onClick={() => setPending({ action, key: newSubmissionKey(), note: '', sending: false })} />
        ))}
      </div>
    );
  }
  // Withdrawing from an approved visit cancels plans the premises have made: the question says so.
  const question = pending.action === 'withdraw' && upcoming ? strings.ConfirmWithdrawApproved : CONFIRM_TEXT[pending.action]();
  return (
    <div ref={confirmRef} tabIndex={-1} role="group" aria-label={question} className={classes.section}>
      <p style={{ margin: 0 }}><strong>{question}</strong></p>
      <TextInput label={strings.ResponseNoteLabel} value={pending.note} multiline rows={2}
        onChange={v => setPending({ ...pending, note: v })} disabled={pending.sending} />
      <div aria-live="assertive">
        {pending.error && <Notice intent="error">{pending.error}</Notice>}
      </div>
      <div className={classes.actions}>
        <PrimaryButton text={pending.sending ? strings.Sending : formatText(strings.ConfirmAction, ACTION_TEXT[pending.action]())}
          onClick={send} disabled={pending.sending} />
        <DefaultButton text={strings.Cancel} onClick={() => setPending(undefined)} disabled={pending.sending} />
      </div>
    </div>
  );
}
