import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';

export interface IMemberTab<K extends string> {
  key: K;
  text: string;
  /** Shown after the text, e.g. how many requests, once known. */
  count?: number;
  /** Set while what the tab shows is still loading. */
  busy?: boolean;
  content: React.ReactNode;
}

export interface IMemberTabsProps<K extends string> {
  label: string;
  tabs: ReadonlyArray<IMemberTab<K>>;
  selectedKey: K;
  onSelect: (key: K) => void;
  idPrefix: string;
}

/**
 * Two tabs, as the ARIA tabs pattern has them: one tab stop, arrows (and Home / End) move
 * between tabs and show them, only the chosen panel is rendered. Fluent's Pivot did the same
 * for these two tabs but cost the bundle 3 KiB gzip, most of its margin under the size budget.
 */
export function MemberTabs<K extends string>(props: IMemberTabsProps<K>): React.ReactElement {
  const theme = useTheme();
  const refs = React.useRef<Record<string, HTMLButtonElement | null>>({});
  const keys = props.tabs.map(t => t.key);
  const tabId = (key: K): string => `${props.idPrefix}-tab-${key}`;
  const panelId = (key: K): string => `${props.idPrefix}-panel-${key}`;
  const move = (event: React.KeyboardEvent, from: K): void => {
    const at = keys.indexOf(from);
    const to = event.key === 'ArrowRight' ? keys[(at + 1) % keys.length]
      : event.key === 'ArrowLeft' ? keys[(at - 1 + keys.length) % keys.length]
        : event.key === 'Home' ? keys[0]
          : event.key === 'End' ? keys[keys.length - 1] : undefined;
    if (to === undefined) return;
    event.preventDefault();
    props.onSelect(to);
    refs.current[to]?.focus();
  };
  const selected = props.tabs.find(t => t.key === props.selectedKey) ?? props.tabs[0];
  return (
    <>
      <div role="tablist" aria-label={props.label} style={{ display: 'flex', flexWrap: 'wrap', gap: 4, marginTop: 8 }}>
        {props.tabs.map(tab => {
          const isSelected = tab.key === selected.key;
          return (
            <button key={tab.key} ref={el => { refs.current[tab.key] = el; }} type="button" role="tab" id={tabId(tab.key)}
              aria-selected={isSelected} aria-controls={panelId(tab.key)} aria-busy={tab.busy || undefined} tabIndex={isSelected ? 0 : -1}
              onClick={() => props.onSelect(tab.key)} onKeyDown={e => move(e, tab.key)}
              style={{
                font: 'inherit', fontSize: theme.fonts.medium.fontSize, fontWeight: isSelected ? 600 : 400, padding: '8px 12px', minHeight: 44,
                cursor: 'pointer', background: 'transparent', color: theme.semanticColors.bodyText, border: 0,
                borderBottom: `2px solid ${isSelected ? theme.palette.themePrimary : 'transparent'}`
              }}>
              {tab.text}{tab.count !== undefined && ` (${tab.count})`}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={panelId(selected.key)} aria-labelledby={tabId(selected.key)}>
        {selected.content}
      </div>
    </>
  );
}
