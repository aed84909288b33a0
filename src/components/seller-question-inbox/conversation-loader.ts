// Loads the conversation's code on demand: at once when a question is opened, or ahead of time
// once the list is shown and the browser is idle. The list paints without it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defineDependencies } from '../define.js';

export class ConversationLoader implements ReactiveController {
  state: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  readonly #host: ReactiveControllerHost;
  readonly #onError: (error: unknown) => void;
  #module: Promise<void> | undefined;
  #prefetching = false;

  constructor(host: ReactiveControllerHost, onError: (error: unknown) => void) {
    this.#host = host;
    this.#onError = onError;
    host.addController(this);
  }

  hostConnected() {
    // Nothing to start: loading is asked for.
  }

  /** Loads and registers the conversation's elements, once (again after a failure). */
  load(): Promise<void> {
    // Nothing shows "loading" apart from no conversation yet: the host renders again when the
    // code is there or failed, not now (a prefetch in an idle moment renders nothing).
    if (this.state === 'idle' || this.state === 'failed') this.state = 'loading';
    this.#module ??= import('./conversation-elements.js').then(
      ({ conversationElements }) => {
        defineDependencies(conversationElements);
        this.#set('ready');
      },
      (error: unknown) => {
        this.#module = undefined;
        this.#set('failed');
        this.#onError(error);
      },
    );
    return this.#module;
  }

  /** Loads when the browser is idle, so that opening a question does not wait for the code. */
  prefetch() {
    if (this.state !== 'idle' || this.#prefetching) return;
    this.#prefetching = true;
    const load = () => void this.load();
    if ('requestIdleCallback' in globalThis) requestIdleCallback(load, { timeout: 2000 });
    else setTimeout(load, 200);
  }

  #set(state: ConversationLoader['state']) {
    this.state = state;
    this.#host.requestUpdate();
  }
}
