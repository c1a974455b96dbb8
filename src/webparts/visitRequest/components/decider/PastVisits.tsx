import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import * as strings from 'VisitRequestWebPartStrings';
import { Notice } from '../../../../common/components/Notice';
import { EmptyState } from '../../../../common/components/states/EmptyState';
import { LoadFailure } from '../../../../common/components/states/LoadFailure';
import { LoadingState } from '../../../../common/components/states/LoadingState';
import type { IDataLoad } from '../../../../common/hooks/useDataLoad';
import type { IVisitRequestService } from '../../../../data/visits/IVisitRequestService';
import { formatText } from '../../../../domain/shared/formatText';
import type { IVisitRequestView, VisitOutcome } from '../../../../domain/visits/types';
import { RequestHistory, useVisitStyles, VisitRequestSummary } from '../shared';
import { saveFailureText, savedText, type ISaveFailure } from './saveOutcomeText';
import { toHubDataError } from '../../../../data/hubDataError';

export interface IPastVisitsProps {
  /** The decider's queue, read once for both tabs. */
  requests: IDataLoad<IVisitRequestView[]>;
  service: IVisitRequestService;
  /** The approved visits whose day has passed; one recorded here stays, showing what was recorded. */
  only: (request: IVisitRequestView) => boolean;
  idPrefix: string;
}

type Failure = ISaveFailure & { id: number };


/**
 * "Past visits: did it take place?": approved visits whose day has passed. The decision, its
 * findings and the need for the visit stand as recorded, so one click records the outcome.
 */
export function PastVisits(props: IPastVisitsProps): React.ReactElement {
  const classes = useVisitStyles();
  const { load, retry, refresh, update } = props.requests;
  const [saving, setSaving] = React.useState<number | undefined>();
  const [failure, setFailure] = React.useState<Failure | undefined>();
  const [recordedHere, setRecordedHere] = React.useState<readonly number[]>([]);
  const [announcement, setAnnouncement] = React.useState('');
  const status = React.useRef<HTMLDivElement>(null);
  // The buttons pressed go once recorded: the confirmation takes the focus, so keyboard users are not lost.
  React.useEffect(() => { if (announcement) status.current?.focus(); }, [announcement]);
  if (load.status === 'loading') return <LoadingState label={strings.LoadingQueue} rows={2} />;
  if (load.status === 'failed') return <LoadFailure error={load.error} onRetry={retry} strings={strings} />;
  const shown = load.data.filter(r => props.only(r) || recordedHere.includes(r.id));

  const record = (request: IVisitRequestView, outcome: VisitOutcome): void => {
    if (saving !== undefined) return;
    setSaving(request.id);
    setFailure(undefined);
    props.service.recordVisitOutcome(request.id, request.etag, outcome).then(view => {
      update(list => list.map(r => (r.id === view.id ? view : r)));
      setRecordedHere(ids => [...ids, view.id]);
      setSaving(undefined);
      setAnnouncement(savedText(view, { recorded: strings.VisitOutcomeRecorded, noEmail: strings.VisitOutcomeRecordedNoEmail }));
    }, (error: unknown) => {
      setSaving(undefined);
      setFailure({ id: request.id, ...saveFailureText(error, { conflict: strings.VisitOutcomeConflict, network: strings.VisitOutcomeNetwork }) });
    });
  };
  const reload = (): void => {
    refresh().then(() => setFailure(undefined),
      (error: unknown) => setFailure(f => f && { ...f, text: formatText(strings.ReloadFailed, toHubDataError(error).message) }));
  };

  return (
    <div className={classes.section}>
      <p>{strings.PastVisitsIntro}</p>
      <div role="status" aria-live="polite" ref={status} tabIndex={-1}>{announcement && <p style={{ margin: 0 }}>{announcement}</p>}</div>
      {!shown.length ? <EmptyState title={strings.PastVisitsEmpty} /> : (
        <ul className={classes.results} aria-label={strings.PastVisitsTab}>
          {shown.map(request => {
            const name = request.premises?.name ?? request.title;
            const questionId = `${props.idPrefix}-${request.id}-took-place`;
            return (
              <li key={request.id}>
                <VisitRequestSummary request={request} headingLevel="h3" audience="decider">
                  {props.only(request) && (
                    <div role="group" aria-labelledby={questionId}>
                      <p id={questionId} style={{ margin: '0 0 8px' }}>{formatText(strings.VisitOutcomeQuestion, name)}</p>
                      <div className={classes.actions}>
                        <DefaultButton text={strings.VisitHeldButton} disabled={saving !== undefined}
                          ariaLabel={formatText(strings.VisitHeldLabel, name, request.requester.name)} onClick={() => record(request, 'Visit held')} />
                        <DefaultButton text={strings.VisitNotHeldButton} disabled={saving !== undefined}
                          ariaLabel={formatText(strings.VisitNotHeldLabel, name, request.requester.name)} onClick={() => record(request, 'Visit did not take place')} />
                      </div>
                    </div>
                  )}
                  <div aria-live="assertive">
                    {failure?.id === request.id && (
                      <Notice intent={failure.conflict ? 'warning' : 'error'}
                        actions={failure.conflict ? <div><DefaultButton text={strings.ReloadLatest} onClick={reload} /></div> : undefined}>
                        {failure.text}
                      </Notice>
                    )}
                  </div>
                  <RequestHistory service={props.service} requestId={request.id} requestName={name} />
                </VisitRequestSummary>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
