import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import * as strings from 'OfficerDirectoryWebPartStrings';
import { Notice } from '../../../common/components/Notice';
import type { INotifier } from '../../../data/notifications/INotifier';
import { formatIsoDate } from '../../../domain/shared/formatDate';
import { formatText } from '../../../domain/shared/formatText';
import type { IOfficer, IService } from '../../../domain/officers/types';
import { useOfficerStyles } from './officerStyles';
import { OfficerOpenButton, useOfficerName } from './OfficerPieces';
import { reminderFailureText, reviewReminderMessage } from './reviewReminder';

export interface IReviewListProps {
  stale: IOfficer[];
  services: ReadonlyMap<number, IService>;
  reviewMonths: number;
  onOpen: (officerId: number) => void;
  /** Sends the reminders as the signed-in member of Democratic Services. */
  notifier: INotifier;
  /** A clean link to an officer's own entry, where they review it. */
  profileLink: (officerId: number) => string;
}

type ReminderState = { kind: 'sending' } | { kind: 'sent' } | { kind: 'failed'; text: string };

function serviceNames(officer: IOfficer, services: ReadonlyMap<number, IService>): string[] {
  return officer.cloServiceIds.map(id => services.get(id)?.name).filter((n): n is string => !!n);
}

function RemindCell(props: { officer: IOfficer; names: string[]; notifier: INotifier; profileLink: string }): React.ReactElement {
  const name = useOfficerName(props.officer);
  const [state, setState] = React.useState<ReminderState | undefined>(undefined);
  const mounted = React.useRef(true);
  React.useEffect(() => () => { mounted.current = false; }, []);
  const remind = async (): Promise<void> => {
    setState({ kind: 'sending' });
    // Never throws: a reminder that could not go is a result to show.
    const result = await props.notifier.send(reviewReminderMessage(props.officer, props.names, props.profileLink));
    if (!mounted.current) return;
    setState(result.sent ? { kind: 'sent' } : { kind: 'failed', text: reminderFailureText(name, result.reason) });
  };
  return (
    <>
      {state?.kind !== 'sent' && (
        <DefaultButton text={state?.kind === 'sending' ? strings.Reminding : strings.Remind} ariaLabel={formatText(strings.RemindLabel, name)}
          disabled={state?.kind === 'sending'} onClick={() => { remind().catch(() => undefined); }} />
      )}
      {state?.kind === 'sent' && <Notice intent="success">{formatText(strings.Reminded, name)}</Notice>}
      {state?.kind === 'failed' && <Notice intent="error">{state.text}</Notice>}
    </>
  );
}

/**
 * Liaison officer profiles past their review date, longest overdue first: Democratic
 * Services' housekeeping, each with a reminder to the officer by email.
 */
export function ReviewList(props: IReviewListProps): React.ReactElement {
  const classes = useOfficerStyles();
  if (props.stale.length === 0) return <p className={classes.note}>{formatText(strings.ReviewsNone, props.reviewMonths)}</p>;
  return (
    <>
      <p className={classes.note}>{formatText(strings.ReviewsIntro, props.reviewMonths)}</p>
      <table className={`${classes.table} ${classes.stackedTable}`}>
        <caption className={classes.visuallyHidden}>{strings.ReviewsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.ColumnName}</th>
            <th scope="col">{strings.ColumnService}</th>
            <th scope="col">{strings.ColumnLastReviewed}</th>
            <th scope="col">{strings.ColumnReviewedBy}</th>
            <th scope="col">{strings.ColumnRemind}</th>
          </tr>
        </thead>
        <tbody>
          {props.stale.map(officer => {
            const names = serviceNames(officer, props.services);
            return (
              <tr key={officer.id}>
                <td><OfficerOpenButton officer={officer} onOpen={props.onOpen} /></td>
                <td data-label={strings.ColumnService}>{names.join(', ')}</td>
                <td data-label={strings.ColumnLastReviewed}>{officer.lastReviewed ? formatIsoDate(officer.lastReviewed) : strings.NeverReviewed}</td>
                <td data-label={strings.ColumnReviewedBy}>{officer.lastReviewedBy?.name ?? ''}</td>
                <td><RemindCell officer={officer} names={names} notifier={props.notifier} profileLink={props.profileLink(officer.id)} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
