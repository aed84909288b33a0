// The server's clock as text (src/backend/times.ts isoOf): the store compares it with the
// database's times, so it must be exactly what toISOString writes, at every millisecond.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoOf } from '../../src/backend/times.js';

describe('isoOf', () => {
  it('writes what toISOString writes, within a second and across seconds, days and years', () => {
    const starts = [
      Date.UTC(2026, 11, 6, 9, 53, 53, 0),
      Date.UTC(2026, 11, 31, 23, 59, 59, 990),
      Date.UTC(2028, 1, 29, 12, 0, 0, 0),
      0,
      Date.UTC(9999, 11, 31, 23, 59, 59, 900),
    ];
    for (const start of starts) {
      // Forward a millisecond at a time, then back again: the remembered second must follow.
      for (const step of [1, -1]) {
        for (let i = 0; i < 1500; i++) {
          const date = new Date(start + step * i);
          assert.equal(isoOf(date), date.toISOString(), `${start} ${step * i}`);
        }
      }
    }
  });

  it('writes times before 1970 and after 9999 as toISOString does', () => {
    for (const ms of [-1, -86_400_000 * 365, Date.UTC(10000, 0, 1), Date.UTC(10000, 0, 1) - 1]) {
      const date = new Date(ms);
      assert.equal(isoOf(date), date.toISOString());
    }
  });

  it('throws as toISOString does for a date that is not one', () => {
    assert.throws(() => isoOf(new Date(NaN)), RangeError);
  });
});
