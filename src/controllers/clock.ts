// One shared clock for every countdown on the page: a single timer, paused while the page is
// hidden, however many rows or elements show a "response time remaining".
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Listener = (now: number) => void;
const listeners = new Set<Listener>();
let timer: ReturnType<typeof setInterval> | undefined;
let intervalMs = 1000;

function tick() {
  const now = Date.now();
  for (const listener of listeners) listener(now);
}

function schedule() {
  clearInterval(timer);
  timer = undefined;
  if (listeners.size === 0 || document.visibilityState === 'hidden') return;
  timer = setInterval(tick, intervalMs);
}

let watchingVisibility = false;
function watchVisibility() {
  if (watchingVisibility) return;
  watchingVisibility = true;
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') tick();
    schedule();
  });
}

/** For tests: how many timers the shared clock runs (0 or 1). */
export function sharedClockTimers(): number {
  return timer === undefined ? 0 : 1;
}

/** For tests and the benchmark: the tick interval of the shared clock. */
export function setSharedClockInterval(ms: number) {
  intervalMs = ms;
  schedule();
}

/** Gives the host `now` (ms), updated by the shared clock while connected. */
export class ClockController implements ReactiveController {
  now = Date.now();
  readonly #host: ReactiveControllerHost;
  readonly #listener: Listener = (now) => {
    this.now = now;
    this.#host.requestUpdate();
  };

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected() {
    this.now = Date.now();
    listeners.add(this.#listener);
    watchVisibility();
    schedule();
  }

  hostDisconnected() {
    listeners.delete(this.#listener);
    schedule();
  }
}
