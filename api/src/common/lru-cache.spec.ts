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
});
