import * as React from 'react';
import * as strings from 'MemberDirectoryWebPartStrings';
import { EmptyState } from '../../../common/components/states/EmptyState';
import { formatText } from '../../../domain/shared/formatText';
import type { IMemberEntry } from '../../../domain/members/directoryIndex';
import type { DirectoryLayout, IDirectoryUrlState } from '../../../domain/members/directoryUrlState';
import { useTypedText } from '../../../common/hooks/useTypedText';
import type { UrlStateUpdate } from '../../../common/hooks/useUrlState';
import { buildRefiners, filterMembers, hasRefinements, REFINER_KEYS, type RefinerKey } from '../../../domain/members/refiners';
import { countToShowLetter, defaultSort, lettersInUse, sortMembers, type SortKey } from '../../../domain/members/sortMembers';
import { AlphabetJump } from './AlphabetJump';
import { DirectoryToolbar } from './DirectoryToolbar';
import { useDirectoryStyles } from './directoryStyles';
import { groupHeadingId, MemberResults } from './MemberResults';
import { FiltersToggle } from './FiltersToggle';
import { RefinerBar } from './RefinerBar';
import { useNarrowLayout } from './useNarrowLayout';

export interface IMembersTabProps {
  entries: IMemberEntry[];
  urlState: IDirectoryUrlState;
  onUrlStateChange: UrlStateUpdate<IDirectoryUrlState>;
  defaultLayout: DirectoryLayout;
  pageSize: number;
  refinerKeys: RefinerKey[];
  onOpen: (memberId: number) => void;
  idPrefix: string;
}

function resultCountText(count: number): string {
  if (count === 0) return strings.ResultCountNone;
  return count === 1 ? strings.ResultCountOne : formatText(strings.ResultCountMany, count);
}

/** Browse, search and refine councillors. */
export function MembersTab(props: IMembersTabProps): React.ReactElement {
  const classes = useDirectoryStyles();
  const { urlState, onUrlStateChange: update } = props;
  const commitQuery = React.useCallback((query: string) => update({ query }), [update]);
  const { text: query, type, commitNow } = useTypedText(urlState.query, commitQuery);
  // Best match only means something while a search is typed; without one it is A–Z.
  const fallbackSort = defaultSort(query);
  const chosenSort = urlState.sort ?? fallbackSort;
  const sort: SortKey = chosenSort === 'relevance' && fallbackSort !== 'relevance' ? 'surname' : chosenSort;
  const changeSort = React.useCallback(
    (s: SortKey): void => update({ sort: s === fallbackSort ? undefined : s }), [update, fallbackSort]);
  const changeLayout = React.useCallback(
    (l: DirectoryLayout): void => update({ layout: l === props.defaultLayout ? undefined : l }), [update, props.defaultLayout]);
  const changeShowFormer = React.useCallback((showFormer: boolean): void => update({ showFormer }), [update]);
  const layout = urlState.layout ?? props.defaultLayout;
  const pageSize = Math.max(1, props.pageSize);

  const filtered = React.useMemo(
    () => filterMembers(props.entries, query, urlState.refinements),
    [props.entries, query, urlState.refinements]
  );
  const sorted = React.useMemo(() => sortMembers(filtered, sort, query), [filtered, sort, query]);
  // The refiners' counts follow the search once typing pauses (the committed query), so a
  // keystroke re-renders the results, not seven drop-downs as well.
  const refiners = React.useMemo(
    () => buildRefiners(props.entries, urlState.query, urlState.refinements, props.refinerKeys),
    [props.entries, urlState.query, urlState.refinements, props.refinerKeys]
  );
  const changeRefiner = React.useCallback(
    (key: RefinerKey, values: string[]) => update({ refinements: { ...urlState.refinements, [key]: values } }),
    [update, urlState.refinements]);

  const [visibleCount, setVisibleCount] = React.useState(pageSize);
  React.useEffect(() => setVisibleCount(pageSize), [pageSize, query, urlState.refinements, sort, urlState.showFormer]);

  // Focus moves only after React has rendered the target (a letter's heading, or the
  // first councillor "Show more" revealed), so keyboard users land where they asked to.
  const [pendingFocus, setPendingFocus] = React.useState<string | undefined>(undefined);
  React.useEffect(() => {
    if (!pendingFocus || typeof document === 'undefined') return;
    const target = document.getElementById(pendingFocus) ?? document.querySelector<HTMLElement>(pendingFocus);
    target?.focus();
    setPendingFocus(undefined);
  }, [pendingFocus, visibleCount]);

  const sortedNow = React.useRef(sorted);
  sortedNow.current = sorted;
  const jumpTo = React.useCallback((letter: string): void => {
    const needed = countToShowLetter(sortedNow.current, letter);
    if (needed === undefined) return;
    setVisibleCount(count => Math.max(count, Math.ceil(needed / pageSize) * pageSize));
    setPendingFocus(groupHeadingId(props.idPrefix, letter));
  }, [pageSize, props.idPrefix]);
  const letters = React.useMemo(() => Array.from(lettersInUse(sorted)).sort().join(''), [sorted]);
  const showMore = (): void => {
    const firstNew = sorted[visibleCount];
    setVisibleCount(count => count + pageSize);
    if (firstNew) setPendingFocus(`[data-member-open="${firstNew.member.id}"]`);
  };
  const filtersSet = hasRefinements(urlState.refinements) || query.trim() !== '';
  const clearFilters = (): void => {
    commitNow('');
    update({ refinements: {} });
  };
  const containerRef = React.useRef<HTMLDivElement>(null);
  const narrow = useNarrowLayout(containerRef);
  const [filtersOpen, setFiltersOpen] = React.useState(false);
  const activeFilters = REFINER_KEYS.reduce((n, key) => n + (urlState.refinements[key]?.length ?? 0), 0);
  const refinersId = `${props.idPrefix}-refiners`;
  const resultsId = `${props.idPrefix}-results`;
  const skipToResults = (): void => {
    const results = document.getElementById(resultsId);
    (results?.querySelector<HTMLElement>('[data-member-open]') ?? results?.querySelector<HTMLElement>('[role="status"]'))?.focus();
  };

  return (
    <div ref={containerRef}>
      <DirectoryToolbar query={query} sort={sort} layout={layout} showFormer={urlState.showFormer} idPrefix={props.idPrefix}
        onQueryChange={type} onQueryClear={() => commitNow('')} onSortChange={changeSort} onSkipToResults={skipToResults}
        onLayoutChange={changeLayout} onShowFormerChange={changeShowFormer} />
      {refiners.length > 0 && narrow && (
        <FiltersToggle open={filtersOpen} activeCount={activeFilters} controls={refinersId} onToggle={() => setFiltersOpen(!filtersOpen)} />
      )}
      {refiners.length > 0 && (!narrow || filtersOpen) && (
        <RefinerBar id={refinersId} stacked={narrow} refiners={refiners} onChange={changeRefiner} />
      )}
      <div id={resultsId}>
        <div className={classes.resultsMeta}>
          <span className={classes.count} role="status" aria-live="polite" tabIndex={-1}>{resultCountText(sorted.length)}</span>
          {sort === 'relevance' && sorted.length > 1 && (
            <button type="button" className={classes.nameButton} onClick={() => changeSort('surname')}>{strings.SortBySurname}</button>
          )}
          {filtersSet && sorted.length > 0 && <button type="button" className={classes.nameButton} onClick={clearFilters}>{strings.ClearFilters}</button>}
        </div>
        {sort === 'surname' && sorted.length > 0 && (
          <AlphabetJump available={letters} onJump={jumpTo} />
        )}
        {sorted.length === 0
          ? <EmptyState title={strings.EmptyTitle} message={strings.EmptyMessage}
              actionLabel={filtersSet ? strings.ClearFilters : undefined} onAction={filtersSet ? clearFilters : undefined} />
          : <MemberResults sorted={sorted} sort={sort} query={query} typing={query !== urlState.query} layout={layout} visibleCount={visibleCount} pageSize={pageSize}
              onShowMore={showMore} onOpen={props.onOpen} idPrefix={props.idPrefix} />}
      </div>
    </div>
  );
}

