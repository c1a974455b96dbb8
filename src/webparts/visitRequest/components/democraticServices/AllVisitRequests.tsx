import * as React from 'react';
import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';
import * as strings from 'VisitRequestWebPartStrings';
import { SearchInput } from '../../../../common/components/SearchInput';
import { Tabs } from '../../../../common/components/Tabs';
import { EmptyState } from '../../../../common/components/states/EmptyState';
import { LoadFailure } from '../../../../common/components/states/LoadFailure';
import { LoadingState } from '../../../../common/components/states/LoadingState';
import { useDataLoad } from '../../../../common/hooks/useDataLoad';
import { themedStyles } from '../../../../common/hooks/themedStyles';
import type { IVisitRequestService } from '../../../../data/visits/IVisitRequestService';
import { formatText } from '../../../../domain/shared/formatText';
import type { IVisitRequestView } from '../../../../domain/visits/types';
import { RequestHistory, useVisitStyles, VisitRequestSummary } from '../shared';
import { countByFilter, isAwaitingRouting, REQUEST_FILTERS, matchesFilter, matchesSearch, sortRequests, type RequestFilter, type RequestSort } from './allRequestsView';
import { WhyNotRouted } from './WhyNotRouted';

export interface IAllVisitRequestsProps {
  service: IVisitRequestService;
  /** The site holding the register, for the links that route a request (IVisitReferenceData.siteUrl). */
  siteUrl: string;
  idPrefix: string;
}

const FILTER_LABELS: Record<RequestFilter, string> = {
  all: strings.AllFilterAll, awaitingRouting: strings.AllFilterAwaitingRouting, flagged: strings.AllFilterFlagged, notNotified: strings.AllFilterNotNotified
};
const SORTS: ReadonlyArray<[RequestSort, string]> = [
  ['soonest', strings.AllSortSoonest], ['newest', strings.AllSortNewest], ['oldest', strings.AllSortOldest]
];

// The browser's own select: its keyboard use, and forced colours, come with it.
const useSortStyles = themedStyles((theme: ITheme) => {
  const c = theme.semanticColors;
  return mergeStyleSets({
    sort: { flex: '0 1 240px', minWidth: 0 },
    select: {
      font: 'inherit', fontSize: theme.fonts.medium.fontSize, color: c.inputText, background: c.inputBackground, width: '100%',
      border: `1px solid ${c.inputBorder}`, borderRadius: 2, padding: '0 8px', height: 32, boxSizing: 'border-box',
      selectors: {
        ':hover': { borderColor: c.inputBorderHovered },
        ':focus': { outline: `2px solid ${c.inputFocusBorderAlt}`, outlineOffset: -1 }
      }
    }
  });
});

/**
 * Democratic Services' view of every request: they decide none, but route those nobody can
 * decide by correcting the register, and follow up flagged requests and messages that did
 * not go. Soonest visit first, so a request to route before its day is seen first.
 */
export function AllVisitRequests(props: IAllVisitRequestsProps): React.ReactElement {
  const loader = React.useCallback(() => props.service.awaitingMyDecision(), [props.service]);
  const { load, retry } = useDataLoad(loader);
  const classes = useVisitStyles();
  return (
    <>
      <h3 className={classes.sectionTitle}>{strings.AllTab}</h3>
      <p>{strings.AllIntro}</p>
      {load.status === 'loading' && <LoadingState label={strings.LoadingQueue} rows={2} />}
      {load.status === 'failed' && <LoadFailure error={load.error} onRetry={retry} strings={strings} />}
      {load.status === 'ready' && <RequestBrowser requests={load.data} service={props.service} siteUrl={props.siteUrl} idPrefix={props.idPrefix} />}
    </>
  );
}

function RequestBrowser(props: { requests: IVisitRequestView[] } & IAllVisitRequestsProps): React.ReactElement {
  const classes = useVisitStyles();
  const sortClasses = useSortStyles();
  const [filter, setFilter] = React.useState<RequestFilter>('all');
  const [query, setQuery] = React.useState('');
  const [sort, setSort] = React.useState<RequestSort>('soonest');
  // One moment for the whole list, so every "visit in n working days" and the order agree.
  const now = React.useMemo(() => new Date(), [props.requests]);
  const found = React.useMemo(() => props.requests.filter(r => matchesSearch(r, query)), [props.requests, query]);
  const counts = countByFilter(found);
  const shown = sortRequests(found.filter(r => matchesFilter(r, filter)), sort, now);
  const returnTo = window.location.href;
  const searchId = `${props.idPrefix}-all-search`;
  const sortId = `${props.idPrefix}-all-sort`;
  const searching = query.trim() !== '';
  return (
    <div className={classes.section}>
      <div className={classes.row}>
        <div role="search" aria-label={strings.AllSearchLabel} className={classes.grow}>
          <label htmlFor={searchId} className={classes.choicesLabel} style={{ display: 'block' }}>{strings.AllSearchLabel}</label>
          <SearchInput id={searchId} value={query} placeholder={strings.AllSearchPlaceholder} clearLabel={strings.ClearSearch}
            onChange={setQuery} onClear={() => setQuery('')} />
        </div>
        <div className={sortClasses.sort}>
          <label htmlFor={sortId} className={classes.choicesLabel} style={{ display: 'block' }}>{strings.AllSortLabel}</label>
          <select id={sortId} className={sortClasses.select} value={sort} onChange={e => setSort(e.target.value as RequestSort)}>
            {SORTS.map(([key, text]) => <option key={key} value={key}>{text}</option>)}
          </select>
        </div>
      </div>
      <Tabs<RequestFilter> label={strings.AllFiltersLabel} selected={filter} onSelect={setFilter} idPrefix={`${props.idPrefix}-all`}
        tabs={REQUEST_FILTERS.map(key => ({ key, label: formatText(FILTER_LABELS[key], counts[key]) }))}>
        <p role="status" className={classes.visuallyHidden}>{formatText(strings.AllShownCount, shown.length, props.requests.length)}</p>
        {!shown.length ? (
          searching
            ? <EmptyState title={formatText(strings.AllNoMatch, query.trim())} message={strings.AllNoMatchHint}
              actionLabel={strings.AllClearSearchAction} onAction={() => setQuery('')} />
            : <EmptyState title={strings.AllEmpty} />
        ) : (
          <ul className={classes.results} aria-label={strings.AllTab}>
            {shown.map(request => (
              <li key={request.id}>
                <VisitRequestSummary request={request} headingLevel="h4" audience="decider">
                  {isAwaitingRouting(request) && <WhyNotRouted request={request} siteUrl={props.siteUrl} returnTo={returnTo} now={now} />}
                  <RequestHistory service={props.service} requestId={request.id} requestName={request.premises?.name ?? request.title} />
                </VisitRequestSummary>
              </li>
            ))}
          </ul>
        )}
      </Tabs>
    </div>
  );
}
