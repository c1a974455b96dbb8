import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import * as strings from 'OfficerDirectoryWebPartStrings';
import { formatText } from '../../../domain/shared/formatText';
import type { IOfficerRefinements, IRefinerCount } from '../../../domain/officers/searchOfficers';
import { useOfficerStyles } from './officerStyles';

export interface IOfficerRefinersProps {
  directorates: IDropdownOption[];
  services: IDropdownOption[];
  liaisonCount: number;
  refinements: IOfficerRefinements;
  onChange: (refinements: IOfficerRefinements) => void;
}

export function refinerOptions(counts: IRefinerCount[], names: ReadonlyMap<number, string>): IDropdownOption[] {
  return counts.map(c => ({ key: String(c.id), text: formatText(strings.RefinerOption, c.label || names.get(c.id) || String(c.id), c.count) }));
}

const sameOptions = (a: IDropdownOption[], b: IDropdownOption[]): boolean =>
  a.length === b.length && a.every((o, i) => o.key === b[i].key && o.text === b[i].text);

/**
 * Refiner options that keep their identity while their keys and counts stay the same, so
 * a keystroke that changes no count re-renders no Dropdown.
 */
export function useRefinerOptions(counts: IRefinerCount[], names: ReadonlyMap<number, string>): IDropdownOption[] {
  const last = React.useRef<IDropdownOption[]>([]);
  const next = refinerOptions(counts, names);
  if (!sameOptions(last.current, next)) last.current = next;
  return last.current;
}

function toggled(selected: number[], id: number, on: boolean): number[] {
  return on ? [...selected.filter(x => x !== id), id] : selected.filter(x => x !== id);
}

/** Directorate, service and "liaison officers only" refiners, each with what the others leave. */
export const OfficerRefiners = React.memo(function OfficerRefiners(props: IOfficerRefinersProps): React.ReactElement {
  const classes = useOfficerStyles();
  const { refinements, onChange } = props;
  const directorateKeys = React.useMemo(() => refinements.directorateIds.map(String), [refinements.directorateIds]);
  const serviceKeys = React.useMemo(() => refinements.serviceIds.map(String), [refinements.serviceIds]);
  return (
    <fieldset className={classes.toolbar}>
      <legend className={classes.visuallyHidden}>{strings.FiltersLabel}</legend>
      <Dropdown className={classes.field} label={strings.RefinerDirectorate} multiSelect placeholder={strings.RefinerAny}
        options={props.directorates} selectedKeys={directorateKeys}
        onChange={(_e, option) => option && onChange({
          ...refinements, directorateIds: toggled(refinements.directorateIds, Number(option.key), !!option.selected)
        })} />
      <Dropdown className={classes.field} label={strings.RefinerService} multiSelect placeholder={strings.RefinerAny}
        options={props.services} selectedKeys={serviceKeys}
        onChange={(_e, option) => option && onChange({
          ...refinements, serviceIds: toggled(refinements.serviceIds, Number(option.key), !!option.selected)
        })} />
      <Checkbox label={formatText(strings.LiaisonOnly, props.liaisonCount)} checked={refinements.liaisonOnly}
        onChange={(_e, checked) => onChange({ ...refinements, liaisonOnly: !!checked })} />
    </fieldset>
  );
});
