/** Letters NFD leaves whole (they are letters in their own right, not accented ones). */
const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = {
  'ø': 'o', 'ł': 'l', 'đ': 'd', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss'
};

/**
 * Folds text so that what people type matches what the lists hold: case is ignored,
 * accents are stripped ("zoe" finds Zoë), apostrophes of every kind are dropped
 * (O'Neill, O’Neill and ONeill are the same name) and other punctuation separates words.
 */
export function normaliseSearchText(text: string): string {
  // Most text is plain ASCII, which has no accents to strip: the index folds 20,000 officers.
  const plain = !/[^ -~]/.test(text);
  return (plain ? text.toLowerCase() : text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[øłđæœß]/g, ch => LETTERS_WITHOUT_DECOMPOSITION[ch] ?? ch))
    .replace(/['\u2018\u2019\u02bc\u0060\u00b4]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a query, folded; an empty query has none. */
export function searchTerms(query: string): string[] {
  const folded = normaliseSearchText(query);
  return folded ? folded.split(' ') : [];
}
