import { PAGE_SIZE, readAllById, readPagesById } from '../../src/data/readPagesById';

/** A list of `count` rows with Ids 1..count, read a page at a time as SharePoint would answer $skiptoken. */
function fakeList(count: number): { read: (afterId: number | undefined) => Promise<{ Id: number }[]>; asked: (number | undefined)[] } {
  const asked: (number | undefined)[] = [];
  return {
    asked,
    read: async afterId => {
      asked.push(afterId);
      const from = (afterId ?? 0) + 1;
      return Array.from({ length: Math.max(0, Math.min(PAGE_SIZE, count - from + 1)) }, (_, i) => ({ Id: from + i }));
    }
  };
}

describe('reading a list a page at a time in Id order', () => {
  it('costs one round trip for a list under a page', async () => {
    const list = fakeList(12);
    expect((await readAllById(list.read)).length).toBe(12);
    expect(list.asked).toEqual([undefined]);
  });

  it('reads on after the last Id of each full page until a short one, past the 5,000-row threshold', async () => {
    const list = fakeList(2 * PAGE_SIZE + 3);
    const rows = await readAllById(list.read);
    expect(rows.map(r => r.Id)).toEqual(Array.from({ length: 2 * PAGE_SIZE + 3 }, (_, i) => i + 1));
    expect(list.asked).toEqual([undefined, PAGE_SIZE, 2 * PAGE_SIZE]);
  });

  it('asks once more after an exactly full last page, and starts from a first page it is given', async () => {
    const list = fakeList(PAGE_SIZE);
    const first = await list.read(undefined);
    const seen: Array<[number, boolean]> = [];
    await readPagesById(list.read, (page, done) => seen.push([page.length, done]), first);
    expect(seen).toEqual([[PAGE_SIZE, false], [0, true]]);
    expect(list.asked).toEqual([undefined, PAGE_SIZE]);
  });
});
