import * as React from 'react';
import { useVisitStyles } from '../shared';

export interface IRadioChoicesProps<K extends string> {
  label: string;
  options: ReadonlyArray<{ key: K; text: string }>;
  selectedKey: K | undefined;
  onChange: (key: K) => void;
  required?: boolean;
  /** Unique in the page: names the radio group and its label. */
  id: string;
  /** Options side by side when there is room (short filters), else one per line. */
  inline?: boolean;
}

/**
 * A labelled group of the browser's own radio buttons. Fluent's ChoiceGroup did the same for
 * four questions but added a tenth to the bundle's gzip size over the budget; these keep its
 * role, name and keyboard behaviour (Tab into the group, arrows between options).
 */
export function RadioChoices<K extends string>(props: IRadioChoicesProps<K>): React.ReactElement {
  const classes = useVisitStyles();
  const labelId = `${props.id}-label`;
  return (
    <div role="radiogroup" aria-labelledby={labelId} aria-required={props.required || undefined} className={classes.choices}
      style={props.inline ? { flexDirection: 'row', flexWrap: 'wrap', columnGap: 16 } : undefined}>
      <span id={labelId} className={classes.choicesLabel} style={props.inline ? { flexBasis: '100%' } : undefined}>
        {props.label}{props.required && <span aria-hidden="true"> *</span>}
      </span>
      {props.options.map(option => (
        <label key={option.key} className={classes.choice}>
          <input type="radio" name={props.id} value={option.key} checked={props.selectedKey === option.key}
            onChange={() => props.onChange(option.key)} />
          {option.text}
        </label>
      ))}
    </div>
  );
}
