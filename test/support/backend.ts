// Test support: the mock backend in the page through msw's service worker, a fresh seeded
// backend per test, and clients signed in as the seller or a buyer.
import { setupWorker } from 'msw/browser';
import { createClient, type ClientOptions } from '../../src/api/client.js';
import {
  createMockBackend,
  MOCK_TOKENS,
  type MockBackend,
  type MockBackendOptions,
} from '../../src/mocks/index.js';

export const API_BASE = '/api/v1';
export const worker = setupWorker();
let started: Promise<unknown> | undefined;

/** A freshly seeded mock backend answering under /api/v1 for this test. */
export async function useMockBackend(options: MockBackendOptions = {}): Promise<MockBackend> {
  started ??= worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  await started;
  const backend = createMockBackend({ baseUrl: API_BASE, ...options });
  worker.resetHandlers(...backend.handlers);
  return backend;
}

/** The question `id` as `backend` holds it (to check what an action stored). */
export function storedQuestion(backend: MockBackend, id: string) {
  const question = backend.state.questions.find((candidate) => candidate.id === id);
  if (!question) throw new Error(`No question ${id} in the mock backend`);
  return question;
}

/** Fast retries so failure tests do not wait for real backoff. */
const FAST: Partial<ClientOptions> = { retryDelayMs: 1, maxRetryDelayMs: 2 };

export function sellerClient(options: Partial<ClientOptions> = {}) {
  return createClient({
    baseUrl: API_BASE,
    getToken: () => MOCK_TOKENS.seller,
    ...FAST,
    ...options,
  });
}

export function platformClient(agentId = 'agent-1', options: Partial<ClientOptions> = {}) {
  return createClient({
    baseUrl: API_BASE,
    getToken: () => MOCK_TOKENS.platform(agentId),
    ...FAST,
    ...options,
  });
}

export function buyerClient(buyerId: string, options: Partial<ClientOptions> = {}) {
  return createClient({
    baseUrl: API_BASE,
    getToken: () => MOCK_TOKENS.buyer(buyerId),
    ...FAST,
    ...options,
  });
}

/** Resolves with the rejection of `promise`, failing the test when it resolves instead. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}
