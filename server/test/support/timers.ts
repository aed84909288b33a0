// Timers a test fires by hand, for the workers (server/src/worker.ts): what is planned, with its
// delay, and fire(ms) to run the one planned with that delay.
import assert from 'node:assert/strict';
import type { Timers } from '../../src/worker.js';

export interface Planned {
  run: () => void;
  ms: number;
}

export function manualTimers(): {
  planned: Planned[];
  timers: Timers;
  fire: (ms: number) => void;
} {
  const planned: Planned[] = [];
  const timers: Timers = {
    setTimeout(run, ms) {
      const entry = { run, ms };
      planned.push(entry);
      return entry;
    },
    clearTimeout(handle) {
      const index = planned.indexOf(handle as Planned);
      if (index >= 0) planned.splice(index, 1);
    },
  };
  /** Fires the timer planned `ms` from now (the first planned with that delay). */
  const fire = (ms: number) => {
    const index = planned.findIndex((entry) => entry.ms === ms);
    assert.ok(index >= 0, `a timer of ${ms} ms (planned: ${planned.map((p) => p.ms).join(', ')})`);
    const [entry] = planned.splice(index, 1);
    entry!.run();
  };
  return { planned, timers, fire };
}
