import * as React from 'react';
import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';
import { themedStyles } from '../hooks/themedStyles';

export interface ICheckboxInputProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Help read with the box (an element's id). */
  describedBy?: string;
  className?: string;
}

const useCheckboxStyles = themedStyles((theme: ITheme) => mergeStyleSets({
  // The whole label is the target: at least 24 px high (WCAG 2.2 target size), text wrapping beside the box.
  root: {
    display: 'flex', alignItems: 'flex-start', gap: 8, minHeight: 24, padding: '2px 0', cursor: 'pointer',
    fontSize: theme.fonts.medium.fontSize, color: theme.semanticColors.bodyText, overflowWrap: 'anywhere'
  },
  box: {
    flex: '0 0 auto', width: 20, height: 20, margin: 0, accentColor: theme.palette.themePrimary, cursor: 'pointer',
    selectors: { ':focus-visible': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: 2 } }
  },
  text: { paddingTop: 1 }
}));

/**
 * A labelled check box: the browser's own, in the theme's colour, its label the click target.
 * Fluent's Checkbox draws its own box with about 2 KiB more of every bundle (gzip).
 */
export function CheckboxInput(props: ICheckboxInputProps): React.ReactElement {
  const classes = useCheckboxStyles();
  return (
    <label className={props.className ? `${classes.root} ${props.className}` : classes.root}>
      <input type="checkbox" className={classes.box} checked={props.checked} aria-describedby={props.describedBy}
        onChange={e => props.onChange(e.target.checked)} />
      <span className={classes.text}>{props.label}</span>
    </label>
  );
}
