// Sending what a form holds, as every form of the SDK does it: whether a send is under way (a
// second click sends nothing twice), the last failure with what "Try again" sends again (the
// same idempotency key), and after a 429 "Try again" blocked until the backend's Retry-After has
// passed (its timer stops while the element is out of the page, and resumes when it is back).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RateLimitError } from '../api/errors.js';

export interface SendFailure<R> {
  error: unknown;
  /** What "Try again" sends. */
  retry: R;
}

export class SubmitController<R> implements ReactiveController {
  /** A send is under way. */
  sending = false;
  /** The last send failed: why, and what "Try again" sends. */
  failure: SendFailure<R> | null = null;
  readonly #host: ReactiveControllerHost;
  #blockedUntil = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** "Try again" waits for the backend's Retry-After. */
  get blocked(): boolean {
    return this.#blockedUntil > Date.now();
  }

  hostConnected() {
    if (this.#blockedUntil) this.#unblockLater();
  }

  hostDisconnected() {
    clearTimeout(this.#timer);
  }

  /** A send starts: the last failure goes. False when one is under way already. */
  start(): boolean {
    if (this.sending) return false;
    this.sending = true;
    this.failure = null;
    this.#host.requestUpdate();
    return true;
  }

  /** The send is over (sent or failed). */
  finish() {
    this.sending = false;
    this.#host.requestUpdate();
  }

  /** The send failed: kept with what "Try again" sends; a rate limit blocks it for a while. */
  fail(error: unknown, retry: R) {
    if (error instanceof RateLimitError) {
      this.#blockedUntil = Date.now() + error.retryAfterMs;
      this.#unblockLater();
    }
    this.failure = { error, retry };
    this.#host.requestUpdate();
  }

  /** Forgets the last failure (the element shows something else now). */
  reset() {
    this.failure = null;
    this.#host.requestUpdate();
  }

  /** Enables "Try again" once the backend's Retry-After has passed. */
  #unblockLater() {
    clearTimeout(this.#timer);
    const unblock = () => {
      this.#blockedUntil = 0;
      this.#host.requestUpdate();
    };
    const wait = this.#blockedUntil - Date.now();
    if (wait > 0) this.#timer = setTimeout(unblock, wait);
    else unblock();
  }
}
