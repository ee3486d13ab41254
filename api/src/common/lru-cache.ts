/**
 * The `capacity` most recently used values, by key: for what is derived from data that never changes under that
 * key (a published release, a draft revision, the text of a query), so that a request finds it computed.
 * Values are shared between requests: nobody may change one.
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  /** The value under `key`, computed by `compute` (and kept) when there is none. */
  get(key: K, compute: () => V): V {
    const known = this.peek(key);
    if (known !== undefined) return known;
    const value = compute();
    this.set(key, value);
    return value;
  }

  /** The value under `key`, if it is kept (it becomes the most recently used). */
  peek(key: K): V | undefined {
    const known = this.entries.get(key);
    if (known !== undefined) {
      // A Map iterates in insertion order: moving the entry to the end makes the first one the least recently used.
      this.entries.delete(key);
      this.entries.set(key, known);
    }
    return known;
  }

  /**
   * The values for `items`, in their order, from memory where it has them; the others are read at once by `read`
   * and kept. `key` names an item and the value read for it alike. An item `read` returns nothing for is left out.
   */
  async readThrough<T>(items: readonly T[], key: (item: T | V) => K, read: (missing: T[]) => Promise<V[]>): Promise<V[]> {
    const missing = items.filter((item) => this.peek(key(item)) === undefined);
    // What was just read stays at hand even if keeping it pushed out another of these items.
    const fresh = new Map<K, V>();
    if (missing.length > 0) {
      for (const value of await read(missing)) {
        fresh.set(key(value), value);
        this.set(key(value), value);
      }
    }
    return items.flatMap((item) => fresh.get(key(item)) ?? this.peek(key(item)) ?? []);
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
