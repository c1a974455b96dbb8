import * as React from 'react';
import * as strings from 'VisitRequestWebPartStrings';
import { SearchInput } from '../../../../common/components/SearchInput';
import { formatText } from '../../../../domain/shared/formatText';
import { useVisitStyles } from '../shared';

/** Enough to choose from without a long scroll at 360 px; typing more narrows it. */
export const FIND_SHOWN = 8;

export interface IFindBoxProps {
  query: string;
  onQuery: (query: string) => void;
  label: string;
  placeholder: string;
  /** Said before anything is typed, and when nothing matches. */
  hint: string;
  none: string;
  /** How many match (`searched`: whether anything searchable was typed). */
  found: number;
  searched: boolean;
  countId: string;
  className?: string;
}

/** A search box and, read out as it changes, what it found: the premises and councillor pickers' shared top. */
export function FindBox(props: IFindBoxProps): React.ReactElement {
  const classes = useVisitStyles();
  const { found } = props;
  return (
    <>
      <SearchInput placeholder={props.placeholder} ariaLabel={props.label} value={props.query} className={props.className}
        clearLabel={strings.ClearSearch} onChange={props.onQuery} onClear={() => props.onQuery('')} describedBy={props.countId} />
      <p id={props.countId} role="status" className={classes.secondary}>
        {!props.searched ? props.hint
          : found === 0 ? props.none
            : found > FIND_SHOWN ? formatText(strings.PremisesFoundSome, found, FIND_SHOWN)
              : formatText(found === 1 ? strings.PremisesFoundOne : strings.PremisesFoundMany, found)}
      </p>
    </>
  );
}
