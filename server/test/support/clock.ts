// The time of the tests that live through deadlines (the clock, email, webhooks): a clock the
// test sets by hand, given to the server as its `now`; the server's clock run at that time, as
// one scheduler run would; and a start with nothing due.
import { runDueClocks, type ClockRun } from '../../src/sql-store.js';
import { DAY, type TestServer } from './server.js';

/** A time a test sets by hand: `ms`; `now` is what the server and its workers are given. */
export class TestClock {
  ms: number;
  readonly now = (): Date => new Date(this.ms);

  constructor(start = Date.now()) {
    this.ms = start;
  }
}

/** Runs the server's clock on what is due at the clock's time (no scheduler, no request). */
export function runClocks(server: TestServer, clock: TestClock): Promise<ClockRun> {
  return runDueClocks(server.db, { baseUrl: server.basePath, now: clock.now });
}

/**
 * Moves the clock 400 days on and runs what fell due: every question the seed and earlier tests
 * asked is past its deadline by then, so the test starts with nothing due.
 */
export async function nothingDue(server: TestServer, clock: TestClock): Promise<void> {
  clock.ms += 400 * DAY;
  await runClocks(server, clock);
}
