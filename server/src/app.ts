// The reference server's HTTP side: Hono in front of the shared backend (src/backend). Adds what
// a process on a network needs: health and readiness, CORS, a body limit, structured logs
// without tokens or message text, 503 with Retry-After while the database is away, and in demo
// mode the demo's users, tokens, pictures and reset.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { RegExpRouter } from 'hono/router/reg-exp-router';
import { SmartRouter } from 'hono/router/smart-router';
import { TrieRouter } from 'hono/router/trie-router';
import { getPath } from 'hono/utils/url';
import type { Logger } from 'pino';
import { bearerToken, checkBody, type Claims } from '../../src/backend/context.js';
import {
  createBackend,
  problemResponse,
  type Backend,
  type BackendRequest,
} from '../../src/backend/pipeline.js';
import { ProblemError, TokenRefused } from '../../src/backend/problems.js';
import { translate } from '../../src/backend/queries.js';
import type { TranslationRequest } from '../../src/api/types.js';
import type { BackendStore } from '../../src/backend/store.js';
import type { Verify } from './auth.js';
import type { Database } from './db.js';
import { registerEmailRoutes } from './email/routes.js';
import {
  madeCompressor,
  partsResponse,
  plainHeaders,
  responseCompressor,
  type CompressOptions,
  type HeaderAccess,
} from './compress.js';
import { stripMetadata } from './images.js';
import { RateLimitSharing, TokenBuckets, type RateLimitOptions } from './rate-limit.js';
import { randomId, SqlStore } from './sql-store.js';
import { errorFields, loggedPath } from './log-fields.js';
import { ObjectStoreError, type ObjectStore } from './objects.js';
import { noProvider, TranslationService, type TranslationOptions } from './translation/service.js';
import { registerWebhookRoutes, viewerLookup } from './webhooks.js';

export interface AppOptions {
  db: Database;
  /** The API's path prefix. */
  basePath?: string | undefined;
  /** Checks a bearer token (createVerifier in server/src/auth.ts). */
  verify: Verify;
  logger: Logger;
  now?: (() => Date) | undefined;
  /** Origins allowed to call the API from a browser (CORS); none by default. */
  corsOrigins?: readonly string[] | undefined;
  /** Translation: a provider, with its cache and quota (server/src/translation/). */
  translation?: TranslationOptions | undefined;
  /**
   * Without a provider: the phrasebook in the database, answered as demo data (`engine:
   * demo`), or, when false, none (503 `translation_unavailable`).
   */
  phrasebookTranslation?: boolean | undefined;
  /** Routes the demo needs (users, tokens, pictures, reset); never in production. */
  demo?: DemoRoutes | undefined;
  /** Requests per viewer (and per address without a valid token); none when absent. */
  rateLimit?: RateLimitOptions | undefined;
  /**
   * Seconds between this process's exchanges of its rate limits' and translation quota's
   * buckets with the database, so that the processes on one database keep one limit; 0 or
   * absent: each process counts alone.
   */
  shareLimitsSeconds?: number | undefined;
  /** Called after each write request (the clock's scheduler plans again). */
  onWrite?: (() => void) | undefined;
  /**
   * Webhook endpoints may be `http://localhost` (and this machine's or private addresses):
   * development and demo mode only (WEBHOOK_ALLOW_HTTP_LOCALHOST=1).
   */
  webhooksAllowLocalhost?: boolean | undefined;
  /** EMAIL_SECRET: signs and checks unsubscribe links; without it none is valid. */
  emailSecret?: string | undefined;
  /**
   * Response compression (brotli or gzip by Accept-Encoding, JSON and text over 1 kB); on by
   * default, `false` when a proxy in front compresses.
   */
  compression?: CompressOptions | false | undefined;
  /** Object storage for uploads' bytes (S3 or compatible); in the database without it. */
  objects?: ObjectStore | null | undefined;
}

export interface DemoRoutes {
  register(app: Hono, backend: Backend): void;
}

/** Errors that mean the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE'].includes(code))
      return true;
    // PostgreSQL: connection exceptions (08…), operator intervention (57P…: shutdown, restart).
    if (/^(08|57P)/.test(code)) return true;
  }
  const message = error instanceof Error ? error.message : '';
  // node-postgres: a statement or a connection not answered in time (Database.limitWaits).
  return /Connection terminated|connection (was )?closed|Client has encountered a connection error|Query read timeout|timeout exceeded when trying to connect/i.test(
    message,
  );
}

/** The largest request body (a photo's multipart upload with room to spare). */
const MAX_BODY_BYTES = 6 * 1024 * 1024;

/**
 * How long an upload's object waits for its row before the purge may delete it: far longer
 * than any request lives, so the purge never deletes the object of an upload still in flight.
 */
const UPLOAD_OBJECT_GRACE_MS = 24 * 3_600_000;

/**
 * The object store failed: 503 with Retry-After (404 for an object that is gone), and a log
 * line that says which (its address and status, never a credential).
 */
function objectStoreProblem(error: ObjectStoreError, log: Logger, reading: boolean): ProblemError {
  log.error({ reason: error.message, status: error.status ?? null }, 'object storage failed');
  // A 404 of a read: the object is gone. Of a put: the bucket is (a configuration to fix).
  if (reading && error.status === 404) {
    return new ProblemError(404, 'not_found', 'Attachment not found.');
  }
  return new ProblemError(
    503,
    'unavailable',
    'The file storage is not reachable right now; try again shortly.',
    { retryAfter: 5 },
    { 'Retry-After': '5' },
  );
}

class UnavailableStore implements BackendStore {
  readonly #inner: BackendStore;
  readonly #log: Logger;
  constructor(inner: BackendStore, log: Logger) {
    this.#inner = inner;
    this.#log = log;
  }
  transaction<T>(work: Parameters<BackendStore['transaction']>[0]): Promise<T> {
    return this.#guard(() => this.#inner.transaction(work) as Promise<T>);
  }
  read<T>(work: Parameters<BackendStore['read']>[0]): Promise<T> {
    return this.#guard(() => this.#inner.read(work) as Promise<T>);
  }
  /** Runs `run`; a database that is away becomes 503 `unavailable`. */
  guard<T>(run: () => Promise<T>): Promise<T> {
    return this.#guard(run);
  }
  // A `catch` rather than an async function's try and await: one promise fewer per request.
  #guard<T>(run: () => Promise<T>): Promise<T> {
    let pending: Promise<T>;
    try {
      pending = run();
    } catch (error) {
      return Promise.reject(this.#problemOf(error));
    }
    return pending.catch((error: unknown) => {
      throw this.#problemOf(error);
    });
  }
  /** The failure as the client gets it: a database or file storage that is away is a 503. */
  #problemOf(error: unknown): Error {
    if (isDatabaseUnavailable(error)) {
      return new ProblemError(
        503,
        'unavailable',
        'The database is not reachable right now; try again shortly.',
        { retryAfter: 5 },
        { 'Retry-After': '5' },
      );
    }
    if (error instanceof ObjectStoreError) return objectStoreProblem(error, this.#log, true);
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * Marks the backend's answers, which got their CORS headers and compression as they were made
 * (a property rather than a WeakSet: a WeakSet's entries cost the collector ~1 µs a request).
 */
const MADE = Symbol('made by the backend');
type Marked = Response & { [MADE]?: true };
const markMade = (response: Response) => {
  (response as Marked)[MADE] = true;
};
const isMade = (response: Response) => (response as Marked)[MADE] === true;

export interface App {
  /** The server's routes (the backend's behind its catch-all route). */
  app: Hono;
  /** The server's entry point: what node-server and the tests call with each request. */
  fetch: (request: Request, env?: unknown) => Response | Promise<Response>;
  /** Whether `fetch` hands this request to the backend without Hono's router (for tests). */
  takesBackendLane: (request: Request) => boolean;
  /**
   * For node-listener.ts: whether a GET of `path` (as the request line has it, without its
   * query) goes to the backend directly, and its answer, through the same edge as `fetch`'s.
   */
  backendGet: (path: string) => boolean;
  answer: (request: BackendRequest, env: unknown, path: string) => Promise<Response>;
  backend: Backend;
  /** The limits' buckets shared through the database; none without `shareLimitsSeconds`. */
  rateLimitSharing: RateLimitSharing | null;
  /** Stops the app's own timers (the rate limits' exchange); the database stays open. */
  stop: () => Promise<void>;
}

export function createApp(options: AppOptions): App {
  // A request that failed is logged twice, by the failure (its error's name, code and frames)
  // and by the request's own line (method, path, status): both carry the same id.
  const failed = new WeakMap<object, string>();
  let failures = 0;
  const failureId = (request: object): string => {
    let id = failed.get(request);
    if (id === undefined) failed.set(request, (id = `${process.pid}-${(failures += 1)}`));
    return id;
  };
  const basePath = options.basePath ?? '/api/v1';
  const now = options.now ?? (() => new Date());
  const verifiedNow = new Map<string, Claims | TokenRefused | null>();
  const objects = options.objects ?? null;
  const store = new UnavailableStore(
    new SqlStore(options.db, { baseUrl: basePath, now, objects }),
    options.logger,
  );
  const shareLimits = (options.shareLimitsSeconds ?? 0) > 0;
  // The backend's answers get their CORS headers and compression as they are made, from their
  // JSON text (`respond` below); the middleware in front of the routes then passes them by.
  const compressAnswer =
    options.compression === false ? null : responseCompressor(options.compression);
  const translation = options.translation
    ? new TranslationService(options.db, options.translation, options.logger, shareLimits)
    : null;
  const backend = createBackend({
    store,
    baseUrl: basePath,
    // A token the rate limiter verified for this request is not verified a second time.
    // (Without a rate limit the map stays empty, and the token is not hashed for it.)
    authenticate: (token) => {
      if (verifiedNow.size === 0 || !verifiedNow.has(token)) return options.verify(token);
      const known = verifiedNow.get(token)!;
      if (known instanceof TokenRefused) throw known;
      return known;
    },
    now,
    newId: randomId,
    onChange: options.onWrite,
    // Their id only: the name and address the token gave are not for the log.
    onBuyerAdded: (buyerId) => {
      options.logger.info({ buyerId }, 'buyer added from their token');
    },
    onError: (error, request) => {
      options.logger.error(
        { err: errorFields(error), request: failureId(request) },
        'backend failed',
      );
    },
    respond: (request, status, headers, body) => {
      addCorsHeaders(request.headers.get('Origin'), plainHeaders(headers));
      const response = compressAnswer
        ? compressAnswer(
            { method: request.method, acceptEncoding: request.headers.get('Accept-Encoding') },
            status,
            headers,
            body,
          )
        : partsResponse(status, headers, body);
      if (response instanceof Promise) {
        return response.then((compressed) => {
          markMade(compressed);
          return compressed;
        });
      }
      markMade(response);
      return response;
    },
    processImage: stripMetadata,
    // With object storage, an upload's key goes into the sweep before its put, and leaves it
    // in the transaction that records the attachment (docs/server.md).
    keepUpload: objects
      ? async (bytes, type) => {
          const key = `${objects.prefix}${randomId('o')}`;
          await store.guard(() =>
            options.db.query('INSERT INTO object_sweep (key, due_at) VALUES ($1, $2)', [
              key,
              new Date(now().getTime() + UPLOAD_OBJECT_GRACE_MS).toISOString(),
            ]),
          );
          try {
            await objects.put(key, bytes, type);
          } catch (error) {
            if (error instanceof ObjectStoreError) {
              throw objectStoreProblem(error, options.logger, false);
            }
            throw error;
          }
          return key;
        }
      : undefined,
    translate: async ({ viewer, body, context }) => {
      // A request that is not valid is a 422 whatever the translation service does.
      checkBody(body, 'TranslationRequest');
      if (translation) return translation.translate(viewer, body as TranslationRequest);
      if (options.phrasebookTranslation) {
        // Demo data: the seed's phrases (the store loads no phrasebook for the other requests).
        const phrases = await options.db.query<{ data: Record<string, string> }>(
          'SELECT data FROM phrases ORDER BY id',
        );
        const loaded = await context();
        return translate(
          { ...loaded, state: { ...loaded.state, phrasebook: phrases.map((row) => row.data) } },
          body,
        );
      }
      throw noProvider();
    },
  });
  const app = new Hono();
  const log = options.logger;

  // CORS, written here rather than with hono/cors: that one touches the response before the
  // handler makes it, and Hono then copies every API response into a new one (a third of a
  // list's time in the server).
  const allowHeaders = 'Authorization,Content-Type,Idempotency-Key';
  const allowMethods = 'GET,POST,PUT,PATCH,DELETE,OPTIONS';
  const exposeHeaders = 'Retry-After,Idempotent-Replayed,Content-Disposition,WWW-Authenticate';
  const allowedOrigin = (origin: string | null | undefined): origin is string =>
    !!origin && options.corsOrigins?.includes(origin) === true;
  /** An answer's CORS headers: the origin's, when allowed, and Vary: Origin either way. */
  function addCorsHeaders(origin: string | null, headers: HeaderAccess): void {
    if (allowedOrigin(origin)) {
      headers.set('Access-Control-Allow-Origin', origin);
      headers.set('Access-Control-Expose-Headers', exposeHeaders);
    }
    const vary = headers.get('Vary');
    headers.set('Vary', vary ? `${vary}, Origin` : 'Origin');
  }
  /** The answer to a preflight (`OPTIONS`) of the API. */
  const preflight = (origin: string | undefined) =>
    new Response(null, {
      status: 204,
      headers: {
        ...(allowedOrigin(origin)
          ? {
              'Access-Control-Allow-Origin': origin,
              'Access-Control-Expose-Headers': exposeHeaders,
            }
          : {}),
        'Access-Control-Allow-Methods': allowMethods,
        'Access-Control-Allow-Headers': allowHeaders,
        'Access-Control-Max-Age': '600',
        Vary: 'Origin, Access-Control-Request-Headers',
      },
    });
  const compressMade = options.compression === false ? null : madeCompressor(options.compression);
  const apiPrefix = `${basePath}/`;

  // The limits: after the preflight and before the route, so that a 429 goes out with the
  // CORS headers a page needs to read it.
  const sharedBuckets: { kind: string; buckets: TokenBuckets }[] = [];
  if (translation?.quota) sharedBuckets.push({ kind: 'translation', buckets: translation.quota });
  let limit: RateLimiter | null = null;
  if (options.rateLimit) {
    const limits = options.rateLimit;
    const viewers = new TokenBuckets(limits.perMinute, limits.burst, limits.now, shareLimits);
    const addresses =
      limits.ipPerMinute > 0
        ? new TokenBuckets(limits.ipPerMinute, limits.ipBurst, limits.now, shareLimits)
        : null;
    sharedBuckets.push({ kind: 'viewer', buckets: viewers });
    if (addresses) sharedBuckets.push({ kind: 'address', buckets: addresses });
    limit = rateLimiter(
      { viewers, addresses, trustProxy: limits.trustProxy ?? false },
      options.verify,
      verifiedNow,
    );
  }
  let rateLimitSharing: RateLimitSharing | null = null;
  if (shareLimits && sharedBuckets.length > 0) {
    rateLimitSharing = new RateLimitSharing(options.db, sharedBuckets, {
      now: options.rateLimit?.now ?? options.translation?.now,
      logger: log,
    });
    rateLimitSharing.start(options.shareLimitsSeconds!);
  }

  /** A failure no route answered: a log line with the error's name and code, and a 500. */
  const unhandled = (error: unknown, request: object): Response => {
    log.error({ err: errorFields(error), request: failureId(request) }, 'unhandled');
    return problemResponse(
      new ProblemError(500, 'server_error', 'The server failed unexpectedly.'),
    );
  };
  /**
   * Every request's way in and out, in both lanes (`fetch` below): its log line; for the API,
   * the preflight, the rate limit and CORS; compression. `inner` answers the request. The
   * backend's own answers got their CORS headers and compression as they were made (`respond`
   * above), and pass by.
   */
  async function edge(
    request: BackendRequest,
    env: unknown,
    path: string,
    inner: () => Promise<Response>,
  ): Promise<Response> {
    // Below the info level (LOG_LEVEL=warn) a request costs no log work at all.
    const started = log.isLevelEnabled('info') ? performance.now() : null;
    const api = path === basePath || path.startsWith(apiPrefix);
    // An allowed origin gets its CORS headers outside the API too: a page pointed at a wrong
    // path then reads the 404 (the SDK says "no API at …, check apiBase") instead of seeing the
    // browser refuse the answer, which looks like a network outage.
    const cors = api || allowedOrigin(request.headers.get('Origin'));
    let response: Response;
    if (cors && request.method === 'OPTIONS') {
      response = preflight(request.headers.get('Origin') ?? undefined);
    } else {
      try {
        response = api && limit ? await limit(request, env, inner) : await inner();
      } catch (error) {
        response = unhandled(error, request);
      }
      if (!isMade(response)) {
        if (cors) addCorsHeaders(request.headers.get('Origin'), response.headers);
        if (compressMade) {
          response = await compressMade(
            response,
            request.method,
            request.headers.get('Accept-Encoding'),
          );
        }
      }
    }
    if (started !== null) {
      // Method, path, status and time only: never a header, a token or a body.
      log.info(
        {
          method: request.method,
          path: loggedPath(new URL(request.url).pathname),
          status: response.status,
          ms: Math.round((performance.now() - started) * 10) / 10,
          // A request whose failure was logged: the id that line has too.
          ...(failed.has(request) ? { request: failed.get(request) } : {}),
        },
        'request',
      );
    }
    return response;
  }

  // Hono's lane: one middleware in front of every route (each middleware more is one more of
  // Hono's asynchronous steps for every request, ~1 µs of CPU each; docs/performance.md).
  const edgeMiddleware = async (c: Context, next: () => Promise<void>) => {
    const response = await edge(c.req.raw, c.env, c.req.path, async () => {
      await next();
      return c.res;
    });
    // Replaced without Hono copying the old response's headers into the new one.
    if (response !== c.res) {
      c.res = undefined;
      c.res = response;
    }
  };
  app.use('*', edgeMiddleware);
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    let configured: boolean;
    try {
      configured = (await options.db.query('SELECT 1 FROM config WHERE id = 1')).length > 0;
    } catch {
      c.header('Retry-After', '5');
      return c.json({ status: 'database unavailable' }, 503);
    }
    if (!configured) {
      c.header('Retry-After', '60');
      return c.json(
        {
          status: 'not configured',
          detail:
            'The database has no configuration: run `npm run server:import -- <catalogue.json>` (docs/server.md).',
        },
        503,
      );
    }
    return c.json({ status: 'ready' });
  });

  // Only requests with a body (asking a GET for its body would copy the whole request).
  const bodyLimitMiddleware = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () =>
      problemResponse(new ProblemError(413, 'file_too_large', 'The request body is too large.')),
  });
  app.on(['POST', 'PUT', 'PATCH'], `${basePath}/*`, bodyLimitMiddleware);
  options.demo?.register(app, backend);
  // The reference server's own operations: webhook endpoints and their delivery log.
  registerWebhookRoutes(app, {
    db: options.db,
    basePath,
    now,
    allowLocalhost: options.webhooksAllowLocalhost ?? false,
    guard: (run) => store.guard(run),
    viewerOf: viewerLookup(options.verify, (claims) =>
      store.transaction(async (tx) => (await tx.start(claims, now())).viewer),
    ),
  });
  // Email preferences and unsubscribe links: the server's own routes (server/src/email/).
  registerEmailRoutes(app, {
    db: options.db,
    basePath,
    verify: options.verify,
    secret: options.emailSecret,
    now,
  });
  const toBackend = (c: Context) => backend.handle(c.req.raw);
  app.all(`${basePath}/*`, toBackend);
  app.notFound(() => problemResponse(new ProblemError(404, 'not_found', 'No such resource.')));
  app.onError((error, c) => unhandled(error, c.req.raw));

  // The backend's lane: a request Hono would only pass through the middlewares above to the
  // backend goes to it directly. Hono's context, router and middleware chain cost ~4.5 µs of
  // CPU a request, a sixth of a question's time in the server (docs/performance.md). Whatever
  // else is registered under the API's path (webhooks, email preferences, the demo's routes,
  // and any route added later) keeps going through Hono, and so does a body without a length
  // within the limit (the body limit's middleware counts it).
  const laneHandlers = new Set<unknown>([edgeMiddleware, bodyLimitMiddleware, toBackend]);
  let serverRoutes: SmartRouter<true> | null = null;
  /**
   * The first segments after the API's prefix of the server's own routes there (`webhooks`,
   * `me`, …): a path whose first segment is none of them is no route of theirs, and the router
   * is not asked. Null when a route could match any first segment (a parameter or a wildcard).
   */
  let ownFirstSegments: Set<string> | null = null;
  /** Whether a route of the server's own (not the backend's) answers this method and path. */
  const serverOwn = (method: string, path: string): boolean => {
    // Made at the first request, once every route is registered.
    if (!serverRoutes) {
      serverRoutes = new SmartRouter<true>({
        routers: [new RegExpRouter(), new TrieRouter()],
      });
      ownFirstSegments = new Set<string>();
      for (const route of app.routes) {
        if (laneHandlers.has(route.handler)) continue;
        serverRoutes.add(route.method, route.path, true);
        if (route.path.startsWith(apiPrefix)) {
          const segment = route.path.slice(apiPrefix.length).split('/')[0]!;
          if (segment === '' || /[:*{]/.test(segment)) ownFirstSegments = null;
          else ownFirstSegments?.add(segment);
        } else if (apiPrefix.startsWith(route.path.split(/[:*{]/)[0]!)) {
          // A parameter or wildcard before the prefix's end (`/api/:version/…`, `*`): it may
          // match any path under the prefix. (A static path outside it, `/healthz`, cannot.)
          if (/[:*{]/.test(route.path)) ownFirstSegments = null;
        }
      }
    }
    if (ownFirstSegments) {
      const end = path.indexOf('/', apiPrefix.length);
      if (!ownFirstSegments.has(path.slice(apiPrefix.length, end === -1 ? undefined : end))) {
        return false;
      }
    }
    return serverRoutes.match(method, path)[0].length > 0;
  };
  /** Whether the backend answers `method` on `path` itself: under the API, no route of ours. */
  const backendPath = (method: string, path: string): boolean =>
    path.startsWith(apiPrefix) && !serverOwn(method, path);
  const backendLane = (request: Request, path: string): boolean => {
    const method = request.method;
    if (method !== 'GET' && method !== 'DELETE') {
      if (method !== 'POST' && method !== 'PUT' && method !== 'PATCH') return false;
      const headers = request.headers;
      const length = headers.get('Content-Length');
      if (
        length === null ||
        headers.has('Transfer-Encoding') ||
        !(Number(length) <= MAX_BODY_BYTES)
      ) {
        return false;
      }
    }
    return backendPath(method, path);
  };
  const answer = (request: BackendRequest, env: unknown, path: string) =>
    edge(request, env, path, () => backend.handle(request));
  const fetch = (request: Request, env?: unknown): Response | Promise<Response> => {
    const path = getPath(request);
    if (!backendLane(request, path)) return app.fetch(request, env);
    return answer(request, env, path);
  };
  return {
    app,
    fetch,
    takesBackendLane: (request) => backendLane(request, getPath(request)),
    backendGet: (path) => backendPath('GET', path),
    answer,
    backend,
    rateLimitSharing,
    stop: async () => {
      await rateLimitSharing?.stop();
    },
  };
}

/** The address the request came from: the proxy's X-Forwarded-For entry when trusted. */
function clientAddress(request: BackendRequest, env: unknown, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers.get('X-Forwarded-For')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  // node-server's bindings (as @hono/node-server/conninfo reads them); none in app.fetch tests.
  type Bindings = { incoming?: { socket?: { remoteAddress?: string } } };
  const bindings = env as (Bindings & { server?: Bindings }) | undefined;
  return (bindings?.server ?? bindings)?.incoming?.socket?.remoteAddress ?? 'unknown';
}

type RateLimiter = (
  request: BackendRequest,
  env: unknown,
  next: () => Promise<Response>,
) => Promise<Response>;

/**
 * 429 `rate_limited` with Retry-After once a viewer (by the verified token) or, without a
 * valid token, a client address has used its bucket. Preflights are answered before this.
 */
function rateLimiter(
  buckets: { viewers: TokenBuckets; addresses: TokenBuckets | null; trustProxy: boolean },
  verify: AppOptions['verify'],
  /** Tokens verified by requests in flight, for the backend to use (then forgotten). */
  verifiedNow: Map<string, Claims | TokenRefused | null>,
): RateLimiter {
  const { viewers, addresses } = buckets;
  return async (request, env, next) => {
    const token = bearerToken(request.headers.get('Authorization'));
    let claims: Claims | null = null;
    let refused: TokenRefused | null = null;
    if (token) {
      try {
        claims = await verify(token);
      } catch (error) {
        refused = error instanceof TokenRefused ? error : null;
      }
    }
    const wait = claims
      ? viewers.take(`${claims.role}:${claims.id}`)
      : (addresses?.take(clientAddress(request, env, buckets.trustProxy)) ?? null);
    if (wait === null) {
      if (!token) return next();
      verifiedNow.set(token, claims ?? refused);
      try {
        return await next();
      } finally {
        verifiedNow.delete(token);
      }
    }
    return problemResponse(
      new ProblemError(
        429,
        'rate_limited',
        `Too many requests; try again in ${wait} s.`,
        { retryAfter: wait },
        { 'Retry-After': String(wait) },
      ),
    );
  };
}
