import * as React from 'react';
import { mergeStyleSets, FontWeights, type IProcessedStyleSet, type IStyle, type ITheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';

type VisitClassName =
  'root' | 'visuallyHidden' | 'section' | 'row' | 'field' | 'grow' | 'results' | 'findBelow' | 'resultButton' | 'secondary' |
  'card' | 'cardHeader' | 'facts' | 'badge' | 'marker' | 'actions' | 'fieldset' | 'legend' | 'attendee' | 'history' | 'heading' |
  'choices' | 'choicesLabel' | 'choice' | 'title' | 'sectionTitle' | 'summaryTitle';

export type VisitClassNames = IProcessedStyleSet<Record<VisitClassName, IStyle>>;

function buildStyles(theme: ITheme): VisitClassNames {
  const focusRing = { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: 2 };
  return mergeStyleSets({
    root: { color: theme.semanticColors.bodyText, minWidth: 0, overflowWrap: 'anywhere' },
    visuallyHidden: {
      position: 'absolute', width: 1, height: 1, margin: -1, padding: 0, overflow: 'hidden',
      clip: 'rect(0 0 0 0)', border: 0, whiteSpace: 'nowrap'
    },
    section: { display: 'flex', flexDirection: 'column', gap: 12, marginTop: 12 },
    // Fields sit side by side when there is room and stack at 360 px (Teams on a phone).
    row: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-start' },
    field: { flex: '1 1 150px', minWidth: 0 },
    grow: { flex: '1 1 260px', minWidth: 0 },
    results: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: 4 },
    findBelow: { marginTop: 8 },
    resultButton: {
      display: 'block', width: '100%', textAlign: 'left', padding: '8px 12px', borderRadius: 4, cursor: 'pointer', font: 'inherit',
      color: theme.semanticColors.bodyText, background: theme.semanticColors.bodyBackground,
      border: `1px solid ${theme.semanticColors.bodyDivider}`,
      selectors: { ':hover': { background: theme.palette.neutralLighter }, ':focus-visible': focusRing }
    },
    secondary: { color: theme.semanticColors.bodySubtext },
    card: {
      padding: 12, borderRadius: 4, minWidth: 0, border: `1px solid ${theme.semanticColors.bodyDivider}`,
      background: theme.semanticColors.bodyBackground, display: 'flex', flexDirection: 'column', gap: 8
    },
    cardHeader: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'baseline', justifyContent: 'space-between' },
    facts: {
      margin: 0, display: 'grid', gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)', columnGap: 12, rowGap: 4,
      selectors: { dt: { fontWeight: FontWeights.semibold }, dd: { margin: 0 } }
    },
    badge: {
      display: 'inline-block', padding: '0 6px', borderRadius: 2, fontWeight: FontWeights.semibold,
      background: theme.palette.themeLighter, color: theme.semanticColors.bodyText
    },
    // What asks for the reader's attention: its words carry the meaning, the outline only draws the eye.
    marker: {
      display: 'inline-block', padding: '0 6px', borderRadius: 2, fontWeight: FontWeights.semibold,
      border: `2px solid ${theme.palette.themePrimary}`, color: theme.semanticColors.bodyText
    },
    actions: { display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 8 },
    fieldset: { border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 12, margin: 0, minWidth: 0 },
    legend: { fontWeight: FontWeights.semibold, padding: '0 4px' },
    attendee: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-end' },
    history: { margin: 0, paddingLeft: 20 },
    heading: { margin: 0, fontSize: theme.fonts.large.fontSize, fontWeight: FontWeights.semibold },
    // Headings in the theme's type ramp, as Fluent's Text set them (its browser margins kept): plain elements, no Text component in the bundle.
    title: theme.fonts.xLarge,
    sectionTitle: theme.fonts.large,
    summaryTitle: [theme.fonts.mediumPlus, { margin: 0, fontWeight: FontWeights.semibold }],
    choices: { display: 'flex', flexDirection: 'column', gap: 4, minWidth: 0 },
    choicesLabel: { fontWeight: FontWeights.semibold, padding: '5px 0' },
    // The browser's own radio buttons: keyboard use (arrows within a group) and forced colours come with them.
    choice: {
      display: 'flex', alignItems: 'center', gap: 8, minHeight: 28, cursor: 'pointer',
      selectors: { input: { width: 18, height: 18, margin: 0, accentColor: theme.palette.themePrimary, cursor: 'pointer' } }
    }
  });
}

export function useVisitStyles(): VisitClassNames {
  const theme = useTheme();
  return React.useMemo(() => buildStyles(theme), [theme]);
}
