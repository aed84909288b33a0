// The HTTP layer under the client: bearer auth from the host's getToken(), a timeout per
// attempt, the caller's AbortSignal, retries with backoff and jitter (only for requests that
// are safe to repeat: reads, and writes that carry an Idempotency-Key), Retry-After, problem
// details mapped to typed errors, and responses checked against the contract.
import {
  AbortedError,
  ApiError,
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
  type RequestInfo,
} from './errors.js';
import { firstResponseSchemas } from './generated/first-response-schemas.js';
import type { Problem } from './types.js';
import { EARLY_KEY, requestUrl, type EarlyResponses } from './early.js';
import { findSchemaError, type SchemaRegistry } from './validate.js';

/**
 * Supplies the bearer token. Called before every request; `refresh: true` after the backend
 * answered 401 to a token, so the host can renew it. The SDK never stores the token.
 */
export type TokenProvider = (context: {
  refresh: boolean;
}) => string | null | undefined | Promise<string | null | undefined>;

export interface TransportOptions {
  /** Base URL of the API, absolute or relative to the page (`/api/v1`). */
  baseUrl: string;
  getToken?: TokenProvider | undefined;
  /** Per attempt; 15 s by default. */
  timeoutMs?: number | undefined;
  /** Extra attempts after the first for requests that are safe to repeat; 2 by default. */
  retries?: number | undefined;
  /** Backoff base; the n-th retry waits between half and all of base * 2^n (capped). */
  retryDelayMs?: number | undefined;
  maxRetryDelayMs?: number | undefined;
  /** A Retry-After up to this long is waited for; a longer one fails with RateLimitError. */
  maxRetryAfterMs?: number | undefined;
  /** For tests and non-browser hosts. */
  fetch?: typeof fetch | undefined;
  /** For tests: how to wait between attempts. */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  /** For tests: the jitter source, [0, 1). */
  random?: (() => number) | undefined;
}

type QueryValue = string | number | boolean | readonly string[] | null | undefined;

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Path template from the contract, e.g. `/questions/{questionId}`. */
  path: string;
  pathParams?: Readonly<Record<string, string>>;
  query?: Readonly<Record<string, QueryValue>> | undefined;
  /** A JSON body. */
  body?: unknown;
  /** A multipart body (uploads). */
  form?: FormData;
  idempotencyKey?: string | undefined;
  /** A POST that is safe to repeat without a key (translations). */
  safe?: boolean;
  /** The contract schema of a success body, or null for no content. */
  schema: string | null;
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  /**
   * `default` for slow-changing reads the backend marks cacheable (configuration, products,
   * shops, templates: ETag and Cache-Control), so the browser's HTTP cache can answer them;
   * everything else bypasses it (`no-store`).
   */
  cache?: 'default' | 'no-store' | undefined;
}

const DEFAULTS = {
  timeoutMs: 15_000,
  retries: 2,
  retryDelayMs: 300,
  maxRetryDelayMs: 5_000,
  maxRetryAfterMs: 10_000,
};

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new AbortedError());
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortedError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Seconds or an HTTP date, as milliseconds from now; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function isProblem(value: unknown): value is Problem {
  return findSchemaError(value, '@Problem', firstResponseSchemas) === null;
}

let allSchemas: Promise<SchemaRegistry> | undefined;

/**
 * The schemas to check a `schema` response against. Those of the requests every element makes
 * first are at hand; the others load on demand (once, started with the first request that needs
 * them, so they arrive while it is under way). Loading them failed: null, tried again next time.
 */
function schemasFor(schema: string | null): SchemaRegistry | Promise<SchemaRegistry | null> {
  if (schema === null || schema in firstResponseSchemas) return firstResponseSchemas;
  allSchemas ??= import('./generated/response-schemas.js').then(({ responseSchemas }) => ({
    ...firstResponseSchemas,
    ...responseSchemas,
  }));
  return allSchemas.catch(() => {
    allSchemas = undefined;
    return null;
  });
}

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);

export class Transport {
  readonly baseUrl: string;
  readonly #options: TransportOptions;

  constructor(options: TransportOptions) {
    if (!options.baseUrl) throw new TypeError('seller-questions: a baseUrl is required.');
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#options = options;
  }

  /** The absolute URL of a request, with path parameters encoded and the query appended. */
  url(spec: Pick<RequestSpec, 'path' | 'pathParams' | 'query'>): URL {
    return requestUrl(this.baseUrl, spec);
  }

  /**
   * `url` from a response made absolute against the API base (with a trailing slash), as the
   * contract says `Attachment.url` is meant: an absolute URL stays, `/api/v1/…` is on the API's
   * origin, `attachments/…` is under the base. Unchanged when it cannot be resolved.
   */
  resolve(url: string): string {
    try {
      return new URL(url, this.url({ path: '/' })).href;
    } catch {
      return url;
    }
  }

  async request<T>(spec: RequestSpec): Promise<T> {
    const info: RequestInfo = { method: spec.method, path: spec.path };
    const url = this.url(spec);
    const repeatable = spec.method === 'GET' || spec.safe === true || !!spec.idempotencyKey;
    const retries = repeatable ? (this.#options.retries ?? DEFAULTS.retries) : 0;
    // `refresh: true` goes with the one attempt right after a 401; later attempts ask for the
    // token as usual (the host hands out the renewed one), and a request renews only once.
    let refresh = false;
    let renewed = false;
    let attempt = 0;
    let schemas = schemasFor(spec.schema);
    for (;;) {
      if (spec.signal?.aborted) throw new AbortedError({ request: info });
      let error: ApiError;
      const refreshNow = refresh;
      refresh = false;
      try {
        const { response, text, sentToken } = await this.#send(url, spec, refreshNow, info);
        if (response.ok) {
          // Could not be loaded: the answer cannot be checked, as if it had been lost.
          const registry = await schemas;
          if (!registry) {
            schemas = schemasFor(spec.schema);
            throw new NetworkError({ request: info });
          }
          // The body was checked against the operation's schema, which T is generated from.
          return this.#parse(response, text, spec, info, registry) as T;
        }
        error = this.#toError(response, text, info);
        if (error instanceof AuthError && sentToken && !renewed && this.#options.getToken) {
          refresh = renewed = true; // one more try with a renewed token; not counted as a retry
          continue;
        }
      } catch (caught) {
        if (!(caught instanceof ApiError)) throw caught;
        error = caught;
      }
      const delay = this.#retryDelay(error, attempt);
      if (attempt >= retries || delay === undefined) throw error;
      attempt++;
      await (this.#options.sleep ?? abortableSleep)(delay, spec.signal);
    }
  }

  async #send(url: URL, spec: RequestSpec, refresh: boolean, info: RequestInfo) {
    let token: string | null | undefined;
    try {
      token = await this.#options.getToken?.({ refresh });
    } catch (cause) {
      throw new AuthError({ request: info, cause });
    }
    const headers = new Headers({ Accept: 'application/json, application/problem+json' });
    if (token) headers.set('Authorization', `Bearer ${token}`);
    if (spec.idempotencyKey) headers.set('Idempotency-Key', spec.idempotencyKey);
    let body: BodyInit | undefined;
    if (spec.form) body = spec.form;
    else if (spec.body !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(spec.body);
    }

    const timeoutMs = spec.timeoutMs ?? this.#options.timeoutMs ?? DEFAULTS.timeoutMs;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      controller.abort();
    }, timeoutMs);
    const onAbort = () => {
      controller.abort();
    };
    spec.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      // A GET that the page's head start has sent already is answered from there (early.ts).
      const fetchImpl =
        this.#options.fetch ??
        ((url: URL, init: RequestInit) =>
          (globalThis as EarlyResponses)[EARLY_KEY]?.(url.href, init) ??
          globalThis.fetch(url, init));
      const response = await fetchImpl(url, {
        method: spec.method,
        headers,
        body: body ?? null,
        signal: controller.signal,
        credentials: 'same-origin',
        cache: spec.cache ?? 'no-store',
      });
      // The body is read under the same timeout: a stalled body is as bad as no answer.
      const text = response.status === 204 ? '' : await response.text();
      return { response, text, sentToken: !!token };
    } catch (cause) {
      if (spec.signal?.aborted) throw new AbortedError({ request: info, cause });
      if (controller.signal.aborted) throw new TimeoutError(timeoutMs, { request: info, cause });
      throw new NetworkError({ request: info, cause });
    } finally {
      clearTimeout(timer);
      spec.signal?.removeEventListener('abort', onAbort);
    }
  }

  #parse(
    response: Response,
    text: string,
    spec: RequestSpec,
    info: RequestInfo,
    registry: SchemaRegistry,
  ): unknown {
    if (spec.schema === null) return undefined;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (cause) {
      const type = response.headers.get('Content-Type') ?? 'no content type';
      throw new BadResponseError(`the body is not JSON (${type})`, {
        status: response.status,
        request: info,
        cause,
      });
    }
    const problem = findSchemaError(data, `@${spec.schema}`, registry);
    if (problem) {
      throw new BadResponseError(problem.message, { status: response.status, request: info });
    }
    return data;
  }

  #toError(response: Response, text: string, info: RequestInfo): ApiError {
    let problem: Problem | undefined;
    try {
      const data: unknown = JSON.parse(text);
      if (isProblem(data)) problem = data;
    } catch {
      problem = undefined;
    }
    const status = response.status;
    const init = { status, problem, request: info };
    const retryAfter =
      parseRetryAfter(response.headers.get('Retry-After')) ??
      (problem?.retryAfter === undefined ? undefined : problem.retryAfter * 1000);
    if (status === 401) return new AuthError(init);
    if (status === 403) return new ForbiddenError(init);
    if (status === 404 || status === 410) return new NotFoundError(init);
    if (status === 409 || status === 412) return new ConflictError(init);
    if (status === 429) return new RateLimitError(retryAfter, init);
    if (status === 408)
      return new TimeoutError(this.#options.timeoutMs ?? DEFAULTS.timeoutMs, init);
    if ([400, 413, 415, 422].includes(status)) return new ValidationError(init);
    if (status >= 500) return new ServerError(retryAfter, init);
    return new BadResponseError(`unexpected status ${status}`, init);
  }

  /** How long to wait before trying again, or undefined when trying again cannot help. */
  #retryDelay(error: ApiError, attempt: number): number | undefined {
    const status = error.status;
    const transient =
      error instanceof NetworkError ||
      error instanceof TimeoutError ||
      (status !== undefined && RETRYABLE_STATUS.has(status));
    if (!transient) return undefined;
    // A 429 without Retry-After backs off with jitter like any other transient error, so that
    // the clients it refused do not all come back at the same moment.
    const retryAfter =
      error instanceof RateLimitError
        ? error.serverRetryAfterMs
        : error instanceof ServerError
          ? error.retryAfterMs
          : undefined;
    if (retryAfter !== undefined) {
      const max = this.#options.maxRetryAfterMs ?? DEFAULTS.maxRetryAfterMs;
      return retryAfter <= max ? retryAfter : undefined;
    }
    const base = this.#options.retryDelayMs ?? DEFAULTS.retryDelayMs;
    const cap = Math.min(
      this.#options.maxRetryDelayMs ?? DEFAULTS.maxRetryDelayMs,
      base * 2 ** attempt,
    );
    const random = this.#options.random ?? Math.random;
    return cap / 2 + random() * (cap / 2);
  }
}
