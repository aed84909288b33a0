import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createClient, IdempotencyKeys } from '../../src/api/client.js';
import type { ApiError } from '../../src/api/errors.js';
import {
  AbortedError,
  AuthError,
  BadResponseError,
  ConflictError,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
} from '../../src/api/errors.js';
import { Transport } from '../../src/api/transport.js';
import { MOCK_TOKENS, type MockBackend } from '../../src/mocks/index.js';
import {
  API_BASE,
  buyerClient,
  rejectionOf,
  sellerClient,
  useMockBackend,
  worker,
} from '../support/backend.js';

function buyerIn(backend: MockBackend, country: string) {
  const buyer = backend.state.buyers.find((candidate) => candidate.country === country);
  if (!buyer) throw new Error(`The seed has no buyer in ${country}`);
  return buyer;
}

function productQuestion(text = 'Does the M fit a 96 cm chest?') {
  return {
    category: 'pre_sale' as const,
    topic: 'product' as const,
    details: { subject: 'size' as const },
    shopId: 's-1',
    productId: 'p-01',
    text,
    language: 'de',
  };
}

/** Records what the client sent, to check headers and URLs. */
function recordingFetch() {
  const sent: { url: string; headers: Headers; method: string; cache?: RequestCache }[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    sent.push({
      url: input instanceof Request ? input.url : input.toString(),
      headers: new Headers(init?.headers),
      method: init?.method ?? 'GET',
      cache: init?.cache,
    });
    return fetch(input, init);
  };
  return { sent, fetchImpl };
}

describe('client', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    backend = await useMockBackend();
  });

  describe('on success', () => {
    it('returns the configuration, validated against the contract', async () => {
      const config = await sellerClient().getConfig();
      expect(config.slaHours).to.equal(48);
      expect(config.maxMessageLength).to.equal(2000);
      expect(config.attachments).to.deep.include({ maxCount: 5, maxBytes: 5 * 1024 * 1024 });
    });

    it('asks for the configuration once per client', async () => {
      const { sent, fetchImpl } = recordingFetch();
      const client = sellerClient({ fetch: fetchImpl });
      await Promise.all([client.getConfig(), client.getConfig()]);
      await client.getConfig();
      expect(sent.filter((request) => request.url.endsWith('/config'))).to.have.length(1);
    });

    it("lets the browser's HTTP cache answer slow-changing reads, and only those", async () => {
      const { sent, fetchImpl } = recordingFetch();
      const client = sellerClient({ fetch: fetchImpl });
      await client.getConfig();
      await client.getProduct('p-02');
      await client.getShop('s-1');
      await client.listTemplates({ topic: 'tracking' });
      await client.getViewer();
      await client.listQuestions();
      await client.listChanges();
      const modes = Object.fromEntries(
        sent.map((request) => [
          new URL(request.url).pathname.slice(API_BASE.length),
          request.cache,
        ]),
      );
      expect(modes).to.deep.equal({
        '/config': 'default',
        '/products/p-02': 'default',
        '/shops/s-1': 'default',
        '/templates': 'default',
        // Who is signed in, and what changes with every write, always come from the backend.
        '/me': 'no-store',
        '/questions': 'no-store',
        '/changes': 'no-store',
      });
    });

    it('sends the token as a bearer header, never in the URL', async () => {
      const { sent, fetchImpl } = recordingFetch();
      await sellerClient({ fetch: fetchImpl }).listQuestions({ status: ['awaiting_seller'] });
      expect(sent[0]!.headers.get('Authorization')).to.equal('Bearer seller:seller-1');
      expect(sent[0]!.url).not.to.include('seller:seller-1');
      expect(sent[0]!.url).to.include('status=awaiting_seller');
    });

    it('sends an idempotency key with every write', async () => {
      const buyer = buyerIn(backend, 'DE');
      const { sent, fetchImpl } = recordingFetch();
      await buyerClient(buyer.id, { fetch: fetchImpl }).createQuestion(productQuestion());
      expect(sent[0]!.headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);
    });

    it('encodes path parameters', async () => {
      const error = await rejectionOf(sellerClient().getQuestion('q/../../config'));
      expect(error).to.be.instanceOf(NotFoundError);
    });

    it('refuses an id of "." or "..", which would change the path, before sending anything', async () => {
      const { sent, fetchImpl } = recordingFetch();
      const client = sellerClient({ fetch: fetchImpl });
      for (const id of ['.', '..']) {
        const error = await rejectionOf(client.getQuestion(id));
        expect(error).to.be.instanceOf(TypeError);
        expect((error as TypeError).message).to.equal(
          `seller-questions: questionId may not be "${id}".`,
        );
        expect(() =>
          new Transport({ baseUrl: API_BASE }).url({
            path: '/questions/{questionId}/read',
            pathParams: { questionId: id },
          }),
        ).to.throw(TypeError);
      }
      expect(sent).to.have.length(0);
      // Dots inside an id are just characters of it.
      expect(
        new Transport({ baseUrl: API_BASE }).url({
          path: '/questions/{questionId}',
          pathParams: { questionId: '..q' },
        }).pathname,
      ).to.equal('/api/v1/questions/..q');
    });
  });

  describe('errors', () => {
    it('AuthError when there is no token, with a readable message', async () => {
      const client = createClient({ baseUrl: API_BASE, getToken: () => null });
      const error = await rejectionOf(client.listQuestions());
      expect(error).to.be.instanceOf(AuthError);
      expect((error as AuthError).status).to.equal(401);
      expect((error as AuthError).message).to.equal('Sign in first: no token was sent.');
      expect((error as AuthError).retryable).to.be.false;
    });

    it('renews a rejected token once and goes on', async () => {
      const calls: boolean[] = [];
      const client = createClient({
        baseUrl: API_BASE,
        getToken: ({ refresh }) => {
          calls.push(refresh);
          return refresh ? 'seller:seller-1' : 'seller:expired';
        },
      });
      const page = await client.listQuestions({ limit: 1 });
      expect(page.items).to.have.length(1);
      expect(calls).to.deep.equal([false, true]);
    });

    it('asks for a renewed token for the one repeat after a 401, not for later attempts', async () => {
      // The host renews on refresh: true and hands out the renewed token from then on.
      let token = 'seller:expired';
      const calls: boolean[] = [];
      const statuses = [401, 503];
      const client = createClient({
        baseUrl: API_BASE,
        retryDelayMs: 1,
        getToken: ({ refresh }) => {
          calls.push(refresh);
          if (refresh) token = MOCK_TOKENS.seller;
          return token;
        },
        fetch: (input, init) => {
          const status = statuses.shift();
          return status === undefined
            ? fetch(input, init)
            : Promise.resolve(new Response(null, { status }));
        },
      });
      const config = await client.getConfig();
      expect(config.slaHours).to.equal(48);
      expect(calls).to.deep.equal([false, true, false]);
    });

    it('renews a token only once per request', async () => {
      const calls: boolean[] = [];
      const client = createClient({
        baseUrl: API_BASE,
        getToken: ({ refresh }) => {
          calls.push(refresh);
          return 'seller:expired';
        },
      });
      expect(await rejectionOf(client.getConfig())).to.be.instanceOf(AuthError);
      expect(calls).to.deep.equal([false, true]);
    });

    it('AuthError when getToken itself fails, without sending anything', async () => {
      const { sent, fetchImpl } = recordingFetch();
      const client = createClient({
        baseUrl: API_BASE,
        fetch: fetchImpl,
        getToken: () => Promise.reject(new Error('session expired')),
      });
      expect(await rejectionOf(client.getConfig())).to.be.instanceOf(AuthError);
      expect(sent).to.have.length(0);
    });

    it("NotFoundError for another buyer's order: not yours answers as if it did not exist", async () => {
      const owner = backend.state.orders[0]!.buyer.id;
      const other = backend.state.buyers.find((buyer) => buyer.id !== owner)!;
      const error = await rejectionOf(buyerClient(other.id).getOrder(backend.state.orders[0]!.id));
      expect(error).to.be.instanceOf(NotFoundError);
      expect((error as NotFoundError).message).to.equal('Order not found.');
    });

    it("ForbiddenError for a seller's operation asked by a buyer", async () => {
      const error = await rejectionOf(buyerClient(backend.state.buyers[0]!.id).getMetrics());
      expect(error).to.be.instanceOf(ForbiddenError);
      expect((error as ForbiddenError).message).to.equal('Only the seller can do this.');
    });

    it('NotFoundError for a product that does not exist', async () => {
      const error = await rejectionOf(sellerClient().getProduct('p-999'));
      expect(error).to.be.instanceOf(NotFoundError);
      expect((error as NotFoundError).problem?.code).to.equal('not_found');
      expect((error as NotFoundError).message).to.equal('Product not found.');
    });

    it('ValidationError with the fields the backend refused', async () => {
      const buyer = buyerIn(backend, 'FR');
      const before = backend.state.questions.length;
      const error = await rejectionOf(
        buyerClient(buyer.id).createQuestion(productQuestion('x'.repeat(2001))),
      );
      expect(error).to.be.instanceOf(ValidationError);
      const validation = error as ValidationError;
      expect(validation.status).to.equal(422);
      expect(validation.errorsAt('/text')).to.deep.equal([
        { pointer: '/text', code: 'too_long', detail: 'At most 2000 characters.' },
      ]);
      expect(validation.message).to.include('/text: At most 2000 characters.');
      expect(backend.state.questions).to.have.length(before);
    });

    it('ConflictError with the current version when the question changed meanwhile', async () => {
      const seller = sellerClient();
      const page = await seller.listQuestions({ status: ['awaiting_seller'], limit: 1 });
      const question = page.items[0]!;
      const error = await rejectionOf(
        seller.sendMessage(question.id, {
          text: 'Thanks!',
          language: 'en',
          expectedVersion: question.version - 1,
        }),
      );
      expect(error).to.be.instanceOf(ConflictError);
      expect((error as ConflictError).code).to.equal('version_conflict');
      expect((error as ConflictError).currentVersion).to.equal(question.version);
      const after = await seller.getQuestion(question.id);
      expect(after.messages).to.have.length(question.messageCount + countSystem(after));
    });

    it('RateLimitError with the time to wait, when the wait is too long to retry', async () => {
      backend.failNext({ status: 429, retryAfter: 60 });
      const { sent, fetchImpl } = recordingFetch();
      const error = await rejectionOf(sellerClient({ fetch: fetchImpl }).listQuestions());
      expect(error).to.be.instanceOf(RateLimitError);
      expect((error as RateLimitError).retryAfterMs).to.equal(60_000);
      expect((error as RateLimitError).message).to.equal(
        'Too many requests. Try again in 60 seconds.',
      );
      expect(sent).to.have.length(1);
    });

    it('honours a short Retry-After and then succeeds', async () => {
      backend.failNext({ status: 429, retryAfter: 2 });
      const waits: number[] = [];
      const page = await sellerClient({
        sleep: (ms) => {
          waits.push(ms);
          return Promise.resolve();
        },
      }).listQuestions({ limit: 2 });
      expect(page.items).to.have.length(2);
      expect(waits).to.deep.equal([2000]);
    });

    it('backs off with jitter after a 429 without Retry-After', async () => {
      let refused = 0;
      worker.use(
        http.get(`${API_BASE}/metrics`, () => {
          if (refused >= 2) return undefined;
          refused++;
          return new HttpResponse(null, { status: 429 });
        }),
      );
      const waitsWith = async (random: number) => {
        refused = 0;
        const waits: number[] = [];
        await sellerClient({
          retryDelayMs: 100,
          maxRetryDelayMs: 10_000,
          random: () => random,
          sleep: (ms) => {
            waits.push(ms);
            return Promise.resolve();
          },
        }).getMetrics();
        return waits;
      };
      // Clients that were told nothing spread out their retries instead of all coming back
      // after the same second.
      expect(await waitsWith(0)).to.deep.equal([50, 100]);
      expect(await waitsWith(0.5)).to.deep.equal([75, 150]);
    });

    it('ServerError after retrying with growing, jittered backoff', async () => {
      backend.failNext({ status: 500 }, { status: 502 }, { status: 503 });
      const waits: number[] = [];
      const error = await rejectionOf(
        sellerClient({
          retryDelayMs: 100,
          maxRetryDelayMs: 10_000,
          random: () => 0.5,
          sleep: (ms) => {
            waits.push(ms);
            return Promise.resolve();
          },
        }).listQuestions(),
      );
      expect(error).to.be.instanceOf(ServerError);
      expect((error as ServerError).status).to.equal(503);
      expect((error as ServerError).message).to.equal(
        'The server had a problem (503). Try again later.',
      );
      // Between half and all of 100 ms, then 200 ms: with random 0.5, 75 and 150.
      expect(waits).to.deep.equal([75, 150]);
    });

    it('recovers from a passing 503 on a read', async () => {
      backend.failNext({ status: 503 });
      const config = await sellerClient().getConfig();
      expect(config.slaHours).to.equal(48);
    });

    it('NetworkError when the server cannot be reached', async () => {
      backend.settings.offline = true;
      const error = await rejectionOf(sellerClient().getConfig());
      expect(error).to.be.instanceOf(NetworkError);
      expect((error as NetworkError).message).to.equal(
        'Could not reach the server. Check the connection and try again.',
      );
      expect((error as NetworkError).retryable).to.be.true;
    });

    it('TimeoutError when the server does not answer in time', async () => {
      backend.failNext({ status: 'timeout' }, { status: 'timeout' });
      const error = await rejectionOf(sellerClient({ timeoutMs: 50, retries: 1 }).getConfig());
      expect(error).to.be.instanceOf(TimeoutError);
      expect((error as TimeoutError).timeoutMs).to.equal(50);
    });

    it('AbortedError when the caller aborts, without retrying', async () => {
      backend.settings.latencyMs = 200;
      const controller = new AbortController();
      const { sent, fetchImpl } = recordingFetch();
      const pending = sellerClient({ fetch: fetchImpl }).listQuestions(
        {},
        { signal: controller.signal },
      );
      setTimeout(() => {
        controller.abort();
      }, 20);
      const error = await rejectionOf(pending);
      expect(error).to.be.instanceOf(AbortedError);
      expect((error as Error).name).to.equal('AbortError');
      expect(sent).to.have.length(1);
    });

    it('AbortedError at once for a signal that is already aborted', async () => {
      const { sent, fetchImpl } = recordingFetch();
      const error = await rejectionOf(
        sellerClient({ fetch: fetchImpl }).getConfig({ signal: AbortSignal.abort() }),
      );
      expect(error).to.be.instanceOf(AbortedError);
      expect(sent).to.have.length(0);
    });

    it('BadResponseError when a response does not match the contract', async () => {
      const config = { ...backend.state.config, slaHours: 'forty-eight' };
      worker.use(http.get(`${API_BASE}/config`, () => HttpResponse.json(config)));
      const error = await rejectionOf(sellerClient().getConfig());
      expect(error).to.be.instanceOf(BadResponseError);
      expect((error as BadResponseError).message).to.equal(
        'The server sent an unexpected response to GET /config: /slaHours: expected integer, got "forty-eight".',
      );
    });

    it('BadResponseError when the body is not JSON at all', async () => {
      worker.use(
        http.get(
          `${API_BASE}/questions`,
          () =>
            new HttpResponse('<!doctype html><p>Not here', {
              headers: { 'Content-Type': 'text/html' },
            }),
        ),
      );
      const error = await rejectionOf(sellerClient().listQuestions());
      expect(error).to.be.instanceOf(BadResponseError);
      expect((error as BadResponseError).reason).to.equal('the body is not JSON (text/html)');
    });

    it('BadResponseError for an enum value the contract does not know', async () => {
      const page = await sellerClient().listQuestions({ limit: 1 });
      worker.use(
        http.get(`${API_BASE}/questions`, () =>
          HttpResponse.json({ ...page, items: [{ ...page.items[0], status: 'snoozed' }] }),
        ),
      );
      const error = await rejectionOf(sellerClient().listQuestions());
      expect((error as BadResponseError).reason).to.match(/^\/items\/0\/status: expected one of/);
    });

    it('maps an error without problem details by its status alone', async () => {
      worker.use(http.get(`${API_BASE}/metrics`, () => new HttpResponse('busy', { status: 503 })));
      const error = await rejectionOf(sellerClient({ retries: 0 }).getMetrics());
      expect(error).to.be.instanceOf(ServerError);
      expect((error as ApiError).problem).to.equal(undefined);
    });
  });

  describe('idempotency', () => {
    it('keeps one key per input for retries, a new one for changed input or after a reset', () => {
      const keys = new IdempotencyKeys();
      const first = keys.for('{"reason":"damaged"}');
      expect(first).to.match(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(keys.for('{"reason":"damaged"}')).to.equal(first);
      const changed = keys.for('{"reason":"damaged in transit"}');
      expect(changed).not.to.equal(first);
      keys.reset();
      expect(keys.for('{"reason":"damaged in transit"}')).not.to.equal(changed);
    });

    it('creates one question when a failed send is retried with the same key', async () => {
      const buyer = buyerIn(backend, 'ES');
      const before = backend.state.questions.length;
      backend.failNext({ status: 503, match: 'POST /questions' });
      const client = buyerClient(buyer.id);
      const first = await client.createQuestion(productQuestion(), {
        idempotencyKey: 'draft-1-key',
      });
      const again = await client.createQuestion(productQuestion(), {
        idempotencyKey: 'draft-1-key',
      });
      expect(again.id).to.equal(first.id);
      expect(backend.state.questions).to.have.length(before + 1);
    });

    it('refuses the same key for a different request', async () => {
      const client = buyerClient(buyerIn(backend, 'IT').id);
      await client.createQuestion(productQuestion('One'), { idempotencyKey: 'same-key-1' });
      const error = await rejectionOf(
        client.createQuestion(productQuestion('Two'), { idempotencyKey: 'same-key-1' }),
      );
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).problem?.code).to.equal('idempotency_key_reused');
    });

    it('retries a translation, which is safe to repeat without a key', async () => {
      backend.failNext({ status: 503 });
      const { sent, fetchImpl } = recordingFetch();
      const translation = await sellerClient({ fetch: fetchImpl }).translate({
        text: 'Hallo',
        from: 'de',
        to: 'en',
      });
      expect(translation.to).to.equal('en');
      expect(sent).to.have.length(2);
    });

    it('does not retry a write that has no idempotency key', async () => {
      backend.failNext({ status: 503 });
      const { sent, fetchImpl } = recordingFetch();
      const transport = new Transport({
        baseUrl: API_BASE,
        fetch: fetchImpl,
        getToken: () => MOCK_TOKENS.seller,
        retryDelayMs: 1,
      });
      const error = await rejectionOf(
        transport.request({
          method: 'POST',
          path: '/questions/{questionId}/resolve',
          pathParams: { questionId: 'q-001' },
          body: {},
          schema: 'QuestionDetail',
        }),
      );
      expect(error).to.be.instanceOf(ServerError);
      expect(sent).to.have.length(1);
    });
  });
});

function countSystem(question: { messages: { author: string }[] }) {
  return question.messages.filter((message) => message.author === 'system').length;
}
