// POST /translations on the reference server: a configured provider (providers.ts), with the
// translations it made kept in the `translations` table (by a hash of the text, the languages
// and the provider: the same message viewed again costs no call) and a quota per viewer of
// calls to the provider. Every way the provider can fail is a 503 `translation_unavailable`
// with Retry-After; a stand-in text is never answered as a translation.
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Viewer } from '../../../src/backend/context.js';
import { ProblemError } from '../../../src/backend/problems.js';
import type { Translation, TranslationRequest } from '../../../src/api/types.js';
import type { Database } from '../db.js';
import { wholeFromEnv, type Env } from '../env.js';
import { TokenBuckets } from '../rate-limit.js';
import {
  deepl,
  libreTranslate,
  TranslationFailure,
  type TranslationProvider,
} from './providers.js';

export interface TranslationOptions {
  provider: TranslationProvider;
  /** Calls to the provider a viewer may cause per hour; 0: no limit. */
  perHour: number;
  /** Milliseconds the provider has to answer. */
  timeoutMs: number;
  /** Milliseconds since the epoch; for tests. */
  now?: (() => number) | undefined;
}

export const DEFAULT_TRANSLATION_PER_HOUR = 100;
export const DEFAULT_TRANSLATION_TIMEOUT_MS = 10_000;

/**
 * The provider the environment configures, or undefined for none. TRANSLATION_PROVIDER names
 * it (`libretranslate`, `deepl`, `none`); unset, it is the one whose settings are there.
 */
export function translationFromEnv(env: Env): TranslationOptions | undefined {
  const libreUrl = env['LIBRETRANSLATE_URL']?.trim() || undefined;
  const deeplKey = env['DEEPL_API_KEY']?.trim() || undefined;
  let name = env['TRANSLATION_PROVIDER']?.trim().toLowerCase() || undefined;
  if (name === undefined) {
    if (libreUrl && deeplKey) {
      throw new Error(
        'Both LIBRETRANSLATE_URL and DEEPL_API_KEY are set: choose one with TRANSLATION_PROVIDER (libretranslate or deepl).',
      );
    }
    name = libreUrl ? 'libretranslate' : deeplKey ? 'deepl' : 'none';
  }
  let provider: TranslationProvider;
  if (name === 'none') return undefined;
  if (name === 'libretranslate') {
    if (!libreUrl) throw new Error('TRANSLATION_PROVIDER=libretranslate needs LIBRETRANSLATE_URL.');
    if (!/^https?:\/\//.test(libreUrl)) {
      throw new Error(`LIBRETRANSLATE_URL must be an http(s) URL (got "${libreUrl}").`);
    }
    provider = libreTranslate({
      url: libreUrl,
      apiKey: env['LIBRETRANSLATE_API_KEY']?.trim() || undefined,
    });
  } else if (name === 'deepl') {
    if (!deeplKey) throw new Error('TRANSLATION_PROVIDER=deepl needs DEEPL_API_KEY.');
    provider = deepl({ apiKey: deeplKey, url: env['DEEPL_API_URL']?.trim() || undefined });
  } else {
    throw new Error(
      `TRANSLATION_PROVIDER must be libretranslate, deepl or none (got "${env['TRANSLATION_PROVIDER']}").`,
    );
  }
  return {
    provider,
    perHour: wholeFromEnv(env, 'TRANSLATION_PER_HOUR', DEFAULT_TRANSLATION_PER_HOUR),
    timeoutMs: Math.max(
      1,
      wholeFromEnv(env, 'TRANSLATION_TIMEOUT_MS', DEFAULT_TRANSLATION_TIMEOUT_MS),
    ),
  };
}

function unavailable(detail: string, retryAfter: number): ProblemError {
  return new ProblemError(
    503,
    'translation_unavailable',
    detail,
    { retryAfter },
    { 'Retry-After': String(retryAfter) },
  );
}

/** The answer when the server has no provider (and is not in demo mode). */
export function noProvider(): ProblemError {
  return unavailable('No translation service is configured on this server.', 3600);
}

export class TranslationService {
  readonly #db: Database;
  readonly #options: TranslationOptions;
  readonly #log: Logger;
  readonly #quota: TokenBuckets | null;
  /** Calls to the provider in flight, by cache key: a second viewer waits for the first. */
  readonly #inFlight = new Map<string, Promise<{ text: string; from: string }>>();

  /** `shared`: the quota's buckets are shared with the other processes (`RateLimitSharing`). */
  constructor(db: Database, options: TranslationOptions, log: Logger, shared = false) {
    this.#db = db;
    this.#options = options;
    this.#log = log;
    this.#quota =
      options.perHour > 0
        ? new TokenBuckets(options.perHour / 60, options.perHour, options.now ?? Date.now, shared)
        : null;
  }

  /** The calls to the provider each viewer has left; null without a quota. */
  get quota(): TokenBuckets | null {
    return this.#quota;
  }

  get provider(): TranslationProvider['name'] {
    return this.#options.provider.name;
  }

  async translate(viewer: Viewer, input: TranslationRequest): Promise<Translation> {
    const engine = this.#options.provider.name;
    if (input.from !== undefined && input.from.toLowerCase() === input.to.toLowerCase()) {
      // Nothing to translate: the text is already in the language asked for.
      return { text: input.text, from: input.from, to: input.to, engine };
    }
    const key = {
      hash: createHash('sha256').update(input.text).digest('hex'),
      source: input.from ?? '',
      target: input.to,
      provider: engine,
    };
    const cached = await this.#cached(key);
    if (cached) return { ...cached, to: input.to, engine };

    const flightKey = `${key.hash}|${key.source}|${key.target}`;
    let call = this.#inFlight.get(flightKey);
    if (!call) {
      const wait = this.#quota?.take(`${viewer.role}:${viewer.id}`) ?? null;
      if (wait !== null) {
        throw new ProblemError(
          429,
          'rate_limited',
          `Too many translations; try again in ${wait} s.`,
          { retryAfter: wait },
          { 'Retry-After': String(wait) },
        );
      }
      call = this.#call(input).finally(() => this.#inFlight.delete(flightKey));
      this.#inFlight.set(flightKey, call);
    }
    const result = await call;
    await this.#keep(key, result);
    return { text: result.text, from: result.from, to: input.to, engine };
  }

  async #call(input: TranslationRequest): Promise<{ text: string; from: string }> {
    const provider = this.#options.provider;
    try {
      return await provider.translate(
        input.text,
        input.from,
        input.to,
        AbortSignal.timeout(this.#options.timeoutMs),
      );
    } catch (error) {
      if (error instanceof TranslationFailure) {
        // What failed and how; never the text.
        this.#log[error.level](
          { provider: provider.name, upstreamStatus: error.upstreamStatus ?? null },
          `translation failed: ${error.message}`,
        );
        throw unavailable(
          `The translation service is not available right now: ${error.message}`,
          error.retryAfter,
        );
      }
      throw error;
    }
  }

  async #cached(key: CacheKey): Promise<{ text: string; from: string } | null> {
    try {
      const [row] = await this.#db.query<{ translated: string; detected: string }>(
        'SELECT translated, detected FROM translations WHERE text_hash = $1 AND source = $2 AND target = $3 AND provider = $4',
        [key.hash, key.source, key.target, key.provider],
      );
      return row ? { text: row.translated, from: row.detected } : null;
    } catch (error) {
      // The cache is a saving, not a requirement: without the database, ask the provider.
      this.#log.warn({ err: { code: (error as { code?: unknown }).code } }, 'translation cache');
      return null;
    }
  }

  async #keep(key: CacheKey, result: { text: string; from: string }): Promise<void> {
    try {
      await this.#db.query(
        'INSERT INTO translations (text_hash, source, target, provider, translated, detected) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING',
        [key.hash, key.source, key.target, key.provider, result.text, result.from],
      );
    } catch (error) {
      this.#log.warn({ err: { code: (error as { code?: unknown }).code } }, 'translation cache');
    }
  }
}

interface CacheKey {
  hash: string;
  source: string;
  target: string;
  provider: string;
}
