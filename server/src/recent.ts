// A map that keeps at most `capacity` entries and drops the least recently used first, for the
// server's caches of verified tokens and known viewers. A hit moves its entry to the young end
// only once `capacity / 4` insertions have passed it: most hits (a client's next request, a hot
// set of viewers) then cost one lookup instead of a delete and an insert, and an entry used
// within the last `capacity / 4` insertions is never the one dropped.
export class RecentMap<K, V> {
  readonly #capacity: number;
  readonly #entries = new Map<K, { value: V; stamp: number }>();
  /** Insertions so far: an entry's stamp is this count when it last went to the young end. */
  #inserted = 0;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 4) {
      throw new RangeError(`RecentMap: capacity must be an integer of at least 4, not ${capacity}`);
    }
    this.#capacity = capacity;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The value, counted as a use. */
  get(key: K): V | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (this.#inserted - entry.stamp > this.#capacity / 4) {
      this.#entries.delete(key);
      entry.stamp = ++this.#inserted;
      this.#entries.set(key, entry);
    }
    return entry.value;
  }

  /** Adds or replaces a value (a use); the least recently used entry goes when full. */
  set(key: K, value: V): void {
    const entries = this.#entries;
    if (entries.has(key)) entries.delete(key);
    else if (entries.size >= this.#capacity) entries.delete(entries.keys().next().value!);
    entries.set(key, { value, stamp: ++this.#inserted });
  }

  delete(key: K): boolean {
    return this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }
}
