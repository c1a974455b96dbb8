import { useTheme } from '@fluentui/react/lib/Theme';
import type { ITheme } from '@fluentui/react/lib/Styling';

/**
 * A hook giving a web part's class names for the current theme, built once per theme and
 * shared by every component that asks. Building them per component instance (useMemo) ran
 * mergeStyleSets for each of twenty result cards on every search keystroke.
 */
export function themedStyles<T>(build: (theme: ITheme) => T): () => T {
  const built = new WeakMap<ITheme, T>();
  return function useThemedStyles(): T {
    const theme = useTheme();
    let styles = built.get(theme);
    if (styles === undefined) {
      styles = build(theme);
      built.set(theme, styles);
    }
    return styles;
  };
}
