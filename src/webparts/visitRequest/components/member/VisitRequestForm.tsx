import * as React from 'react';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { CheckboxInput } from '../../../../common/components/CheckboxInput';
import { Notice } from '../../../../common/components/Notice';
import { TextInput } from '../../../../common/components/TextInput';
import * as strings from 'VisitRequestWebPartStrings';
import { formatText } from '../../../../domain/shared/formatText';
import { toHubDataError } from '../../../../data/hubDataError';
import type { IVisitRequestService } from '../../../../data/visits/IVisitRequestService';
import type { IVisitReferenceData, IVisitRequestView, IVisitWarning } from '../../../../domain/visits/types';
import { AttendeeFields } from './AttendeeFields';
import { DateWindowFields, LiveVisitWarnings, ProblemList, useVisitStyles } from '../shared';
import { PremisesDetails } from './PremisesDetails';
import { PremisesPicker } from './PremisesPicker';
import { RoutingNotice } from './RoutingNotice';
import type { IVisitDraftState } from './useVisitDraft';
import type { IVisitFormState } from './visitFormState';
import { checkVisitForm } from './checkVisitForm';

export interface IVisitRequestFormProps {
  reference: IVisitReferenceData;
  service: IVisitRequestService;
  draft: IVisitDraftState;
  idPrefix: string;
  onSubmitted: (view: IVisitRequestView) => void;
}

/** The alternative window's fields carry their own names in the stored form. */
function alternativePatch(patch: { date?: string; from?: string; to?: string }): Partial<IVisitFormState> {
  const out: Partial<IVisitFormState> = {};
  if (patch.date !== undefined) out.alternativeDate = patch.date;
  if (patch.from !== undefined) out.alternativeFrom = patch.from;
  if (patch.to !== undefined) out.alternativeTo = patch.to;
  return out;
}

/** "Please give at least 5 working days’ notice", in the singular for one; nothing to ask for when none is needed. */
function noticeHint(days: number): string | undefined {
  if (days <= 0) return undefined;
  return days === 1 ? strings.ProposedHintOne : formatText(strings.ProposedHint, days);
}

// Warnings about the day and times chosen, shown under those fields.
const DATE_WARNINGS: ReadonlyArray<IVisitWarning['kind']> = ['sensitivePeriod', 'shortNotice', 'weekend', 'outOfHours'];

type SendState = { kind: 'editing' } | { kind: 'sending' } | { kind: 'failed'; text: string; invalid?: boolean };

function sendFailureText(kind: string, message: string): string {
  switch (kind) {
    case 'forbidden': return strings.SubmitForbidden;
    case 'network': return strings.SubmitNetwork;
    case 'invalid': return formatText(strings.SubmitInvalid, message);
    default: return formatText(strings.SubmitUnknown, message);
  }
}

/**
 * The member's request (protocol 004 §20): premises from the register, when, why, who,
 * access needs and the health-and-safety promise; who will decide and why before it goes.
 * Everything typed is kept (useVisitDraft) until the request is stored.
 */
export function VisitRequestForm(props: IVisitRequestFormProps): React.ReactElement {
  const classes = useVisitStyles();
  const { reference, draft } = props;
  const { form, change } = draft;
  const [send, setSend] = React.useState<SendState>({ kind: 'editing' });
  const [showProblems, setShowProblems] = React.useState(false);
  const sending = React.useRef(false);
  const summary = React.useRef<HTMLDivElement>(null);
  const premises = reference.premises.find(p => p.id === form.premisesId);
  const check = checkVisitForm(form, reference, new Date());
  const errors: Record<string, string | undefined> = showProblems ? check.errors : {};
  const id = (name: string): string => `${props.idPrefix}-${name}`;

  const focusSummary = (): void => { window.setTimeout(() => summary.current?.focus(), 0); };

  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    // A second click while the first is on its way sends nothing more (the key would make it one request anyway).
    if (sending.current) return;
    setShowProblems(true);
    if (!check.draft) {
      setSend({ kind: 'failed', text: strings.FixProblems, invalid: true });
      focusSummary();
      return;
    }
    sending.current = true;
    setSend({ kind: 'sending' });
    props.service.submit(check.draft).then(view => {
      sending.current = false;
      draft.startAgain();
      setShowProblems(false);
      setSend({ kind: 'editing' });
      props.onSubmitted(view);
    }, (error: unknown) => {
      sending.current = false;
      const failure = toHubDataError(error);
      setSend({ kind: 'failed', text: sendFailureText(failure.kind, failure.message) });
      focusSummary();
    });
  };

  if (!premises) {
    return (
      <div className={classes.section}>
        <p>{strings.FormIntro}</p>
        <PremisesPicker premises={reference.premises} idPrefix={props.idPrefix} onSelect={premisesId => change({ premisesId })} />
      </div>
    );
  }
  const excluded = premises.eligibility !== 'Eligible';
  const purposeLeft = check.limits.purpose - form.purpose.length;
  // Health and safety is said once, with the premises above; the rest sit by what they are about.
  const dateWarnings = check.warnings.filter(w => DATE_WARNINGS.includes(w.kind));
  const attendeeWarnings = check.warnings.filter(w => w.kind === 'nonCouncillorAttendee');
  return (
    <form className={classes.section} onSubmit={submit} noValidate aria-labelledby={id('premises')}>
      {draft.restored && <Notice intent="info">{strings.DraftRestored}</Notice>}
      <PremisesDetails premises={premises} headingId={id('premises')} onChange={() => change({ premisesId: undefined })} />
      {excluded ? (
        <div className={classes.actions}>
          <DefaultButton text={strings.ChooseOtherPremises} onClick={() => change({ premisesId: undefined })} />
        </div>
      ) : (
        <>
          <DateWindowFields legend={strings.ProposedLegend} hint={noticeHint(reference.minimumNoticeWorkingDays)}
            date={form.date} from={form.from} to={form.to} required
            errors={{ date: errors.date ?? errors.start, from: errors.from, to: errors.to ?? errors.end }}
            onChange={patch => change(patch)}>
            <LiveVisitWarnings warnings={dateWarnings} />
          </DateWindowFields>
          <DateWindowFields legend={strings.AlternativeLegend} hint={strings.AlternativeHint}
            date={form.alternativeDate} from={form.alternativeFrom} to={form.alternativeTo} required={false}
            errors={{ date: errors.alternativeDate ?? errors.alternativeStart, from: errors.alternativeFrom, to: errors.alternativeTo ?? errors.alternativeEnd }}
            onChange={patch => change(alternativePatch(patch))} />
          <TextInput label={strings.PurposeLabel} multiline rows={4} required value={form.purpose}
            errorMessage={errors.purpose} onChange={v => change({ purpose: v })}
            description={formatText(strings.PurposeHelp, Math.max(0, purposeLeft))} />
          <AttendeeFields members={reference.members} currentMemberId={reference.members.find(m => m.userId === reference.currentUser.userId)?.id} form={form} onChange={change} errors={errors} idPrefix={props.idPrefix} />
          <LiveVisitWarnings warnings={attendeeWarnings} />
          <div>
            <CheckboxInput label={strings.NeedsAdjustmentsLabel} checked={form.needsAdjustments} describedBy={id('adjustments-help')}
              onChange={checked => change({ needsAdjustments: checked })} />
            <p id={id('adjustments-help')} className={`${classes.secondary} ${classes.findBelow}`}>{strings.NeedsAdjustmentsHelp}</p>
          </div>
          <CheckboxInput label={strings.AcknowledgeLabel} checked={form.acknowledgesHealthAndSafety}
            onChange={checked => change({ acknowledgesHealthAndSafety: checked })} />
          {errors.acknowledgesHealthAndSafety && (
            <p role="alert" style={{ margin: 0, color: '#a4262c' }}>{errors.acknowledgesHealthAndSafety}</p>
          )}
          <RoutingNotice routing={check.routing} premises={premises} />
          <div ref={summary} tabIndex={-1} aria-live="assertive" aria-atomic="true">
            {send.kind === 'failed' && (
              <Notice intent="error">
                {send.text} {strings.NothingLost}
                {send.invalid && <ProblemList problems={check.errors} />}
              </Notice>
            )}
          </div>
          <div className={classes.actions}>
            <PrimaryButton type="submit" text={send.kind === 'sending' ? strings.Sending : strings.SendRequest} disabled={send.kind === 'sending'} />
          </div>
        </>
      )}
    </form>
  );
}
