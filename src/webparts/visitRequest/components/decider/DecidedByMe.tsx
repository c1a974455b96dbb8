import * as React from 'react';
import * as strings from 'VisitRequestWebPartStrings';
import { SearchInput } from '../../../../common/components/SearchInput';
import { EmptyState } from '../../../../common/components/states/EmptyState';
import { LoadFailure } from '../../../../common/components/states/LoadFailure';
import { LoadingState } from '../../../../common/components/states/LoadingState';
import { useDataLoad } from '../../../../common/hooks/useDataLoad';
import type { IVisitRequestService } from '../../../../data/visits/IVisitRequestService';
import { formatText } from '../../../../domain/shared/formatText';
import type { IVisitRequestView } from '../../../../domain/visits/types';
import { RequestHistory, useVisitStyles, VisitRequestSummary } from '../shared';

/** Every word typed appears in the premises, the member's name or the status (in any order, any case). */
function matches(request: IVisitRequestView, query: string): boolean {
  const text = [request.premises?.name ?? request.title, request.requester.name, request.status].join(' ').toLocaleLowerCase();
  return query.toLocaleLowerCase().split(/\s+/).filter(Boolean).every(word => text.includes(word));
}

/** "Decided by me": the requests whose decision the signed-in decider recorded, most recent first, searchable. */
export function DecidedByMe(props: { service: IVisitRequestService; idPrefix: string }): React.ReactElement {
  const classes = useVisitStyles();
  const loader = React.useCallback(() => props.service.decidedByMe(), [props.service]);
  const { load, retry } = useDataLoad(loader);
  const [query, setQuery] = React.useState('');
  const searchId = `${props.idPrefix}-decided-search`;
  if (load.status === 'loading') return <LoadingState label={strings.LoadingDecidedByMe} rows={2} />;
  if (load.status === 'failed') return <LoadFailure error={load.error} onRetry={retry} strings={strings} />;
  if (!load.data.length) return <EmptyState title={strings.DecidedByMeEmpty} />;
  const shown = query.trim() ? load.data.filter(r => matches(r, query)) : load.data;
  return (
    <div className={classes.section}>
      <p>{strings.DecidedByMeIntro}</p>
      <div>
        <label htmlFor={searchId} className={classes.choicesLabel}>{strings.DecidedByMeSearchLabel}</label>
        <SearchInput id={searchId} value={query} onChange={setQuery} onClear={() => setQuery('')} clearLabel={strings.ClearSearch} />
      </div>
      <p role="status" style={{ margin: 0 }}>
        {query.trim() && (shown.length ? formatText(strings.DecidedByMeShown, shown.length, load.data.length) : formatText(strings.DecidedByMeNoMatch, query.trim()))}
      </p>
      {shown.length > 0 && (
        <ul className={classes.results} aria-label={strings.DecidedByMeTab}>
          {shown.map(request => (
            <li key={request.id}>
              <VisitRequestSummary request={request} headingLevel="h3" audience="decider">
                <RequestHistory service={props.service} requestId={request.id} requestName={request.premises?.name ?? request.title} />
              </VisitRequestSummary>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
