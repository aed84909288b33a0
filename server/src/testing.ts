// A server for tests: on a fresh database (PGlite in memory, or a new database on the
// PostgreSQL server of TEST_DATABASE_URL), migrated and seeded with the demo data, with tokens
// for any seeded person. Used by server/test/ and by the browser tests' contract suite.
import { randomBytes } from 'node:crypto';
import { pino, type Logger } from 'pino';
import type { Claims } from '../../src/backend/context.js';
import { createApp } from './app.js';
import { createVerifier, issueToken } from './auth.js';
import { migrate, openDatabase, type Database } from './db.js';
import { demoRoutes, reseed } from './demo.js';
import { nodeListener } from './node-listener.js';
import type { ObjectStore } from './objects.js';
import type { RateLimitOptions } from './rate-limit.js';
import type { TranslationOptions } from './translation/service.js';

export interface TestServer {
  app: ReturnType<typeof createApp>['app'];
  /** The server's entry point (createApp's `fetch`): both lanes, as node-server calls it. */
  handle: ReturnType<typeof createApp>['fetch'];
  /** See createApp's `takesBackendLane`. */
  takesBackendLane: ReturnType<typeof createApp>['takesBackendLane'];
  /** See createApp's `backendGet` and `answer` (what node-listener.ts calls). */
  backendGet: ReturnType<typeof createApp>['backendGet'];
  answer: ReturnType<typeof createApp>['answer'];
  /** node:http's listener for the app, as main.ts serves it (node-listener.ts). */
  listener(): ReturnType<typeof nodeListener>;
  /** The limits' shared buckets, when the options ask for them (`shareLimitsSeconds`). */
  rateLimitSharing: ReturnType<typeof createApp>['rateLimitSharing'];
  db: Database;
  basePath: string;
  secret: string;
  audience: string;
  /** The fresh PostgreSQL database's URL (a second connection pool for racing processes). */
  databaseUrl: string | undefined;
  token(claims: Claims): Promise<string>;
  /** Sends a request to the app (no network). */
  fetch(path: string, init?: RequestInit & { token?: string | undefined }): Promise<Response>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  basePath?: string;
  now?: () => Date;
  /** A PostgreSQL server to make a fresh database on; PGlite in memory without it. */
  databaseUrl?: string | undefined;
  /** Serve the demo routes (tokens, reset); on by default. */
  demo?: boolean;
  /** Fill the database with the demo data; on by default (off: an empty, migrated database). */
  seed?: boolean;
  /** Rate limits; none by default. */
  rateLimit?: RateLimitOptions;
  /** Seconds between exchanges of the limits' shared buckets; none (each alone) by default. */
  shareLimitsSeconds?: number;
  /** Origins allowed to call the API from a browser. */
  corsOrigins?: readonly string[];
  /** A translation provider; none by default (503 `translation_unavailable`). */
  translation?: TranslationOptions;
  /** Without a provider, translate from the phrasebook as demo data (DEMO=1's behaviour). */
  phrasebookTranslation?: boolean;
  /** The server's log; silent by default. */
  logger?: Logger;
  /** Accept http://localhost webhook endpoints (development); on by default in tests. */
  webhooksAllowLocalhost?: boolean;
  /** EMAIL_SECRET: unsubscribe links signed with it are valid. */
  emailSecret?: string;
  /** Object storage for uploads' bytes; the database without it. */
  objects?: ObjectStore | null;
  /** PostgreSQL connections (20 by default); 1 puts every statement on one session. */
  poolSize?: number;
}

/** A new, empty database on the PostgreSQL server of `url`, and a way to drop it. */
export async function freshPostgres(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const { default: pg } = await import('pg');
  const name = `sq_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    async drop() {
      const again = new pg.Client({ connectionString: url });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const basePath = options.basePath ?? '/api/v1';
  const secret = randomBytes(32).toString('base64url');
  const audience = 'seller-questions-test';
  const postgres = options.databaseUrl ? await freshPostgres(options.databaseUrl) : null;
  const db = await openDatabase({ url: postgres?.url, poolSize: options.poolSize ?? 20 });
  await migrate(db);
  if (options.seed !== false) await reseed(db, basePath);
  const {
    app,
    fetch: handle,
    takesBackendLane,
    backendGet,
    answer,
    rateLimitSharing,
    stop,
  } = createApp({
    db,
    basePath,
    verify: createVerifier({ secret, audience }),
    logger: options.logger ?? pino({ level: 'silent' }),
    now: options.now,
    corsOrigins: options.corsOrigins,
    demo: options.demo === false ? undefined : demoRoutes({ db, basePath, secret, audience }),
    rateLimit: options.rateLimit,
    shareLimitsSeconds: options.shareLimitsSeconds,
    translation: options.translation,
    phrasebookTranslation: options.phrasebookTranslation,
    webhooksAllowLocalhost: options.webhooksAllowLocalhost ?? true,
    emailSecret: options.emailSecret,
    objects: options.objects,
  });
  const token = (claims: Claims) => issueToken(claims, { secret, audience });
  return {
    app,
    handle,
    takesBackendLane,
    backendGet,
    answer,
    listener: () => nodeListener({ fetch: handle, backendGet, answer }),
    rateLimitSharing,
    db,
    basePath,
    secret,
    audience,
    databaseUrl: postgres?.url,
    token,
    async fetch(path, init = {}) {
      const headers = new Headers(init.headers);
      if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
      const url = `http://localhost${path}`;
      const request = new Request(url, { ...init, headers });
      // As a request comes in from the network (node-server's): a body with the length the
      // client sent, and a POST or PUT without one with a length of 0 (as fetch() sends them).
      // The length decides the server's lane (createApp's `takesBackendLane`).
      if (headers.has('Content-Length') || headers.has('Transfer-Encoding')) return handle(request);
      if (!request.body) {
        if (request.method === 'POST' || request.method === 'PUT') {
          headers.set('Content-Length', '0');
          return handle(new Request(url, { ...init, headers }));
        }
        return handle(request);
      }
      const bytes = await request.arrayBuffer();
      const sent = new Headers(request.headers);
      sent.set('Content-Length', String(bytes.byteLength));
      return handle(new Request(url, { method: request.method, headers: sent, body: bytes }));
    },
    async close() {
      await stop();
      await db.close();
      await postgres?.drop();
    },
  };
}
