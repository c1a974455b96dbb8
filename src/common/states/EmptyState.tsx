import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';

export interface IEmptyStateProps {
  title: string;
  message?: string;
  /** An action that gets the person out of the empty state, e.g. "Clear filters". */
  actionLabel?: string;
  onAction?: () => void;
}

export function EmptyState(props: IEmptyStateProps): React.ReactElement {
  return (
    <Stack tokens={{ childrenGap: 8, padding: '24px 0' }} horizontalAlign="start">
      <Text as="p" variant="large">{props.title}</Text>
      {props.message && <Text as="p">{props.message}</Text>}
      {props.actionLabel && props.onAction && <DefaultButton text={props.actionLabel} onClick={props.onAction} />}
    </Stack>
  );
}
