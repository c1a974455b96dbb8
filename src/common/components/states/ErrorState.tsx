import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Notice } from '../Notice';

export interface IErrorStateProps {
  title: string;
  message: string;
  /**
   * 'error' for failures worth retrying; 'setup' when an administrator must act first
   * (e.g. the lists are missing), shown as a warning.
   */
  variant?: 'error' | 'setup';
  retryLabel?: string;
  onRetry?: () => void;
}

/** The one way a web part reports that it could not show its data. */
export function ErrorState(props: IErrorStateProps): React.ReactElement {
  const setup = props.variant === 'setup';
  return (
    <Notice intent={setup ? 'warning' : 'error'}
      actions={props.retryLabel && props.onRetry ? <DefaultButton text={props.retryLabel} onClick={props.onRetry} /> : undefined}>
      <h3 style={{ fontSize: 'inherit', fontWeight: 600, margin: '0 0 4px' }}>{props.title}</h3>
      <p style={{ margin: 0 }}>{props.message}</p>
    </Notice>
  );
}
