// POST /translations with a real provider: local HTTP servers that speak LibreTranslate's and
// DeepL's formats stand in for the services. Success, the cache (one upstream call for two
// views), the per-viewer quota, DeepL's 456, a refused key, a timeout, a 5xx, no provider at
// all, and the configuration from the environment.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, afterEach, before, describe, it } from 'node:test';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createApp, type App } from '../src/app.js';
import { createVerifier } from '../src/auth.js';
import { deepl, deeplTarget, libreTranslate } from '../src/translation/providers.js';
import { translationFromEnv, type TranslationOptions } from '../src/translation/service.js';
import { otherProcess, PEOPLE, startServer, target, type TestServer } from './support/server.js';

interface Received {
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

/** A local HTTP server answering each POST with `answer` (set per test). */
class FakeService {
  readonly received: Received[] = [];
  answer: (body: Record<string, unknown>, res: ServerResponse) => void = (_, res) => {
    res.writeHead(500).end();
  };
  #server: Server | null = null;
  url = '';

  async start(): Promise<void> {
    this.#server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => {
        raw += chunk.toString();
      });
      req.on('end', () => {
        const body = JSON.parse(raw || '{}') as Record<string, unknown>;
        this.received.push({ headers: req.headers, body });
        this.answer(body, res);
      });
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  reset() {
    this.received.length = 0;
  }

  async stop(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) =>
      this.#server?.close(() => {
        resolve();
      }),
    );
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

const libre = new FakeService();
const deeplService = new FakeService();

async function problemOf(response: Response) {
  assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
  return (await response.json()) as {
    status: number;
    code: string;
    detail: string;
    retryAfter?: number;
  };
}

before(async () => {
  await libre.start();
  await deeplService.start();
});
after(async () => {
  await libre.stop();
  await deeplService.stop();
});

/** A test server on a fresh database with `translation`, and tokens for two buyers and a seller. */
async function serverWith(translation: TranslationOptions | undefined, extra = {}) {
  const server = await startServer({ translation, ...extra });
  return {
    server,
    anna: await server.token(PEOPLE.anna),
    julien: await server.token(PEOPLE.julien),
    seller: await server.token(PEOPLE.seller),
  };
}

function translateWith(server: TestServer, token: string, body: unknown) {
  return server.fetch('/api/v1/translations', {
    method: 'POST',
    token,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe(`translation with LibreTranslate on ${target}`, () => {
  let ctx: Awaited<ReturnType<typeof serverWith>>;
  before(async () => {
    ctx = await serverWith({
      provider: libreTranslate({ url: libre.url, apiKey: 'lt-key' }),
      perHour: 3,
      timeoutMs: 500,
    });
  });
  after(async () => {
    await ctx.server.close();
  });
  afterEach(() => {
    libre.reset();
  });

  it('translates through the service and says which engine did', async () => {
    libre.answer = (body, res) => {
      sendJson(res, 200, { translatedText: `EN(${String(body['q'])})` });
    };
    const response = await translateWith(ctx.server, ctx.seller, {
      text: 'Ist die Lampe dimmbar?',
      from: 'de',
      to: 'en',
    });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), {
      text: 'EN(Ist die Lampe dimmbar?)',
      from: 'de',
      to: 'en',
      engine: 'libretranslate',
    });
    assert.equal(libre.received.length, 1);
    assert.deepEqual(libre.received[0]!.body, {
      q: 'Ist die Lampe dimmbar?',
      source: 'de',
      target: 'en',
      format: 'text',
      api_key: 'lt-key',
    });
  });

  it('keeps a translation: two views of a message are one call to the service', async () => {
    libre.answer = (_, res) => {
      sendJson(res, 200, {
        translatedText: 'Does it come in blue?',
        detectedLanguage: { confidence: 90, language: 'fr' },
      });
    };
    const body = { text: 'Existe-t-il en bleu ?', to: 'en' };
    const first = await translateWith(ctx.server, ctx.seller, body);
    const second = await translateWith(ctx.server, ctx.seller, body);
    const third = await translateWith(ctx.server, ctx.anna, body);
    for (const response of [first, second, third]) {
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), {
        text: 'Does it come in blue?',
        from: 'fr',
        to: 'en',
        engine: 'libretranslate',
      });
    }
    assert.equal(libre.received.length, 1);
    assert.equal(libre.received[0]!.body['source'], 'auto');
    // Kept by a hash of the text, never the text itself.
    const rows = await ctx.server.db.query<{ text_hash: string; source: string }>(
      'SELECT text_hash, source FROM translations WHERE target = $1',
      ['en'],
    );
    assert.ok(rows.some((row) => /^[0-9a-f]{64}$/.test(row.text_hash) && row.source === ''));
  });

  it('limits each viewer’s calls per hour with 429 and Retry-After; others are not affected', async () => {
    libre.answer = (body, res) => {
      sendJson(res, 200, { translatedText: `T:${String(body['q'])}` });
    };
    // The quota is 3 an hour; the seller used 2 calls above (a kept translation is free).
    const third = await translateWith(ctx.server, ctx.seller, {
      text: 'eins',
      from: 'de',
      to: 'en',
    });
    assert.equal(third.status, 200);
    const fourth = await translateWith(ctx.server, ctx.seller, {
      text: 'zwei',
      from: 'de',
      to: 'en',
    });
    assert.equal(fourth.status, 429);
    const retryAfter = Number(fourth.headers.get('Retry-After'));
    assert.ok(retryAfter > 0 && retryAfter <= 1200, `Retry-After ${retryAfter}`);
    const problem = await problemOf(fourth);
    assert.equal(problem.code, 'rate_limited');
    assert.equal(problem.retryAfter, retryAfter);
    // What was translated before is still there for this viewer; the limit spared the service.
    const kept = await translateWith(ctx.server, ctx.seller, {
      text: 'eins',
      from: 'de',
      to: 'en',
    });
    assert.equal(kept.status, 200);
    assert.equal(libre.received.length, 1);
    // Another viewer has a quota of their own.
    const julien = await translateWith(ctx.server, ctx.julien, {
      text: 'zwei',
      from: 'de',
      to: 'en',
    });
    assert.equal(julien.status, 200);
  });

  it('answers 503 translation_unavailable when the service fails (5xx) and keeps nothing', async () => {
    libre.answer = (_, res) => {
      sendJson(res, 502, { error: 'upstream down' });
    };
    const response = await translateWith(ctx.server, ctx.julien, {
      text: 'drei',
      from: 'de',
      to: 'en',
    });
    assert.equal(response.status, 503);
    assert.equal(response.headers.get('Retry-After'), '30');
    const problem = await problemOf(response);
    assert.equal(problem.code, 'translation_unavailable');
    assert.equal(problem.retryAfter, 30);
    assert.doesNotMatch(problem.detail, /drei/);
    const rows = await ctx.server.db.query('SELECT 1 FROM translations WHERE translated LIKE $1', [
      '%drei%',
    ]);
    assert.equal(rows.length, 0);
  });

  it('answers 503 when the service does not answer within the timeout', async () => {
    libre.answer = (_, res) => {
      setTimeout(() => {
        if (!res.writableEnded) sendJson(res, 200, { translatedText: 'too late' });
      }, 2000).unref();
    };
    const started = performance.now();
    const response = await translateWith(ctx.server, ctx.anna, {
      text: 'vier',
      from: 'de',
      to: 'en',
    });
    assert.ok(performance.now() - started < 1500, 'answered by the timeout');
    assert.equal(response.status, 503);
    const problem = await problemOf(response);
    assert.equal(problem.code, 'translation_unavailable');
    assert.match(problem.detail, /did not answer in time/);
  });

  it('answers 503 and logs when the service refuses the API key (403)', async () => {
    libre.answer = (_, res) => {
      sendJson(res, 403, { error: 'Invalid API key' });
    };
    const response = await translateWith(ctx.server, ctx.anna, {
      text: 'fünf',
      from: 'de',
      to: 'en',
    });
    assert.equal(response.status, 503);
    assert.equal((await problemOf(response)).code, 'translation_unavailable');
  });

  it('still refuses a body that is not valid with 422, before any call', async () => {
    const response = await translateWith(ctx.server, ctx.anna, { text: 'x', to: 'english' });
    assert.equal(response.status, 422);
    assert.equal(libre.received.length, 0);
  });

  it('returns a text already in the asked language as it is, without a call', async () => {
    const response = await translateWith(ctx.server, ctx.anna, {
      text: 'Hello',
      from: 'en',
      to: 'en',
    });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), {
      text: 'Hello',
      from: 'en',
      to: 'en',
      engine: 'libretranslate',
    });
    assert.equal(libre.received.length, 0);
  });
});

describe(`the translation quota shared by the processes on one database (${target})`, () => {
  let ctx: Awaited<ReturnType<typeof serverWith>>;
  let second: App;
  let secondDb: Awaited<ReturnType<typeof otherProcess>>;
  const translation = (): TranslationOptions => ({
    provider: libreTranslate({ url: libre.url }),
    perHour: 2,
    timeoutMs: 500,
  });
  before(async () => {
    // An hour between exchanges: the test exchanges by hand.
    ctx = await serverWith(translation(), { shareLimitsSeconds: 3600 });
    secondDb = await otherProcess(ctx.server);
    second = createApp({
      db: secondDb.db,
      logger: pino({ level: 'silent' }),
      verify: createVerifier({ secret: ctx.server.secret, audience: ctx.server.audience }),
      translation: translation(),
      shareLimitsSeconds: 3600,
    });
  });
  after(async () => {
    await second.stop();
    await secondDb.close();
    await ctx.server.close();
  });

  it('refuses a viewer in every process once the processes together used the quota', async () => {
    libre.answer = (body, res) => {
      sendJson(res, 200, { translatedText: `T:${String(body['q'])}` });
    };
    const translateOn = async (app: 'first' | 'second', text: string) => {
      const init = {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${ctx.anna}`,
        },
        body: JSON.stringify({ text, from: 'de', to: 'en' }),
      };
      return app === 'first'
        ? (await translateWith(ctx.server, ctx.anna, { text, from: 'de', to: 'en' })).status
        : (await second.fetch(new Request('http://localhost/api/v1/translations', init))).status;
    };
    // One call from each process: the quota of 2 an hour is used.
    assert.equal(await translateOn('first', 'eins'), 200);
    assert.equal(await translateOn('second', 'zwei'), 200);
    await ctx.server.rateLimitSharing!.exchange();
    await second.rateLimitSharing!.exchange();
    await ctx.server.rateLimitSharing!.exchange();
    assert.equal(await translateOn('first', 'drei'), 429);
    assert.equal(await translateOn('second', 'vier'), 429);
    assert.equal(libre.received.length, 2);
    // A kept translation costs no call, in either process.
    assert.equal(await translateOn('second', 'eins'), 200);
    assert.equal(libre.received.length, 2);
  });
});

describe(`translation with DeepL on ${target}`, () => {
  let ctx: Awaited<ReturnType<typeof serverWith>>;
  /** The server's log lines at warn and above. */
  const logged: { level: number; msg: string; provider?: string; upstreamStatus?: number }[] = [];
  before(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logged.push(JSON.parse(chunk.toString()) as (typeof logged)[number]);
        done();
      },
    });
    ctx = await serverWith(
      {
        provider: deepl({ apiKey: 'deepl-key:fx', url: deeplService.url }),
        perHour: 100,
        timeoutMs: 500,
      },
      { logger: pino({ level: 'warn' }, sink) },
    );
  });
  after(async () => {
    await ctx.server.close();
  });
  afterEach(() => {
    deeplService.reset();
    logged.length = 0;
  });

  it('translates with the key in the Authorization header and the detected language', async () => {
    deeplService.answer = (_, res) => {
      sendJson(res, 200, {
        translations: [{ detected_source_language: 'DE', text: 'When will my parcel arrive?' }],
      });
    };
    const first = await translateWith(ctx.server, ctx.seller, {
      text: 'Wann kommt mein Paket an?',
      to: 'en',
    });
    assert.equal(first.status, 200);
    assert.deepEqual(await first.json(), {
      text: 'When will my parcel arrive?',
      from: 'de',
      to: 'en',
      engine: 'deepl',
    });
    const received = deeplService.received[0]!;
    assert.equal(received.headers['authorization'], 'DeepL-Auth-Key deepl-key:fx');
    assert.deepEqual(received.body, { text: ['Wann kommt mein Paket an?'], target_lang: 'EN-GB' });
    // Viewed again: from the cache.
    const second = await translateWith(ctx.server, ctx.anna, {
      text: 'Wann kommt mein Paket an?',
      to: 'en',
    });
    assert.equal(second.status, 200);
    assert.equal(deeplService.received.length, 1);
  });

  it('sends source_lang when the language is known', async () => {
    deeplService.answer = (_, res) => {
      sendJson(res, 200, { translations: [{ detected_source_language: 'FR', text: 'Hallo' }] });
    };
    const response = await translateWith(ctx.server, ctx.seller, {
      text: 'Bonjour',
      from: 'fr',
      to: 'pt',
    });
    assert.equal(response.status, 200);
    assert.deepEqual(deeplService.received[0]!.body, {
      text: ['Bonjour'],
      source_lang: 'FR',
      target_lang: 'PT-PT',
    });
    assert.equal(((await response.json()) as { from: string }).from, 'fr');
  });

  it('answers und for a detected language that is not a language tag', async () => {
    deeplService.answer = (_, res) => {
      sendJson(res, 200, { translations: [{ detected_source_language: '??', text: 'Hallo' }] });
    };
    const response = await translateWith(ctx.server, ctx.seller, { text: 'Hi there', to: 'de' });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), {
      text: 'Hallo',
      from: 'und',
      to: 'de',
      engine: 'deepl',
    });
  });

  it('answers 503 with Retry-After when DeepL’s quota is used up (456)', async () => {
    deeplService.answer = (_, res) => {
      sendJson(res, 456, { message: 'Quota exceeded' });
    };
    const response = await translateWith(ctx.server, ctx.seller, {
      text: 'Quota?',
      from: 'en',
      to: 'de',
    });
    assert.equal(response.status, 503);
    assert.equal(response.headers.get('Retry-After'), '3600');
    const problem = await problemOf(response);
    assert.equal(problem.code, 'translation_unavailable');
    assert.match(problem.detail, /quota/);
    // An error for the operator, without the text or the key.
    const [line] = logged;
    assert.equal(line?.level, 50);
    assert.equal(line.provider, 'deepl');
    assert.equal(line.upstreamStatus, 456);
    assert.doesNotMatch(JSON.stringify(logged), /Quota exceeded|deepl-key/);
  });

  it('passes DeepL’s Retry-After on when it limits the server (429)', async () => {
    deeplService.answer = (_, res) => {
      sendJson(res, 429, { message: 'Too many requests' }, { 'Retry-After': '7' });
    };
    const response = await translateWith(ctx.server, ctx.seller, {
      text: 'Slow down',
      from: 'en',
      to: 'de',
    });
    assert.equal(response.status, 503);
    assert.equal(response.headers.get('Retry-After'), '7');
    assert.equal((await problemOf(response)).retryAfter, 7);
  });

  it('answers 503 for a refused key (403), logged as an error, and for a 5xx, as a warning', async () => {
    for (const status of [403, 500]) {
      deeplService.answer = (_, res) => {
        sendJson(res, status, { message: 'no' });
      };
      const response = await translateWith(ctx.server, ctx.seller, {
        text: `Status ${status}`,
        from: 'en',
        to: 'de',
      });
      assert.equal(response.status, 503, String(status));
      assert.equal((await problemOf(response)).code, 'translation_unavailable');
    }
    assert.deepEqual(
      logged.map((line) => [line.level, line.upstreamStatus]),
      [
        [50, 403],
        [40, 500],
      ],
    );
    assert.match(logged[0]!.msg, /refused this server's API key/);
  });

  it('answers 503 when DeepL does not answer within the timeout', async () => {
    deeplService.answer = () => {
      // Never answers.
    };
    const response = await translateWith(ctx.server, ctx.seller, {
      text: 'Hello?',
      from: 'en',
      to: 'de',
    });
    assert.equal(response.status, 503);
    assert.match((await problemOf(response)).detail, /did not answer in time/);
  });
});

describe(`translation without a provider on ${target}`, () => {
  it('answers 503 translation_unavailable, never a stand-in text', async () => {
    const ctx = await serverWith(undefined);
    try {
      const response = await translateWith(ctx.server, ctx.anna, {
        text: 'Hallo',
        from: 'de',
        to: 'en',
      });
      assert.equal(response.status, 503);
      assert.equal(response.headers.get('Retry-After'), '3600');
      assert.equal((await problemOf(response)).code, 'translation_unavailable');
    } finally {
      await ctx.server.close();
    }
  });

  it('in demo mode, translates from the phrasebook and says it is demo data', async () => {
    const ctx = await serverWith(undefined, { phrasebookTranslation: true });
    try {
      const [row] = await ctx.server.db.query<{ data: Record<string, string> }>(
        'SELECT data FROM phrases LIMIT 1',
      );
      const [from, text] = Object.entries(row!.data).find(([language]) => language !== 'en')!;
      const known = await translateWith(ctx.server, ctx.seller, { text, from, to: 'en' });
      assert.equal(known.status, 200);
      assert.deepEqual(await known.json(), {
        text: row!.data['en'],
        from,
        to: 'en',
        engine: 'demo',
      });
      const unknown = await translateWith(ctx.server, ctx.seller, {
        text: 'Something no phrasebook knows',
        from: 'de',
        to: 'en',
      });
      assert.equal(unknown.status, 200);
      assert.deepEqual(await unknown.json(), {
        text: '[de → en] Something no phrasebook knows',
        from: 'de',
        to: 'en',
        engine: 'demo',
      });
    } finally {
      await ctx.server.close();
    }
  });
});

describe('translation configuration', () => {
  it('has no provider by default', () => {
    assert.equal(translationFromEnv({}), undefined);
    assert.equal(
      translationFromEnv({ TRANSLATION_PROVIDER: 'none', DEEPL_API_KEY: 'k' }),
      undefined,
    );
  });

  it('takes the provider whose settings are there, with the quota and timeout', () => {
    const libreOptions = translationFromEnv({
      LIBRETRANSLATE_URL: 'http://127.0.0.1:5000',
      TRANSLATION_PER_HOUR: '20',
      TRANSLATION_TIMEOUT_MS: '3000',
    });
    assert.equal(libreOptions!.provider.name, 'libretranslate');
    assert.equal(libreOptions!.perHour, 20);
    assert.equal(libreOptions!.timeoutMs, 3000);
    const deeplOptions = translationFromEnv({ DEEPL_API_KEY: 'k:fx' });
    assert.equal(deeplOptions!.provider.name, 'deepl');
    assert.equal(deeplOptions!.perHour, 100);
    assert.equal(deeplOptions!.timeoutMs, 10_000);
  });

  it('refuses settings that cannot work, with a clear message', () => {
    assert.throws(
      () => translationFromEnv({ TRANSLATION_PROVIDER: 'google' }),
      /TRANSLATION_PROVIDER must be libretranslate, deepl or none/,
    );
    assert.throws(
      () => translationFromEnv({ TRANSLATION_PROVIDER: 'deepl' }),
      /needs DEEPL_API_KEY/,
    );
    assert.throws(
      () => translationFromEnv({ TRANSLATION_PROVIDER: 'libretranslate' }),
      /needs LIBRETRANSLATE_URL/,
    );
    assert.throws(
      () =>
        translationFromEnv({
          LIBRETRANSLATE_URL: 'ftp://x',
          TRANSLATION_PROVIDER: 'libretranslate',
        }),
      /must be an http\(s\) URL/,
    );
    assert.throws(
      () => translationFromEnv({ LIBRETRANSLATE_URL: 'http://x', DEEPL_API_KEY: 'k' }),
      /choose one with TRANSLATION_PROVIDER/,
    );
    assert.throws(
      () => translationFromEnv({ DEEPL_API_KEY: 'k', TRANSLATION_PER_HOUR: 'many' }),
      /TRANSLATION_PER_HOUR must be a whole number/,
    );
  });

  it('asks DeepL for a variant where a bare target is deprecated', () => {
    assert.equal(deeplTarget('en'), 'EN-GB');
    assert.equal(deeplTarget('en-US'), 'EN-US');
    assert.equal(deeplTarget('pt'), 'PT-PT');
    assert.equal(deeplTarget('pt-BR'), 'PT-BR');
    assert.equal(deeplTarget('de'), 'DE');
  });
});
