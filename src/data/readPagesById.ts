/** SharePoint's largest page (a query's `$top`). */
export const PAGE_SIZE = 5000;

/** Reads the page of a list after the item `afterId` (undefined: the first page), at most PAGE_SIZE rows. */
export type PageRead<T> = (afterId: number | undefined) => Promise<T[]>;

/**
 * Reads a list a page at a time in Id order ($skiptoken paging, which needs no index and
 * is allowed on lists past the 5,000-item view threshold), until a short page. `onPage`
 * hears each page as it lands; `firstPage`, when a caller already has it (from a batch),
 * saves reading it again. One round trip per page, so a list under 5,000 rows costs one.
 */
export async function readPagesById<T extends { Id: number }>(
  readPage: PageRead<T>, onPage: (page: T[], done: boolean) => void, firstPage?: T[]
): Promise<void> {
  let page = firstPage ?? await readPage(undefined);
  for (;;) {
    const done = page.length < PAGE_SIZE;
    onPage(page, done);
    if (done) return;
    page = await readPage(page[page.length - 1].Id);
  }
}

/** Every row of a list, read as readPagesById does. */
export async function readAllById<T extends { Id: number }>(readPage: PageRead<T>, firstPage?: T[]): Promise<T[]> {
  const rows: T[] = [];
  await readPagesById(readPage, page => { rows.push(...page); }, firstPage);
  return rows;
}
