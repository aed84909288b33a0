import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/ask-seller.js';
import type { AskSeller } from '../../src/ask-seller.js';
import '../../src/order-help.js';
import type { OrderHelp } from '../../src/order-help.js';
import * as configureModule from '../../src/api/configure.js';
import { configure, resolveClient, SETTINGS_CHANGED_EVENT } from '../../src/api/configure.js';
import { MOCK_TOKENS } from '../../src/mocks/index.js';
import { API_BASE, useMockBackend, worker } from '../support/backend.js';
import { consoleDuring } from '../support/console.js';
import { waitFor } from '../support/elements.js';

/** Back to a page that configured nothing (configure() merges, so each key is cleared). */
function unconfigure() {
  configure({
    apiBase: undefined,
    getToken: undefined,
    client: undefined,
    clientOptions: undefined,
    trustedOrigins: undefined,
  });
}

const FOREIGN = 'https://api.elsewhere.example';

/** Records the Authorization header of every request that reaches the foreign origin. */
function foreignBackend() {
  const authorization: (string | null)[] = [];
  worker.use(
    http.all(`${FOREIGN}/*`, ({ request }) => {
      authorization.push(request.headers.get('Authorization'));
      return HttpResponse.json(
        { type: 'about:blank', title: 'Unauthorized', status: 401, code: 'unauthorized' },
        { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
      );
    }),
  );
  return authorization;
}

/** The console.warn calls made while `run` runs, each as one line. */
async function warningsDuring(run: () => Promise<void>): Promise<string[]> {
  const calls = await consoleDuring('warn', run);
  return calls.map((args) => args.map(String).join(' '));
}

describe('configure()', () => {
  beforeEach(async () => {
    await useMockBackend();
  });
  afterEach(() => {
    // The elements go first: they would reload for the page's new settings.
    fixtureCleanup();
    unconfigure();
  });

  describe('where the page token goes', () => {
    it("does not send the page's token to an element's api-base on another origin", async () => {
      const authorization = foreignBackend();
      configure({ apiBase: API_BASE, getToken: () => MOCK_TOKENS.buyer('b-anna') });
      const warnings = await warningsDuring(async () => {
        await fixture<AskSeller>(
          html`<ask-seller product-id="p-05" api-base=${`${FOREIGN}/v1`}></ask-seller>`,
        );
        await waitFor(() => authorization.length > 0, 'a request to the other origin');
      });
      expect(authorization.length).to.be.greaterThan(0);
      expect(authorization.every((header) => header === null)).to.equal(true);
      const ours = warnings.filter((warning) => warning.includes(FOREIGN));
      expect(ours).to.have.length(1);
      expect(ours[0]).to.include('trustedOrigins');
    });

    it('sends it to an origin the page trusts explicitly', async () => {
      const authorization = foreignBackend();
      configure({
        apiBase: API_BASE,
        getToken: () => MOCK_TOKENS.buyer('b-anna'),
        trustedOrigins: [FOREIGN],
      });
      await fixture<AskSeller>(
        html`<ask-seller product-id="p-05" api-base=${`${FOREIGN}/v1`}></ask-seller>`,
      );
      await waitFor(() => authorization.length > 0, 'a request to the other origin');
      expect(authorization[0]).to.equal(`Bearer ${MOCK_TOKENS.buyer('b-anna')}`);
    });

    it("sends it to the origin of configure({ apiBase }) and to the page's own", async () => {
      const sent: (string | null)[] = [];
      configure({
        apiBase: `${FOREIGN}/v1`,
        getToken: () => 'page-token',
        clientOptions: {
          fetch: (input, init) => {
            sent.push(new Headers(init?.headers).get('Authorization'));
            return Promise.resolve(Response.json({}, { status: 404 }));
          },
          retries: 0,
        },
      });
      for (const apiBase of [undefined, `${FOREIGN}/v2`, '/api/v1', location.origin + '/api']) {
        await resolveClient({ apiBase })!
          .getViewer()
          .catch(() => undefined);
      }
      expect(sent).to.deep.equal(Array(4).fill('Bearer page-token'));
    });

    it('refuses a trusted origin that is not an absolute URL', () => {
      expect(() => {
        configure({ trustedOrigins: ['api.example.com'] });
      }).to.throw(TypeError, /trustedOrigins/);
    });
  });

  describe('the elements of a page', () => {
    it('share one configuration request and one sign-in check', async () => {
      const asked: string[] = [];
      const onRequest = ({ request }: { request: Request }) => {
        asked.push(new URL(request.url).pathname.slice(API_BASE.length));
      };
      worker.events.on('request:start', onRequest);
      try {
        configure({ apiBase: API_BASE, getToken: () => MOCK_TOKENS.buyer('b-anna') });
        const page = await fixture<HTMLElement>(
          html`<div>
            <ask-seller product-id="p-02"></ask-seller>
            <ask-seller product-id="p-05"></ask-seller>
            <order-help order-id="o-1001"></order-help>
          </div>`,
        );
        const ask = [...page.querySelectorAll<AskSeller>('ask-seller')];
        const help = page.querySelector<OrderHelp>('order-help')!;
        await waitFor(
          () =>
            ask.every((element) => !!element.shadowRoot?.querySelector('sq-composer')) &&
            !!help.shadowRoot?.querySelector('input[type=radio]'),
          'every element shows its form',
        );
      } finally {
        worker.events.removeListener('request:start', onRequest);
      }
      expect(asked.filter((path) => path === '/config')).to.have.length(1);
      expect(asked.filter((path) => path === '/me')).to.have.length(1);
    });
  });

  describe('with two copies of the SDK in one page', () => {
    it('lets the second copy configure what the first copy resolves', async () => {
      const url = new URL('../../src/api/configure.ts?copy=2', import.meta.url).href;
      const copy = (await import(url)) as typeof configureModule;
      // A distinct module instance, as when a page loads the SDK twice.
      expect(copy.configure).not.to.equal(configure);
      let changed = 0;
      const onChange = () => changed++;
      globalThis.addEventListener(SETTINGS_CHANGED_EVENT, onChange);
      try {
        copy.configure({ apiBase: API_BASE, getToken: () => MOCK_TOKENS.seller });
      } finally {
        globalThis.removeEventListener(SETTINGS_CHANGED_EVENT, onChange);
      }
      expect(changed).to.equal(1);
      const client = resolveClient({});
      expect(client?.baseUrl).to.equal(API_BASE);
      expect((await client!.getViewer()).role).to.equal('seller');
      expect(configureModule.currentSettings().apiBase).to.equal(API_BASE);
    });
  });
});
