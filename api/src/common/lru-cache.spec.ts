import { LruCache } from './lru-cache.js';

describe('LruCache', () => {
  it('computes a value once and serves it while it is among the most recently used', () => {
    const cache = new LruCache<string, number>(2);
    let computed = 0;
    const compute = (value: number) => () => {
      computed += 1;
      return value;
    };
    expect(cache.get('a', compute(1))).toBe(1);
    expect(cache.get('b', compute(2))).toBe(2);
    // Reading "a" makes "b" the least recently used: "c" pushes "b" out, not "a".
    expect(cache.get('a', compute(99))).toBe(1);
    expect(cache.get('c', compute(3))).toBe(3);
    expect(cache.size).toBe(2);
    expect(cache.get('a', compute(99))).toBe(1);
    expect(cache.get('b', compute(4))).toBe(4);
    expect(computed).toBe(4);
  });

  it('keeps null as a value (a verdict of "nothing wrong")', () => {
    const cache = new LruCache<string, string | null>(4);
    let computed = 0;
    const compute = () => {
      computed += 1;
      return null;
    };
    expect(cache.get('k', compute)).toBeNull();
    expect(cache.get('k', compute)).toBeNull();
    expect(computed).toBe(1);
  });

  it('reads through: only the items it does not keep, in one read, answered in the items’ order', async () => {
    const cache = new LruCache<number, { id: number; name: string }>(2);
    const reads: number[][] = [];
    const read = async (missing: { id: number }[]) => {
      reads.push(missing.map(({ id }) => id));
      return missing.filter(({ id }) => id !== 404).map(({ id }) => ({ id, name: `row ${id}` }));
    };
    const key = ({ id }: { id: number }) => id;
    expect((await cache.readThrough([{ id: 2 }, { id: 1 }], key, read)).map(key)).toEqual([2, 1]);
    expect((await cache.readThrough([{ id: 1 }, { id: 404 }, { id: 2 }], key, read)).map(key)).toEqual([1, 2]);
    // Three rows read at once through a cache of two: all three are answered.
    expect((await cache.readThrough([{ id: 3 }, { id: 4 }, { id: 5 }], key, read)).map(key)).toEqual([3, 4, 5]);
    expect(reads).toEqual([[2, 1], [404], [3, 4, 5]]);
  });
});
