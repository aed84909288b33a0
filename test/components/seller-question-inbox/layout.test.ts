// The inbox's layout while it loads: the header keeps its size when the figures arrive, so that
// the list under it does not move (layout shift). scripts/measure-cls.mjs measures the CLS of the
// merchant demo page at 412 px (docs/performance.md).
import { expect } from '@open-wc/testing';
import { createClient } from '../../../src/api/client.js';
import { MOCK_TOKENS } from '../../../src/mocks/index.js';
import { API_BASE, useMockBackend } from '../../support/backend.js';
import { waitFor } from '../../support/elements.js';
import { ResponseGate } from '../../support/gate.js';
import { clearInboxDrafts, mountInbox, performanceOf, rowsOf } from '../../support/inbox.js';

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
});
