// Webhook delivery: the domain events of the `events` outbox (written in the same transaction
// as each change, src/backend/commands.ts) go to the endpoints that want them, signed per the
// Standard Webhooks specification (the `standardwebhooks` library). Every server process runs a
// dispatcher; a run
//   1. reads the outbox for each enabled endpoint (claimed with FOR UPDATE SKIP LOCKED) from
//      where it last stopped (`last_event_id`), and makes one delivery per event it wants
//      (unique per endpoint and event: an event is queued once however many processes run);
//   2. claims the deliveries that are due (FOR UPDATE SKIP LOCKED) with a lease past the
//      attempt's timeout (`leased_until`), so no other process takes one while it is under
//      way; then POSTs them, outside any transaction;
//   3. writes each outcome: a 2xx is delivered; anything else (a timeout, a refused
//      connection, a 5xx or 4xx, a redirect, which is not followed) is tried again after an
//      exponential backoff with jitter, until `retry_until` (24 hours after the first try),
//      then the delivery is failed.
// A request that causes an event never waits for any of this.
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import type { Logger } from 'pino';
import { Webhook } from 'standardwebhooks';
import type { Database } from './db.js';
import type { EventRow } from './events.js';
import { wholeFromEnv, type Env } from './env.js';
import { startWorker, type Timers, type Worker } from './worker.js';

export interface WebhookSchedule {
  /** The longest the dispatcher sleeps between runs, in milliseconds. */
  intervalMs: number;
  /** How long an attempt may take before it counts as failed (timeout). */
  timeoutMs: number;
  /** Deliveries attempted per round (at the same time). */
  batch: number;
  /** How long a delivery is retried, from its first attempt. */
  retryMs: number;
}

export const DEFAULT_WEBHOOK_SCHEDULE: WebhookSchedule = {
  intervalMs: 5_000,
  timeoutMs: 10_000,
  batch: 20,
  retryMs: 24 * 3_600_000,
};

/**
 * The schedule the environment asks for: WEBHOOK_INTERVAL_SECONDS (5; 0: this process sends no
 * webhooks, another must), WEBHOOK_TIMEOUT_MS (10000), WEBHOOK_BATCH (20) and
 * WEBHOOK_RETRY_HOURS (24).
 */
export function webhookScheduleFromEnv(env: Env): WebhookSchedule | undefined {
  const seconds = wholeFromEnv(env, 'WEBHOOK_INTERVAL_SECONDS', 5);
  if (seconds === 0) return undefined;
  const timeoutMs = wholeFromEnv(env, 'WEBHOOK_TIMEOUT_MS', DEFAULT_WEBHOOK_SCHEDULE.timeoutMs);
  const batch = wholeFromEnv(env, 'WEBHOOK_BATCH', DEFAULT_WEBHOOK_SCHEDULE.batch);
  const hours = wholeFromEnv(env, 'WEBHOOK_RETRY_HOURS', 24);
  if (timeoutMs < 1) throw new Error('WEBHOOK_TIMEOUT_MS must be at least 1.');
  if (batch < 1) throw new Error('WEBHOOK_BATCH must be at least 1.');
  if (hours < 1) throw new Error('WEBHOOK_RETRY_HOURS must be at least 1.');
  return { intervalMs: seconds * 1000, timeoutMs, batch, retryMs: hours * 3_600_000 };
}

/** The first retry waits about this long; each next one twice as long, up to RETRY_CAP_MS. */
const RETRY_BASE_MS = 10_000;
const RETRY_CAP_MS = 2 * 3_600_000;
/** An old secret signs too for this long after a rotation. */
export const ROTATION_OVERLAP_MS = 24 * 3_600_000;
/** Events read for one endpoint per round. */
const FAN_OUT_LIMIT = 1000;

/**
 * The wait before attempt `attempts + 1` after `attempts` failed ones: exponential from 10 s,
 * at most 2 h, with jitter (75 % to 125 %), so endpoints that failed together are not all
 * tried again at the same moment.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const exponential = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (0.75 + random() * 0.5));
}

export interface WebhookRunOptions {
  /** The server's time (tests move it); what is due and when the next attempt is. */
  now: () => Date;
  schedule?: Partial<WebhookSchedule> | undefined;
  /** The request to send; the global fetch by default. */
  fetch?: typeof fetch | undefined;
  random?: (() => number) | undefined;
  /**
   * Deliver to this machine and private networks (development and the demo only). Otherwise an
   * endpoint's host is resolved before each attempt and an attempt to an address of this
   * machine or a private network is refused (a public name may point there, or change to).
   */
  allowPrivateAddresses?: boolean | undefined;
  /** Resolves a host name to its addresses; DNS by default (tests answer for it). */
  resolve?: ((host: string) => Promise<string[]>) | undefined;
}

export interface WebhookRun {
  /** Deliveries made from new events. */
  queued: number;
  /** Attempts made. */
  attempted: number;
  delivered: number;
  /** Deliveries that ran out of retries in this run. */
  failed: number;
}

interface EndpointCursor {
  id: string;
  shop_id: string | null;
  event_types: string[] | null;
  last_event_id: number | string;
}

/** An event as the dispatcher reads it: its id as the driver gives a bigint, and its time. */
type DispatchedEvent = Omit<EventRow, 'id'> & { id: number | string; created_at: Date | string };

const iso = (value: Date | string) => new Date(value).toISOString();

/** The body of an event's webhook: `{type, timestamp, data}` (data: the ids, then the payload). */
export function webhookBody(event: DispatchedEvent): string {
  return JSON.stringify({
    type: event.type,
    timestamp: iso(event.created_at),
    data: { questionId: event.question_id, shopId: event.shop_id, ...event.payload },
  });
}

/** Step 1: new events become deliveries, for each endpoint no other process is reading. */
export async function queueDeliveries(db: Database, now: Date, retryMs: number): Promise<number> {
  return db.transaction(async (sql) => {
    const endpoints = await sql.query<EndpointCursor>(
      `SELECT id, shop_id, event_types, last_event_id FROM webhook_endpoints
       WHERE enabled AND last_event_id < (SELECT coalesce(max(id), 0) FROM events)
       ORDER BY id FOR UPDATE SKIP LOCKED`,
    );
    if (endpoints.length === 0) return 0;
    // Event ids are committed in their order (014_clock.sql): every event up to `top` is
    // committed, so reading up to it and moving the cursor there skips none.
    const [{ top } = { top: 0 }] = await sql.query<{ top: number | string }>(
      'SELECT coalesce(max(id), 0) AS top FROM events',
    );
    let queued = 0;
    for (const endpoint of endpoints) {
      const events = await sql.query<DispatchedEvent>(
        `SELECT id, type, question_id, shop_id, payload, created_at FROM events
         WHERE id > $1 AND id <= $2
           AND ($3::text IS NULL OR shop_id = $3)
           AND ($4::text[] IS NULL OR type = ANY($4::text[]))
         ORDER BY id LIMIT ${FAN_OUT_LIMIT}`,
        [endpoint.last_event_id, top, endpoint.shop_id, endpoint.event_types],
      );
      const upTo = events.length === FAN_OUT_LIMIT ? events.at(-1)!.id : top;
      if (events.length > 0) {
        const rows = await sql.query(
          `INSERT INTO webhook_deliveries (id, endpoint_id, event_id, event_type, message_id, body,
             status, next_attempt_at, retry_until, created_at)
           SELECT 'wd_' || e.event_id || '_' || $1, $1, e.event_id, e.event_type,
             'evt_' || e.event_id, e.body, 'pending', $2, $3, $2
           FROM unnest($4::bigint[], $5::text[], $6::text[]) AS e (event_id, event_type, body)
           ON CONFLICT (endpoint_id, event_id) DO NOTHING
           RETURNING id`,
          [
            endpoint.id,
            now.toISOString(),
            new Date(now.getTime() + retryMs).toISOString(),
            events.map((event) => String(event.id)),
            events.map((event) => event.type),
            events.map(webhookBody),
          ],
        );
        queued += rows.length;
      }
      await sql.query('UPDATE webhook_endpoints SET last_event_id = $2 WHERE id = $1', [
        endpoint.id,
        upTo,
      ]);
    }
    return queued;
  });
}

interface DueDelivery {
  id: string;
  message_id: string;
  body: string;
  attempts: number;
  retry_until: Date | string;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: Date | string | null;
}

/**
 * Step 2: the due deliveries of enabled endpoints, each claimed for one attempt. The claim is a
 * lease by the database's clock, not the server's `now` (which tests move): past the
 * attempt's timeout, with room. A process that stopped mid-attempt leaves the delivery to be
 * taken again after it.
 */
async function claimDue(db: Database, now: Date, schedule: WebhookSchedule) {
  return db.query<DueDelivery>(
    `UPDATE webhook_deliveries d SET attempts = d.attempts + 1, last_attempt_at = $1,
       leased_until = clock_timestamp() + make_interval(secs => $3)
     FROM webhook_endpoints w
     WHERE w.id = d.endpoint_id AND d.id IN (
       SELECT c.id FROM webhook_deliveries c JOIN webhook_endpoints e ON e.id = c.endpoint_id
       WHERE c.status = 'pending' AND c.next_attempt_at <= $1 AND e.enabled
         AND (c.leased_until IS NULL OR c.leased_until < clock_timestamp())
       ORDER BY c.next_attempt_at, c.id LIMIT $2 FOR UPDATE OF c SKIP LOCKED)
     RETURNING d.id, d.message_id, d.body, d.attempts, d.retry_until, w.url, w.secret,
       w.previous_secret, w.previous_secret_expires_at`,
    [now.toISOString(), schedule.batch, schedule.timeoutMs / 1000 + 60],
  );
}

export interface AttemptOutcome {
  ok: boolean;
  code: number | null;
  error: string | null;
}

/** The `webhook-signature` header: one signature per secret that signs now. */
export function signatures(
  secrets: readonly string[],
  messageId: string,
  at: Date,
  body: string,
): string {
  return secrets.map((secret) => new Webhook(secret).sign(messageId, at, body)).join(' ');
}

/** A block list of the given subnets of one IP version. */
function subnets(type: 'ipv4' | 'ipv6', list: readonly (readonly [string, number])[]): BlockList {
  const blocks = new BlockList();
  for (const [network, prefix] of list) blocks.addSubnet(network, prefix, type);
  return blocks;
}

/**
 * IPv4 that is not a public host's (IANA's special-purpose registry, RFC 6890): this network,
 * private networks, shared address space (carrier NAT), loopback, link-local, IETF protocol
 * assignments, documentation, the 6to4 relay, benchmarking, multicast, reserved and broadcast.
 */
const SPECIAL_IPV4 = subnets('ipv4', [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
]);
/** IPv6's global unicast: any other IPv6 (loopback, mapped or embedded IPv4, NAT64, ULA…) is not. */
const GLOBAL_IPV6 = subnets('ipv6', [['2000::', 3]]);
/** Within it, what is not a public host's: IETF assignments (Teredo), documentation, 6to4. */
const SPECIAL_IPV6 = subnets('ipv6', [
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['3fff::', 20],
]);

/**
 * Whether a host is this machine, or an address that is not a public host's (written as an IP):
 * a private network's, or any of IANA's special-purpose ranges, IPv4 written inside IPv6 too.
 */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.+$/, '')
    .toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const version = isIP(host);
  if (version === 4) return SPECIAL_IPV4.check(host, 'ipv4');
  if (version === 6) return !GLOBAL_IPV6.check(host, 'ipv6') || SPECIAL_IPV6.check(host, 'ipv6');
  return false;
}

const resolveDns = async (host: string): Promise<string[]> =>
  (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * What the delivery log says of a name that does not resolve or resolves into a private network:
 * one text for both, without the address, so that a seller cannot map the server's network
 * (which internal names exist, and where they point) through the log.
 */
const NAME_REFUSED = 'host not found or not allowed';

/**
 * Why an endpoint's host may not be called now: it is, or its name resolves to, an address of
 * this machine or a private network. Null when it may. (The name is resolved again by the
 * request itself: a name that changes between the two is not caught here.)
 */
async function refusedHost(
  url: string,
  resolve: (host: string) => Promise<string[]>,
): Promise<string | null> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (isPrivateHost(host)) return `address not allowed: ${host} is private`;
  if (isIP(host)) return null;
  let addresses: string[];
  try {
    addresses = await resolve(host);
  } catch {
    return NAME_REFUSED;
  }
  return addresses.some((address) => isPrivateHost(address)) ? NAME_REFUSED : null;
}

/** One POST: a 2xx in time is a delivery; nothing else is (redirects are not followed). */
async function attempt(
  delivery: DueDelivery,
  now: Date,
  timeoutMs: number,
  send: typeof fetch,
): Promise<AttemptOutcome> {
  const secrets = [delivery.secret];
  if (
    delivery.previous_secret &&
    delivery.previous_secret_expires_at &&
    new Date(delivery.previous_secret_expires_at) > now
  ) {
    secrets.push(delivery.previous_secret);
  }
  // Signed at the wall clock's time: receivers check the timestamp against their own clock.
  const signedAt = new Date();
  try {
    const response = await send(delivery.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'seller-questions-webhooks/1',
        'webhook-id': delivery.message_id,
        'webhook-timestamp': String(Math.floor(signedAt.getTime() / 1000)),
        'webhook-signature': signatures(secrets, delivery.message_id, signedAt, delivery.body),
      },
      body: delivery.body,
    });
    // The body is not needed: let the connection go.
    await response.body?.cancel().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) {
      return { ok: true, code: response.status, error: null };
    }
    const redirect = response.status >= 300 && response.status < 400;
    return {
      ok: false,
      code: response.status,
      error: redirect
        ? `redirect not followed (HTTP ${response.status})`
        : `HTTP ${response.status}`,
    };
  } catch (error) {
    return { ok: false, code: null, error: describeFailure(error, timeoutMs) };
  }
}

function describeFailure(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return `timeout after ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: string } } | null)?.cause;
  const code = cause?.code ?? (error as { code?: string } | null)?.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return NAME_REFUSED;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection reset';
  if (code && /CERT|SSL|TLS/.test(code)) return `TLS error (${code})`;
  return code ? `network error (${code})` : 'network error';
}

/** Step 3: what an attempt came to. */
async function record(
  db: Database,
  delivery: DueDelivery,
  outcome: AttemptOutcome,
  now: Date,
  random: () => number,
): Promise<'delivered' | 'pending' | 'failed'> {
  if (outcome.ok) {
    await db.query(
      `UPDATE webhook_deliveries SET status = 'delivered', delivered_at = $2,
         next_attempt_at = NULL, leased_until = NULL, last_response_code = $3, last_error = NULL
       WHERE id = $1 AND status = 'pending'`,
      [delivery.id, now.toISOString(), outcome.code],
    );
    return 'delivered';
  }
  const next = new Date(now.getTime() + retryDelayMs(delivery.attempts, random));
  const failed = next > new Date(delivery.retry_until);
  await db.query(
    `UPDATE webhook_deliveries SET status = $2, next_attempt_at = $3, leased_until = NULL,
       last_response_code = $4, last_error = $5
     WHERE id = $1 AND status = 'pending'`,
    [
      delivery.id,
      failed ? 'failed' : 'pending',
      failed ? null : next.toISOString(),
      outcome.code,
      outcome.error,
    ],
  );
  return failed ? 'failed' : 'pending';
}

/**
 * One dispatcher run at `now()`: new events become deliveries, then the due deliveries are
 * attempted, `batch` at a time, until none is due (at most 50 rounds).
 */
export async function runWebhooks(db: Database, options: WebhookRunOptions): Promise<WebhookRun> {
  const schedule = { ...DEFAULT_WEBHOOK_SCHEDULE, ...options.schedule };
  const send = options.fetch ?? fetch;
  const random = options.random ?? Math.random;
  const run: WebhookRun = { queued: 0, attempted: 0, delivered: 0, failed: 0 };
  run.queued = await queueDeliveries(db, options.now(), schedule.retryMs);
  for (let round = 0; round < 50; round += 1) {
    const now = options.now();
    const due = await claimDue(db, now, schedule);
    if (due.length === 0) break;
    const outcomes = await Promise.all(
      due.map(async (delivery) => {
        const refused = options.allowPrivateAddresses
          ? null
          : await refusedHost(delivery.url, options.resolve ?? resolveDns);
        const outcome: AttemptOutcome = refused
          ? { ok: false, code: null, error: refused }
          : await attempt(delivery, now, schedule.timeoutMs, send);
        return record(db, delivery, outcome, options.now(), random);
      }),
    );
    run.attempted += due.length;
    run.delivered += outcomes.filter((outcome) => outcome === 'delivered').length;
    run.failed += outcomes.filter((outcome) => outcome === 'failed').length;
    if (due.length < schedule.batch) break;
  }
  return run;
}

/** When the next delivery is due (pending, of an enabled endpoint); null when none is. */
export async function nextWebhookTime(db: Database): Promise<Date | null> {
  const [row] = await db.query<{ at: Date | string | null }>(
    `SELECT min(d.next_attempt_at) AS at FROM webhook_deliveries d
     JOIN webhook_endpoints w ON w.id = d.endpoint_id AND w.enabled
     WHERE d.status = 'pending'`,
  );
  return row?.at ? new Date(row.at) : null;
}

/** The dispatcher's worker: tick() runs it now; wake() runs it soon (a write may have made events). */
export type Dispatcher = Worker<WebhookRun>;

export interface DispatcherOptions {
  db: Database;
  schedule?: WebhookSchedule | undefined;
  now?: (() => Date) | undefined;
  fetch?: typeof fetch | undefined;
  logger?: Logger | undefined;
  /** See WebhookRunOptions: development and the demo only. */
  allowPrivateAddresses?: boolean | undefined;
  /** The timers the dispatcher plans with (tests); the real ones by default. */
  timers?: Timers | undefined;
}

/** A write wakes the dispatcher this long after it (a burst of writes: one run). */
const WAKE_AFTER_MS = 100;

/** Starts a dispatcher: it runs at once, then as planned. Its timers do not keep the process up. */
export function startDispatcher(options: DispatcherOptions): Dispatcher {
  const schedule = options.schedule ?? DEFAULT_WEBHOOK_SCHEDULE;
  const now = options.now ?? (() => new Date());
  return startWorker<WebhookRun>({
    name: 'webhook run',
    intervalMs: schedule.intervalMs,
    failed: { queued: 0, attempted: 0, delivered: 0, failed: 0 },
    async run() {
      const result = await runWebhooks(options.db, {
        now,
        schedule,
        fetch: options.fetch,
        allowPrivateAddresses: options.allowPrivateAddresses,
      });
      if (result.attempted > 0 || result.queued > 0) {
        options.logger?.info({ webhooks: result }, 'webhooks sent');
      }
      return result;
    },
    async next() {
      const next = await nextWebhookTime(options.db);
      const wait = next ? next.getTime() - now().getTime() : schedule.intervalMs;
      return Math.max(wait, 250);
    },
    wakeAfterMs: WAKE_AFTER_MS,
    clock: options.timers,
    logger: options.logger,
  });
}
