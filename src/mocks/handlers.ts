// msw request handlers: the backend (src/backend, the same one the reference server runs) over
// the mock's in-memory store, behind knobs for latency, offline and injected failures.
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { Problem } from '../api/types.js';
import { mockClaims, type BackendContext } from '../backend/context.js';
import { MemoryStore } from '../backend/memory-store.js';
import { createBackend, problemResponse } from '../backend/pipeline.js';
import { ProblemError } from '../backend/problems.js';
import { translate } from '../backend/queries.js';
import { productSvg } from './pictures.js';

/** Knobs a demo or test turns at run time. */
export interface MockSettings {
  /** Delay before each answer: fixed, or a random value in [min, max] (ms). */
  latencyMs: number | readonly [number, number];
  /** Share of requests (0..1) answered with a 503 instead. */
  failureRate: number;
  /** Every request fails as a network error. */
  offline: boolean;
  /** The translation endpoint answers 503 `translation_unavailable`. */
  translationUnavailable: boolean;
}

/** One failure to inject into the next matching request. */
export interface InjectedFailure {
  /** An HTTP status to answer with, or `network` for a failed connection, or `timeout` for none. */
  status: number | 'network' | 'timeout';
  /** Only requests whose method and path match (`POST /questions`); any request by default. */
  match?: string;
  /** For 429 and 503: the Retry-After seconds. */
  retryAfter?: number;
  /** For 422: field errors to report. */
  errors?: Problem['errors'];
  /**
   * Fail after the request was handled: the state changed, the answer is lost (as when a
   * connection drops after the server applied a write). Before handling by default.
   */
  afterHandler?: boolean;
}

export interface HandlerRuntime {
  context: BackendContext;
  settings: MockSettings;
  failures: InjectedFailure[];
  random: () => number;
  /** Called after every request that changed the state. */
  onChange: () => void;
}

function injected(failure: InjectedFailure): Response {
  if (failure.status === 'network') return HttpResponse.error();
  const status = failure.status === 'timeout' ? 504 : failure.status;
  const code =
    status === 429
      ? 'rate_limited'
      : status === 422
        ? 'validation_failed'
        : status === 409
          ? 'version_conflict'
          : status === 401
            ? 'unauthenticated'
            : status === 403
              ? 'forbidden'
              : status === 404
                ? 'not_found'
                : status >= 500
                  ? 'unavailable'
                  : 'bad_request';
  const headers: Record<string, string> = {};
  const extra: Partial<Problem> = {};
  if (failure.retryAfter !== undefined) {
    headers['Retry-After'] = String(failure.retryAfter);
    extra.retryAfter = failure.retryAfter;
  }
  if (failure.errors) extra.errors = failure.errors;
  return problemResponse(
    new ProblemError(status, code, `Injected failure (${status}).`, extra, headers),
  );
}

async function lose(failure: InjectedFailure): Promise<Response> {
  if (failure.status === 'timeout') await new Promise(() => {});
  return injected(failure);
}

function wait(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

export function createHandlers(baseUrl: string, runtime: HandlerRuntime): HttpHandler[] {
  const { settings } = runtime;
  const base = baseUrl.replace(/\/+$/, '');
  const store = new MemoryStore(() => runtime.context);
  const backend = createBackend({
    store,
    baseUrl: base,
    authenticate: mockClaims,
    now: () => runtime.context.now(),
    onChange: runtime.onChange,
    async translate({ body, context }) {
      if (settings.translationUnavailable) {
        throw new ProblemError(
          503,
          'translation_unavailable',
          'Translation is not available right now.',
          { retryAfter: 30 },
          { 'Retry-After': '30' },
        );
      }
      return translate(await context(), body);
    },
  });

  /**
   * Latency, offline and injected failures: the knobs of the mock, before the backend. Returns
   * an early answer, a failure to answer with after the backend has handled the request, or null.
   */
  async function prelude(request: Request): Promise<Response | InjectedFailure | null> {
    const latency = settings.latencyMs;
    await wait(
      typeof latency === 'number'
        ? latency
        : latency[0] + runtime.random() * (latency[1] - latency[0]),
    );
    if (settings.offline) return HttpResponse.error();
    const path = new URL(request.url).pathname.slice(new URL(base, 'http://x').pathname.length);
    const index = runtime.failures.findIndex(
      (failure) => !failure.match || failure.match === `${request.method} ${path}`,
    );
    if (index >= 0) {
      const [failure] = runtime.failures.splice(index, 1);
      if (failure!.afterHandler) return failure!;
      return lose(failure!);
    }
    if (settings.failureRate > 0 && runtime.random() < settings.failureRate) {
      return injected({ status: 503, retryAfter: 1 });
    }
    return null;
  }

  return [
    pictureRoute(),
    http.all(`${base}/*`, async ({ request }) => {
      const early = await prelude(request);
      if (early instanceof Response) return early;
      const response = await backend.handle(request);
      // The backend acted, but its answer is lost on the way back.
      return early ? lose(early) : response;
    }),
  ];

  function pictureRoute(): HttpHandler {
    return http.get(`${base}/_mock/pictures/:name`, ({ params }) => {
      const id = String(params['name']).replace(/\.svg$/, '');
      const picture = runtime.context.state.pictures[id] ?? { shape: 'box', colour: '#94a3b8' };
      return new HttpResponse(productSvg(picture.shape, picture.colour), {
        headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'max-age=86400' },
      });
    });
  }
}
