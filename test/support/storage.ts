// Test support: each test starts with the storage to itself. Every page of the test server's
// origin shares one localStorage, so drafts one test file left behind (or another page wrote in
// the meantime) would leak into another's tests. Imported (through the elements helpers) by
// every test that renders an element: the page gets an in-memory Storage of its own in place of
// the origin's, emptied before each test.

class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  [name: string]: unknown;

  get length(): number {
    return this.#items.size;
  }

  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.#items.set(key, value);
  }

  removeItem(key: string): void {
    this.#items.delete(key);
  }

  clear(): void {
    this.#items.clear();
  }
}

export const testStorage = new MemoryStorage();
Object.defineProperty(window, 'localStorage', { configurable: true, get: () => testStorage });

beforeEach(() => {
  testStorage.clear();
});

/** Every key in the storage. */
export function storageKeys(): string[] {
  return Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index)!);
}
