// Keeps what the user typed across reloads, per element and context (product, order,
// question), in localStorage. Never tokens: only the user's own unsent input.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const PREFIX = 'seller-questions:draft:';

export class DraftController<T extends object> implements ReactiveController {
  #key: string | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: T | null = null;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Which draft to work on; null for none. Saves any pending write of the previous one. */
  set key(key: string | null) {
    if (key === this.#key) return;
    this.flush();
    this.#key = key;
  }

  get key(): string | null {
    return this.#key;
  }

  load(): T | null {
    if (!this.#key) return null;
    try {
      const raw = localStorage.getItem(PREFIX + this.#key);
      return raw ? (JSON.parse(raw) as T) : null;
    } catch {
      return null;
    }
  }

  /** Saves soon (debounced); `flush()` saves now. */
  save(value: T) {
    this.#pending = value;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.flush();
    }, 250);
  }

  flush() {
    clearTimeout(this.#timer);
    if (!this.#key || !this.#pending) return;
    try {
      localStorage.setItem(PREFIX + this.#key, JSON.stringify(this.#pending));
    } catch {
      // Storage full or blocked: the draft stays in memory for this page.
    }
    this.#pending = null;
  }

  clear() {
    clearTimeout(this.#timer);
    this.#pending = null;
    if (!this.#key) return;
    try {
      localStorage.removeItem(PREFIX + this.#key);
    } catch {
      // Nothing to clear.
    }
  }

  hostDisconnected() {
    this.flush();
  }
}
