// What each element asks the backend for its first view: everything it needs to be usable in
// one round trip (requests that do not wait for one another's answers), and its live updates
// following the list's own cursor instead of asking the change feed for one first.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../../src/ask-seller.js';
import '../../../src/order-help.js';
import '../../../src/seller-question-inbox.js';
import { configure } from '../../../src/api/configure.js';
import { MOCK_TOKENS } from '../../../src/mocks/index.js';
import { API_BASE, useMockBackend, worker } from '../../support/backend.js';
import { deepQuery as deep, pretendPageVisible, waitFor } from '../../support/elements.js';

/** Every request the page sends to the mock backend, as `METHOD /path?query`, in order. */
function recordRequests() {
  const asked: string[] = [];
  const onRequest = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname.startsWith(API_BASE)) {
      asked.push(`${request.method} ${url.pathname.slice(API_BASE.length)}${url.search}`);
    }
  };
  worker.events.on('request:start', onRequest);
  const stop = () => {
    worker.events.removeListener('request:start', onRequest);
  };
  return { asked, stop };
}

describe('first view', () => {
  let recording: ReturnType<typeof recordRequests>;
  let restoreVisibility: () => void;
  beforeEach(async () => {
    await useMockBackend();
    restoreVisibility = pretendPageVisible();
    recording = recordRequests();
  });
  afterEach(() => {
    recording.stop();
    fixtureCleanup();
    restoreVisibility();
    configure({ apiBase: undefined, getToken: undefined });
  });

  /** Mounts `template`, waits until `ready` is shown; returns the requests sent until then. */
  async function usable(template: ReturnType<typeof html>, ready: string) {
    const el = await fixture<HTMLElement>(template);
    await waitFor(() => !!el.shadowRoot && !!deep(el.shadowRoot, ready), `${ready} shown`);
    return { el, untilUsable: [...recording.asked] };
  }

  /**
   * What the form waits for: requests that start beside it and that it does not wait for (the
   * history's list, the change feed after that list's cursor) are left out, and so are the
   * pictures the view shows once its data is there (the mock serves them under the API's base;
   * on a busy machine the product's may start before the form is found).
   */
  const waitedFor = (requests: string[]) =>
    requests
      .filter(
        (request) =>
          !request.startsWith('GET /questions?') &&
          !request.startsWith('GET /changes?since=') &&
          !request.startsWith('GET /_mock/pictures/'),
      )
      .sort();

  /** Waits for the live updates' first poll; returns every change-feed request so far. */
  async function feedRequests() {
    await waitFor(
      () => recording.asked.some((request) => request.startsWith('GET /changes?since=')),
      'the first poll of the change feed',
    );
    return recording.asked.filter((request) => request.startsWith('GET /changes'));
  }

  it('<ask-seller>: configuration, viewer and the product with its shop, at once', async () => {
    configure({ apiBase: API_BASE, getToken: () => MOCK_TOKENS.buyer('b-anna') });
    const { untilUsable } = await usable(
      html`<ask-seller product-id="p-02" shop-id="s-1"></ask-seller>`,
      'sq-composer',
    );
    expect(waitedFor(untilUsable)).to.deep.equal(['GET /config', 'GET /me', 'GET /products/p-02']);
    // The history follows its list's cursor: the feed is asked only for what came after it.
    const feed = await feedRequests();
    expect(feed.every((request) => request.includes('since='))).to.equal(true);
  });

  it('<ask-seller> about a shop: the shop beside the configuration', async () => {
    configure({ apiBase: API_BASE, getToken: () => MOCK_TOKENS.buyer('b-anna') });
    const { untilUsable } = await usable(
      html`<ask-seller shop-id="s-1"></ask-seller>`,
      'sq-composer',
    );
    expect(waitedFor(untilUsable)).to.deep.equal(['GET /config', 'GET /me', 'GET /shops/s-1']);
    const feed = await feedRequests();
    expect(feed.every((request) => request.includes('since='))).to.equal(true);
  });

  it('<order-help>: configuration, viewer and the order with its shop, at once', async () => {
    configure({ apiBase: API_BASE, getToken: () => MOCK_TOKENS.buyer('b-anna') });
    const { untilUsable } = await usable(
      html`<order-help order-id="o-1001"></order-help>`,
      'input[type=radio]',
    );
    expect(waitedFor(untilUsable)).to.deep.equal(['GET /config', 'GET /me', 'GET /orders/o-1001']);
    const feed = await feedRequests();
    expect(feed.every((request) => request.includes('since='))).to.equal(true);
  });

  it('<seller-question-inbox>: the first rows come with the change feed cursor', async () => {
    configure({ apiBase: API_BASE, getToken: () => MOCK_TOKENS.seller });
    // The seller's requests in the order they started (a buyer element of an earlier test may
    // still have a poll on its way when this test starts).
    const sellers: string[] = [];
    const onRequest = ({ request }: { request: Request }) => {
      if (request.headers.get('Authorization') !== `Bearer ${MOCK_TOKENS.seller}`) return;
      const url = new URL(request.url);
      sellers.push(`${request.method} ${url.pathname.slice(API_BASE.length)}${url.search}`);
    };
    worker.events.on('request:start', onRequest);
    try {
      await usable(html`<seller-question-inbox></seller-question-inbox>`, '[role=option]');
      await waitFor(
        () => sellers.some((request) => request.startsWith('GET /changes')),
        "the inbox's first poll of the change feed",
      );
      // The rows do not wait for the feed: the list is asked for first, and the feed is polled
      // from the list's cursor, never asked for one of its own.
      const list = sellers.findIndex((request) => request.startsWith('GET /questions?'));
      const feed = sellers.findIndex((request) => request.startsWith('GET /changes'));
      expect(list).to.be.greaterThan(-1);
      expect(list < feed).to.equal(true);
      const polls = sellers.filter((request) => request.startsWith('GET /changes'));
      expect(polls.every((request) => request.includes('since='))).to.equal(true);
    } finally {
      worker.events.removeListener('request:start', onRequest);
    }
  });
});
