import { mergeStyleSets, FontWeights, type IProcessedStyleSet, type IStyle, type ITheme } from '@fluentui/react/lib/Styling';
import { themedStyles } from '../../../common/hooks/themedStyles';
import { stackedOnNarrowScreens, visuallyHidden } from '../../../common/components/stackedTable';

type DirectoryClassName =
  'root' | 'visuallyHidden' | 'matchReason' | 'skipLink' | 'toolbar' | 'search' | 'refiners' | 'refiner' | 'resultsMeta' | 'count' | 'alphabet' | 'letter' | 'groupHeading' | 'cards' | 'card' | 'cardBody' | 'cardName' | 'nameButton' | 'secondary' | 'badge' | 'party' | 'swatch' | 'table' | 'stackedTable' | 'rowName' | 'showMore' | 'section' | 'profileHeader' | 'facts' | 'plainList' | 'chips' | 'chip' | 'readonlyChip' | 'biography' | 'formRow' | 'balanceBar'
  | 'postcodeFinder' | 'postcodeStatus' | 'wardHeading' | 'wardChoices' | 'title';

export type DirectoryClassNames = IProcessedStyleSet<Record<DirectoryClassName, IStyle>>;

function buildStyles(theme: ITheme): DirectoryClassNames {
  const focusRing = {
    outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: 2
  };
  const plainButton = {
    background: 'none', border: 'none', padding: 0, margin: 0, font: 'inherit', color: theme.semanticColors.link,
    cursor: 'pointer', textAlign: 'left' as const,
    selectors: { ':hover': { textDecoration: 'underline', color: theme.semanticColors.linkHovered }, ':focus-visible': focusRing }
  };
  return mergeStyleSets({
    root: { color: theme.semanticColors.bodyText },
    // The web part's title as Fluent's Text (xLarge, block) drew it, without Text's component machinery.
    title: { ...theme.fonts.xLarge, display: 'block' },
    toolbar: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end', margin: '8px 0' },
    search: { flex: '1 1 260px', minWidth: 200 },
    refiners: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end', margin: '8px 0', padding: 0, border: 0 },
    refiner: { width: 200 },
    resultsMeta: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 12, margin: '12px 0 4px', flexWrap: 'wrap' },
    count: { fontWeight: FontWeights.semibold },
    visuallyHidden,
    alphabet: { display: 'flex', flexWrap: 'wrap', gap: 2, margin: '8px 0', padding: 0, listStyle: 'none' },
    letter: {
      ...plainButton, minWidth: 28, minHeight: 28, textAlign: 'center', borderRadius: 2, fontWeight: FontWeights.semibold,
      selectors: {
        ...plainButton.selectors,
        ':disabled': { color: theme.semanticColors.disabledText, cursor: 'default', textDecoration: 'none' }
      }
    },
    groupHeading: {
      fontSize: theme.fonts.large.fontSize, fontWeight: FontWeights.semibold, margin: '20px 0 8px',
      paddingBottom: 4, borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`,
      selectors: { ':focus-visible': focusRing, ':focus': { outline: 'none' } }
    },
    cards: {
      display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: 12, listStyle: 'none', padding: 0, margin: 0
    },
    card: {
      position: 'relative', display: 'flex', gap: 14, alignItems: 'flex-start', padding: 14, borderRadius: 4,
      background: theme.semanticColors.bodyBackground, border: `1px solid ${theme.semanticColors.bodyDivider}`,
      boxShadow: theme.effects.elevation4,
      selectors: { ':hover': { boxShadow: theme.effects.elevation8 }, ':focus-within': { boxShadow: theme.effects.elevation16 } }
    },
    cardBody: { display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0 },
    // The name button stretches over the card so the whole card opens the profile.
    cardName: {
      ...plainButton, fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: FontWeights.semibold,
      selectors: {
        ...plainButton.selectors,
        '::after': { content: '""', position: 'absolute', inset: 0, borderRadius: 4 },
        ':focus-visible::after': focusRing,
        ':focus-visible': { outline: 'none' }
      }
    },
    // At least 24 px high however narrow the screen (WCAG 2.2 target size, 2.5.8).
    nameButton: { ...plainButton, minHeight: 24 },
    secondary: { color: theme.semanticColors.bodySubtext },
    matchReason: { color: theme.semanticColors.bodySubtext, fontSize: theme.fonts.small.fontSize, fontStyle: 'italic' },
    // Out of sight until a keyboard user reaches it; then it shows where Tab is.
    skipLink: {
      ...plainButton, ...visuallyHidden,
      selectors: { ...plainButton.selectors, ':focus': { position: 'static', width: 'auto', height: 'auto', margin: '4px 0', clip: 'auto', whiteSpace: 'normal', overflow: 'visible' } }
    },
    badge: {
      display: 'inline-block', padding: '0 6px', borderRadius: 2, fontSize: theme.fonts.small.fontSize,
      background: theme.palette.neutralLighter, color: theme.semanticColors.bodyText, alignSelf: 'flex-start'
    },
    party: { display: 'inline-flex', alignItems: 'center', gap: 6 },
    swatch: { width: 12, height: 12, borderRadius: 2, display: 'inline-block', flex: '0 0 12px', border: `1px solid ${theme.palette.neutralTertiaryAlt}` },
    table: {
      width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed',
      selectors: {
        'thead th:first-child': { width: '36%' },
        'th, td': { textAlign: 'left', padding: '6px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, verticalAlign: 'middle' },
        'thead th': { fontWeight: FontWeights.semibold, color: theme.semanticColors.bodySubtext }
      }
    },
    // On a phone four columns leave each a few characters, and a long word runs into the next cell:
    // each row becomes a card, its row header on top and each cell labelled with its column (data-label).
    stackedTable: stackedOnNarrowScreens(theme),
    rowName: { display: 'flex', alignItems: 'center', gap: 8 },
    showMore: { margin: '16px 0' },
    // The profile panel's title is its level-1 heading (Fluent's Panel), so sections are h2 and their parts h3.
    section: {
      margin: '20px 0 0',
      selectors: {
        h2: { fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: FontWeights.semibold, margin: '0 0 8px' },
        h3: { fontSize: theme.fonts.medium.fontSize, fontWeight: FontWeights.semibold, margin: '8px 0 4px' }
      }
    },
    profileHeader: { display: 'flex', gap: 16, alignItems: 'center', margin: '8px 0 12px' },
    facts: {
      display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 16, rowGap: 6, margin: 0,
      selectors: { dt: { fontWeight: FontWeights.semibold }, dd: { margin: 0 } }
    },
    plainList: { margin: 0, paddingLeft: 20, selectors: { li: { margin: '2px 0' } } },
    chips: { display: 'flex', flexWrap: 'wrap', gap: 6, listStyle: 'none', padding: 0, margin: 0 },
    chip: {
      display: 'inline-flex', alignItems: 'center', gap: 2, padding: '2px 4px 2px 10px', borderRadius: 12,
      background: theme.palette.themeLighterAlt, border: `1px solid ${theme.palette.themeLight}`
    },
    readonlyChip: { padding: '2px 10px' },
    biography: { whiteSpace: 'pre-wrap', margin: 0 },
    formRow: { display: 'flex', gap: 8, alignItems: 'flex-end' },
    postcodeFinder: {
      margin: '8px 0 16px', padding: '8px 12px', border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4,
      selectors: { h3: { fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: FontWeights.semibold, margin: '0 0 4px' } }
    },
    postcodeStatus: { margin: '4px 0', fontWeight: FontWeights.semibold },
    wardHeading: { fontSize: theme.fonts.medium.fontSize, fontWeight: FontWeights.semibold, margin: '8px 0 4px' },
    wardChoices: { display: 'flex', flexWrap: 'wrap', gap: '4px 16px', listStyle: 'none', padding: 0, margin: 0 },
    balanceBar: { display: 'flex', height: 16, borderRadius: 2, overflow: 'hidden', margin: '8px 0', border: `1px solid ${theme.semanticColors.bodyDivider}` }
  });
}

export const useDirectoryStyles: () => DirectoryClassNames = themedStyles(buildStyles);
