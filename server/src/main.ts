// The reference server, configured from the environment (docs/server.md lists every variable).
// Production runs it compiled: `npm run build:server`, then `node server/dist/main.js` (what
// `npm run server` does); `node --import tsx server/src/main.ts` runs the sources.
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { pino } from 'pino';
import { createApp } from './app.js';
import { createVerifier } from './auth.js';
import { clockScheduleFromEnv, startScheduler, type Scheduler } from './clock.js';
import { compressionFromEnv } from './compress.js';
import { corsOriginsFromEnv, databaseUrlFromEnv, switchFromEnv, textFromEnv } from './env.js';
import { errorFields } from './log-fields.js';
import { migrate, openDatabase } from './db.js';
import { demoRoutes, reseed } from './demo.js';
import { emailFromEnv } from './email/config.js';
import { emailOff, startEmail, type EmailEngine } from './email/engine.js';
import { purgeScheduleFromEnv, schedulePurge } from './purge.js';
import { nodeListener } from './node-listener.js';
import { limitSharingFromEnv, rateLimitFromEnv } from './rate-limit.js';
import { objectStoreFromEnv, ObjectStoreError } from './objects.js';
import { isSeeded } from './seed.js';
import { fillQuestionEntries } from './sql-store.js';
import { translationFromEnv } from './translation/service.js';
import { startDispatcher, webhookScheduleFromEnv, type Dispatcher } from './webhook-dispatcher.js';

// V8 lets the old generation grow to up to four times what survived its last full collection
// before it collects again; under load that garbage made most of the difference between runs'
// peaks (RSS 139–193 MB, ~18 MB live). Growing it by half keeps the peak near 130 MB at
// no CPU cost measured (docs/performance.md, "Peak memory"). `node --heap-growing-percent=N`
// (0: V8's own factor) overrides it.
if (!process.execArgv.some((arg) => arg.startsWith('--heap-growing-percent'))) {
  setFlagsFromString('--heap-growing-percent=50');
}

const env = process.env;
const level = textFromEnv(env, 'LOG_LEVEL', 'info');
if (!Object.hasOwn(pino.levels.values, level) && level !== 'silent') {
  process.stderr.write(
    `${JSON.stringify({ level: 60, msg: 'start failed', reason: `LOG_LEVEL is one of ${Object.keys(pino.levels.values).join(', ')}, silent; not "${level}"` })}\n`,
  );
  process.exit(1);
}
const logger = pino({ level });
// A start that fails (a setting refused, the database out of reach) is one log line with its
// reason (the settings' checks and the driver's connection errors name no secret), exit code 1.
const startFailed = (error: unknown) => {
  logger.fatal(
    { err: errorFields(error), reason: error instanceof Error ? error.message : String(error) },
    'start failed',
  );
  process.exit(1);
};
process.once('uncaughtException', startFailed);
/** A whole number from `min` to `max`, from the environment's `name` (or its default). */
const wholeNumber = (name: string, fallback: number, min: number, max: number) => {
  const text = textFromEnv(env, name, String(fallback));
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new Error(`${name} is a whole number from ${min} to ${max}, not "${text}"`);
  }
  return value;
};
const port = wholeNumber('PORT', 8787, 0, 65535);
const poolSize = wholeNumber('DATABASE_POOL_SIZE', 10, 1, 1000);
// A setting left blank (an empty line in an env file) is a setting not given.
const demo = switchFromEnv(env, 'DEMO', false);
const basePath = textFromEnv(env, 'BASE_PATH', '/api/v1');
const audience = textFromEnv(env, 'JWT_AUDIENCE', 'seller-questions');
const issuer = textFromEnv(env, 'JWT_ISSUER');
// Demo mode signs its own tokens with a secret made at start, unless one is given.
const secret =
  textFromEnv(env, 'JWT_SECRET') ?? (demo ? randomBytes(32).toString('base64url') : undefined);
const databaseUrl = databaseUrlFromEnv(env);
const dataDir = databaseUrl ? undefined : textFromEnv(env, 'DATA_DIR', '.data/pglite');
const webhooksAllowLocalhost = demo || switchFromEnv(env, 'WEBHOOK_ALLOW_HTTP_LOCALHOST', false);
// Every setting is checked before the database is touched: a release set up wrong stops
// before it migrates a database other processes share.
const verify = createVerifier({
  secret,
  jwksUrl: textFromEnv(env, 'JWT_JWKS_URL'),
  audience,
  issuer,
});
const corsOrigins = corsOriginsFromEnv(env);
const waitSeconds = wholeNumber('DATABASE_WAIT_SECONDS', 15, 0, 3600);
const clockSchedule = clockScheduleFromEnv(env);
const webhookSchedule = webhookScheduleFromEnv(env);
const translation = translationFromEnv(env);
const emailSettings = emailFromEnv(env);
const objects = objectStoreFromEnv(env);
const rateLimit = rateLimitFromEnv(env);
const shareLimitsSeconds = limitSharingFromEnv(env);
const compression = compressionFromEnv(env);
const purgeSchedule = purgeScheduleFromEnv(env);
const hostname = textFromEnv(env, 'HOST', '127.0.0.1');

if (dataDir) await mkdir(dataDir, { recursive: true });
// A database out of reach names the setting that points at it (never the URL: its password).
const where = databaseUrl ? 'DATABASE_URL' : `DATA_DIR (${dataDir})`;
const { db, applied } = await (async () => {
  const opened = await openDatabase({ url: databaseUrl, dataDir, poolSize });
  return { db: opened, applied: await migrate(opened) };
})().catch((error: unknown) => {
  throw new Error(`the database of ${where}: ${(error as Error).message}`, { cause: error });
});
if (applied.length > 0) logger.info({ migrations: applied }, 'migrated');
if (demo && !(await isSeeded(db))) {
  await reseed(db, basePath);
  logger.info('seeded the demo data');
} else if (!(await isSeeded(db))) {
  logger.warn(
    'not configured: the database has no configuration yet; load it with `npm run server:import -- <catalogue.json>` (until then /readyz and the API answer 503)',
  );
}
// Questions from before migration 003 get their list entries before the first request.
const filled = await fillQuestionEntries(db, basePath);
if (filled > 0) logger.info({ questions: filled }, 'filled list entries');
// From here on a database that hangs is 503s, not requests that never end (0: no limit).
if (waitSeconds > 0) db.limitWaits(waitSeconds * 1000);

// The clock: warnings, late questions and take-overs at their time (docs/server.md).
let scheduler: Scheduler | undefined;
// Webhooks: the events go out to the registered endpoints (docs/server.md, "Webhooks").
let dispatcher: Dispatcher | undefined;
if (translation) {
  logger.info(
    { provider: translation.provider.name, perHour: translation.perHour },
    'translation provider',
  );
} else if (!demo) {
  logger.info('no translation provider: POST /translations answers 503 (docs/server.md)');
}

// Email: SMTP from the environment, or off (docs/server.md, "Email").
if (!emailSettings) {
  logger.info('email off: no SMTP server configured (SMTP_URL or SMTP_HOST; docs/server.md)');
}
let email: EmailEngine | undefined;

// Object storage for uploads' bytes (S3 or compatible), or the database (docs/server.md).
if (objects) {
  try {
    await objects.check();
    logger.info({ location: objects.location }, 'uploads go to object storage');
  } catch (error) {
    // A bucket that is missing or refuses the credentials is a configuration to fix; a store
    // that is not reachable or fails (5xx, 429) may come back (uploads answer 503 meanwhile).
    const status = error instanceof ObjectStoreError ? error.status : undefined;
    if (status === undefined || status >= 500 || status === 429) {
      logger.warn({ reason: (error as Error).message }, 'object storage not reachable at start');
    } else {
      logger.fatal({ reason: (error as Error).message }, 'object storage refused');
      await db.close();
      process.exit(1);
    }
  }
} else {
  logger.info('uploads go to the database (no S3_BUCKET)');
}

const app = createApp({
  db,
  basePath,
  verify,
  logger,
  corsOrigins,
  translation,
  phrasebookTranslation: demo,
  demo: demo ? demoRoutes({ db, basePath, secret: secret!, audience, issuer }) : undefined,
  rateLimit,
  shareLimitsSeconds,
  onWrite: () => {
    scheduler?.wake();
    dispatcher?.wake();
    email?.wake();
  },
  webhooksAllowLocalhost,
  emailSecret: emailSettings?.secret,
  compression,
  objects,
});
if (clockSchedule) {
  scheduler = startScheduler({ db, baseUrl: basePath, schedule: clockSchedule, logger });
} else {
  logger.info('the clock runs in other processes (CLOCK_INTERVAL_SECONDS=0)');
}

if (webhookSchedule) {
  dispatcher = startDispatcher({
    db,
    schedule: webhookSchedule,
    logger,
    allowPrivateAddresses: webhooksAllowLocalhost,
  });
} else {
  logger.info('webhooks are sent by other processes (WEBHOOK_INTERVAL_SECONDS=0)');
}
if (!emailSettings) await emailOff(db);
else {
  email = await startEmail({ db, settings: emailSettings, basePath, logger });
  logger.info(
    { from: emailSettings.from, digestHour: emailSettings.digestHour },
    'email on: notifications go out through SMTP',
  );
}

// Retention: expired idempotency keys, unattached uploads, old feed entries, and the outboxes'
// rows every reader is done with. Without email nothing moves the email cursor: events do not
// wait for it.
const purging = purgeSchedule
  ? schedulePurge(db, purgeSchedule, logger, { emailReader: emailSettings !== undefined, objects })
  : null;

// node:http: the backend's GETs answered straight from it, every other request through
// @hono/node-server to the app (node-listener.ts).
let stopping = false;
const listener = nodeListener(app, {
  hostname,
  onError: (error) => {
    logger.error({ err: errorFields(error) }, 'answer not written');
  },
});
/** Answers being made: told at shutdown to close their connection (`Connection: close`). */
const answering = new Set<ServerResponse>();
const server = createServer((incoming, outgoing) => {
  // Shutting down: a request on a connection that was open is answered, and its connection
  // closed after the answer (no keep-alive), so that a busy client does not keep it open.
  if (stopping) outgoing.shouldKeepAlive = false;
  else {
    answering.add(outgoing);
    outgoing.once('close', () => answering.delete(outgoing));
  }
  listener(incoming, outgoing);
});
server.listen(port, hostname, () => {
  logger.info(
    {
      port: (server.address() as AddressInfo).port,
      host: hostname,
      database: db.kind,
      dataDir: dataDir ?? null,
      demo,
      trustProxy: rateLimit?.trustProxy ?? null,
      corsOrigins,
    },
    'listening',
  );
  // Started: an error from here on is not a start's.
  process.off('uncaughtException', startFailed);
});

async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  const purgeStopped = purging?.stop();
  const clockStopped = scheduler?.stop();
  const webhooksStopped = dispatcher?.stop();
  const emailStopped = email?.stop();
  const appStopped = app.stop();
  // Stop taking connections, let requests in flight finish, then close the database. An
  // answer in flight says `Connection: close` (unless its head is out already), so its client
  // sends nothing more on that connection, which closes right after it; the idle ones now.
  for (const outgoing of answering) {
    if (!outgoing.headersSent) outgoing.shouldKeepAlive = false;
  }
  server.keepAliveTimeout = 1;
  server.close();
  server.closeIdleConnections();
  const force = setTimeout(() => {
    process.exit(1);
  }, 10_000);
  force.unref();
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  await clockStopped;
  await webhooksStopped;
  await emailStopped;
  await purgeStopped;
  await appStopped;
  await db.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
