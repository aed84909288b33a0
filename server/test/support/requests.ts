// Requests as one of a test's people, to the test server or to the mock's backend alike: a check
// written once against a FetchAs runs on both, so the SQL store and the in-memory one are held
// to the same answers.
import { randomUUID } from 'node:crypto';
import type { Claims } from '../../../src/backend/context.js';
import type { BackendState } from '../../../src/backend/state.js';
import { MOCK_TOKENS } from '../../../src/mocks/index.js';
import { mockBackend, mockRequest } from './mock.js';
import { tokens, type TestServer } from './server.js';

/** A request under /api/v1 as one of the people `P`, or with no token (`anonymous`). */
export type FetchAs<P extends string> = (
  path: string,
  as: P | 'anonymous',
  init?: RequestInit,
) => Promise<Response>;

/** Requests to the test server, with a token for each of `people`. */
export async function serverAs<P extends string>(
  server: TestServer,
  people: Record<P, Claims>,
): Promise<FetchAs<P>> {
  const tokenOf = await tokens(server, people);
  return (path, as, init = {}) =>
    server.fetch(`/api/v1${path}`, {
      ...init,
      token: as === 'anonymous' ? undefined : tokenOf[as],
    });
}

/**
 * Requests to the mock's backend on `state`, with the tokens it reads (`role:id`; a buyer's with
 * their profile claims, when `people` give them some).
 */
export function mockAs<P extends string>(
  state: BackendState,
  people: Record<P, Claims>,
): FetchAs<P> {
  const backend = mockBackend(state);
  return (path, as, init) => {
    const claims = as === 'anonymous' ? undefined : people[as];
    const token =
      claims &&
      (claims.role === 'buyer'
        ? MOCK_TOKENS.buyer(claims.id, claims.profile)
        : `${claims.role}:${claims.id}`);
    return backend.handle(mockRequest(path, token, init));
  };
}

/**
 * A request's method, a JSON body (if any) and a new Idempotency-Key on a write; `headers` last,
 * over those.
 */
export function jsonInit(
  method: string,
  body?: unknown,
  headers: Record<string, string> = {},
): RequestInit {
  return {
    method,
    headers: {
      ...(method === 'GET' ? {} : { 'Idempotency-Key': randomUUID() }),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  };
}
