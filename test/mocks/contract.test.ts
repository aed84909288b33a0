// The mock backend and the client against docs/openapi.yaml: every operation is called through
// the client, and every response the mock sent (successes and errors) is checked with a full
// JSON Schema validator against the operation's documented response, with no undeclared keys.
import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import { parse } from 'yaml';
import { createClient } from '../../src/api/client.js';
import { markNoResponseNeeded } from '../../src/api/no-response.js';
import { listShopProducts } from '../../src/api/catalogue.js';
import { exportQuestionsPage } from '../../src/api/exports.js';
import { closeQuestion, getPlatformQueue, handBack } from '../../src/api/platform.js';
import {
  listPublicAnswers,
  publishQuestion,
  unpublishQuestion,
} from '../../src/api/public-answers.js';
import { createTemplate, deleteTemplate, updateTemplate } from '../../src/api/templates.js';
import {
  buildSeedState,
  MOCK_TOKENS,
  type BackendState,
  type MockBackend,
} from '../../src/mocks/index.js';
import { samplePhoto } from '../../src/mocks/pictures.js';
import { API_BASE, rejectionOf, useMockBackend } from '../support/backend.js';
import { productQuestion } from '../support/questions.js';

interface Captured {
  method: string;
  path: string;
  status: number;
  contentType: string;
  body: unknown;
}

type JsonObject = Record<string, unknown>;
interface Response {
  $ref?: string;
  content?: Record<string, { schema?: JsonObject }>;
}
interface Operation {
  operationId: string;
  'x-server-only'?: boolean;
  responses: Record<string, Response>;
}

function resolveResponse(response: Response | undefined): Response | undefined {
  if (!response?.$ref) return response;
  const name = response.$ref.replace('#/components/responses/', '');
  return (spec.components['responses'] as Record<string, Response>)[name];
}

let spec: { paths: Record<string, Record<string, Operation>>; components: JsonObject };

function operationFor(method: string, path: string): { template: string; operation: Operation } {
  for (const [template, item] of Object.entries(spec.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`);
    const operation = item[method.toLowerCase()];
    if (pattern.test(path) && operation) return { template, operation };
  }
  throw new Error(`${method} ${path} is not in the contract`);
}

function resolve(schema: JsonObject): JsonObject {
  const ref = schema['$ref'];
  if (typeof ref !== 'string') return schema;
  const name = ref.replace('#/components/schemas/', '');
  return resolve((spec.components['schemas'] as Record<string, JsonObject>)[name]!);
}

/** Keys the schema does not declare, anywhere in the value (the validator allows them). */
function undeclaredKeys(value: unknown, schema: JsonObject, path = ''): string[] {
  const resolved = resolve(schema);
  if (Array.isArray(value)) {
    const items = resolved['items'] as JsonObject | undefined;
    return items
      ? value.flatMap((item, index) => undeclaredKeys(item, items, `${path}/${index}`))
      : [];
  }
  if (value === null || typeof value !== 'object') return [];
  const parts = [resolved, ...((resolved['allOf'] as JsonObject[] | undefined) ?? [])].map(resolve);
  const options = ((resolved['oneOf'] as JsonObject[] | undefined) ?? []).map(resolve);
  const properties: Record<string, JsonObject> = {};
  for (const part of [...parts, ...options]) Object.assign(properties, part['properties'] ?? {});
  if (Object.keys(properties).length === 0) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    properties[key] ? undeclaredKeys(child, properties[key], `${path}/${key}`) : [`${path}/${key}`],
  );
}

function checkAgainstContract(captured: Captured): string[] {
  const { template, operation } = operationFor(captured.method, captured.path);
  const declared = operation.responses[String(captured.status)] ?? operation.responses['default'];
  const response = resolveResponse(declared);
  const where = `${captured.method} ${template} ${captured.status}`;
  if (!response) return [`${where}: status not documented`];
  if (!response.content)
    return captured.body === null ? [] : [`${where}: body where none is documented`];
  const media = response.content[captured.contentType];
  if (!media) return [`${where}: content type ${captured.contentType} not documented`];
  if (!media.schema || !captured.contentType.includes('json')) return [];
  const validator = new Validator(
    { ...media.schema, components: spec.components },
    '2020-12',
    false,
  );
  const result = validator.validate(captured.body);
  const errors = result.valid
    ? []
    : result.errors.slice(-3).map((error) => `${where}: ${error.instanceLocation} ${error.error}`);
  const extra = undeclaredKeys(captured.body, media.schema).map(
    (key) => `${where}: undeclared ${key}`,
  );
  return [...errors, ...extra];
}

/** A backend the suite runs against: the mock in this page, or the reference server. */
interface Target {
  name: string;
  apiBase: string;
  /** Fresh seed data; returns the state the backend was seeded with. */
  setUp(): Promise<BackendState>;
  token(role: 'buyer' | 'seller' | 'platform', id: string): Promise<string>;
  /** Makes the next request answer 429, where the backend can be told to. */
  failNextWith429?(): void;
  /** Translation answers 503 from now on (the server has no provider configured at all). */
  translationOff?(): void;
  /** Answers through the browser's HTTP cache (the mock's service worker sits in front of it). */
  httpCache?: boolean;
}

let mock: MockBackend | undefined;
const targets: Target[] = [
  {
    name: 'the mock backend',
    apiBase: API_BASE,
    async setUp() {
      mock = await useMockBackend();
      return mock.state;
    },
    token: (role, id) =>
      Promise.resolve(
        role === 'seller'
          ? MOCK_TOKENS.seller
          : role === 'platform'
            ? MOCK_TOKENS.platform(id)
            : MOCK_TOKENS.buyer(id),
      ),
    failNextWith429: () => {
      mock!.failNext({ status: 429, retryAfter: 30 });
    },
    translationOff: () => (mock!.settings.translationUnavailable = true),
  },
  {
    name: 'the reference server (PostgreSQL)',
    apiBase: '/server-api/v1',
    httpCache: true,
    async setUp() {
      const reset = await fetch('/server-api/v1/_demo/reset', { method: 'POST' });
      expect(reset.status, 'reset the server').to.equal(204);
      return buildSeedState({ baseUrl: '/server-api/v1' });
    },
    async token(role, id) {
      const response = await fetch('/server-api/v1/_demo/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ role, id }),
      });
      return ((await response.json()) as { token: string }).token;
    },
  },
];

before(async () => {
  spec = parse(await (await fetch('/docs/openapi.yaml')).text()) as typeof spec;
});

for (const target of targets) {
  describe(`contract: docs/openapi.yaml vs ${target.name} and the client`, () => {
    let seed: BackendState;
    const captured: Captured[] = [];
    const base = target.apiBase;

    const recording: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const url = new URL(input instanceof Request ? input.url : input.toString(), location.href);
      const text = await response.clone().text();
      const contentType = (response.headers.get('Content-Type') ?? '').split(';')[0]!;
      captured.push({
        method: init?.method ?? 'GET',
        path: url.pathname.slice(base.length),
        status: response.status,
        contentType,
        body: text === '' ? null : contentType.includes('json') ? JSON.parse(text) : text,
      });
      return response;
    };
    const as = (token: string | null) =>
      createClient({ baseUrl: base, getToken: () => token, fetch: recording, retries: 0 });

    before(async function () {
      // The reference server may still be starting (a new PGlite database takes seconds).
      this.timeout(60_000);
      seed = await target.setUp();
    });

    it('answers every operation of the contract as documented', async () => {
      const seller = as(await target.token('seller', 'seller-1'));
      const delivered = seed.orders.find(
        (order) =>
          order.status === 'delivered' &&
          order.total.amountMinor >= 50_000 &&
          order.total.currency === 'EUR',
      )!;
      const buyer = as(await target.token('buyer', delivered.buyer.id));
      const item = delivered.items.find(
        (candidate) => !delivered.refunded.some((entry) => entry.itemId === candidate.id),
      )!;
      await seller.getConfig();
      await seller.getViewer();
      await buyer.getViewer();
      await buyer.getShop('s-1');
      await buyer.getProduct('p-01');
      await buyer.listOrders({ limit: 2 });
      await buyer.getOrder(delivered.id);
      const page = await seller.listQuestions({ sort: 'due', limit: 20 });
      await seller.listQuestions({ cursor: page.nextCursor!, sort: 'due', limit: 20 });
      await seller.getQuestion(page.items[0]!.id);
      const photo = await buyer.uploadAttachment(new Blob([samplePhoto(4)]), 'photo.png');
      await recording(photo.url);
      const issue = await buyer.createQuestion({
        category: 'after_sale',
        topic: 'item_damaged',
        shopId: 's-1',
        orderId: delivered.id,
        items: [{ itemId: item.id, quantity: 1 }],
        text: 'The handle is cracked.',
        language: 'en',
        attachmentIds: [photo.id],
      });
      // Written in German, sent as its English translation (Message.original).
      const replied = await seller.sendMessage(issue.id, {
        text: 'Sorry! Refunding now.',
        language: 'en',
        original: { text: 'Entschuldigung! Wir erstatten jetzt.', language: 'de', engine: 'demo' },
      });
      expect(replied.messages.at(-1)!.original).to.deep.equal({
        text: 'Entschuldigung! Wir erstatten jetzt.',
        language: 'de',
        engine: 'demo',
      });
      const sameLanguage = await rejectionOf(
        seller.sendMessage(issue.id, {
          text: 'Yes.',
          language: 'en',
          original: { text: 'Yes.', language: 'en-GB', engine: 'device' },
        }),
      ); // 422: the original in the message's own language
      expect((sameLanguage as { status?: number }).status).to.equal(422);
      await buyer.rateAnswer(issue.id, { messageId: replied.messages.at(-1)!.id, satisfied: true });
      await seller.refundItems(issue.id, { items: [{ itemId: item.id, quantity: 1 }] });
      await buyer.markRead(issue.id);
      const question = await buyer.createQuestion({
        category: 'pre_sale',
        topic: 'shop',
        shopId: 's-1',
        text: 'Do you ship to Iceland?',
        language: 'en',
      });
      await seller.resolveQuestion(question.id, {});
      const followed = await buyer.sendMessage(question.id, {
        text: 'And to Norway?',
        language: 'en',
      });
      await seller.escalate(followed.id, { reason: 'Customs question for the platform.' });
      // Platform customer service: its queue, a reply, a hand-back and a close.
      const agent = as(await target.token('platform', 'agent-1'));
      await agent.getViewer();
      const queue = await getPlatformQueue(agent);
      expect(queue.count).to.be.greaterThan(0);
      const waiting = await agent.listQuestions({ status: ['awaiting_platform'], shopId: 's-1' });
      const other = waiting.items.find((entry) => entry.id !== followed.id)!;
      await agent.sendMessage(followed.id, { text: 'Yes, we ship to Norway.', language: 'en' });
      await closeQuestion(agent, followed.id, { reason: 'Answered.' });
      await handBack(agent, other.id, { reason: 'The seller knows this product best.' });
      await rejectionOf(getPlatformQueue(seller)); // 403: a platform operation
      // A shop's products: the seller's own, searched; another shop is not found (404).
      const products = await listShopProducts(seller, 's-1', { q: 'linen', limit: 5 });
      expect(products.items.length).to.be.greaterThan(0);
      await rejectionOf(listShopProducts(seller, 's-404')); // 404
      await rejectionOf(agent.getMetrics()); // 403: a seller's operation
      await seller.listTemplates({ topic: 'tracking', language: 'de' });
      const own = await createTemplate(seller, {
        topic: 'shop',
        language: 'de',
        title: 'Versand nach Island',
        body: 'Hallo {buyerName}, ja, wir versenden nach Island.',
      });
      await updateTemplate(seller, own.id, { title: 'Versand: Island', expectedVersion: 1 });
      await deleteTemplate(seller, own.id);
      const thanks = await buyer.createQuestion({
        category: 'pre_sale',
        topic: 'shop',
        shopId: 's-1',
        text: 'Thanks, that is all I needed!',
        language: 'en',
      });
      await markNoResponseNeeded(seller, thanks.id);
      // Published answers: asked with consent, answered, published, found, unpublished.
      const consented = await buyer.createQuestion(
        productQuestion('p-01', 'material', {
          text: 'Is the contract test 100% covered?',
          language: 'en',
          publicConsent: true,
        }),
      );
      expect(consented.publicConsent).to.equal(true);
      await seller.sendMessage(consented.id, { text: 'Yes, every operation.', language: 'en' });
      const published = await publishQuestion(seller, consented.id, {
        question: 'Is the contract 100% covered?',
      });
      expect(published.publication!.question).to.equal('Is the contract 100% covered?');
      const found = await listPublicAnswers(buyer, 'p-01', { q: 'contract 100 %', limit: 5 });
      expect(found.items.map((entry) => entry.question)).to.include(
        'Is the contract 100% covered?',
      );
      await rejectionOf(publishQuestion(buyer, consented.id)); // 403: the seller's operation
      await unpublishQuestion(seller, consented.id);
      await rejectionOf(unpublishQuestion(seller, consented.id)); // 404: not published
      if (target.translationOff) await seller.translate({ text: 'Hallo', from: 'de', to: 'en' });
      await seller.getMetrics({ windowDays: 30 });
      // The seller's exports: a range's questions, page by page, and its metrics.
      const to = new Date().toISOString();
      const from = new Date(Date.now() - 30 * 86_400_000).toISOString();
      const exported = await exportQuestionsPage(seller, { from, to, limit: 5 });
      expect(exported.items.length).to.be.greaterThan(0);
      await seller.getMetrics({ from, to });
      await rejectionOf(exportQuestionsPage(buyer, { from, to })); // 403: a seller's operation
      const feed = await buyer.listChanges();
      await buyer.listChanges(feed.cursor);

      // Errors, each with its documented problem+json body.
      await rejectionOf(as(null).getConfig()); // 401
      const otherBuyer = as(
        await target.token('buyer', seed.buyers.find((b) => b.id !== delivered.buyer.id)!.id),
      );
      // Someone else's order is answered as if it did not exist.
      const notYours = await rejectionOf(otherBuyer.getOrder(delivered.id));
      expect((notYours as { status?: number }).status).to.equal(404);
      await rejectionOf(buyer.getMetrics()); // 403: a seller's operation
      await rejectionOf(buyer.getProduct('p-none')); // 404
      await rejectionOf(
        seller.sendMessage(issue.id, { text: 'x', language: 'en', expectedVersion: 1 }),
      ); // 409
      await rejectionOf(
        buyer.createQuestion({
          category: 'pre_sale',
          topic: 'shop',
          shopId: 's-1',
          text: '',
          language: 'en',
        }),
      ); // 422
      await rejectionOf(seller.listQuestions({ cursor: 'nonsense' })); // 400
      await rejectionOf(
        buyer.uploadAttachment(
          new Blob([new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])]),
          'x.jpg',
        ),
      ); // 415
      if (target.failNextWith429) {
        target.failNextWith429();
        await rejectionOf(seller.getMetrics()); // 429
      }
      target.translationOff?.();
      await rejectionOf(seller.translate({ text: 'Hej', to: 'en' })); // 503

      const problems = captured.flatMap(checkAgainstContract);
      expect(problems).to.deep.equal([]);

      const called = new Set(
        captured.map((entry) => operationFor(entry.method, entry.path).operation.operationId),
      );
      // The reference server's own operations (`x-server-only`: webhook endpoints, email
      // preferences and unsubscribe links) are tested in server/test/webhooks.test.ts and
      // server/test/email.test.ts: the client and the mock do not have them.
      const documented = Object.values(spec.paths).flatMap((item) =>
        Object.values(item)
          .filter((operation) => 'operationId' in operation && !operation['x-server-only'])
          .map((operation) => operation.operationId),
      );
      expect([...called].sort()).to.deep.equal([...documented].sort());
      const statuses = new Set(captured.map((entry) => entry.status));
      const expected = [200, 201, 204, 400, 401, 403, 404, 409, 415, 422, 503];
      // The server has no rate limit to trip yet: 429 is exercised on the mock only.
      if (target.failNextWith429) expected.push(429);
      for (const status of expected) {
        expect(statuses.has(status), `status ${status} exercised`).to.be.true;
      }
    });

    it('sorts newest first or recently updated first and filters unread questions', async () => {
      const seller = as(await target.token('seller', 'seller-1'));
      const buyerId = seed.buyers[0]!.id;
      const buyer = as(await target.token('buyer', buyerId));
      const asked = await buyer.createQuestion({
        category: 'pre_sale',
        topic: 'shop',
        shopId: 's-1',
        text: 'Do you gift-wrap?',
        language: 'en',
      });
      const times = (items: readonly { createdAt: string }[], key: 'createdAt' | 'updatedAt') =>
        items.map((item) => Date.parse((item as Record<typeof key, string>)[key]));
      const descending = (values: number[]) =>
        values.every((v, i) => i === 0 || v <= values[i - 1]!);

      const newest = await seller.listQuestions({ sort: '-created', limit: 200 });
      expect(newest.items[0]!.id, 'the new question first').to.equal(asked.id);
      expect(descending(times(newest.items, 'createdAt'))).to.equal(true);
      // Pages of the same order join up without gaps or repeats.
      const first = await seller.listQuestions({ sort: '-created', limit: 5 });
      const second = await seller.listQuestions({
        sort: '-created',
        limit: 5,
        cursor: first.nextCursor!,
      });
      expect([...first.items, ...second.items].map((q) => q.id)).to.deep.equal(
        newest.items.slice(0, 10).map((q) => q.id),
      );
      const updated = await seller.listQuestions({ sort: '-updated', limit: 200 });
      expect(descending(times(updated.items, 'updatedAt'))).to.equal(true);

      const unread = await seller.listQuestions({ unread: true, sort: '-created', limit: 200 });
      const read = await seller.listQuestions({ unread: false, limit: 200 });
      expect(unread.items.map((q) => q.id)).to.include(asked.id);
      expect(unread.items.every((q) => q.unread)).to.equal(true);
      expect(read.items.every((q) => !q.unread)).to.equal(true);
      expect(unread.total + read.total).to.equal(newest.total);
      // Reading it takes it off the unread list; the buyer's own question is read for them.
      await seller.markRead(asked.id);
      const after = await seller.listQuestions({ unread: true, limit: 200 });
      expect(after.items.map((q) => q.id)).not.to.include(asked.id);
      expect(after.total).to.equal(unread.total - 1);
      const buyersUnread = await buyer.listQuestions({ unread: true, limit: 200 });
      expect(buyersUnread.items.map((q) => q.id)).not.to.include(asked.id);

      const wrong = await rejectionOf(
        seller.listQuestions({ unread: 'maybe' as unknown as boolean }),
      );
      expect((wrong as { status?: number }).status).to.equal(400);
      const unknownSort = await rejectionOf(
        seller.listQuestions({ sort: 'created' as unknown as 'due' }),
      );
      expect((unknownSort as { status?: number }).status).to.equal(400);
    });

    it('catches a response that breaks the contract (the check itself can fail)', () => {
      const wrong = checkAgainstContract({
        method: 'GET',
        path: '/config',
        status: 200,
        contentType: 'application/json',
        body: { ...seed.config, slaHours: '48', surprise: true },
      });
      expect(wrong.some((problem) => problem.includes('/slaHours'))).to.be.true;
      expect(wrong).to.include('GET /config 200: undeclared /surprise');
    });

    it('gives a first view what it shows in one round trip', async () => {
      const buyer = as(await target.token('buyer', 'b-anna'));
      const seller = as(await target.token('seller', 'seller-1'));
      const shop = await buyer.getShop('s-1');
      // A product and an order come with their shop.
      const product = await buyer.getProduct('p-02');
      expect(product.shop).to.deep.equal(shop);
      const orders = await buyer.listOrders({ limit: 1 });
      const order = await buyer.getOrder(orders.items[0]!.id);
      expect(order.shop).to.deep.equal(await buyer.getShop(order.shopId));
      expect(orders.items[0]).not.to.have.property('shop');
      // A first page of questions carries the change feed's cursor, as GET /changes gives it.
      const feed = await seller.listChanges();
      const first = await seller.listQuestions({ sort: 'due', limit: 5 });
      expect(first.changesCursor).to.equal(feed.cursor);
      const next = await seller.listQuestions({ sort: 'due', limit: 5, cursor: first.nextCursor! });
      expect(next).not.to.have.property('changesCursor');
      // After a change, a new first page has a newer cursor, and the feed lists the change.
      const asked = await buyer.createQuestion({
        category: 'pre_sale',
        topic: 'shop',
        shopId: 's-1',
        text: 'Is the shop open on Sundays?',
        language: 'en',
      });
      const later = await seller.listQuestions({ sort: 'due', limit: 5 });
      expect(later.changesCursor).not.to.equal(first.changesCursor);
      const changes = await seller.listChanges(first.changesCursor);
      expect(changes.changes.map((change) => change.questionId)).to.include(asked.id);
      expect(changes.cursor).to.equal(later.changesCursor);
      expect(captured.flatMap(checkAgainstContract)).to.deep.equal([]);
    });

    it('marks slow-changing reads cacheable, with an ETag that answers 304 when unchanged', async () => {
      const buyer = await target.token('buyer', 'b-anna');
      const seller = await target.token('seller', 'seller-1');
      // The browser's cache stays out of it: this test sends its own If-None-Match.
      const get = (path: string, token: string, etag?: string) =>
        fetch(`${base}${path}`, {
          cache: 'no-store',
          headers: {
            Authorization: `Bearer ${token}`,
            ...(etag === undefined ? {} : { 'If-None-Match': etag }),
          },
        });
      const reads = [
        {
          path: '/config',
          token: buyer,
          control: /^private, max-age=300, stale-while-revalidate=\d+$/,
        },
        { path: '/products/p-02', token: buyer, control: /^private, max-age=60\b/ },
        { path: '/shops/s-1', token: buyer, control: /^private, max-age=60\b/ },
        { path: '/templates?topic=tracking', token: seller, control: /^private, no-cache$/ },
      ];
      for (const { path, token, control } of reads) {
        const first = await get(path, token);
        expect(first.status, path).to.equal(200);
        const etag = first.headers.get('ETag');
        // Weak where the answer may go out compressed (the reference server): W/"…".
        expect(etag, `${path} ETag`).to.match(/^(W\/)?"[^"]+"$/);
        expect(first.headers.get('Cache-Control'), path).to.match(control);
        const body = await first.text();

        const unchanged = await get(path, token, etag!);
        expect(unchanged.status, `${path} revalidated`).to.equal(304);
        expect(await unchanged.text(), `${path} 304 body`).to.equal('');
        expect(unchanged.headers.get('ETag'), path).to.equal(etag);
        expect(unchanged.headers.get('Cache-Control'), path).to.match(control);

        const listed = await get(path, token, `"other", W/${etag!.replace(/^W\//, '')}`);
        expect(listed.status, `${path} among other tags`).to.equal(304);
        const other = await get(path, token, '"other"');
        expect(other.status, `${path} another version`).to.equal(200);
        expect(await other.text(), path).to.equal(body);
      }
      // A cached answer is reused for the same token only: without one a request gets its 401.
      for (const { path, token } of reads) {
        expect((await get(path, token)).headers.get('Vary'), path).to.match(/Authorization/i);
      }
      const templates = await get('/templates?topic=tracking', seller);
      // A buyer's 403 stays a 403, whatever tag it sends.
      const refused = await get('/templates?topic=tracking', buyer, templates.headers.get('ETag')!);
      expect(refused.status).to.equal(403);
      // Reads that change with every write (a viewer's own data) are kept by no cache.
      const questions = await get('/questions', buyer);
      expect(questions.status).to.equal(200);
      expect(questions.headers.get('ETag')).to.equal(null);
      expect(questions.headers.get('Cache-Control')).to.equal('no-store');
      const me = await get('/me', buyer);
      expect(me.headers.get('Cache-Control')).to.equal('no-store');
    });

    if (target.httpCache) {
      it("serves a second page view's configuration from the browser's cache", async () => {
        // A buyer no other test signs in as: nothing cached for this token yet.
        const token = await target.token('buyer', seed.buyers.at(-1)!.id);
        // The Date the backend stamped on each answer the client got: a cached answer keeps it.
        const dates: (string | null)[] = [];
        const dated: typeof fetch = async (input, init) => {
          const response = await fetch(input, init);
          dates.push(response.headers.get('Date'));
          return response;
        };
        const view = () => createClient({ baseUrl: base, getToken: () => token, fetch: dated });
        // Each page view makes its clients anew; the browser keeps its cache.
        const first = await view().getConfig();
        // Dates have whole seconds: a second answer from the backend would carry a later one.
        await new Promise((resolve) => setTimeout(resolve, 1100));
        const second = await view().getConfig();
        expect(second).to.deep.equal(first);
        expect(dates[0]).to.be.a('string');
        expect(dates[1], 'the same answer, from the cache').to.equal(dates[0]);
      });
    }
  });
}
