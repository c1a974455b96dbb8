import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';
import { themedStyles } from '../../hooks/themedStyles';

export interface IEmptyStateProps {
  title: string;
  message?: string;
  /** An action that gets the person out of the empty state, e.g. "Clear filters". */
  actionLabel?: string;
  onAction?: () => void;
}

const useEmptyStyles = themedStyles((theme: ITheme) => mergeStyleSets({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 8, padding: '24px 0' },
  title: { ...theme.fonts.large, margin: 0 },
  message: { ...theme.fonts.medium, margin: 0 }
}));

export function EmptyState(props: IEmptyStateProps): React.ReactElement {
  const classes = useEmptyStyles();
  return (
    <div className={classes.root}>
      <p className={classes.title}>{props.title}</p>
      {props.message && <p className={classes.message}>{props.message}</p>}
      {props.actionLabel && props.onAction && <DefaultButton text={props.actionLabel} onClick={props.onAction} />}
    </div>
  );
}
