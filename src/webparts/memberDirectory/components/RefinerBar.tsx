import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import * as strings from 'MemberDirectoryWebPartStrings';
import { formatText } from '../../../domain/shared/formatText';
import { CABINET_VALUES, type IRefiner, type IRefinerOption, type RefinerKey } from '../../../domain/members/refiners';
import { useDirectoryStyles } from './directoryStyles';

export const REFINER_LABELS: Record<RefinerKey, string> = {
  ward: strings.RefinerWard,
  party: strings.RefinerParty,
  committee: strings.RefinerCommittee,
  committeeRole: strings.RefinerCommitteeRole,
  cabinet: strings.RefinerCabinet,
  appointmentType: strings.RefinerAppointmentType,
  skill: strings.RefinerSkill
};

function optionLabel(key: RefinerKey, option: IRefinerOption): string {
  if (key !== 'cabinet') return option.label;
  return option.value === CABINET_VALUES.member ? strings.CabinetYes : strings.CabinetNo;
}

export interface IRefinerBarProps {
  id?: string;
  /** One refiner per row, full width (narrow screens). */
  stacked?: boolean;
  refiners: IRefiner[];
  onChange: (key: RefinerKey, values: string[]) => void;
}

/** One multi-select per refiner, each option showing how many councillors it would leave. Memoised: typing leaves it alone. */
export const RefinerBar = React.memo(function RefinerBar(props: IRefinerBarProps): React.ReactElement {
  const classes = useDirectoryStyles();
  return (
    <fieldset id={props.id} className={classes.refiners} style={props.stacked ? { flexDirection: 'column', alignItems: 'stretch' } : undefined}>
      <legend className={classes.visuallyHidden}>{strings.FiltersLabel}</legend>
      {props.refiners.map(refiner => {
        const options: IDropdownOption[] = refiner.options.map(o => ({
          key: o.value, text: formatText(strings.RefinerOption, optionLabel(refiner.key, o), o.count)
        }));
        const selected = refiner.options.filter(o => o.selected).map(o => o.value);
        return (
          <Dropdown key={refiner.key} className={classes.refiner} styles={props.stacked ? { root: { width: '100%' } } : undefined} label={REFINER_LABELS[refiner.key]} multiSelect
            options={options} selectedKeys={selected} disabled={options.length === 0}
            placeholder={options.length === 0 ? strings.RefinerNone : strings.RefinerAny}
            onChange={(_e, option) => {
              if (!option) return;
              const value = String(option.key);
              props.onChange(refiner.key, option.selected ? [...selected, value] : selected.filter(v => v !== value));
            }} />
        );
      })}
    </fieldset>
  );
});
