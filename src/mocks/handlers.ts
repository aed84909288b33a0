// msw request handlers implementing docs/openapi.yaml over the mock's state: authentication,
// idempotency keys, problem+json errors, and knobs for latency and injected failures.
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { Problem } from '../api/types.js';
import * as commands from './commands.js';
import { findQuestion, viewerForToken, type MockContext, type Viewer } from './context.js';
import { productSvg } from './pictures.js';
import { ProblemError } from './problems.js';
import * as queries from './queries.js';
import { detailView } from './views.js';

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
  context: MockContext;
  settings: MockSettings;
  failures: InjectedFailure[];
  random: () => number;
  /** Called after every request that changed the state. */
  onChange: () => void;
}

function problemResponse(error: ProblemError): Response {
  return new HttpResponse(JSON.stringify(error.problem), {
    status: error.problem.status,
    headers: { 'Content-Type': 'application/problem+json', ...error.headers },
  });
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

/** The answer of an injected failure; a timeout never answers. */
async function lose(failure: InjectedFailure): Promise<Response> {
  if (failure.status === 'timeout') await new Promise(() => {});
  return injected(failure);
}

function wait(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}

interface RouteInput {
  request: Request;
  url: URL;
  params: Record<string, string>;
  viewer: Viewer;
  body: unknown;
  /** For multipart routes: the `file` field, when one was sent. */
  file: { name: string; bytes: Uint8Array } | null;
}

type RouteResult = { status: number; body?: unknown } | Response;

interface RouteOptions {
  /** A write: needs an Idempotency-Key and is replayed for a repeated key. */
  write?: boolean;
  /** The body is multipart (uploads). */
  multipart?: boolean;
}

export function createHandlers(baseUrl: string, runtime: HandlerRuntime): HttpHandler[] {
  const { context, settings } = runtime;
  const base = baseUrl.replace(/\/+$/, '');

  /** The latency, then an early answer (offline, an injected failure), a failure to answer after handling, or null. */
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

  function replay(storeKey: string, print: string): Response | null {
    const stored = context.state.idempotency[storeKey];
    if (!stored) return null;
    if (stored.fingerprint !== print) {
      throw new ProblemError(
        422,
        'idempotency_key_reused',
        'This Idempotency-Key was used for a different request.',
      );
    }
    return HttpResponse.json(stored.body as never, {
      status: stored.status,
      headers: { 'Idempotent-Replayed': 'true' },
    });
  }

  /** Reads the body: JSON, or the multipart `file` field. The only awaits of a request. */
  async function readBody(request: Request, multipart: boolean) {
    if (multipart) {
      const form = await request.formData().catch(() => null);
      const field = form?.get('file');
      if (!(field instanceof Blob)) return { body: undefined, file: null, raw: 'no file' };
      const bytes = new Uint8Array(await field.arrayBuffer());
      const name = field instanceof File ? field.name : 'image';
      return { body: undefined, file: { name, bytes }, raw: `${name} ${bytes.length}` };
    }
    const raw = request.method === 'POST' ? await request.text() : '';
    if (!raw) return { body: undefined, file: null, raw };
    try {
      return { body: JSON.parse(raw) as unknown, file: null, raw };
    } catch {
      throw new ProblemError(400, 'bad_request', 'The body is not valid JSON.');
    }
  }

  function route(
    method: 'get' | 'post',
    path: string,
    handle: (input: RouteInput) => RouteResult,
    options: RouteOptions = {},
  ): HttpHandler {
    return http[method](`${base}${path}`, async ({ request, params }) => {
      const early = await prelude(request);
      if (early instanceof Response) return early;
      const response = await answer(request, params as Record<string, string>);
      return early ? lose(early) : response;
    });

    async function answer(request: Request, params: Record<string, string>): Promise<Response> {
      try {
        const auth = request.headers.get('Authorization') ?? '';
        const token = /^Bearer (.+)$/.exec(auth)?.[1] ?? null;
        const viewer = viewerForToken(context.state, token);
        if (!viewer) {
          throw new ProblemError(
            401,
            'unauthenticated',
            token ? 'The token is not valid (any more).' : 'Sign in first: no token was sent.',
          );
        }
        const url = new URL(request.url);
        const key = request.headers.get('Idempotency-Key');
        if (options.write && (!key || key.length < 8)) {
          throw new ProblemError(
            400,
            'idempotency_key_missing',
            'Writes need an Idempotency-Key header (8 to 255 characters).',
          );
        }
        const { body, file, raw } = await readBody(request, options.multipart === true);

        // From here on nothing awaits: checking the key, acting and storing the response happen
        // as one step, so two requests with the same key cannot both act.
        commands.applyDeadlines(context);
        const storeKey = `${viewer.id} ${key ?? ''}`;
        const print = fingerprint(`${request.method} ${url.pathname} ${raw}`);
        if (options.write) {
          const replayed = replay(storeKey, print);
          if (replayed) return replayed;
        }
        const result = handle({
          request,
          url,
          params,
          viewer,
          body,
          file,
        });
        if (result instanceof Response) return result;
        if (options.write) {
          context.state.idempotency[storeKey] = {
            viewerId: viewer.id,
            fingerprint: print,
            status: result.status,
            body: result.body ?? null,
          };
        }
        if (request.method === 'POST') runtime.onChange();
        return result.body === undefined
          ? new HttpResponse(null, { status: result.status })
          : HttpResponse.json(result.body as never, { status: result.status });
      } catch (error) {
        if (error instanceof ProblemError) return problemResponse(error);
        console.error('seller-questions mock backend:', error);
        return problemResponse(
          new ProblemError(500, 'server_error', 'The mock backend failed unexpectedly.'),
        );
      }
    }
  }

  const ok = (body: unknown) => ({ status: 200, body });
  const created = (body: unknown) => ({ status: 201, body });

  return [
    route('get', '/config', () => ok(context.state.config)),
    route('get', '/me', ({ viewer }) =>
      ok({
        role: viewer.role,
        id: viewer.id,
        name: viewer.record.name,
        country: viewer.record.country,
        language: viewer.record.language,
        ...(viewer.role === 'seller' ? { shopId: viewer.record.shopId } : {}),
      }),
    ),
    route('get', '/shops/:shopId', ({ params }) => {
      if (params['shopId'] !== context.state.shop.id) {
        throw new ProblemError(404, 'not_found', 'Shop not found.');
      }
      return ok(context.state.shop);
    }),
    route('get', '/products/:productId', ({ params }) => {
      const product = context.state.products.find(
        (candidate) => candidate.id === params['productId'],
      );
      if (!product) throw new ProblemError(404, 'not_found', 'Product not found.');
      return ok(product);
    }),
    route('get', '/orders', ({ viewer, url }) =>
      ok(queries.listOrders(context, viewer, url.searchParams)),
    ),
    route('get', '/orders/:orderId', ({ viewer, params }) =>
      ok(queries.getOrder(context, viewer, params['orderId']!)),
    ),
    route('get', '/questions', ({ viewer, url }) =>
      ok(queries.listQuestions(context, viewer, url.searchParams)),
    ),
    route(
      'post',
      '/questions',
      ({ viewer, body }) => created(commands.createQuestion(context, viewer, body)),
      { write: true },
    ),
    route('get', '/questions/:questionId', ({ viewer, params }) =>
      ok(detailView(context, findQuestion(context, viewer, params['questionId']!), viewer)),
    ),
    route(
      'post',
      '/questions/:questionId/messages',
      ({ viewer, params, body }) =>
        created(commands.sendMessage(context, viewer, params['questionId']!, body)),
      { write: true },
    ),
    route(
      'post',
      '/questions/:questionId/resolve',
      ({ viewer, params, body }) =>
        ok(commands.resolveQuestion(context, viewer, params['questionId']!, body)),
      { write: true },
    ),
    route(
      'post',
      '/questions/:questionId/refunds',
      ({ viewer, params, body }) =>
        created(commands.refundItems(context, viewer, params['questionId']!, body)),
      { write: true },
    ),
    route(
      'post',
      '/questions/:questionId/escalations',
      ({ viewer, params, body }) =>
        created(commands.escalate(context, viewer, params['questionId']!, body)),
      { write: true },
    ),
    route(
      'post',
      '/questions/:questionId/ratings',
      ({ viewer, params, body }) =>
        created(commands.rateAnswer(context, viewer, params['questionId']!, body)),
      { write: true },
    ),
    route(
      'post',
      '/questions/:questionId/read',
      ({ viewer, params }) => {
        commands.markRead(context, viewer, params['questionId']!);
        return { status: 204 };
      },
      { write: true },
    ),
    uploadRoute(),
    attachmentContentRoute(),
    pictureRoute(),
    route('get', '/templates', ({ viewer, url }) =>
      ok(queries.listTemplates(context, viewer, url.searchParams)),
    ),
    route('post', '/translations', ({ body }) => {
      if (settings.translationUnavailable) {
        throw new ProblemError(
          503,
          'translation_unavailable',
          'Translation is not available right now.',
          { retryAfter: 30 },
          { 'Retry-After': '30' },
        );
      }
      return ok(queries.translate(context, body));
    }),
    route('get', '/metrics', ({ viewer, url }) =>
      ok(queries.getMetrics(context, viewer, url.searchParams)),
    ),
    route('get', '/changes', ({ viewer, url }) =>
      ok(queries.listChanges(context, viewer, url.searchParams)),
    ),
  ];

  function uploadRoute(): HttpHandler {
    return route(
      'post',
      '/attachments',
      ({ viewer, file }) => {
        if (!file) {
          throw new ProblemError(
            400,
            'bad_request',
            'Send the image as the multipart field "file".',
            {
              errors: [{ pointer: '/file', code: 'required', detail: 'A file is required.' }],
            },
          );
        }
        return created(commands.uploadAttachment(context, viewer, file.name, file.bytes));
      },
      { write: true, multipart: true },
    );
  }

  function attachmentContentRoute(): HttpHandler {
    return http.get(`${base}/attachments/:attachmentId/content`, async ({ request, params }) => {
      const early = await prelude(request);
      if (early) return early instanceof Response ? early : lose(early);
      const stored = context.state.attachments[params['attachmentId'] as string];
      if (!stored)
        return problemResponse(new ProblemError(404, 'not_found', 'Attachment not found.'));
      const bytes = Uint8Array.from(atob(stored.base64), (char) => char.charCodeAt(0));
      return new HttpResponse(bytes, {
        headers: {
          'Content-Type': stored.attachment.contentType,
          'Cache-Control': 'private, max-age=3600',
        },
      });
    });
  }

  function pictureRoute(): HttpHandler {
    return http.get(`${base}/_mock/pictures/:name`, ({ params }) => {
      const id = String(params['name']).replace(/\.svg$/, '');
      const picture = context.state.pictures[id] ?? { shape: 'box', colour: '#94a3b8' };
      return new HttpResponse(productSvg(picture.shape, picture.colour), {
        headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'max-age=86400' },
      });
    });
  }
}
