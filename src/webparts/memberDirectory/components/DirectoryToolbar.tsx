import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Label } from '@fluentui/react/lib/Label';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { CheckboxInput } from '../../../common/components/CheckboxInput';
import * as strings from 'MemberDirectoryWebPartStrings';
import type { DirectoryLayout } from '../../../domain/members/directoryUrlState';
import type { SortKey } from '../../../domain/members/sortMembers';
import { SearchInput } from '../../../common/components/SearchInput';
import { useDirectoryStyles } from './directoryStyles';

export interface IDirectoryToolbarProps {
  query: string;
  sort: SortKey;
  layout: DirectoryLayout;
  showFormer: boolean;
  idPrefix: string;
  onQueryChange: (query: string) => void;
  /** The search box's clear button: acted on at once, not when typing pauses. */
  onQueryClear: () => void;
  /** Moves focus past the toolbar and filters to the first result. */
  onSkipToResults: () => void;
  onSortChange: (sort: SortKey) => void;
  onLayoutChange: (layout: DirectoryLayout) => void;
  onShowFormerChange: (showFormer: boolean) => void;
}

const RELEVANCE_OPTION: IDropdownOption = { key: 'relevance', text: strings.SortRelevance };
const SORT_OPTIONS: IDropdownOption[] = [
  { key: 'surname', text: strings.SortSurname },
  { key: 'ward', text: strings.SortWard },
  { key: 'party', text: strings.SortParty }
];
const SEARCH_SORT_OPTIONS: IDropdownOption[] = [RELEVANCE_OPTION, ...SORT_OPTIONS];
// Made once: a new styles object each render makes Fluent build the Dropdown's classes
// again, and the first letter of a search re-renders it ("Best match" joins the options).
const SORT_STYLES = { root: { width: 140 } };

type ISortControlProps = Pick<IDirectoryToolbarProps, 'sort' | 'onSortChange'> & {
  /** Something is typed: "Best match" joins the sort options. */
  searching: boolean;
};

/** The sort. Memoised: of the view controls, only it changes when a search starts or ends. */
const SortControl = React.memo(function SortControl(props: ISortControlProps): React.ReactElement {
  return (
    <Dropdown label={strings.SortLabel} options={props.searching ? SEARCH_SORT_OPTIONS : SORT_OPTIONS}
      selectedKey={props.sort} styles={SORT_STYLES}
      onChange={(_e, option) => option && props.onSortChange(option.key as SortKey)} />
  );
});

type ILayoutControlsProps = Pick<IDirectoryToolbarProps, 'layout' | 'showFormer' | 'idPrefix' | 'onLayoutChange' | 'onShowFormerChange'>;

/** Cards-or-list and the former-members switch. Memoised: typing in the search box leaves them alone. */
const LayoutControls = React.memo(function LayoutControls(props: ILayoutControlsProps): React.ReactElement {
  const layouts: Array<[DirectoryLayout, string, string]> = [
    ['cards', strings.LayoutCards, 'GridViewMedium'], ['list', strings.LayoutList, 'List']
  ];
  return (
    <>
      <div role="group" aria-labelledby={`${props.idPrefix}-layout`}>
        <Label id={`${props.idPrefix}-layout`}>{strings.LayoutLabel}</Label>
        {layouts.map(([layout, text, icon]) => (
          <DefaultButton key={layout} text={text} iconProps={{ iconName: icon }} checked={props.layout === layout}
            aria-pressed={props.layout === layout} onClick={() => props.onLayoutChange(layout)} />
        ))}
      </div>
      <CheckboxInput label={strings.ShowFormer} checked={props.showFormer} onChange={props.onShowFormerChange} />
    </>
  );
});

/** Search, sort, cards-or-list and the former-members switch. */
export function DirectoryToolbar(props: IDirectoryToolbarProps): React.ReactElement {
  const classes = useDirectoryStyles();
  const searchId = `${props.idPrefix}-search`;
  return (
    <div className={classes.toolbar}>
      <div className={classes.search} role="search" aria-label={strings.SearchLabel}>
        <Label htmlFor={searchId}>{strings.SearchLabel}</Label>
        <SearchInput id={searchId} value={props.query} placeholder={strings.SearchPlaceholder} clearLabel={strings.ClearSearch}
          onChange={props.onQueryChange} onClear={props.onQueryClear} />
        <button type="button" className={classes.skipLink} onClick={props.onSkipToResults}>{strings.SkipToResults}</button>
      </div>
      <SortControl sort={props.sort} searching={props.query.trim() !== ''} onSortChange={props.onSortChange} />
      <LayoutControls layout={props.layout} showFormer={props.showFormer} idPrefix={props.idPrefix}
        onLayoutChange={props.onLayoutChange} onShowFormerChange={props.onShowFormerChange} />
    </div>
  );
}
