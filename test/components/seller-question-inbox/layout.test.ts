// The inbox's layout while it loads: the header keeps its size when the figures arrive, so that
// the list under it does not move (layout shift). scripts/measure-cls.mjs measures the CLS of the
// merchant demo page at 412 px (docs/performance.md).
import { expect } from '@open-wc/testing';
import { createClient } from '../../../src/api/client.js';
import { MOCK_TOKENS } from '../../../src/mocks/index.js';
import { API_BASE, useMockBackend } from '../../support/backend.js';
import { waitFor } from '../../support/elements.js';
import { ResponseGate } from '../../support/gate.js';
import {
  clearInboxDrafts,
  conversationOf,
  mountInbox,
  mountReplyingTo,
  performanceOf,
  rowsOf,
} from '../../support/inbox.js';

describe('<seller-question-inbox>: layout while loading', () => {
  beforeEach(async () => {
    clearInboxDrafts();
    await useMockBackend();
  });

  for (const width of [412, 1400]) {
    it(`keeps the header's size when its figures arrive (${width} px wide)`, async () => {
      const gate = new ResponseGate();
      const metrics = gate.hold('GET', /\/metrics/);
      const client = createClient({
        baseUrl: API_BASE,
        getToken: () => MOCK_TOKENS.seller,
        fetch: gate.fetch,
      });
      const el = await mountInbox({ client, width });
      await rowsOf(el);
      const header = await performanceOf(el);
      await metrics.arrived;
      await header.updateComplete;
      const section = header.shadowRoot!.querySelector<HTMLElement>('section')!;
      expect(section.textContent).to.include('Loading…');
      const before = header.getBoundingClientRect();
      metrics.release();
      await waitFor(() => header.shadowRoot!.querySelector('[part=standing]'), 'the figures');
      await header.updateComplete;
      expect(section.textContent).not.to.include('Loading…');
      const after = header.getBoundingClientRect();
      // An account at risk adds its notice, which is news worth the room it takes.
      const atRisk = header.shadowRoot!.querySelector<HTMLElement>('[part=at-risk]');
      const notice = atRisk
        ? atRisk.getBoundingClientRect().height + parseFloat(getComputedStyle(section).rowGap)
        : 0;
      expect(after.width).to.equal(before.width);
      expect(Math.abs(after.height - notice - before.height), 'the same height').to.be.below(0.5);
      await expect(el).to.be.accessible();
    });
  }

  it('keeps the page no taller than the inbox while a conversation with its composer is open', async () => {
    for (const width of [375, 1280]) {
      const el = await mountInbox({ width, questionId: 'q-054' });
      const conversation = await conversationOf(el);
      await waitFor(
        () => conversation.shadowRoot?.querySelector('sq-inbox-reply'),
        'the reply panel',
      );
      const reply = conversation.shadowRoot!.querySelector<HTMLElement>('sq-inbox-reply')!;
      await waitFor(() => reply.shadowRoot?.querySelector('sq-composer'), 'the composer');
      const composer = reply.shadowRoot!.querySelector<HTMLElement>('sq-composer')!;
      await waitFor(() => composer.shadowRoot?.querySelector('input[type=file]'), 'its photos');
      // (The test page's body has a margin below the inbox.)
      const bottom =
        el.getBoundingClientRect().bottom +
        scrollY +
        parseFloat(getComputedStyle(document.body).marginBottom);
      expect(
        document.documentElement.scrollHeight,
        `the page at ${width} px against the inbox's bottom (${bottom} px)`,
      ).to.be.at.most(Math.ceil(Math.max(bottom, innerHeight)) + 1);
    }
  });

  it("shows the reply language's whole name, its label level with the template's", async () => {
    for (const width of [1280, 1400]) {
      const { reply } = await mountReplyingTo('q-054', { width });
      await waitFor(
        () => reply.shadowRoot?.querySelector('[part~=template-picker] label'),
        'templates',
      );
      const field = reply.shadowRoot!.querySelector<HTMLElement>('.options > label')!;
      const select = field.querySelector('select')!;
      const template = reply.shadowRoot!.querySelector<HTMLElement>(
        '[part~=template-picker] label',
      )!;
      const top = (element: Element) => element.getBoundingClientRect().top;
      expect(Math.abs(top(field) - top(template)), `the labels level at ${width} px`).to.be.below(
        1,
      );
      // The chosen name, set in the select's font, fits in the select beside its arrow.
      const name = select.selectedOptions[0]!.textContent.trim();
      const ruler = document.createElement('span');
      ruler.textContent = name;
      ruler.style.font = getComputedStyle(select).font;
      ruler.style.whiteSpace = 'pre';
      document.body.append(ruler);
      const needed = ruler.getBoundingClientRect().width;
      ruler.remove();
      expect(name).to.include('(the buyer');
      expect(select.clientWidth, `"${name}" at ${width} px`).to.be.at.least(needed + 16);
    }
  });
});
