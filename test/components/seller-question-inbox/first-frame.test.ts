// The inbox's first render waits for its first page (for 100 ms at most): when the page comes
// soon, as on a page whose head start asked for it beside the inbox's own code, the frame and
// the rows are rendered and laid out once, together. A slow first page gets the frame (and its
// "Loading questions…") after that wait, a failed one its error and its retry.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { FIRST_PAGE_SIZE } from '../../../src/components/seller-question-inbox/first-page.js';
import type { SellerQuestionInbox } from '../../../src/seller-question-inbox.js';
import { nextTask } from '../../../src/controllers/next-task.js';
import { sellerClient, useMockBackend } from '../../support/backend.js';
import { shadowText, waitFor } from '../../support/elements.js';
import { clearInboxDrafts, listOf } from '../../support/inbox.js';

const isFirstPage = (url: URL) =>
  url.pathname.endsWith('/questions') && url.searchParams.get('limit') === String(FIRST_PAGE_SIZE);
const url = (input: RequestInfo | URL) =>
  new URL(input instanceof Request ? input.url : String(input), location.href);

/** A seller's client whose first page of questions waits until the test lets it through. */
function heldFirstPage() {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let askedAt: number | null = null;
  const client = sellerClient({
    fetch: async (input, init) => {
      // The first request for the first page only (a retry goes through).
      if (askedAt === null && isFirstPage(url(input))) {
        askedAt = performance.now();
        await released;
      }
      return fetch(input, init);
    },
  });
  return { client, release, askedAt: () => askedAt };
}

function mount(client: ReturnType<typeof sellerClient>): SellerQuestionInbox {
  const el = document.createElement('seller-question-inbox');
  el.style.setProperty('--sq-inbox-block-size', '900px');
  el.client = client;
  document.body.append(el);
  return el;
}

const rowShown = (list: Element) =>
  list.shadowRoot?.querySelector('[role=option]')?.checkVisibility({ visibilityProperty: true }) ===
  true;

describe("the inbox's first frame", () => {
  beforeEach(async () => {
    clearInboxDrafts();
    await useMockBackend();
    await setViewport({ width: 1400, height: 1000 });
    // The header's code is here, as the page's head start has it by the time the page comes.
    await import('../../../src/components/seller-question-inbox/performance.js');
  });

  it('renders nothing until its first page is in, when that comes soon, then all of it', async () => {
    const held = heldFirstPage();
    const el = mount(held.client);
    try {
      // Asked for as the inbox is connected, not at its first render.
      await waitFor(() => held.askedAt() !== null, 'the first page asked for');
      await nextTask();
      await nextTask();
      expect(el.shadowRoot!.querySelector('.base'), 'no frame before the page').to.equal(null);
      held.release();
      const list = await listOf(el);
      await waitFor(() => rowShown(list), 'the first rows shown');
      expect(shadowText(el.shadowRoot!.querySelector('sq-inbox-performance')!)).to.not.equal('');
    } finally {
      el.remove();
    }
  });

  it('shows its frame, still loading, when the first page is slow, and its rows when it comes', async () => {
    const held = heldFirstPage();
    const el = mount(held.client);
    try {
      await waitFor(() => el.shadowRoot!.querySelector('.base'), 'the frame without the page');
      const shownAfter = performance.now() - held.askedAt()!;
      expect(shownAfter, 'ms from the request to the frame').to.be.at.least(90);
      const list = await listOf(el);
      await waitFor(() => shadowText(list).includes('Loading questions…'), 'its loading status');
      expect(rowShown(list)).to.equal(false);
      held.release();
      await waitFor(() => rowShown(list), 'the first rows shown');
      expect(shadowText(list)).to.not.include('Loading questions…');
    } finally {
      el.remove();
    }
  });

  it('shows a first page that failed with its retry, and the rows after it', async () => {
    let failing = true;
    const el = mount(
      sellerClient({
        fetch: (input, init) =>
          failing && isFirstPage(url(input))
            ? Promise.resolve(
                Response.json(
                  { type: 'about:blank', title: 'Bad request', status: 400, detail: 'Not today.' },
                  { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
                ),
              )
            : fetch(input, init),
      }),
    );
    try {
      const list = await listOf(el);
      await waitFor(() => list.shadowRoot!.querySelector('[part=error]'), 'the error');
      expect(shadowText(list)).to.include('Some of the information was not accepted.');
      expect(rowShown(list)).to.equal(false);
      failing = false;
      list.shadowRoot!.querySelector<HTMLButtonElement>('[part=error] button')!.click();
      await waitFor(() => rowShown(list), 'the first rows shown after the retry');
    } finally {
      el.remove();
    }
  });

  it('renders at once while it has no backend to ask', async () => {
    const el = document.createElement('seller-question-inbox');
    document.body.append(el);
    try {
      await nextTask();
      await nextTask();
      expect(el.shadowRoot!.querySelector('.base')).to.not.equal(null);
    } finally {
      el.remove();
    }
  });
});
