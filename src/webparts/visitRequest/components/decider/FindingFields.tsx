import * as React from 'react';
import { TextInput } from '../../../../common/components/TextInput';
import * as strings from 'VisitRequestWebPartStrings';
import { FINDINGS, type Finding } from '../../../../domain/visits/types';
import { FieldProblem, useVisitStyles } from '../shared';
import { RadioChoices } from './RadioChoices';

/** A finding as the decider is filling it in: not chosen yet is allowed until they send. */
export interface IFindingDraft {
  finding?: Finding;
  note: string;
}

export interface IFindingFieldsProps {
  legend: string;
  value: IFindingDraft;
  error?: string;
  idPrefix: string;
  onChange: (value: IFindingDraft) => void;
}

/** One ground the protocol asks the decider to weigh (§20: health and safety, sensitivity, timing): a finding and a note. */
export function FindingFields(props: IFindingFieldsProps): React.ReactElement {
  const classes = useVisitStyles();
  const errorId = `${props.idPrefix}-error`;
  const { value } = props;
  return (
    <fieldset className={classes.fieldset} aria-describedby={props.error ? errorId : undefined}>
      <legend className={classes.legend}>{props.legend}</legend>
      <RadioChoices<Finding> id={`${props.idPrefix}-finding`} label={strings.FindingLabel} required selectedKey={value.finding}
        options={FINDINGS.map(f => ({ key: f, text: f }))}
        onChange={finding => props.onChange({ finding, note: value.note })} />
      <FieldProblem id={errorId} text={props.error} />
      <TextInput label={strings.FindingNoteLabel} value={value.note} multiline rows={2}
        onChange={v => props.onChange({ finding: value.finding, note: v })} />
    </fieldset>
  );
}
