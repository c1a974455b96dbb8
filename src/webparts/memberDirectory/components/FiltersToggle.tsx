import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import * as strings from 'MemberDirectoryWebPartStrings';
import { formatText } from '../../../domain/shared/formatText';

export interface IFiltersToggleProps {
  open: boolean;
  /** Values chosen across all refiners, shown so folded filters are never forgotten. */
  activeCount: number;
  /** Id of the refiners it shows and hides. */
  controls: string;
  onToggle: () => void;
}

/** On narrow screens: the "Filters" button the refiners fold behind, with how many are in use. */
export function FiltersToggle(props: IFiltersToggleProps): React.ReactElement {
  const text = props.activeCount > 0 ? formatText(strings.FiltersButtonActive, props.activeCount) : strings.FiltersButton;
  return (
    <DefaultButton iconProps={{ iconName: 'Filter' }} text={text} aria-expanded={props.open}
      aria-controls={props.open ? props.controls : undefined} onClick={props.onToggle} styles={{ root: { margin: '8px 0' } }} />
  );
}
