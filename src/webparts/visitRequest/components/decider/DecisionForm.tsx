import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Notice } from '../../../../common/components/Notice';
import { TextInput } from '../../../../common/components/TextInput';
import * as strings from 'VisitRequestWebPartStrings';
import { formatText } from '../../../../domain/shared/formatText';
import type { IVisitRequestService } from '../../../../data/visits/IVisitRequestService';
import {
  DECISION_OUTCOMES, isVisitOutcome, NEEDED_FOR_DUTIES, type DecisionOutcome, type IVisitRequestView, type NeededForDuties, type VisitOutcome
} from '../../../../domain/visits';
import { checkDecisionForm, emptyDecisionForm, type IDecisionFormState } from './decisionFormState';
import { DateWindowFields, FieldProblem, ProblemList, useVisitStyles } from '../shared';
import { RadioChoices } from './RadioChoices';
import { FindingFields } from './FindingFields';
import { saveFailureText } from './saveOutcomeText';
import { toHubDataError } from '../../../../data/hubDataError';

export interface IDecisionFormProps {
  request: IVisitRequestView;
  service: IVisitRequestService;
  idPrefix: string;
  onDecided: (view: IVisitRequestView) => void;
  /** Reads the latest version of the requests (after a conflict); the form keeps what was typed. */
  onReload: () => Promise<void>;
  onCancel: () => void;
}

type Decision = Exclude<DecisionOutcome, VisitOutcome>;

const OUTCOME_TEXT: Record<Decision, () => string> = {
  'Under consideration': () => strings.OutcomeUnderConsideration,
  Approved: () => strings.OutcomeApprove,
  'Approved with conditions': () => strings.OutcomeApproveWithConditions,
  Declined: () => strings.OutcomeDecline,
  'Other date proposed': () => strings.OutcomeProposeDate
};

/** Whether a visit took place is recorded from "Past visits", with nothing asked again; the form decides. */
const DECISIONS = DECISION_OUTCOMES.filter((o): o is Decision => !isVisitOutcome(o));

type SendState =
  | { kind: 'editing' } | { kind: 'sending' } | { kind: 'failed'; text: string; conflict: boolean; invalid?: boolean }
  | { kind: 'reloaded' };

/**
 * The decision (protocol 004 §20): the outcome, conditions or reasons, another date, and
 * a recorded finding on each ground the protocol names and on whether the member needs the
 * visit for their duties. Sent with the version it was made on: if someone else saved
 * first, nothing is overwritten and what was typed stays for a second look.
 */
export function DecisionForm(props: IDecisionFormProps): React.ReactElement {
  const classes = useVisitStyles();
  const { request } = props;
  const [form, setForm] = React.useState<IDecisionFormState>(emptyDecisionForm);
  const [send, setSend] = React.useState<SendState>({ kind: 'editing' });
  const [showProblems, setShowProblems] = React.useState(false);
  const sending = React.useRef(false);
  const heading = React.useRef<HTMLHeadingElement>(null);
  const summary = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => heading.current?.focus(), []);
  const change = (patch: Partial<IDecisionFormState>): void => setForm(previous => ({ ...previous, ...patch }));
  const check = checkDecisionForm(form, request, new Date());
  const errors = showProblems ? check.errors : {};
  const id = (name: string): string => `${props.idPrefix}-${request.id}-${name}`;
  const name = request.premises?.name ?? request.title;

  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    if (sending.current) return;
    setShowProblems(true);
    if (!check.decision) {
      setSend({ kind: 'failed', text: strings.FixProblems, conflict: false, invalid: true });
      window.setTimeout(() => summary.current?.focus(), 0);
      return;
    }
    sending.current = true;
    setSend({ kind: 'sending' });
    props.service.decide(request.id, request.etag, check.decision).then(view => {
      sending.current = false;
      props.onDecided(view);
    }, (error: unknown) => {
      sending.current = false;
      setSend({ kind: 'failed', ...saveFailureText(error, { conflict: strings.DecisionConflict, network: strings.DecisionNetwork }) });
      window.setTimeout(() => summary.current?.focus(), 0);
    });
  };

  const reload = (): void => {
    props.onReload().then(
      () => { setSend({ kind: 'reloaded' }); summary.current?.focus(); },
      (error: unknown) => setSend({ kind: 'failed', text: formatText(strings.ReloadFailed, toHubDataError(error).message), conflict: true })
    );
  };

  const outcome = form.outcome;
  return (
    <form className={classes.section} onSubmit={submit} noValidate aria-labelledby={id('heading')}>
      <h4 id={id('heading')} ref={heading} tabIndex={-1} style={{ margin: 0 }}>{formatText(strings.DecisionHeading, name, request.requester.name)}</h4>
      <RadioChoices<DecisionOutcome> id={id('outcome')} label={strings.OutcomeLabel} required selectedKey={outcome}
        options={DECISIONS.map(o => ({ key: o, text: OUTCOME_TEXT[o]() }))}
        onChange={value => change({ outcome: value })} />
      <FieldProblem id={id('outcome-error')} text={errors.outcome} />
      {outcome === 'Approved with conditions' && (
        <fieldset className={classes.fieldset}>
          <legend className={classes.legend}>{strings.ConditionsLegend}</legend>
          <p className={classes.secondary} style={{ marginTop: 0 }}>{strings.ConditionsHelp}</p>
          <TextInput label={strings.EscortOfficerLabel} value={form.conditions.escortOfficer} errorMessage={errors.escortOfficer}
            onChange={v => change({ conditions: { ...form.conditions, escortOfficer: v } })} />
          <TextInput label={strings.PpeLabel} value={form.conditions.ppe} errorMessage={errors.ppe}
            onChange={v => change({ conditions: { ...form.conditions, ppe: v } })} />
          <TextInput label={strings.AreasExcludedLabel} value={form.conditions.areasExcluded} errorMessage={errors.areasExcluded}
            onChange={v => change({ conditions: { ...form.conditions, areasExcluded: v } })} />
          <TextInput label={strings.TimeWindowLabel} value={form.conditions.timeWindow} errorMessage={errors.timeWindow}
            onChange={v => change({ conditions: { ...form.conditions, timeWindow: v } })} />
        </fieldset>
      )}
      {outcome === 'Other date proposed' && (
        <DateWindowFields legend={strings.ProposedDateLegend} date={form.proposedDate} from={form.proposedFrom} to={form.proposedTo} required
          errors={{ date: errors.proposedStart, to: errors.proposedEnd }}
          onChange={patch => change({
            ...(patch.date !== undefined ? { proposedDate: patch.date } : {}),
            ...(patch.from !== undefined ? { proposedFrom: patch.from } : {}),
            ...(patch.to !== undefined ? { proposedTo: patch.to } : {})
          })} />
      )}
      <TextInput label={outcome === 'Declined' ? strings.ReasonsRequiredLabel : strings.ReasonsLabel} required={outcome === 'Declined'}
        multiline rows={3} value={form.reasons} errorMessage={errors.reasons}
        description={strings.ReasonsHelp} onChange={v => change({ reasons: v })} />
      <FindingFields legend={strings.GroundHealthAndSafety} idPrefix={id('hs')} value={form.findings.healthAndSafety} error={errors.healthAndSafety}
        onChange={value => change({ findings: { ...form.findings, healthAndSafety: value } })} />
      <FindingFields legend={strings.GroundSensitivity} idPrefix={id('sens')} value={form.findings.sensitivity} error={errors.sensitivity}
        onChange={value => change({ findings: { ...form.findings, sensitivity: value } })} />
      <FindingFields legend={strings.GroundTiming} idPrefix={id('timing')} value={form.findings.timing} error={errors.timing}
        onChange={value => change({ findings: { ...form.findings, timing: value } })} />
      <RadioChoices<NeededForDuties> id={id('duties')} label={strings.NeededForDutiesLabel} required selectedKey={form.neededForDuties}
        options={NEEDED_FOR_DUTIES.map(n => ({ key: n, text: n }))}
        onChange={value => change({ neededForDuties: value })} />
      <FieldProblem id={id('duties-error')} text={errors.neededForDuties} />
      <div ref={summary} tabIndex={-1} aria-live="assertive" aria-atomic="true">
        {send.kind === 'failed' && (
          <Notice intent={send.conflict ? 'warning' : 'error'}
            actions={send.conflict ? <div><DefaultButton text={strings.ReloadLatest} onClick={reload} /></div> : undefined}>
            {send.text}
            {send.invalid && <ProblemList problems={check.errors} />}
          </Notice>
        )}
        {send.kind === 'reloaded' && (
          <Notice intent="info">{formatText(strings.Reloaded, request.status)}</Notice>
        )}
      </div>
      <div className={classes.actions}>
        <PrimaryButton type="submit" text={send.kind === 'sending' ? strings.Sending : strings.RecordDecision} disabled={send.kind === 'sending'} />
        <DefaultButton text={strings.Cancel} onClick={props.onCancel} disabled={send.kind === 'sending'} />
      </div>
    </form>
  );
}
