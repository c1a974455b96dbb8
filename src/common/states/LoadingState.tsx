import * as React from 'react';
import { Shimmer, ShimmerElementType } from '@fluentui/react/lib/Shimmer';
import { Stack } from '@fluentui/react/lib/Stack';

export interface ILoadingStateProps {
  /** Announced to screen readers while the shimmer shows, e.g. "Loading councillors…". */
  label: string;
  rows?: number;
}

/** Placeholder rows shaped like a person list, while data loads. */
export function LoadingState(props: ILoadingStateProps): React.ReactElement {
  const rows = Array.from({ length: props.rows ?? 4 }, (_, i) => i);
  return (
    <div role="status" aria-live="polite" aria-busy="true" aria-label={props.label}>
      <Stack tokens={{ childrenGap: 16 }}>
        {rows.map(i => (
          <Shimmer key={i} ariaLabel={i === 0 ? props.label : undefined} shimmerElements={[
            { type: ShimmerElementType.circle, height: 48 },
            { type: ShimmerElementType.gap, width: 16 },
            { type: ShimmerElementType.line, height: 16 }
          ]} />
        ))}
      </Stack>
    </div>
  );
}
