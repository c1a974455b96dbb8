import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';

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
    <MessageBar
      messageBarType={setup ? MessageBarType.warning : MessageBarType.error}
      isMultiline
      actions={props.retryLabel && props.onRetry
        ? <div><DefaultButton text={props.retryLabel} onClick={props.onRetry} /></div>
        : undefined}
    >
      <Text as="h3" variant="mediumPlus" block styles={{ root: { fontWeight: 600, margin: '0 0 4px' } }}>{props.title}</Text>
      <Text as="p" block styles={{ root: { margin: 0 } }}>{props.message}</Text>
    </MessageBar>
  );
}
