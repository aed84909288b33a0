// Test support: a failed assertion stays reportable. The test runner sends a failed test's error
// from the page to the terminal with structuredClone, `actual` and `expected` included; chai puts
// the assertion's subject there, so a failed `expect(element).to.equal(null)` (an element, a
// function) made the send throw and the whole file hang until the runner's timeout, without
// saying which assertion failed. Those values are replaced by how chai prints them. Imported
// (through the elements helpers) by every test that renders an element.
import { chai } from '@open-wc/testing';

function cloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

chai.use((api, utils) => {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the assertion's this below
  const assert = api.Assertion.prototype.assert;
  api.Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args) {
    try {
      assert.apply(this, args);
    } catch (error) {
      if (error instanceof api.AssertionError) {
        const failed = error as Chai.AssertionError & { actual?: unknown; expected?: unknown };
        for (const key of ['actual', 'expected'] as const) {
          if (key in failed && !cloneable(failed[key])) failed[key] = utils.inspect(failed[key]);
        }
      }
      throw error;
    }
  } as typeof assert;
});
