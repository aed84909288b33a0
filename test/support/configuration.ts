// Test support: an element the page forgot to set up (no product, shop or order) says so in
// itself, tells the page with sq-error and logs the mistake once; there is nothing to retry.
import { expect } from '@open-wc/testing';
import { ConfigurationError } from '../../src/api/errors.js';
import { buyerClient } from './backend.js';
import { callsSaying, consoleDuring } from './console.js';
import { nextEvent, shadowReady, shadowText } from './elements.js';

/**
 * Adds a `tag` element given a buyer's client and nothing else to the page and expects the
 * misconfiguration: an sq-error for the load with a ConfigurationError, `shown` in its error part
 * without a button, and one console error that includes `logged`.
 */
export async function expectNotSetUp(
  tag: 'ask-seller' | 'order-help',
  { shown, logged }: { shown: string; logged: string },
): Promise<void> {
  const el = document.createElement(tag);
  el.client = buyerClient('b-anna');
  const errors = await consoleDuring('error', async () => {
    const event = nextEvent(el, 'sq-error');
    try {
      document.body.append(el);
      const { detail } = await event;
      expect(detail.action).to.equal('load');
      expect(detail.error).to.be.instanceOf(ConfigurationError);
      await shadowReady(el, '[part=error]');
      expect(shadowText(el)).to.include(shown);
      // Nothing to try again: the page must be fixed.
      expect(el.shadowRoot!.querySelector('[part=error] button')).to.equal(null);
    } finally {
      el.remove();
    }
  });
  expect(callsSaying(errors, logged)).to.have.length(1);
}
