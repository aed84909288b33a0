// "Manage templates" in the inbox: the seller's own templates beside the official ones (which
// are read-only), created, changed and deleted with the backend's rules, previewed with the
// open question's values, and offered in the reply's picker at once.
import { expect } from '@open-wc/testing';
import type { MockBackend } from '../../../src/mocks/index.js';
import { useMockBackend } from '../../support/backend.js';
import { buttonWithText, inShadow, shadowReady, waitFor } from '../../support/elements.js';
import {
  choose,
  clearInboxDrafts,
  composerOf,
  deepText,
  manageTemplates,
  mountReplyingTo,
  typeText,
} from '../../support/inbox.js';

describe('<seller-question-inbox>: the seller’s own templates', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    clearInboxDrafts();
    backend = await useMockBackend();
  });

  it('creates a German template, refusing an unknown variable by name, previewed and offered at once', async function () {
    // A whole flow (create or change, errors, delete) with two accessibility checks.
    this.timeout(30_000);
    const { el, reply } = await mountReplyingTo('q-053');
    const manager = await manageTemplates(reply);
    // The question's topic and the reply's language first; official ones are read-only.
    const rows = [...manager.shadowRoot!.querySelectorAll('li')];
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) {
      expect(row.textContent).to.include('Official, read-only');
      expect(row.querySelector('button')).to.equal(null);
    }
    await expect(el).to.be.accessible();

    buttonWithText(manager, 'New template').click();
    const title = await shadowReady<HTMLInputElement>(manager, '#template-title');
    await choose(inShadow<HTMLSelectElement>(manager, '#template-language'), 'de');
    await typeText(title, 'Sendung unterwegs');
    const body = inShadow<HTMLTextAreaElement>(manager, '#template-body');
    await typeText(body, 'Hallo {buyerName}, Ihre Sendung {trackingNumber} ist {status}.');
    await manager.updateComplete;
    // The preview fills what this question knows, as "Insert" will.
    const preview = inShadow(manager, '[part=template-preview]').textContent;
    expect(preview).to.include('Hallo Siobhán Murphy, Ihre Sendung CE482731905DE ist {status}.');

    buttonWithText(manager, 'Save').click();
    await waitFor(() => manager.shadowRoot!.querySelector('#template-body-error'), 'the error');
    expect(deepText(manager)).to.include(
      'Unknown variable {status}. Use {buyerName}, {shopName}, {sellerName}, {productName}, {orderNumber}, {trackingNumber}, {trackingUrl}, {carrier}, {deliveryDate}, and {refundAmount}.',
    );
    expect(body.getAttribute('aria-invalid')).to.equal('true');
    expect(manager.shadowRoot!.activeElement).to.equal(body);
    // Nothing was sent or lost.
    expect(body.value).to.equal('Hallo {buyerName}, Ihre Sendung {trackingNumber} ist {status}.');
    expect(backend.state.templates.some((t) => t.title === 'Sendung unterwegs')).to.equal(false);
    await expect(el).to.be.accessible();

    await typeText(body, 'Hallo {buyerName}, Ihre Sendung {trackingNumber} ist unterwegs.');
    buttonWithText(manager, 'Save').click();
    await waitFor(() => deepText(manager).includes('Template “Sendung unterwegs” saved.'), 'saved');
    const stored = backend.state.templates.find((t) => t.title === 'Sendung unterwegs')!;
    expect(stored).to.include({ source: 'seller', language: 'de', topic: 'tracking', version: 1 });
    await waitFor(() => deepText(manager).includes('Sendung unterwegs'), 'listed');

    // Closed: the reply's picker offers it in German, and it fills its variables.
    buttonWithText(manager, 'Close').click();
    await waitFor(() => !reply.shadowRoot!.querySelector('sq-inbox-templates'), 'closed');
    await choose(inShadow<HTMLSelectElement>(reply, 'select:not(#template)'), 'de');
    const picker = await shadowReady<HTMLSelectElement>(reply, 'select#template:not([disabled])');
    await waitFor(() => [...picker.options].some((o) => o.value === stored.id), 'offered');
    await choose(picker, stored.id);
    buttonWithText(reply, 'Insert').click();
    const composer = await composerOf(el);
    await waitFor(() => composer.value.length > 0, 'inserted');
    expect(composer.value).to.equal(
      'Hallo Siobhán Murphy, Ihre Sendung CE482731905DE ist unterwegs.',
    );
  });
});
