import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Label } from '@fluentui/react/lib/Label';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
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

type IViewControlsProps = Pick<IDirectoryToolbarProps, 'sort' | 'layout' | 'showFormer' | 'idPrefix' | 'onSortChange' | 'onLayoutChange' | 'onShowFormerChange'> & {
  /** Something is typed: "Best match" joins the sort options. */
  searching: boolean;
};

/** Sort, cards-or-list and the former-members switch. Memoised: typing in the search box leaves them alone. */
const ViewControls = React.memo(function ViewControls(props: IViewControlsProps): React.ReactElement {
  const layouts: Array<[DirectoryLayout, string, string]> = [
    ['cards', strings.LayoutCards, 'GridViewMedium'], ['list', strings.LayoutList, 'List']
  ];
  return (
    <>
      <Dropdown label={strings.SortLabel} options={props.searching ? [RELEVANCE_OPTION, ...SORT_OPTIONS] : SORT_OPTIONS}
        selectedKey={props.sort} styles={{ root: { width: 140 } }}
        onChange={(_e, option) => option && props.onSortChange(option.key as SortKey)} />
      <div role="group" aria-labelledby={`${props.idPrefix}-layout`}>
        <Label id={`${props.idPrefix}-layout`}>{strings.LayoutLabel}</Label>
        {layouts.map(([layout, text, icon]) => (
          <DefaultButton key={layout} text={text} iconProps={{ iconName: icon }} checked={props.layout === layout}
            aria-pressed={props.layout === layout} onClick={() => props.onLayoutChange(layout)} />
        ))}
      </div>
      <Checkbox label={strings.ShowFormer} checked={props.showFormer} onChange={(_e, checked) => props.onShowFormerChange(!!checked)} />
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
      <ViewControls sort={props.sort} layout={props.layout} showFormer={props.showFormer} idPrefix={props.idPrefix}
        searching={props.query.trim() !== ''} onSortChange={props.onSortChange} onLayoutChange={props.onLayoutChange}
        onShowFormerChange={props.onShowFormerChange} />
    </div>
  );
}
