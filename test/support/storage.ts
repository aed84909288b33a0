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

  /** Whether a key is stored. */
  has(key: string): boolean {
    return this.#items.has(key);
  }
}

const memory = new MemoryStorage();
/** Like the real Storage, its keys are own enumerable properties (`Object.keys(localStorage)`). */
export const testStorage: Storage = new Proxy(memory, {
  get(target, property) {
    if (typeof property === 'string' && !(property in target)) {
      return target.getItem(property) ?? undefined;
    }
    const value: unknown = Reflect.get(target, property, target);
    return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
  },
  ownKeys: (target) => Array.from({ length: target.length }, (_, index) => target.key(index)!),
  getOwnPropertyDescriptor(target, property) {
    if (typeof property !== 'string' || !target.has(property)) return undefined;
    return {
      value: target.getItem(property),
      enumerable: true,
      configurable: true,
      writable: true,
    };
  },
});
Object.defineProperty(window, 'localStorage', { configurable: true, get: () => testStorage });

beforeEach(() => {
  testStorage.clear();
});

/** Every key in the storage. */
export function storageKeys(): string[] {
  return Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index)!);
}
