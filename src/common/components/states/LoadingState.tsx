import * as React from 'react';
import { keyframes, mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';
import { themedStyles } from '../../hooks/themedStyles';

export interface ILoadingStateProps {
  /** Announced to screen readers while the placeholder shows, e.g. "Loading councillors…". */
  label: string;
  rows?: number;
}

const pulse = keyframes({ '0%': { opacity: 1 }, '50%': { opacity: 0.45 }, '100%': { opacity: 1 } });

// Plain elements, not Fluent's Shimmer and Stack: those two were 14 KB of every web part's
// bundle for a few grey shapes.
const useLoadingStyles = themedStyles((theme: ITheme) => {
  const shape = { background: theme.palette.neutralLighter, animation: `${pulse} 1.6s ease-in-out infinite` };
  return mergeStyleSets({
    rows: {
      display: 'flex', flexDirection: 'column', gap: 16,
      selectors: { '@media (prefers-reduced-motion: reduce)': { selectors: { '& *': { animation: 'none' } } } }
    },
    row: { display: 'flex', alignItems: 'center', gap: 16 },
    circle: { ...shape, width: 48, height: 48, borderRadius: '50%', flex: '0 0 auto' },
    line: { ...shape, height: 16, flex: '1 1 auto', borderRadius: 2 }
  });
});

/** Placeholder rows shaped like a person list, while data loads. */
export function LoadingState(props: ILoadingStateProps): React.ReactElement {
  const classes = useLoadingStyles();
  const rows = Array.from({ length: props.rows ?? 4 }, (_, i) => i);
  return (
    <div role="status" aria-live="polite" aria-busy="true" aria-label={props.label}>
      <div className={classes.rows} aria-hidden="true">
        {rows.map(i => (
          <div key={i} className={classes.row}>
            <span className={classes.circle} />
            <span className={classes.line} />
          </div>
        ))}
      </div>
    </div>
  );
}
