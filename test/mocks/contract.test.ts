// The mock backend and the client against docs/openapi.yaml: every operation is called through
// the client, and every response the mock sent (successes and errors) is checked with a full
// JSON Schema validator against the operation's documented response, with no undeclared keys.
import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import { parse } from 'yaml';
import { createClient } from '../../src/api/client.js';
import { MOCK_TOKENS, type MockBackend } from '../../src/mocks/index.js';
import { samplePhoto } from '../../src/mocks/pictures.js';
import { API_BASE, rejectionOf, useMockBackend } from '../support/backend.js';

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

describe('contract: docs/openapi.yaml vs the mock backend and the client', () => {
  let backend: MockBackend;
  const captured: Captured[] = [];

  const recording: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const url = new URL(input instanceof Request ? input.url : input.toString(), location.href);
    const text = await response.clone().text();
    const contentType = (response.headers.get('Content-Type') ?? '').split(';')[0]!;
    captured.push({
      method: init?.method ?? 'GET',
      path: url.pathname.slice(API_BASE.length),
      status: response.status,
      contentType,
      body: text === '' ? null : contentType.includes('json') ? JSON.parse(text) : text,
    });
    return response;
  };
  const as = (token: string | null) =>
    createClient({ baseUrl: API_BASE, getToken: () => token, fetch: recording, retries: 0 });

  before(async () => {
    spec = parse(await (await fetch('/docs/openapi.yaml')).text()) as typeof spec;
    backend = await useMockBackend();
  });

  it('answers every operation of the contract as documented', async () => {
    const seller = as(MOCK_TOKENS.seller);
    const delivered = backend.state.orders.find(
      (order) =>
        order.status === 'delivered' &&
        order.total.amountMinor >= 50_000 &&
        order.total.currency === 'EUR',
    )!;
    const buyer = as(MOCK_TOKENS.buyer(delivered.buyer.id));
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
    const replied = await seller.sendMessage(issue.id, {
      text: 'Sorry! Refunding now.',
      language: 'en',
    });
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
    await seller.listTemplates({ topic: 'tracking', language: 'de' });
    await seller.translate({ text: 'Hallo', from: 'de', to: 'en' });
    await seller.getMetrics({ windowDays: 30 });
    const feed = await buyer.listChanges();
    await buyer.listChanges(feed.cursor);

    // Errors, each with its documented problem+json body.
    await rejectionOf(as(null).getConfig()); // 401
    const otherBuyer = as(
      MOCK_TOKENS.buyer(backend.state.buyers.find((b) => b.id !== delivered.buyer.id)!.id),
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
    backend.failNext({ status: 429, retryAfter: 30 });
    await rejectionOf(seller.getMetrics()); // 429
    backend.settings.translationUnavailable = true;
    await rejectionOf(seller.translate({ text: 'Hej', to: 'en' })); // 503

    const problems = captured.flatMap(checkAgainstContract);
    expect(problems).to.deep.equal([]);

    const called = new Set(
      captured.map((entry) => operationFor(entry.method, entry.path).operation.operationId),
    );
    const documented = Object.values(spec.paths).flatMap((item) =>
      Object.values(item).map((operation) => operation.operationId),
    );
    expect([...called].sort()).to.deep.equal([...documented].sort());
    const statuses = new Set(captured.map((entry) => entry.status));
    for (const status of [200, 201, 204, 400, 401, 403, 404, 409, 415, 422, 429, 503]) {
      expect(statuses.has(status), `status ${status} exercised`).to.be.true;
    }
  });

  it('catches a response that breaks the contract (the check itself can fail)', () => {
    const wrong = checkAgainstContract({
      method: 'GET',
      path: '/config',
      status: 200,
      contentType: 'application/json',
      body: { ...backend.state.config, slaHours: '48', surprise: true },
    });
    expect(wrong.some((problem) => problem.includes('/slaHours'))).to.be.true;
    expect(wrong).to.include('GET /config 200: undeclared /surprise');
  });
});
