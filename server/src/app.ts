// The reference server's HTTP side: Hono in front of the shared backend (src/backend). Adds what
// a process on a network needs: health and readiness, CORS, a body limit, structured logs
// without tokens or message text, 503 with Retry-After while the database is away, and in demo
// mode the demo's users, tokens, pictures and reset.
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from 'pino';
import { checkBody, type Claims } from '../../src/backend/context.js';
import { createBackend, problemResponse, type Backend } from '../../src/backend/pipeline.js';
import { ProblemError } from '../../src/backend/problems.js';
import { translate } from '../../src/backend/queries.js';
import type { TranslationRequest } from '../../src/api/types.js';
import type { BackendStore } from '../../src/backend/store.js';
import type { Database } from './db.js';
import { registerEmailRoutes } from './email/routes.js';
import {
  contextCompressor,
  plainHeaders,
  responseCompressor,
  type CompressOptions,
  type HeaderAccess,
} from './compress.js';
import { stripMetadata } from './images.js';
import { RateLimitSharing, TokenBuckets, type RateLimitOptions } from './rate-limit.js';
import { randomId, SqlStore } from './sql-store.js';
import { ObjectStoreError, type ObjectStore } from './objects.js';
import { noProvider, TranslationService, type TranslationOptions } from './translation/service.js';
import { registerWebhookRoutes, viewerLookup } from './webhooks.js';

export interface AppOptions {
  db: Database;
  /** The API's path prefix. */
  basePath?: string | undefined;
  verify(token: string): Promise<Claims | null>;
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
  return /Connection terminated|connection (was )?closed|Client has encountered a connection error/i.test(
    message,
  );
}

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
  async #guard<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        throw new ProblemError(
          503,
          'unavailable',
          'The database is not reachable right now; try again shortly.',
          { retryAfter: 5 },
          { 'Retry-After': '5' },
        );
      }
      if (error instanceof ObjectStoreError) throw objectStoreProblem(error, this.#log, true);
      throw error;
    }
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
  app: Hono;
  backend: Backend;
  /** The limits' buckets shared through the database; none without `shareLimitsSeconds`. */
  rateLimitSharing: RateLimitSharing | null;
  /** Stops the app's own timers (the rate limits' exchange); the database stays open. */
  stop: () => Promise<void>;
}

export function createApp(options: AppOptions): App {
  const basePath = options.basePath ?? '/api/v1';
  const now = options.now ?? (() => new Date());
  const verifiedNow = new Map<string, Claims | null>();
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
    authenticate: (token) =>
      verifiedNow.has(token) ? verifiedNow.get(token)! : options.verify(token),
    now,
    newId: randomId,
    onChange: options.onWrite,
    respond: (request, status, headers, body) => {
      addCorsHeaders(request.headers.get('Origin'), plainHeaders(headers));
      const response = compressAnswer
        ? compressAnswer(
            { method: request.method, acceptEncoding: request.headers.get('Accept-Encoding') },
            status,
            headers,
            body,
          )
        : new Response(body, { status, headers });
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
  const exposeHeaders = 'Retry-After,Idempotent-Replayed,Content-Disposition';
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
  const compressContext =
    options.compression === false ? null : contextCompressor(options.compression);
  const apiPrefix = `${basePath}/`;

  // One middleware in front of every route, for the request's log line, the API's CORS and
  // compression: each middleware more is one more of Hono's asynchronous steps for every
  // request (~1 µs of CPU each; docs/performance.md). The backend's own answers got their CORS
  // headers and compression as they were made (`respond` above), and pass by.
  app.use('*', async (c, next) => {
    // Below the info level (LOG_LEVEL=warn) a request costs no log work at all.
    const started = log.isLevelEnabled('info') ? performance.now() : null;
    const path = c.req.path;
    const api = path === basePath || path.startsWith(apiPrefix);
    if (api && c.req.method === 'OPTIONS') {
      c.res = preflight(c.req.header('origin'));
    } else {
      await next();
      if (!isMade(c.res)) {
        if (api) addCorsHeaders(c.req.header('origin') ?? null, c.res.headers);
        await compressContext?.(c);
      }
    }
    if (started === null) return;
    // Method, path, status and time only: never a header, a token or a body.
    log.info(
      {
        method: c.req.method,
        path: new URL(c.req.url).pathname,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  });
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

  // After CORS: a 429 goes out with the CORS headers, so a page can read it.
  const sharedBuckets: { kind: string; buckets: TokenBuckets }[] = [];
  if (translation?.quota) sharedBuckets.push({ kind: 'translation', buckets: translation.quota });
  if (options.rateLimit) {
    const limits = options.rateLimit;
    const viewers = new TokenBuckets(limits.perMinute, limits.burst, limits.now, shareLimits);
    const addresses =
      limits.ipPerMinute > 0
        ? new TokenBuckets(limits.ipPerMinute, limits.ipBurst, limits.now, shareLimits)
        : null;
    sharedBuckets.push({ kind: 'viewer', buckets: viewers });
    if (addresses) sharedBuckets.push({ kind: 'address', buckets: addresses });
    app.use(
      `${basePath}/*`,
      rateLimiter(
        { viewers, addresses, trustProxy: limits.trustProxy ?? false },
        (token) => options.verify(token),
        verifiedNow,
      ),
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
  // Only requests with a body (asking a GET for its body would copy the whole request).
  app.post(
    `${basePath}/*`,
    bodyLimit({
      maxSize: 6 * 1024 * 1024,
      onError: () =>
        problemResponse(new ProblemError(413, 'file_too_large', 'The request body is too large.')),
    }),
  );
  options.demo?.register(app, backend);
  // The reference server's own operations: webhook endpoints and their delivery log.
  registerWebhookRoutes(app, {
    db: options.db,
    basePath,
    now,
    allowLocalhost: options.webhooksAllowLocalhost ?? false,
    guard: (run) => store.guard(run),
    viewerOf: viewerLookup(
      (token) => Promise.resolve(options.verify(token)),
      (claims) => store.transaction(async (tx) => (await tx.start(claims, now())).viewer),
    ),
  });
  // Email preferences and unsubscribe links: the server's own routes (server/src/email/).
  registerEmailRoutes(app, {
    db: options.db,
    basePath,
    verify: (token) => options.verify(token),
    secret: options.emailSecret,
    now,
  });
  app.all(`${basePath}/*`, (c) => backend.handle(c.req.raw));
  app.notFound(() => problemResponse(new ProblemError(404, 'not_found', 'No such resource.')));
  app.onError((error) => {
    log.error({ err: { name: error.name, code: (error as { code?: unknown }).code } }, 'unhandled');
    return problemResponse(
      new ProblemError(500, 'server_error', 'The server failed unexpectedly.'),
    );
  });
  return {
    app,
    backend,
    rateLimitSharing,
    stop: async () => {
      await rateLimitSharing?.stop();
    },
  };
}

/** The address the request came from: the proxy's X-Forwarded-For entry when trusted. */
function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not on a Node socket (app.fetch in tests).
    return 'unknown';
  }
}

/**
 * 429 `rate_limited` with Retry-After once a viewer (by the verified token) or, without a
 * valid token, a client address has used its bucket. Preflights are answered before this.
 */
function rateLimiter(
  buckets: { viewers: TokenBuckets; addresses: TokenBuckets | null; trustProxy: boolean },
  verify: AppOptions['verify'],
  /** Tokens verified by requests in flight, for the backend to use (then forgotten). */
  verifiedNow: Map<string, Claims | null>,
) {
  const { viewers, addresses } = buckets;
  return async (c: Context, next: () => Promise<void>) => {
    const token = /^Bearer ([^\s]+)$/.exec(c.req.header('Authorization') ?? '')?.[1];
    const claims = token ? await verify(token).catch(() => null) : null;
    const wait = claims
      ? viewers.take(`${claims.role}:${claims.id}`)
      : (addresses?.take(clientAddress(c, buckets.trustProxy)) ?? null);
    if (wait === null) {
      if (!token) {
        await next();
        return;
      }
      verifiedNow.set(token, claims);
      try {
        await next();
      } finally {
        verifiedNow.delete(token);
      }
      return;
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
