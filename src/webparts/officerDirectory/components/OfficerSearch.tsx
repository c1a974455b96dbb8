import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Label } from '@fluentui/react/lib/Label';
import { Notice } from '../../../common/components/Notice';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import * as strings from 'OfficerDirectoryWebPartStrings';
import { EmptyState } from '../../../common/components/states/EmptyState';
import { formatText } from '../../../domain/shared/formatText';
import { useTypedText } from '../../../common/hooks/useTypedText';
import type { IOfficerUrlState } from '../../../domain/officers/officerUrlState';
import type { UrlStateUpdate } from '../../../common/hooks/useUrlState';
import { createOfficerSearch, hasOfficerRefinements, type IOfficerRefinements, type IOfficerSearch } from '../../../domain/officers/searchOfficers';
import type { IOfficerDirectoryData } from '../../../domain/officers/types';
import { OfficerCard } from './OfficerCard';
import { OfficerRefiners, useRefinerOptions } from './OfficerRefiners';
import { useOfficerStyles } from './officerStyles';
import type { IOfficerIndexState } from './useOfficerIndex';

export interface IOfficerSearchProps {
  data: IOfficerDirectoryData;
  index: IOfficerIndexState;
  urlState: IOfficerUrlState;
  onUrlStateChange: UrlStateUpdate<IOfficerUrlState>;
  today: string;
  reviewMonths: number;
  pageSize: number;
  idPrefix: string;
  onOpen: (officerId: number) => void;
}

function countText(count: number): string {
  if (count === 0) return strings.ResultCountNone;
  return count === 1 ? strings.ResultCountOne : formatText(strings.ResultCountMany, count);
}

function IndexProgress(props: { index: IOfficerIndexState; total: number | undefined }): React.ReactElement {
  const { index, total } = props;
  if (index.error) {
    return <Notice intent="warning">{formatText(strings.IndexFailed, index.error.message)}</Notice>;
  }
  if (index.done) return <></>;
  if (index.read === 0) return <p role="status" aria-live="polite">{strings.IndexStarting}</p>;
  const read = index.read.toLocaleString('en-GB');
  return (
    <p role="status" aria-live="polite">
      {total ? formatText(strings.IndexLoading, read, total.toLocaleString('en-GB')) : formatText(strings.IndexLoadingUnknown, read)}
    </p>
  );
}

type IdleWindow = Window & {
  requestIdleCallback?: (run: () => void) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/**
 * Once every officer is in, works out each one-letter search while the browser is idle, a
 * letter at a time, so the first key of a search answers at once (Safari, without idle
 * callbacks, gets a short timer instead).
 */
function usePreparedFirstLetters(search: IOfficerSearch, ready: boolean): void {
  React.useEffect(() => {
    if (!ready || typeof window === 'undefined') return undefined;
    const idle = window as IdleWindow;
    let handle: number | undefined;
    const schedule = (run: () => void): number => idle.requestIdleCallback ? idle.requestIdleCallback(run) : window.setTimeout(run, 50);
    const step = (): void => { handle = search.prepareNextLetter() ? schedule(step) : undefined; };
    handle = schedule(step);
    return () => {
      if (handle === undefined) return;
      if (idle.cancelIdleCallback) idle.cancelIdleCallback(handle);
      else window.clearTimeout(handle);
    };
  }, [search, ready]);
}

/** "Search officers": everyone current, by name, job title, service, directorate or topic, with refiners. */
export function OfficerSearch(props: IOfficerSearchProps): React.ReactElement {
  const classes = useOfficerStyles();
  const { urlState, onUrlStateChange: update, index } = props;
  const { refinements } = urlState;
  const commitQuery = React.useCallback((query: string) => update({ query }), [update]);
  const { text: query, type, commitNow } = useTypedText(urlState.query, commitQuery);
  // One search per index: it remembers the last matches, so a keystroke narrows instead of rescanning.
  const search = React.useMemo(() => createOfficerSearch(index.entries), [index.entries]);
  usePreparedFirstLetters(search, index.done);
  const result = React.useMemo(() => search(query, refinements), [search, query, refinements]);
  const directorateNames = React.useMemo(() => new Map(props.data.directorates.map(d => [d.id, d.name])), [props.data]);
  const serviceNames = React.useMemo(() => new Map(props.data.services.map(s => [s.id, s.name])), [props.data]);
  const directorateOptions = useRefinerOptions(result.directorates, directorateNames);
  const serviceOptions = useRefinerOptions(result.services, serviceNames);
  const changeRefinements = React.useCallback((r: IOfficerRefinements) => update({ refinements: r }), [update]);

  const [visible, setVisible] = React.useState(props.pageSize);
  React.useEffect(() => setVisible(props.pageSize), [props.pageSize, query, refinements]);
  const [focusOfficer, setFocusOfficer] = React.useState<number | undefined>(undefined);
  React.useEffect(() => {
    if (focusOfficer === undefined || typeof document === 'undefined') return;
    document.querySelector<HTMLElement>(`#${props.idPrefix}-results [data-officer-open="${focusOfficer}"]`)?.focus();
    setFocusOfficer(undefined);
  }, [focusOfficer, visible, props.idPrefix]);

  const searchId = `${props.idPrefix}-search`;
  const filtered = query.trim() !== '' || hasOfficerRefinements(refinements);
  const clear = (): void => {
    commitNow('');
    update({ refinements: { directorateIds: [], serviceIds: [], liaisonOnly: false } });
  };
  const shown = result.top(visible);
  const showMore = (): void => {
    const firstNew = result.top(visible + 1)[visible];
    setVisible(v => v + props.pageSize);
    if (firstNew) setFocusOfficer(firstNew.officer.id);
  };

  return (
    <div>
      <div className={classes.toolbar}>
        <div className={classes.grow} role="search" aria-label={strings.SearchLabel}>
          <Label htmlFor={searchId}>{strings.SearchLabel}</Label>
          <SearchBox id={searchId} value={query} placeholder={strings.SearchPlaceholder}
            onChange={(_e, value) => type(value ?? '')} onClear={() => commitNow('')} />
        </div>
      </div>
      <OfficerRefiners directorates={directorateOptions} services={serviceOptions} liaisonCount={result.liaisonCount}
        refinements={refinements} onChange={changeRefinements} />
      <IndexProgress index={index} total={props.data.officerListSize} />
      <div className={classes.resultsMeta}>
        <span className={classes.count} role="status" aria-live="polite">{countText(result.count)}</span>
        {filtered && result.count > 0 && <DefaultButton text={strings.ClearFilters} onClick={clear} />}
      </div>
      {result.count === 0
        ? <EmptyState title={strings.EmptyTitle} message={strings.EmptyMessage}
            actionLabel={filtered ? strings.ClearFilters : undefined} onAction={filtered ? clear : undefined} />
        : (
          <ul className={classes.results} id={`${props.idPrefix}-results`}>
            {shown.map((entry, position) => (
              <OfficerCard key={position} entry={entry} today={props.today} reviewMonths={props.reviewMonths} onOpen={props.onOpen} />
            ))}
          </ul>
        )}
      {result.count > shown.length && (
        <div className={classes.showMore}>
          <p className={classes.secondary}>{formatText(strings.ShowingCount, shown.length, result.count)}</p>
          <DefaultButton text={formatText(strings.ShowMore, Math.min(props.pageSize, result.count - shown.length))} onClick={showMore} />
        </div>
      )}
    </div>
  );
}
