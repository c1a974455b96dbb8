import * as React from 'react';
import { Notice } from '../../../../common/components/Notice';
import * as strings from 'VisitRequestWebPartStrings';
import { formatText } from '../../../../domain/shared/formatText';
import { describeExclusionReason } from '../../../../domain/visits/describeExclusionReason';
import { describeDecider } from '../../../../domain/visits/describeRouting';
import type { IVisitDecision, IVisitRequestView } from '../../../../domain/visits/types';
import { attendeesNotToldText, notNotifiedEntryText, notNotifiedText } from './notificationText';
import { formatVisitWindow, formatWhen } from './visitDates';
import { VisitFlags, VisitWarnings } from './VisitNotices';
import { useVisitStyles } from './visitStyles';

export interface IVisitRequestSummaryProps {
  request: IVisitRequestView;
  headingLevel: 'h3' | 'h4';
  /** The decider and Democratic Services see the requester and any flags; the member sees their own. */
  audience: 'member' | 'decider';
  /** Words beside the status when the request asks something of the reader, e.g. "Needs your answer". */
  marker?: string;
  children?: React.ReactNode;
}

const DECIDED = ['Approved', 'Approved with conditions', 'Declined', 'Other date proposed', 'Visit held', 'Visit did not take place'];

/** The decider's conditions, one line each, as the card and the member's calendar entry show them. */
export function conditionLines(decision: IVisitDecision): string[] {
  const c = decision.conditions;
  return [
    c.escortOfficer.trim() && formatText(strings.ConditionEscort, c.escortOfficer.trim()),
    c.ppe.trim() && formatText(strings.ConditionPpe, c.ppe.trim()),
    c.areasExcluded.trim() && formatText(strings.ConditionAreas, c.areasExcluded.trim()),
    c.timeWindow.trim() && formatText(strings.ConditionTime, c.timeWindow.trim())
  ].filter((s): s is string => !!s);
}

/** "Marcus Webb (Director of Place)", or why there is nobody. */
function deciderText(request: IVisitRequestView): string {
  const r = request.routing;
  if (r.kind === 'routed') return describeDecider(r, strings);
  if (r.kind === 'unroutable') return strings.DeciderDemocraticServices;
  return strings.DeciderNone;
}

/** The decision's date, and who recorded it when that was not the person named to decide (the flags say more). */
function decidedText(request: IVisitRequestView): string {
  const by = request.decidedBy && (request.routing.kind !== 'routed' || request.decidedBy.name !== request.routing.deciderName)
    ? request.decidedBy.name : undefined;
  return [by, request.decidedOn ? formatWhen(request.decidedOn) : undefined].filter(Boolean).join(', ');
}

/** One request as its people need to see it: where, when, status, who decides, and what was decided and why. */
export function VisitRequestSummary(props: IVisitRequestSummaryProps): React.ReactElement {
  const classes = useVisitStyles();
  const { request } = props;
  const decided = DECIDED.includes(request.status);
  const decision = decided ? request.decision : undefined;
  const conditions = decision && request.status === 'Approved with conditions' ? conditionLines(decision) : [];
  const name = request.premises?.name ?? request.title;
  const attendeesNotTold = attendeesNotToldText(request);
  const Heading = props.headingLevel;
  return (
    <article className={classes.card} aria-label={formatText(strings.RequestLabel, name, request.status)}>
      <div className={classes.cardHeader}>
        <Heading className={classes.summaryTitle}>{name}</Heading>
        <span>
          <span className={classes.badge}>{request.status}</span>
          {props.marker && <> <span className={classes.marker}>{props.marker}</span></>}
        </span>
      </div>
      <dl className={classes.facts}>
        {props.audience === 'decider' && <><dt>{strings.FactRequester}</dt><dd>{request.requester.name}</dd></>}
        <dt>{strings.FactWhen}</dt><dd>{formatVisitWindow(request.start, request.end, strings.WindowTemplate)}</dd>
        {request.alternativeStart && (
          <><dt>{strings.FactAlternative}</dt><dd>{formatVisitWindow(request.alternativeStart, request.alternativeEnd, strings.WindowTemplate)}</dd></>
        )}
        <dt>{decided ? strings.FactDecider : strings.FactDeciderPending}</dt><dd>{deciderText(request)}</dd>
        <dt>{strings.FactSent}</dt><dd>{formatWhen(request.created)}</dd>
        {props.audience === 'decider' && <><dt>{strings.FactPurpose}</dt><dd>{request.purpose}</dd></>}
        {props.audience === 'decider' && request.attendingMembers.length > 0 && (
          <><dt>{strings.FactMembersAttending}</dt><dd>{request.attendingMembers.map(m => m.name).join(', ')}</dd></>
        )}
        {request.otherAttendees.length > 0 && (
          <><dt>{strings.FactOthersAttending}</dt>
            <dd>{request.otherAttendees.map(o => formatText(strings.OtherAttendeeText, o.name, o.organisation)).join('; ')}</dd></>
        )}
        {props.audience === 'decider' && request.needsAdjustments && <><dt>{strings.FactNeedsAdjustments}</dt><dd>{strings.NeedsAdjustmentsFact}</dd></>}
        {request.decidedBy && decidedText(request) && <><dt>{strings.FactDecidedBy}</dt><dd>{decidedText(request)}</dd></>}
        {conditions.length > 0 && <><dt>{strings.FactConditions}</dt><dd><ul className={classes.history}>{conditions.map(c => <li key={c}>{c}</li>)}</ul></dd></>}
        {decision && decision.reasons.trim() && <><dt>{strings.FactReasons}</dt><dd>{decision.reasons}</dd></>}
        {request.status === 'Other date proposed' && decision?.proposedStart && (
          <><dt>{strings.FactProposedDate}</dt><dd>{formatVisitWindow(decision.proposedStart, decision.proposedEnd, strings.WindowTemplate)}</dd></>
        )}
      </dl>
      {request.changesAfterSubmission.length > 0 && (
        <Notice intent="warning">
          {strings.ChangedAfterSubmissionTitle}
          <ul className={classes.history}>
            {request.changesAfterSubmission.map((c, i) => (
              <li key={i}>{formatText(strings.ChangedAfterSubmission, c.field, c.by.name, formatWhen(c.when), c.from, c.to)}</li>
            ))}
          </ul>
        </Notice>
      )}
      {request.routing.kind === 'excluded' && (
        <Notice intent="blocked">{describeExclusionReason(request.routing.reason, strings)} {strings.PremisesPublicRights}</Notice>
      )}
      {request.notificationFailed && <Notice intent="warning">{notNotifiedText(request.notification) ?? strings.NotificationFailed}</Notice>}
      {attendeesNotTold && <Notice intent="warning">{attendeesNotTold}</Notice>}
      {props.audience === 'decider' && request.notNotified && request.notNotified.length > 0 && (
        <Notice intent="warning">
          <strong>{strings.NotNotifiedTitle}</strong>
          <ul className={classes.history}>{request.notNotified.map((n, i) => <li key={i}>{notNotifiedEntryText(n)}</li>)}</ul>
        </Notice>
      )}
      {props.audience === 'decider' && <VisitFlags flags={request.flags} />}
      <VisitWarnings warnings={request.warnings} />
      {props.children}
    </article>
  );
}
