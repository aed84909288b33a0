// The shared backend (src/backend/) on the in-memory store of the browser's mock, for the tests
// that check the mock answers as the server does.
import { mockClaims } from '../../../src/backend/context.js';
import { MemoryStore } from '../../../src/backend/memory-store.js';
import { createBackend } from '../../../src/backend/pipeline.js';
import type { BackendState } from '../../../src/backend/state.js';
import { buildSeedState } from '../../../src/mocks/seed.js';

/** The mock's backend on `state` (the seed's unless given), tokens as the mock reads them. */
export function mockBackend(state: BackendState = buildSeedState()) {
  const context = { state, baseUrl: '/api/v1', now: () => new Date() };
  return createBackend({
    store: new MemoryStore(() => context),
    baseUrl: '/api/v1',
    authenticate: mockClaims,
  });
}

/** A request under /api/v1 of the mock, with `token` as the bearer (none: anonymous). */
export function mockRequest(path: string, token?: string, init: RequestInit = {}): Request {
  const headers = {
    ...(init.headers as Record<string, string> | undefined),
    ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }),
  };
  return new Request(`http://localhost/api/v1${path}`, { ...init, headers });
}
