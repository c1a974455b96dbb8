/**
 * The first `k` of `items` in `compare` order, exactly as `items.slice().sort(compare).slice(0, k)`
 * would give them (ties keep their input order, as Array#sort does), without sorting them all.
 *
 * Why: a search shows one page (20) of results, but the first letters of a term match most
 * of a 20,000-officer council; sorting every match on each keystroke cost tens of
 * milliseconds. A heap of the k best seen so far is O(n log k) and allocates k slots.
 */
export function topRanked<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  const count = Math.min(Math.max(0, Math.floor(k)), items.length);
  if (count === 0) return [];
  // Past about half the items a plain stable sort is as quick and simpler.
  if (count * 2 >= items.length) return items.slice().sort(compare).slice(0, count);

  // Ties broken by position make the order total, so the heap agrees with a stable sort.
  const before = (a: number, b: number): boolean => {
    const order = compare(items[a], items[b]);
    return order < 0 || (order === 0 && a < b);
  };
  // A max-heap of indices: the root is the worst of the best `count` seen so far.
  const heap: number[] = [];
  const siftUp = (at: number): void => {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!before(heap[parent], heap[at])) return;
      [heap[parent], heap[at]] = [heap[at], heap[parent]];
      at = parent;
    }
  };
  const siftDown = (at: number): void => {
    for (;;) {
      const left = at * 2 + 1;
      const right = left + 1;
      let worst = at;
      if (left < heap.length && before(heap[worst], heap[left])) worst = left;
      if (right < heap.length && before(heap[worst], heap[right])) worst = right;
      if (worst === at) return;
      [heap[worst], heap[at]] = [heap[at], heap[worst]];
      at = worst;
    }
  };
  for (let i = 0; i < items.length; i++) {
    if (heap.length < count) {
      heap.push(i);
      siftUp(heap.length - 1);
    } else if (before(i, heap[0])) {
      heap[0] = i;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (before(a, b) ? -1 : 1)).map(i => items[i]);
}
