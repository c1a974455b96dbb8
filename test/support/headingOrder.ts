/** Heading levels in document order, from h1–h6 and role="heading" aria-level (Fluent's Panel title). */
export function headingLevels(root: ParentNode): number[] {
  return Array.from(root.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]'))
    .map(h => Number(h.getAttribute('aria-level') ?? h.tagName.slice(1)));
}

/** Where a heading jumps more than one level down from the one before (h1 → h3), as "1→3". */
export function skippedLevels(levels: readonly number[]): string[] {
  return levels.flatMap((level, i) => (i > 0 && level > levels[i - 1] + 1 ? [`${levels[i - 1]}→${level}`] : []));
}
