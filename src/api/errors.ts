// Typed errors of the client. Each has a `kind` a component can switch on, the HTTP status and
// problem details when there were any, and an English message a person can read (components
// show their own localized text by kind).
import type { FieldError, Problem } from './types.js';

export type ApiErrorKind =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'auth'
  | 'forbidden'
  | 'not_found'
  | 'validation'
  | 'conflict'
  | 'rate_limit'
  | 'server'
  | 'bad_response';

export interface RequestInfo {
  method: string;
  /** The operation's path template, e.g. `/questions/{questionId}`; never a token or query. */
  path: string;
}

interface ErrorInit {
  status?: number | undefined;
  problem?: Problem | undefined;
  request?: RequestInfo | undefined;
  cause?: unknown;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly problem: Problem | undefined;
  readonly request: RequestInfo | undefined;

  constructor(kind: ApiErrorKind, message: string, init: ErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = init.status;
    this.problem = init.problem;
    this.request = init.request;
  }

  /** Whether the same request may succeed if tried again later. */
  get retryable(): boolean {
    return ['network', 'timeout', 'rate_limit', 'server'].includes(this.kind);
  }
}

export class NetworkError extends ApiError {
  constructor(init: ErrorInit = {}) {
    super('network', 'Could not reach the server. Check the connection and try again.', init);
    this.name = 'NetworkError';
  }
}

export class TimeoutError extends ApiError {
  readonly timeoutMs: number;
  constructor(timeoutMs: number, init: ErrorInit = {}) {
    super(
      'timeout',
      `The server did not answer within ${Math.round(timeoutMs / 1000)} seconds. Try again.`,
      init,
    );
    this.name = 'TimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

/** The caller aborted the request (its `AbortSignal`); usually not shown to anyone. */
export class AbortedError extends ApiError {
  constructor(init: ErrorInit = {}) {
    super('aborted', 'The request was cancelled.', init);
    this.name = 'AbortError';
  }
}

export class AuthError extends ApiError {
  constructor(init: ErrorInit = {}) {
    super('auth', init.problem?.detail ?? 'You need to sign in (again) to do this.', init);
    this.name = 'AuthError';
  }
}

export class ForbiddenError extends ApiError {
  constructor(init: ErrorInit = {}) {
    super('forbidden', init.problem?.detail ?? 'You do not have access to this.', init);
    this.name = 'ForbiddenError';
  }
}

export class NotFoundError extends ApiError {
  constructor(init: ErrorInit = {}) {
    super('not_found', init.problem?.detail ?? 'It does not exist (any more).', init);
    this.name = 'NotFoundError';
  }
}

/** The backend refused the input: 400, 413, 415 or 422, with the fields in `fieldErrors`. */
export class ValidationError extends ApiError {
  readonly fieldErrors: readonly FieldError[];
  constructor(init: ErrorInit = {}) {
    const fieldErrors = init.problem?.errors ?? [];
    const fields = fieldErrors.map((error) => `${error.pointer}: ${error.detail}`).join('; ');
    super(
      'validation',
      (init.problem?.detail ?? 'Some of the input was not accepted.') +
        (fields ? ` (${fields})` : ''),
      init,
    );
    this.name = 'ValidationError';
    this.fieldErrors = fieldErrors;
  }

  /** The errors for one field or its children (`/items` also gives `/items/0/quantity`). */
  errorsAt(pointer: string): FieldError[] {
    return this.fieldErrors.filter(
      (error) => error.pointer === pointer || error.pointer.startsWith(`${pointer}/`),
    );
  }
}

/**
 * 409: the question changed meanwhile (`code` `version_conflict`, with `currentVersion`), its
 * state does not allow the action (`invalid_state`), or it was already done (`already_rated`).
 */
export class ConflictError extends ApiError {
  readonly code: string;
  readonly currentVersion: number | undefined;
  constructor(init: ErrorInit = {}) {
    super(
      'conflict',
      init.problem?.detail ?? 'It changed in the meantime. Reload it and try again.',
      init,
    );
    this.name = 'ConflictError';
    this.code = init.problem?.code ?? 'version_conflict';
    this.currentVersion = init.problem?.currentVersion;
  }
}

/** A wait to suggest when a 429 does not say how long (no Retry-After). */
const DEFAULT_RATE_LIMIT_WAIT_MS = 1000;

export class RateLimitError extends ApiError {
  /** How long to wait, in milliseconds: the server's Retry-After, else a second. */
  readonly retryAfterMs: number;
  /** How long the server asked to wait (Retry-After), or undefined when it did not say. */
  readonly serverRetryAfterMs: number | undefined;
  constructor(retryAfterMs: number | undefined, init: ErrorInit = {}) {
    const wait = retryAfterMs ?? DEFAULT_RATE_LIMIT_WAIT_MS;
    super(
      'rate_limit',
      `Too many requests. Try again in ${Math.max(1, Math.ceil(wait / 1000))} seconds.`,
      init,
    );
    this.name = 'RateLimitError';
    this.retryAfterMs = wait;
    this.serverRetryAfterMs = retryAfterMs;
  }
}

export class ServerError extends ApiError {
  readonly retryAfterMs: number | undefined;
  constructor(retryAfterMs: number | undefined, init: ErrorInit = {}) {
    super(
      'server',
      `The server had a problem (${init.status ?? 'unknown status'}). Try again later.`,
      init,
    );
    this.name = 'ServerError';
    this.retryAfterMs = retryAfterMs;
  }
}

/** The response was not what the contract promises (not JSON, wrong shape, wrong type). */
export class BadResponseError extends ApiError {
  readonly reason: string;
  constructor(reason: string, init: ErrorInit = {}) {
    const where = init.request ? ` to ${init.request.method} ${init.request.path}` : '';
    super('bad_response', `The server sent an unexpected response${where}: ${reason}.`, init);
    this.name = 'BadResponseError';
    this.reason = reason;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/**
 * The page set an element or the client up wrong (a missing attribute, no backend): the page's
 * developer fixes it, trying again does not help. Its message says what to change.
 */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}
