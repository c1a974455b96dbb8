import * as React from 'react';
import { TextInput } from '../../../../common/components/TextInput';
import * as strings from 'VisitRequestWebPartStrings';
import { useVisitStyles } from './visitStyles';

export interface IDateWindowFieldsProps {
  legend: string;
  hint?: string;
  date: string;
  from: string;
  to: string;
  required: boolean;
  onChange: (patch: { date?: string; from?: string; to?: string }) => void;
  errors: { date?: string; from?: string; to?: string };
  /** What the chosen day and times mean (short notice, a sensitive period…), shown under them. */
  children?: React.ReactNode;
}

/**
 * A day and a time window. The browser's own date and time inputs: keyboard-usable,
 * read out properly and in the person's own format, with nothing extra to download.
 */
export function DateWindowFields(props: IDateWindowFieldsProps): React.ReactElement {
  const classes = useVisitStyles();
  return (
    <fieldset className={classes.fieldset}>
      <legend className={classes.legend}>{props.legend}</legend>
      {props.hint && <p className={classes.secondary} style={{ marginTop: 0 }}>{props.hint}</p>}
      <div className={classes.row}>
        <TextInput className={classes.field} type="date" label={strings.DateLabel} value={props.date} required={props.required}
          errorMessage={props.errors.date} onChange={v => props.onChange({ date: v })} />
        <TextInput className={classes.field} type="time" label={strings.FromLabel} value={props.from} required={props.required}
          errorMessage={props.errors.from} onChange={v => props.onChange({ from: v })} />
        <TextInput className={classes.field} type="time" label={strings.ToLabel} value={props.to} required={props.required}
          errorMessage={props.errors.to} onChange={v => props.onChange({ to: v })} />
      </div>
      {props.children}
    </fieldset>
  );
}
