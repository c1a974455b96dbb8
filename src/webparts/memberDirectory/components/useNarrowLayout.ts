import * as React from 'react';

/** Below this width (Teams on a phone, a narrow page column) refiners fold behind a button. */
export const NARROW_WIDTH = 480;

/**
 * Whether the element is narrower than `NARROW_WIDTH`. Measures the web part's own width,
 * not the window's, because a web part in a narrow column of a wide page is narrow too.
 * An element not laid out (width 0) counts as wide.
 */
export function useNarrowLayout(ref: React.RefObject<HTMLElement>): boolean {
  const [narrow, setNarrow] = React.useState(false);
  React.useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = (width: number): void => setNarrow(width > 0 && width < NARROW_WIDTH);
    measure(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(entries => {
      for (const entry of entries) measure(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return narrow;
}
