// `Attachment.url` is relative to the API base, not to the page: an element whose api-base is
// on another origin shows the photos from that origin.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { getResponse, http } from 'msw';
import '../../../src/seller-question-inbox.js';
import { createClient } from '../../../src/api/client.js';
import { publishQuestion } from '../../../src/api/public-answers.js';
import { configure } from '../../../src/api/configure.js';
import type { SellerQuestionInbox } from '../../../src/seller-question-inbox.js';
import { MOCK_TOKENS, type MockBackend } from '../../../src/mocks/index.js';
import { useMockBackend, worker } from '../../support/backend.js';
import { shadowReady, waitFor } from '../../support/elements.js';
import { openQuestion } from '../../support/inbox.js';

const API_ORIGIN = 'https://questions-api.example.test';

/** The mock backend (under /api/v1 on the page's origin) answering on API_ORIGIN as well. */
function serveOnApiOrigin(backend: MockBackend) {
  const seen: string[] = [];
  worker.use(
    http.all(`${API_ORIGIN}/*`, async ({ request }) => {
      seen.push(new URL(request.url).pathname);
      const local = new URL(request.url);
      const here = new URL(`${local.pathname}${local.search}`, location.origin);
      const body = ['GET', 'HEAD'].includes(request.method) ? null : await request.arrayBuffer();
      return getResponse(
        backend.handlers,
        new Request(here, { method: request.method, headers: request.headers, body }),
      );
    }),
  );
  return seen;
}

describe('photo URLs', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    backend = await useMockBackend();
  });
  afterEach(() => {
    fixtureCleanup();
    configure({ getToken: undefined, trustedOrigins: undefined });
  });

  it('the client resolves Attachment.url against the API base, not the page', async () => {
    serveOnApiOrigin(backend);
    const client = createClient({
      baseUrl: `${API_ORIGIN}/api/v1`,
      getToken: () => MOCK_TOKENS.seller,
    });
    const stored = backend.state.questions
      .find((question) => question.id === 'q-025')!
      .messages.flatMap((message) => message.attachments);
    expect(stored.length).to.be.greaterThan(0);
    expect(stored[0]!.url).to.match(/^\/api\/v1\/attachments\//);
    const detail = await client.getQuestion('q-025');
    const urls = detail.messages.flatMap((message) => message.attachments.map((a) => a.url));
    expect(urls).to.deep.equal(stored.map((attachment) => `${API_ORIGIN}${attachment.url}`));
  });

  it('a question written through a function over a client has its photo URLs resolved too', async () => {
    serveOnApiOrigin(backend);
    const client = createClient({
      baseUrl: `${API_ORIGIN}/api/v1`,
      getToken: () => MOCK_TOKENS.seller,
    });
    // q-030: a pre-sales question about a product, with a photo and the seller's answer.
    const question = backend.state.questions.find((candidate) => candidate.id === 'q-030')!;
    question.publicConsent = true;
    const stored = question.messages.flatMap((message) => message.attachments);
    expect(stored.length).to.be.greaterThan(0);
    const published = await publishQuestion(client, 'q-030');
    const urls = published.messages.flatMap((message) => message.attachments.map((a) => a.url));
    expect(urls).to.deep.equal(stored.map((attachment) => `${API_ORIGIN}${attachment.url}`));
  });

  it('an element with api-base on another origin shows the photos from there', async () => {
    const seen = serveOnApiOrigin(backend);
    configure({ getToken: () => MOCK_TOKENS.seller, trustedOrigins: [API_ORIGIN] });
    const el = await fixture<SellerQuestionInbox>(
      html`<seller-question-inbox
        style="--sq-inbox-block-size: 900px"
        api-base=${`${API_ORIGIN}/api/v1`}
      ></seller-question-inbox>`,
    );
    const conversation = await openQuestion(el, 'q-025');
    const thread = await shadowReady(conversation, 'sq-thread');
    const image = await shadowReady<HTMLImageElement>(thread, 'button.photo img');
    expect(image.src).to.match(
      new RegExp(`^${API_ORIGIN.replaceAll('.', '\\.')}/api/v1/attachments/[^/]+/content$`),
    );
    // The browser loads it from the API's origin (the photo request reaches the API).
    image.loading = 'eager';
    await waitFor(
      () => seen.some((path) => path.endsWith('/content')),
      'the photo to be requested from the API origin',
    );
  });
});
