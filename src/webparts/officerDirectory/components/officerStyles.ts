import { mergeStyleSets, FontWeights, type IProcessedStyleSet, type IStyle, type ITheme } from '@fluentui/react/lib/Styling';
import { themedStyles } from '../../../common/hooks/themedStyles';
import { stackedOnNarrowScreens, visuallyHidden } from '../../../common/components/stackedTable';

type OfficerClassName =
  'root' | 'visuallyHidden' | 'toolbar' | 'grow' | 'field' | 'resultsMeta' | 'count' | 'results' | 'card' | 'cardBody' |
  'nameButton' | 'secondary' | 'badges' | 'badge' | 'staleBadge' | 'serviceCard' | 'serviceHeading' | 'panelHeading' | 'serviceToggle' | 'serviceSummary' | 'chevron' | 'liaisonRow' |
  'profileText' | 'escalation' | 'showMore' | 'facts' | 'panelHeader' | 'table' | 'stackedTable' | 'note' | 'countyPanel' | 'countyContacts';

export type OfficerClassNames = IProcessedStyleSet<Record<OfficerClassName, IStyle>>;

function buildStyles(theme: ITheme): OfficerClassNames {
  const focusRing = { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: 2 };
  return mergeStyleSets({
    root: { color: theme.semanticColors.bodyText },
    visuallyHidden,
    toolbar: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end', margin: '12px 0', padding: 0, border: 0 },
    grow: { flex: '1 1 260px', minWidth: 0 },
    field: { flex: '0 1 240px', minWidth: 160 },
    resultsMeta: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', margin: '12px 0 4px' },
    count: { fontWeight: FontWeights.semibold },
    results: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 8, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 320px), 1fr))' },
    card: {
      display: 'flex', gap: 12, alignItems: 'flex-start', padding: 12, borderRadius: 4, minWidth: 0,
      border: `1px solid ${theme.semanticColors.bodyDivider}`, background: theme.semanticColors.bodyBackground,
      contentVisibility: 'auto', containIntrinsicSize: 'auto 150px'
    },
    cardBody: { display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0, overflowWrap: 'anywhere' },
    // At least 24 px high however narrow the screen (WCAG 2.2 target size, 2.5.8).
    nameButton: {
      background: 'none', border: 'none', padding: 0, margin: 0, font: 'inherit', textAlign: 'left', cursor: 'pointer', minHeight: 24,
      color: theme.semanticColors.link, fontWeight: FontWeights.semibold, fontSize: theme.fonts.mediumPlus.fontSize,
      selectors: { ':hover': { textDecoration: 'underline', color: theme.semanticColors.linkHovered }, ':focus-visible': focusRing }
    },
    secondary: { color: theme.semanticColors.bodySubtext },
    badges: { display: 'flex', flexWrap: 'wrap', gap: 4 },
    badge: {
      display: 'inline-block', padding: '0 6px', borderRadius: 2, fontSize: theme.fonts.small.fontSize,
      background: theme.palette.themeLighter, color: theme.semanticColors.bodyText
    },
    staleBadge: {
      display: 'inline-block', padding: '0 6px', borderRadius: 2, fontSize: theme.fonts.small.fontSize,
      background: theme.semanticColors.warningBackground, color: theme.semanticColors.bodyText
    },
    serviceCard: {
      padding: '12px 16px', margin: '8px 0', borderRadius: 4, border: `1px solid ${theme.semanticColors.bodyDivider}`,
      selectors: {
        h4: { margin: '12px 0 4px', fontSize: theme.fonts.medium.fontSize, fontWeight: FontWeights.semibold },
        a: { color: theme.semanticColors.link },
        'a:hover': { color: theme.semanticColors.linkHovered }
      }
    },
    // Fluent's Panel title is the level-1 heading; the panel's sections are h2 at the size h3 had.
    panelHeading: { fontSize: theme.fonts.large.fontSize, fontWeight: FontWeights.semibold, margin: '16px 0 8px' },
    serviceHeading: {
      margin: 0, fontSize: theme.fonts.large.fontSize, fontWeight: FontWeights.semibold,
      selectors: { ':focus': { outline: 'none' } }
    },
    // The service name opens and closes its card: a heading-sized button, as in an accordion.
    serviceToggle: {
      display: 'inline-flex', alignItems: 'center', gap: 8, minHeight: 32, padding: 0, margin: 0, border: 'none', background: 'none',
      font: 'inherit', color: 'inherit', textAlign: 'left', cursor: 'pointer',
      selectors: { ':focus-visible': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: 2 }, ':hover': { color: theme.semanticColors.linkHovered } }
    },
    serviceSummary: { margin: '2px 0 0' },
    chevron: { fontSize: theme.fonts.small.fontSize, flex: '0 0 auto' },
    liaisonRow: { display: 'flex', gap: 12, alignItems: 'flex-start', margin: '8px 0' },
    profileText: { margin: '4px 0', whiteSpace: 'pre-wrap' },
    escalation: { margin: '4px 0 0', paddingLeft: 20 },
    showMore: { margin: '16px 0' },
    facts: {
      display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 16, rowGap: 6, margin: '12px 0',
      selectors: { dt: { fontWeight: FontWeights.semibold }, dd: { margin: 0 } }
    },
    panelHeader: { display: 'flex', gap: 16, alignItems: 'center', margin: '8px 0 12px' },
    table: {
      width: '100%', borderCollapse: 'collapse',
      selectors: {
        'th, td': { textAlign: 'left', padding: '6px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}` },
        th: { fontWeight: FontWeights.semibold, color: theme.semanticColors.bodySubtext }
      }
    },
    // Five columns cannot fit a narrow Teams tab: there each row becomes a card whose cells are labelled.
    stackedTable: stackedOnNarrowScreens(theme),
    note: { margin: '8px 0' },
    // Set apart from the council's own services: the answer is somewhere else.
    countyPanel: {
      // The page's own background: links in the theme's link colour keep their contrast (WCAG 1.4.3) on it, not on a tint.
      padding: '12px 16px', margin: '12px 0', borderRadius: 4, border: `1px solid ${theme.semanticColors.bodyDivider}`,
      borderLeft: `4px solid ${theme.palette.themePrimary}`, background: theme.semanticColors.bodyBackground, color: theme.semanticColors.bodyText,
      selectors: {
        h3: { margin: 0, fontSize: theme.fonts.large.fontSize, fontWeight: FontWeights.semibold },
        h4: { margin: '12px 0 4px', fontSize: theme.fonts.medium.fontSize, fontWeight: FontWeights.semibold },
        a: { color: theme.semanticColors.link },
        'a:hover': { color: theme.semanticColors.linkHovered }
      }
    },
    // Each link at least 24 px high (WCAG 2.2 target size, 2.5.8).
    countyContacts: {
      listStyle: 'none', padding: 0, margin: '4px 0 0', display: 'flex', flexWrap: 'wrap', columnGap: 16,
      selectors: { a: { display: 'inline-block', minHeight: 24, lineHeight: '24px' } }
    }
  });
}

export const useOfficerStyles: () => OfficerClassNames = themedStyles(buildStyles);
