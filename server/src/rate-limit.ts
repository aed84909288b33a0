// Rate limits: a token bucket per signed-in viewer, and one per client address for requests
// without a valid token (photos loaded by <img>, refused tokens). Each process decides from its
// own buckets in memory, with no database work on a request; with RATE_LIMIT_SHARE_SECONDS
// (1 by default) it also adds what it handed out to the shared bucket in the database at that
// interval and takes back what the bucket holds, so the processes on one database keep one
// limit between them (`RateLimitSharing`; the translation quota's buckets are shared the same
// way).
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Sql } from './db.js';
import { switchFromEnv, wholeFromEnv, type Env } from './env.js';
import { errorFields } from './log-fields.js';

export interface RateLimitOptions {
  /** Requests a viewer may make per minute, on average. */
  perMinute: number;
  /** Requests a viewer may make at once after a pause (the bucket's size). */
  burst: number;
  /** The same for requests without a valid token, per client address. */
  ipPerMinute: number;
  ipBurst: number;
  /** Take the client address from the last entry of X-Forwarded-For (behind a proxy). */
  trustProxy?: boolean | undefined;
  /** Milliseconds since the epoch; for tests. */
  now?: (() => number) | undefined;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets that refill at `perMinute` and hold at most `burst` tokens. */
export class TokenBuckets {
  readonly #buckets = new Map<string, Bucket>();
  readonly #perMs: number;
  readonly #burst: number;
  readonly #now: () => number;
  /** Tokens handed out since the last exchange, by key; counted only when shared. */
  #taken = new Map<string, number>();
  readonly #shared: boolean;
  #sweptAt = 0;

  constructor(perMinute: number, burst: number, now: () => number = Date.now, shared = false) {
    this.#perMs = perMinute / 60_000;
    this.#burst = burst;
    this.#now = now;
    this.#shared = shared;
  }

  get perMinute(): number {
    return this.#perMs * 60_000;
  }

  get burst(): number {
    return this.#burst;
  }

  /** Takes a token for `key`: null when there was one, else the seconds until there is. */
  take(key: string): number | null {
    const now = this.#now();
    this.#sweep(now);
    const bucket = this.#buckets.get(key) ?? { tokens: this.#burst, at: now };
    bucket.tokens = Math.min(this.#burst, this.#level(bucket, now));
    bucket.at = now;
    this.#buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      if (this.#shared) this.#taken.set(key, (this.#taken.get(key) ?? 0) + 1);
      return null;
    }
    // A shared bucket may be in debt (other processes took more than it held): the wait pays it.
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.#perMs / 1000));
  }

  /**
   * The tokens handed out since the last call, by key, and 0 for every other bucket that is not
   * full (a client this process saw lately, whose bucket other processes may be using); counting
   * starts again from zero.
   */
  takeCounts(): Map<string, number> {
    const taken = this.#taken;
    this.#taken = new Map();
    const now = this.#now();
    for (const [key, bucket] of this.#buckets) {
      if (!taken.has(key) && this.#level(bucket, now) < this.#burst) {
        taken.set(key, 0);
      }
    }
    return taken;
  }

  /** Counts an exchange could not deliver, to be sent with the next one. */
  restoreCounts(counts: ReadonlyMap<string, number>): void {
    for (const [key, count] of counts) {
      if (count > 0) this.#taken.set(key, (this.#taken.get(key) ?? 0) + count);
    }
  }

  /**
   * The shared bucket of `key` held `tokens` when the exchange counted this process's tokens;
   * what this process handed out since comes off it.
   */
  settle(key: string, tokens: number): void {
    const since = this.#taken.get(key) ?? 0;
    this.#buckets.set(key, { tokens: Math.min(this.#burst, tokens) - since, at: this.#now() });
  }

  /** The bucket's tokens at `now`, refilled since it was last touched (not capped at the burst). */
  #level(bucket: Bucket, now: number): number {
    return bucket.tokens + (now - bucket.at) * this.#perMs;
  }

  /** How many clients have a bucket (a full one is forgotten at the next sweep). */
  get size(): number {
    return this.#buckets.size;
  }

  /** Once a minute, forgets the buckets that have refilled: they are like new ones. */
  #sweep(now: number) {
    if (now - this.#sweptAt < 60_000) return;
    this.#sweptAt = now;
    for (const [key, bucket] of this.#buckets) {
      if (this.#level(bucket, now) >= this.#burst) {
        this.#buckets.delete(key);
      }
    }
  }
}

/** A bucket's name in the database: its kind and a hash of the viewer or the address. */
function bucketName(kind: string, key: string): string {
  return `${kind}:${createHash('sha256').update(key).digest('base64url').slice(0, 22)}`;
}

/**
 * The buckets of every process on one database, kept in `rate_buckets` (migration 030). At each
 * exchange a process adds the tokens it handed out to each bucket, as one statement per kind,
 * and takes back what the bucket holds after every process's share. Between exchanges each
 * process decides alone, so a client whose requests are spread over N processes can get up to N
 * bursts in the first interval; what they took beyond the bucket is then its debt, and every
 * process refuses the client until the bucket has refilled past it. Over time the limit holds
 * for all the processes together.
 */
export class RateLimitSharing {
  readonly #db: Sql;
  readonly #kinds: ReadonlyArray<{ kind: string; buckets: TokenBuckets }>;
  readonly #now: () => number;
  readonly #logger: Logger | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;
  #running: Promise<void> | undefined;
  #failing = false;
  #purgedAt = 0;

  constructor(
    db: Sql,
    kinds: ReadonlyArray<{ kind: string; buckets: TokenBuckets }>,
    options: { now?: (() => number) | undefined; logger?: Logger | undefined } = {},
  ) {
    this.#db = db;
    this.#kinds = kinds;
    this.#now = options.now ?? Date.now;
    this.#logger = options.logger;
  }

  /** Exchanges every `seconds` from now on (the timer does not keep the process alive). */
  start(seconds: number): void {
    this.#timer = setInterval(() => void this.exchange(), seconds * 1000);
    this.#timer.unref();
  }

  /** Stops the timer and waits for an exchange in flight. */
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }

  /**
   * Sends what each bucket handed out since the last exchange and settles the buckets with what
   * the database holds. A database that is away keeps the counts for the next exchange; the
   * processes then count alone until it answers.
   */
  exchange(): Promise<void> {
    this.#running ??= this.#exchange().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  async #exchange(): Promise<void> {
    const now = this.#now();
    const at = new Date(now).toISOString();
    // Refilled buckets are deleted once a minute.
    const purge = now - this.#purgedAt >= 60_000;
    for (const { kind, buckets } of this.#kinds) {
      const counts = buckets.takeCounts();
      let sent = false;
      try {
        if (counts.size > 0) await this.#send(kind, buckets, counts, at);
        sent = true;
        if (purge) await this.#purge(kind, buckets, at);
      } catch (error) {
        // Counts the database took are not sent again (a failed purge leaves them taken).
        if (!sent) buckets.restoreCounts(counts);
        if (!this.#failing) {
          this.#logger?.warn(
            { err: errorFields(error) },
            'rate limits: exchanging with the shared buckets failed; each process counts alone until it works again',
          );
        }
        this.#failing = true;
        return;
      }
    }
    if (purge) this.#purgedAt = now;
    if (this.#failing)
      this.#logger?.info('rate limits: exchanging with the shared buckets works again');
    this.#failing = false;
  }

  async #send(
    kind: string,
    buckets: TokenBuckets,
    counts: ReadonlyMap<string, number>,
    at: string,
  ): Promise<void> {
    // In the order of their names: processes that update the same buckets at once then lock
    // them in the same order, and cannot deadlock.
    const named = [...counts.keys()]
      .map((key) => ({ key, name: bucketName(kind, key) }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const keys = named.map((entry) => entry.key);
    const names = named.map((entry) => entry.name);
    // A new bucket starts full; an old one refills for the time since its last exchange (never
    // backwards: another process's clock may be a little ahead), then the tokens come off.
    const rows = await this.#db.query<{ bucket: string; tokens: number }>(
      `INSERT INTO rate_buckets AS b (bucket, tokens, at)
       SELECT name, $3::float8 - taken, $5::timestamptz
       FROM unnest($1::text[], $2::float8[]) AS t(name, taken)
       ON CONFLICT (bucket) DO UPDATE SET
         tokens = LEAST($3::float8, b.tokens
           + GREATEST(0, EXTRACT(EPOCH FROM ($5::timestamptz - b.at))) * $4::float8)
           - ($3::float8 - excluded.tokens),
         at = GREATEST(b.at, $5::timestamptz)
       RETURNING bucket, tokens`,
      [names, keys.map((key) => counts.get(key)!), buckets.burst, buckets.perMinute / 60, at],
    );
    const keyOf = new Map(names.map((name, index) => [name, keys[index]!]));
    for (const row of rows) buckets.settle(keyOf.get(row.bucket)!, row.tokens);
  }

  /** Deletes the buckets of `kind` that have refilled: a missing bucket is a full one. */
  async #purge(kind: string, buckets: TokenBuckets, at: string): Promise<void> {
    await this.#db.query(
      `DELETE FROM rate_buckets
       WHERE starts_with(bucket, $1)
         AND tokens + GREATEST(0, EXTRACT(EPOCH FROM ($2::timestamptz - at))) * $3::float8 >= $4::float8`,
      [`${kind}:`, at, buckets.perMinute / 60, buckets.burst],
    );
  }
}

/** The limits the environment asks for; undefined when RATE_LIMIT_PER_MINUTE is 0 (off). */
export function rateLimitFromEnv(env: Env): RateLimitOptions | undefined {
  const perMinute = wholeFromEnv(env, 'RATE_LIMIT_PER_MINUTE', 600);
  if (perMinute === 0) return undefined;
  const ipPerMinute = wholeFromEnv(env, 'RATE_LIMIT_IP_PER_MINUTE', 2 * perMinute);
  return {
    perMinute,
    burst: Math.max(1, wholeFromEnv(env, 'RATE_LIMIT_BURST', Math.ceil(perMinute / 5))),
    ipPerMinute,
    ipBurst: Math.max(1, wholeFromEnv(env, 'RATE_LIMIT_IP_BURST', Math.ceil(ipPerMinute / 5))),
    trustProxy: switchFromEnv(env, 'TRUST_PROXY', false),
  };
}

/**
 * Seconds between a process's exchanges with the buckets shared in the database (the rate
 * limits' and the translation quota's); 0: each process counts alone.
 */
export function limitSharingFromEnv(env: Env): number {
  return wholeFromEnv(env, 'RATE_LIMIT_SHARE_SECONDS', 1);
}
