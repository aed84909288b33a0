// Rate limits: a token bucket per signed-in viewer, and one per client address for requests
// without a valid token (photos loaded by <img>, refused tokens). Each process keeps its own
// buckets in memory, so N processes behind a load balancer allow up to N times the limit to a
// client whose requests are spread over all of them.
import { wholeFromEnv, type Env } from './env.js';

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
  #sweptAt = 0;

  constructor(perMinute: number, burst: number, now: () => number = Date.now) {
    this.#perMs = perMinute / 60_000;
    this.#burst = burst;
    this.#now = now;
  }

  /** Takes a token for `key`: null when there was one, else the seconds until there is. */
  take(key: string): number | null {
    const now = this.#now();
    this.#sweep(now);
    const bucket = this.#buckets.get(key) ?? { tokens: this.#burst, at: now };
    bucket.tokens = Math.min(this.#burst, bucket.tokens + (now - bucket.at) * this.#perMs);
    bucket.at = now;
    this.#buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return null;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.#perMs / 1000));
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
      if (bucket.tokens + (now - bucket.at) * this.#perMs >= this.#burst) {
        this.#buckets.delete(key);
      }
    }
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
    trustProxy: env['TRUST_PROXY'] === '1',
  };
}
