import { topRanked } from '../../src/domain/shared/topRanked';
import { createSeededRandom } from '../../tools/seed/seededRandom';

interface IItem {
  score: number;
  label: string;
}

// Few distinct scores, so most items tie: the case where a heap could lose the input order.
const byScore = (a: IItem, b: IItem): number => b.score - a.score;

describe('taking the best few without sorting everything', () => {
  it('gives exactly the first k of a stable full sort, ties in input order, for random inputs and every k', () => {
    const random = createSeededRandom('top-ranked');
    for (let round = 0; round < 200; round++) {
      const items: IItem[] = Array.from({ length: random.int(0, 300) }, (_x, i) => ({ score: random.int(0, 6), label: `item ${i}` }));
      const sorted = items.slice().sort(byScore);
      for (const k of [0, 1, 2, 20, random.int(0, items.length + 5), items.length, items.length + 1]) {
        expect(topRanked(items, k, byScore)).toEqual(sorted.slice(0, k));
      }
    }
  });

  it('leaves its input alone and copes with nothing to rank or a nonsensical k', () => {
    const items = [{ score: 1, label: 'a' }, { score: 3, label: 'b' }, { score: 2, label: 'c' }];
    const copy = items.slice();
    expect(topRanked(items, 2, byScore).map(i => i.label)).toEqual(['b', 'c']);
    expect(items).toEqual(copy);
    expect(topRanked([], 20, byScore)).toEqual([]);
    expect(topRanked(items, -1, byScore)).toEqual([]);
    expect(topRanked(items, Infinity, byScore).map(i => i.label)).toEqual(['b', 'c', 'a']);
  });
});
