// The mock demo's state in localStorage, as two pages of the demo share it: each answers from
// what the other kept (a question asked in one page is not lost to a reply in the other), and a
// change that a full storage cannot keep is refused and undone, not confirmed and then lost.
import { expect } from '@open-wc/testing';
import { getResponse } from 'msw';
import {
  createMockBackend,
  localStorageAdapter,
  MOCK_TOKENS,
  type MockBackend,
  type MockStorage,
} from '../../src/mocks/index.js';

const KEY = 'seller-questions-storage-test';
const BASE = 'http://mock.test/api/v1';

async function send(backend: MockBackend, token: string, path: string, body?: unknown) {
  const response = await getResponse(
    backend.handlers,
    new Request(`${BASE}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined
          ? {}
          : { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
  if (!response) throw new Error(`no answer for ${path}`);
  return response;
}

const question = (text: string) => ({
  category: 'pre_sale',
  topic: 'shop',
  shopId: 's-1',
  text,
  language: 'en',
});

/** What a page hears when another page of the origin changed the key. */
const anotherPageKept = () => dispatchEvent(new StorageEvent('storage', { key: KEY }));

describe('the mock demo: its state in localStorage', () => {
  afterEach(() => {
    localStorage.removeItem(KEY);
  });

  it('answers each page from what the other kept, losing neither change', async () => {
    const buyerPage = createMockBackend({ baseUrl: BASE, storage: localStorageAdapter(KEY) });
    const sellerPage = createMockBackend({ baseUrl: BASE, storage: localStorageAdapter(KEY) });
    const asked = await send(buyerPage, MOCK_TOKENS.buyer('b-anna'), '/questions', {
      ...question('Do you ship to Iceland?'),
    });
    expect(asked.status).to.equal(201);
    const { id } = (await asked.json()) as { id: string };
    anotherPageKept();
    // The seller's page has the buyer's question, and its reply keeps it.
    const reply = await send(sellerPage, MOCK_TOKENS.seller, `/questions/${id}/messages`, {
      text: 'Yes, in 5–7 days.',
      language: 'en',
    });
    expect(reply.status).to.equal(201);
    anotherPageKept();
    const reloaded = createMockBackend({ baseUrl: BASE, storage: localStorageAdapter(KEY) });
    const detail = await send(reloaded, MOCK_TOKENS.buyer('b-anna'), `/questions/${id}`);
    expect(detail.status).to.equal(200);
    const texts = ((await detail.json()) as { messages: { text: string }[] }).messages.map(
      (message) => message.text,
    );
    expect(texts).to.deep.equal(['Do you ship to Iceland?', 'Yes, in 5–7 days.']);
    // And the buyer's page, told of the reply, shows it too.
    const buyerSees = await send(buyerPage, MOCK_TOKENS.buyer('b-anna'), `/questions/${id}`);
    expect(((await buyerSees.json()) as { messages: unknown[] }).messages).to.have.length(2);
  });

  it('refuses a change a full storage cannot keep, and undoes it', async () => {
    const adapter = localStorageAdapter(KEY);
    const backend = createMockBackend({ baseUrl: BASE, storage: adapter });
    const kept = await send(backend, MOCK_TOKENS.buyer('b-anna'), '/questions', question('First'));
    expect(kept.status).to.equal(201);
    const before = backend.state.questions.length;
    // A full storage: setItem throws as browsers do over their quota.
    const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')!;
    Object.defineProperty(Storage.prototype, 'setItem', {
      ...setItem,
      value: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    });
    let refused: Response;
    try {
      refused = await send(backend, MOCK_TOKENS.buyer('b-anna'), '/questions', question('Second'));
    } finally {
      Object.defineProperty(Storage.prototype, 'setItem', setItem);
    }
    expect(refused.status).to.equal(503);
    const problem = (await refused.json()) as { code: string; detail: string };
    expect(problem.code).to.equal('unavailable');
    expect(problem.detail).to.include('storage is full');
    expect(backend.state.questions).to.have.length(before);
  });

  it('takes a storage of its own that says it could not keep the state', async () => {
    let keeps = true;
    let kept: string | null = null;
    const storage: MockStorage = {
      load: () => (kept ? (JSON.parse(kept) as ReturnType<MockStorage['load']>) : null),
      save: (state) => {
        if (keeps) kept = JSON.stringify(state);
        return keeps;
      },
      clear: () => {
        kept = null;
      },
    };
    const backend = createMockBackend({ baseUrl: BASE, storage });
    expect(
      (await send(backend, MOCK_TOKENS.buyer('b-anna'), '/questions', question('A'))).status,
    ).to.equal(201);
    const before = backend.state.questions.length;
    keeps = false;
    expect(
      (await send(backend, MOCK_TOKENS.buyer('b-anna'), '/questions', question('B'))).status,
    ).to.equal(503);
    expect(backend.state.questions).to.have.length(before);
  });
});
