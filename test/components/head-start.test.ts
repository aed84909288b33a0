// The head start (src/components/head-start.ts, the CDN's seller-questions-start.js): once the
// page has called configure(), the first reads of the elements whose code has not arrived yet go
// out at once, and each element, once defined, is answered from them: every request of its first
// view is sent once. The elements are defined in this file only by the tests that need them (a
// test page of its own), after their markup and configure(), as a page with the CDN bundle does.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { configure, currentSettings } from '../../src/api/configure.js';
import {
  configRead,
  orderRead,
  productRead,
  questionsRead,
  requestUrl,
  shopRead,
  viewerRead,
} from '../../src/api/early.js';
import { fetchEarly } from '../../src/api/fetch-early.js';
import { Transport } from '../../src/api/transport.js';
import { TimeoutError } from '../../src/api/errors.js';
import { headStart } from '../../src/components/head-start.js';
import { FIRST_PAGE_SIZE } from '../../src/components/seller-question-inbox/first-page.js';
import { NO_FILTERS } from '../../src/components/seller-question-inbox/list-filter.js';
import { MOCK_TOKENS } from '../../src/mocks/index.js';
import { delay, http, HttpResponse } from 'msw';
import { API_BASE, buyerClient, useMockBackend, worker } from '../support/backend.js';
import { deepQuery, pageWith, waitFor } from '../support/elements.js';

/** The element found by `selector` in `host`'s shadow roots, however deep. */
const deep = (host: Element, selector: string) =>
  host.shadowRoot ? deepQuery(host.shadowRoot, selector) : null;

const BUYER = MOCK_TOKENS.buyer('b-anna');

/** Every request the page sends to the mock backend, as `METHOD /path?query token`, in order. */
function recordRequests() {
  const asked: string[] = [];
  const onRequest = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    // (Product pictures are the page's images, not the elements' reads.)
    if (!url.pathname.startsWith(API_BASE) || url.pathname.includes('/_mock/')) return;
    const token = request.headers.get('Authorization')?.replace('Bearer ', '') ?? 'no token';
    asked.push(`${request.method} ${url.pathname.slice(API_BASE.length)}${url.search} ${token}`);
  };
  worker.events.on('request:start', onRequest);
  const stop = () => {
    worker.events.removeListener('request:start', onRequest);
  };
  return { asked, stop };
}

/** The requests of `asked` that were sent more than once. */
const repeated = (asked: string[]) =>
  asked.filter((request, index) => asked.indexOf(request) !== index);

describe('head start', () => {
  let recording: ReturnType<typeof recordRequests>;
  const hosts: HTMLElement[] = [];
  beforeEach(async () => {
    await useMockBackend();
    recording = recordRequests();
  });
  afterEach(() => {
    recording.stop();
    for (const host of hosts.splice(0)) host.remove();
    fixtureCleanup();
    configure({
      apiBase: undefined,
      getToken: undefined,
      prefetch: undefined,
      trustedOrigins: undefined,
    });
  });

  describe('before any element is defined', () => {
    it('asks for nothing for an element whose attributes say too little', async () => {
      hosts.push(
        pageWith('<ask-seller></ask-seller><order-help></order-help>', {
          apiBase: API_BASE,
          getToken: () => BUYER,
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(recording.asked).to.deep.equal([]);
    });

    it('asks for nothing with configure({ prefetch: false })', async () => {
      hosts.push(
        pageWith('<ask-seller product-id="p-02"></ask-seller>', {
          apiBase: API_BASE,
          getToken: () => BUYER,
          prefetch: false,
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(recording.asked).to.deep.equal([]);
      expect(currentSettings().prefetch).to.equal(false);
    });

    it('asks for nothing for an id the client refuses, and loses no later element', async () => {
      hosts.push(
        pageWith('<ask-seller product-id=".."></ask-seller>', {
          apiBase: API_BASE,
          getToken: () => MOCK_TOKENS.buyer('b-erik'),
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(recording.asked).to.deep.equal([]);
      const later = document.createElement('order-help');
      later.setAttribute('order-id', 'o-1002');
      hosts[0]!.append(later);
      headStart();
      await waitFor(
        () => recording.asked.some((request) => request.startsWith('GET /orders/o-1002')),
        'the later element asked for',
      );
      // Taken by a client with the same token, as the element would.
      const ben = buyerClient('b-erik');
      await Promise.all([
        ben.getConfig(),
        ben.getViewer(),
        ben.getOrder('o-1002').catch(() => null),
      ]);
      expect(repeated(recording.asked)).to.deep.equal([]);
    });

    it("sends the page's token only to a trusted origin", async () => {
      const lukas = MOCK_TOKENS.buyer('b-lukas');
      hosts.push(
        pageWith(
          `<order-help order-id="o-1003" api-base="${location.origin}/api/v1"></order-help>
           <order-help order-id="o-1004" api-base="https://elsewhere.example/api/v1"></order-help>`,
          { apiBase: API_BASE, getToken: () => lukas },
        ),
      );
      await waitFor(
        () => recording.asked.filter((request) => request.includes('/orders/o-100')).length === 2,
        'both orders asked for',
      );
      expect(recording.asked).to.include(`GET /orders/o-1003 ${lukas}`);
      expect(recording.asked).to.include('GET /orders/o-1004 no token');
      // Taken by a client with the same token, as the element would.
      const client = buyerClient('b-lukas');
      await Promise.all([
        client.getConfig(),
        client.getViewer(),
        client.getOrder('o-1003').catch(() => null),
      ]);
      expect(repeated(recording.asked)).to.deep.equal([]);
    });

    it('asks for the list only when the inbox opens without a list state', async () => {
      hosts.push(
        pageWith('<seller-question-inbox list-state="sort=-created"></seller-question-inbox>', {
          apiBase: API_BASE,
          getToken: () => MOCK_TOKENS.seller,
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(recording.asked.some((request) => request.startsWith('GET /questions'))).to.equal(
        false,
      );
      // The header's code is preloaded only from the CDN file, which names its files.
      expect(document.head.querySelector('link[rel=modulepreload]')).to.equal(null);
    });
  });

  describe('the transport takes what was fetched early', () => {
    it('builds the same URLs as the transport', () => {
      const transport = new Transport({ baseUrl: `${API_BASE}/` });
      for (const spec of [
        configRead,
        viewerRead,
        productRead('p 2/é?x'),
        shopRead('s-1'),
        orderRead('o-1001'),
        questionsRead({ sort: 'due', limit: 40, status: ['awaiting_seller', 'resolved'], q: '' }),
      ]) {
        expect(requestUrl(API_BASE, spec).href).to.equal(transport.url(spec).href);
      }
      expect(() => requestUrl(API_BASE, productRead('..'))).to.throw(TypeError);
      expect(() => transport.url(productRead('..'))).to.throw(TypeError);
    });

    it('once, for the same URL and token', async () => {
      fetchEarly(API_BASE, productRead('p-02'), BUYER);
      const client = buyerClient('b-anna');
      const product = await client.getProduct('p-02');
      expect(product.id).to.equal('p-02');
      expect(
        recording.asked.filter((request) => request.includes('/products/p-02')),
      ).to.have.length(1);
      // Taken once: the next read asks again.
      await client.getProduct('p-02');
      expect(
        recording.asked.filter((request) => request.includes('/products/p-02')),
      ).to.have.length(2);
    });

    it('not with another token', async () => {
      fetchEarly(API_BASE, productRead('p-02'), MOCK_TOKENS.buyer('b-erik'));
      await buyerClient('b-anna').getProduct('p-02');
      expect(recording.asked.filter((request) => request.includes('/products/p-02'))).to.deep.equal(
        [`GET /products/p-02 ${MOCK_TOKENS.buyer('b-erik')}`, `GET /products/p-02 ${BUYER}`],
      );
    });

    it('retries a failed early answer with a request of its own', async () => {
      let calls = 0;
      worker.use(
        http.get(`${API_BASE}/products/p-02`, () => {
          calls++;
          return calls === 1 ? new HttpResponse(null, { status: 503 }) : undefined;
        }),
      );
      fetchEarly(API_BASE, productRead('p-02'), BUYER);
      const product = await buyerClient('b-anna').getProduct('p-02');
      expect(product.id).to.equal('p-02');
      expect(calls).to.equal(2);
    });

    it('under its own timeout', async () => {
      worker.use(
        http.get(`${API_BASE}/products/p-02`, async () => {
          await delay('infinite');
        }),
      );
      fetchEarly(API_BASE, productRead('p-02'), BUYER);
      let caught: unknown;
      try {
        await buyerClient('b-anna', { timeoutMs: 100, retries: 0 }).getProduct('p-02');
      } catch (error) {
        caught = error;
      }
      expect(caught).to.be.instanceOf(TimeoutError);
    });
  });

  describe('each element, defined after its reads went out', () => {
    it('<ask-seller> sends each request of its first view once', async () => {
      hosts.push(
        pageWith('<ask-seller product-id="p-02" shop-id="s-1"></ask-seller>', {
          apiBase: API_BASE,
          getToken: () => BUYER,
        }),
      );
      await waitFor(() => recording.asked.length >= 3, 'the early reads');
      const early = [...recording.asked].sort();
      expect(early).to.deep.equal([
        `GET /config ${BUYER}`,
        `GET /me ${BUYER}`,
        `GET /products/p-02 ${BUYER}`,
      ]);
      await import('../../src/ask-seller.js');
      const element = hosts[0]!.querySelector('ask-seller')!;
      await waitFor(() => !!deep(element, 'sq-composer'), 'the form shown');
      expect(repeated(recording.asked)).to.deep.equal([]);
    });

    it('<order-help> sends each request of its first view once', async () => {
      hosts.push(
        pageWith('<order-help order-id="o-1001"></order-help>', {
          apiBase: API_BASE,
          getToken: () => BUYER,
        }),
      );
      await waitFor(() => recording.asked.length >= 3, 'the early reads');
      expect([...recording.asked].sort()).to.deep.equal([
        `GET /config ${BUYER}`,
        `GET /me ${BUYER}`,
        `GET /orders/o-1001 ${BUYER}`,
      ]);
      await import('../../src/order-help.js');
      const element = hosts[0]!.querySelector('order-help')!;
      await waitFor(() => !!deep(element, 'input[type=radio]'), 'the picker shown');
      expect(
        recording.asked.filter((request) => request.startsWith('GET /orders/o-1001')),
      ).to.have.length(1);
      expect(repeated(recording.asked)).to.deep.equal([]);
    });

    it('<seller-question-inbox> sends its first page once', async () => {
      hosts.push(
        pageWith('<seller-question-inbox></seller-question-inbox>', {
          apiBase: API_BASE,
          getToken: () => MOCK_TOKENS.seller,
        }),
      );
      const first = `GET /questions?sort=${NO_FILTERS.sort}&limit=${FIRST_PAGE_SIZE} ${MOCK_TOKENS.seller}`;
      await waitFor(() => recording.asked.includes(first), 'the first page asked for early');
      await import('../../src/seller-question-inbox.js');
      const element = hosts[0]!.querySelector('seller-question-inbox')!;
      await waitFor(() => !!deep(element, '[role=option]'), 'the rows shown');
      expect(recording.asked.filter((request) => request === first)).to.have.length(1);
      // (Its setup after the rows, which the head start leaves to it, is not checked here.)
      const lists = recording.asked.filter((request) => request.startsWith('GET /questions'));
      expect(repeated(lists)).to.deep.equal([]);
    });
  });
});
