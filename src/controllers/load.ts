// What a buyer widget shows is loaded once, and again whenever what it depends on changes (the
// backend, the product, the order, the seller's client). This is @lit/task's `Task` cut to what
// the elements use: Task adds 0.56 kB brotli to a first load, more than the budgets leave. An
// element that shows the last value while loading again (or after a failure) uses
// KeptLoadController (kept-load.ts) and reads `last`.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type LoadState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

export interface LoadOptions<A extends readonly unknown[], T> {
  /** What the load depends on; it runs again when any of them changes (compared with ===). */
  args: () => A;
  /** The load; `signal` aborts when a newer load starts or the host leaves the page. */
  task: (args: A, signal: AbortSignal) => Promise<T>;
  /** Called once per failed load (not for one that a newer load replaced). */
  onError?: (error: unknown) => void;
}

export class LoadController<A extends readonly unknown[], T> implements ReactiveController {
  state: LoadState<T> = { status: 'loading' };
  readonly #host: ReactiveControllerHost;
  readonly #options: LoadOptions<A, T>;
  #args: A | undefined;
  #abort: AbortController | undefined;
  #interrupted = false;

  constructor(host: ReactiveControllerHost, options: LoadOptions<A, T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected() {
    // Taken out of the page while loading, and put back: load again.
    if (this.#interrupted) void this.run();
    this.#interrupted = false;
  }

  hostDisconnected() {
    // Nothing keeps loading for an element that left the page.
    this.#interrupted = this.state.status === 'loading' && !!this.#abort;
    this.#abort?.abort();
  }

  hostUpdate() {
    const args = this.#options.args();
    const previous = this.#args;
    if (previous && args.every((value, index) => value === previous[index])) return;
    this.#args = args;
    void this.run();
  }

  /** Loads again with the current arguments (a "Retry"). */
  async run(): Promise<void> {
    const args = this.#args ?? this.#options.args();
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.state = { status: 'loading' };
    this.#host.requestUpdate();
    try {
      const value = await this.#options.task(args, abort.signal);
      if (abort.signal.aborted) return;
      this.state = { status: 'ready', value };
    } catch (error) {
      if (abort.signal.aborted) return;
      this.state = { status: 'failed', error };
      this.#options.onError?.(error);
    }
    this.#host.requestUpdate();
  }
}
