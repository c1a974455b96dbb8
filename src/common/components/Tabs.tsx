import * as React from 'react';
import { mergeStyleSets, FontWeights, type ITheme } from '@fluentui/react/lib/Styling';
import { themedStyles } from '../hooks/themedStyles';

export interface ITab<K extends string> {
  key: K;
  label: string;
  /** Set while what the tab shows is still loading (e.g. its count is not known yet). */
  busy?: boolean;
}

export interface ITabsProps<K extends string> {
  tabs: readonly ITab<K>[];
  selected: K;
  onSelect: (key: K) => void;
  /** Names the tab list for screen readers, e.g. "Views". */
  label?: string;
  /** Unique on the page: tabs and panel ids derive from it. */
  idPrefix: string;
  /** The selected tab's panel. */
  children: React.ReactNode;
}

const useTabStyles = themedStyles((theme: ITheme) => mergeStyleSets({
  list: { display: 'flex', flexWrap: 'wrap', gap: 4, margin: '0 0 4px' },
  tab: {
    position: 'relative', minHeight: 44, padding: '0 8px', border: 0, margin: 0, background: 'transparent', cursor: 'pointer',
    font: 'inherit', fontSize: theme.fonts.medium.fontSize, color: theme.semanticColors.bodyText, borderRadius: 2,
    selectors: {
      ':hover': { background: theme.semanticColors.buttonBackgroundHovered },
      ':focus-visible': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: -2 },
      '::after': {
        content: '""', position: 'absolute', left: 8, right: 8, bottom: 0, height: 2, background: 'transparent'
      }
    }
  },
  selected: {
    fontWeight: FontWeights.semibold,
    selectors: {
      '::after': { background: theme.palette.themePrimary },
      // Windows high contrast drops backgrounds: the marker becomes a border.
      '@media (forced-colors: active)': { textDecoration: 'underline', textDecorationThickness: 2 }
    }
  }
}));

/**
 * A row of tabs over one panel, as the WAI-ARIA tabs pattern: one tab in the Tab order,
 * arrow keys (and Home / End) move between tabs and show each. Fluent's Pivot did the same
 * for 8 KB of each web part's bundle; in a narrow Teams tab these wrap onto a second line.
 */
export function Tabs<K extends string>(props: ITabsProps<K>): React.ReactElement {
  const classes = useTabStyles();
  const { tabs, selected, onSelect, idPrefix } = props;
  const tabId = (key: K): string => `${idPrefix}-tab-${key}`;
  const moveTo = (index: number): void => {
    const next = tabs[(index + tabs.length) % tabs.length];
    onSelect(next.key);
    document.getElementById(tabId(next.key))?.focus();
  };
  const onKeyDown = (event: React.KeyboardEvent, index: number): void => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (step !== undefined) moveTo(index + step);
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(tabs.length - 1);
    else return;
    event.preventDefault();
  };
  return (
    <>
      <div role="tablist" aria-label={props.label} className={classes.list}>
        {tabs.map((tab, index) => {
          const isSelected = tab.key === selected;
          return (
            <button key={tab.key} type="button" role="tab" id={tabId(tab.key)} aria-selected={isSelected}
              aria-controls={`${idPrefix}-panel`} aria-busy={tab.busy || undefined} tabIndex={isSelected ? 0 : -1}
              className={isSelected ? `${classes.tab} ${classes.selected}` : classes.tab}
              onClick={() => onSelect(tab.key)} onKeyDown={e => onKeyDown(e, index)}>
              {tab.label}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={`${idPrefix}-panel`} aria-labelledby={tabId(selected)}>
        {props.children}
      </div>
    </>
  );
}
