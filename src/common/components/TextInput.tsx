import * as React from 'react';
import { mergeStyleSets, FontWeights, type ITheme } from '@fluentui/react/lib/Styling';
import { themedStyles } from '../hooks/themedStyles';

export interface ITextInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  id?: string;
  /** Help shown under the field and read with it. */
  description?: string;
  /** Shown under the field, announced, and marks the field invalid. */
  errorMessage?: string;
  multiline?: boolean;
  rows?: number;
  required?: boolean;
  type?: 'text' | 'tel' | 'date' | 'time';
  disabled?: boolean;
  className?: string;
  /** A <datalist>'s id, for suggestions. */
  list?: string;
  autoComplete?: string;
  spellCheck?: boolean;
  onKeyDown?: React.KeyboardEventHandler<HTMLInputElement | HTMLTextAreaElement>;
  /** The field's width and place in a row (e.g. `{ width: 220 }`, `{ flex: '1 1 auto' }`). */
  style?: React.CSSProperties;
}

const useFieldStyles = themedStyles((theme: ITheme) => {
  const { semanticColors: c, palette: p } = theme;
  return mergeStyleSets({
    root: { display: 'flex', flexDirection: 'column', marginTop: 4 },
    label: {
      fontSize: theme.fonts.medium.fontSize, fontWeight: FontWeights.semibold, color: c.bodyText, padding: '5px 0',
      overflowWrap: 'anywhere'
    },
    required: { selectors: { '::after': { content: '" *"', color: c.errorText, paddingRight: 12 } } },
    input: {
      font: 'inherit', fontSize: theme.fonts.medium.fontSize, color: c.inputText, background: c.inputBackground,
      border: `1px solid ${c.inputBorder}`, borderRadius: 2, padding: '5px 8px', minHeight: 32, boxSizing: 'border-box', width: '100%',
      selectors: {
        ':hover': { borderColor: c.inputBorderHovered },
        ':focus': { outline: `2px solid ${c.inputFocusBorderAlt}`, outlineOffset: -1 },
        '@media (forced-colors: active)': { border: '1px solid FieldText' }
      }
    },
    textarea: { resize: 'vertical', lineHeight: 20 },
    invalid: { borderColor: c.errorText, selectors: { ':hover': { borderColor: c.errorText } } },
    description: { fontSize: theme.fonts.small.fontSize, color: p.neutralSecondary, paddingTop: 4 },
    error: { fontSize: theme.fonts.small.fontSize, color: c.errorText, margin: 0, paddingTop: 5 }
  });
});

let lastId = 0;

/**
 * A labelled text box or text area with its help and its problem tied to it (aria-describedby,
 * aria-invalid; the problem announced as an alert). Fluent's TextField does the same with
 * about 3 KiB more of every bundle (gzip).
 */
export function TextInput(props: ITextInputProps): React.ReactElement {
  const classes = useFieldStyles();
  const [ownId] = React.useState(() => `text-input-${++lastId}`);
  const id = props.id ?? ownId;
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [props.errorMessage ? errorId : '', props.description ? descriptionId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id, value: props.value, 'aria-describedby': describedBy, 'aria-invalid': props.errorMessage ? true : undefined,
    'aria-required': props.required || undefined, spellCheck: props.spellCheck, onKeyDown: props.onKeyDown, disabled: props.disabled,
    className: `${classes.input} ${props.multiline ? classes.textarea : ''} ${props.errorMessage ? classes.invalid : ''}`
  };
  return (
    <div className={props.className ? `${classes.root} ${props.className}` : classes.root} style={props.style}>
      <label htmlFor={id} className={`${classes.label} ${props.required ? classes.required : ''}`}>{props.label}</label>
      {props.multiline
        ? <textarea {...common} rows={props.rows} onChange={e => props.onChange(e.target.value)} />
        : <input {...common} type={props.type ?? 'text'} list={props.list} autoComplete={props.autoComplete}
          onChange={e => props.onChange(e.target.value)} />}
      {props.description && <span id={descriptionId} className={classes.description}>{props.description}</span>}
      <div role="alert" id={errorId}>{props.errorMessage && <p className={classes.error}>{props.errorMessage}</p>}</div>
    </div>
  );
}
