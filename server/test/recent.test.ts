// The server's caches of verified tokens and known viewers: at most `capacity` entries, the least
// recently used dropped first, and a hit that does not move its entry every time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RecentMap } from '../src/recent.js';

describe('RecentMap', () => {
  it('keeps at most its capacity, dropping the oldest entry first', () => {
    const map = new RecentMap<string, number>(4);
    for (const [i, key] of ['a', 'b', 'c', 'd', 'e', 'f'].entries()) map.set(key, i);
    assert.equal(map.size, 4);
    assert.equal(map.get('a'), undefined);
    assert.equal(map.get('b'), undefined);
    assert.deepEqual(
      ['c', 'd', 'e', 'f'].map((key) => map.get(key)),
      [2, 3, 4, 5],
    );
  });

  it('replaces a value without growing, and forgets a deleted key', () => {
    const map = new RecentMap<string, string>(4);
    map.set('a', 'one');
    map.set('a', 'two');
    assert.equal(map.size, 1);
    assert.equal(map.get('a'), 'two');
    assert.equal(map.delete('a'), true);
    assert.equal(map.get('a'), undefined);
    assert.equal(map.delete('a'), false);
    map.set('b', 'three');
    map.clear();
    assert.equal(map.size, 0);
  });

  it('never drops an entry used within the last capacity / 4 insertions', () => {
    const capacity = 40;
    const map = new RecentMap<number, number>(capacity);
    // One key used after every insertion, and one used after every tenth (capacity / 4).
    map.set(-1, -1);
    map.set(-2, -2);
    for (let key = 0; key < 1_000; key++) {
      map.set(key, key);
      assert.equal(map.get(-1), -1, `the key used at every step, after ${key}`);
      if (key % (capacity / 4) === 0) {
        assert.equal(map.get(-2), -2, `the key used every tenth step, after ${key}`);
      }
      assert.ok(map.size <= capacity);
    }
    // A key no longer used goes once enough newer ones came.
    for (let key = 1_000; key < 1_000 + capacity; key++) map.set(key, key);
    assert.equal(map.get(-1), undefined);
    assert.equal(map.get(-2), undefined);
  });

  it('refuses a capacity it cannot keep its promise with', () => {
    for (const capacity of [0, 3, 2.5, Number.NaN]) {
      assert.throws(() => new RecentMap(capacity), /capacity must be an integer of at least 4/);
    }
  });
});
