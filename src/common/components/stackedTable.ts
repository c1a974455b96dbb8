import { FontWeights, type IRawStyle, type IStyle, type ITheme } from '@fluentui/react/lib/Styling';

/** Screen-reader-only text (captions, counts) that sighted users get from the layout. */
export const visuallyHidden: IRawStyle = {
  position: 'absolute', width: 1, height: 1, margin: -1, padding: 0, overflow: 'hidden',
  clip: 'rect(0 0 0 0)', border: 0, whiteSpace: 'nowrap'
};

/** Phones and a narrow Teams pane: where a table of several columns has no room for its words. */
export const NARROW_SCREEN = '@media screen and (max-width: 479px)';

/**
 * A table that, on a narrow screen, becomes a card per row: its header row hidden, the row
 * header on top and each cell labelled with its column (`data-label`), so a long word never
 * runs into the next cell.
 */
export function stackedOnNarrowScreens(theme: ITheme): IStyle {
  return {
    selectors: {
      [NARROW_SCREEN]: { display: 'block', tableLayout: 'auto' },
      thead: { selectors: { [NARROW_SCREEN]: visuallyHidden } },
      // A table laid out as a block gives its caption only the width of its longest word.
      caption: { selectors: { [NARROW_SCREEN]: { display: 'block' } } },
      'tbody, tr, th, td': { selectors: { [NARROW_SCREEN]: { display: 'block', width: 'auto' } } },
      'tbody tr': {
        selectors: {
          [NARROW_SCREEN]: { border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 2, padding: '4px 0', margin: '0 0 8px' }
        }
      },
      'tbody th, tbody td': { selectors: { [NARROW_SCREEN]: { borderBottom: 'none', padding: '2px 12px', overflowWrap: 'anywhere' } } },
      'tbody td:empty': { selectors: { [NARROW_SCREEN]: { display: 'none' } } },
      'tbody td[data-label]::before': {
        selectors: { [NARROW_SCREEN]: { content: 'attr(data-label) ": "', fontWeight: FontWeights.semibold, color: theme.semanticColors.bodySubtext } }
      }
    }
  };
}
