// Translation providers: a LibreTranslate-compatible service and DeepL's API, behind one
// interface. A provider translates one text or throws a TranslationFailure that says what the
// client should be told (always a 503 `translation_unavailable`, with how long to wait) and how
// loudly to log it. Never a text, a key or a body in an error or a log.

/** The engines the contract names (`Translation.engine`), less `demo`. */
export type ProviderName = 'libretranslate' | 'deepl';

export interface ProviderResult {
  text: string;
  /** The source language: as asked, else as the provider detected it (lower case). */
  from: string;
}

export interface TranslationProvider {
  readonly name: ProviderName;
  /** Translates `text` into `to`; `from` undefined lets the provider detect it. */
  translate(
    text: string,
    from: string | undefined,
    to: string,
    signal: AbortSignal,
  ): Promise<ProviderResult>;
}

/** Why a provider gave no translation. */
export class TranslationFailure extends Error {
  constructor(
    message: string,
    /** Seconds the client should wait before asking again. */
    readonly retryAfter: number,
    /** `error`: the server's configuration needs a person (a refused key). */
    readonly level: 'warn' | 'error' = 'warn',
    /** The provider's HTTP status, when it answered. */
    readonly upstreamStatus?: number,
  ) {
    super(message);
    this.name = 'TranslationFailure';
  }
}

/** Seconds from a Retry-After header (seconds or a date), else `fallback`. */
function retryAfterOf(response: Response, fallback: number): number {
  const header = response.headers.get('Retry-After');
  if (!header) return fallback;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? fallback : Math.max(1, Math.ceil((date - Date.now()) / 1000));
}

/** POSTs JSON; a network failure or a timeout becomes a TranslationFailure. */
async function post(
  provider: string,
  url: string,
  body: unknown,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<Response> {
  try {
    return await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
      body: JSON.stringify(body),
      signal,
      redirect: 'error',
    });
  } catch (error) {
    const name = (error as { name?: unknown } | null)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new TranslationFailure(`${provider} did not answer in time.`, 30);
    }
    throw new TranslationFailure(`${provider} could not be reached.`, 30);
  }
}

async function jsonOf(provider: string, response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    throw new TranslationFailure(
      `${provider} answered ${response.status} with a body that is not JSON.`,
      30,
      'warn',
      response.status,
    );
  }
}

/** The failure for a provider's answer that is not a success (after the provider's own cases). */
function commonFailure(provider: string, response: Response): TranslationFailure {
  const status = response.status;
  if (status === 429) {
    return new TranslationFailure(
      `${provider} is limiting this server's requests (429).`,
      retryAfterOf(response, 60),
      'warn',
      status,
    );
  }
  if (status === 401 || status === 403) {
    return new TranslationFailure(
      `${provider} refused this server's API key (${status}); check the server's configuration.`,
      3600,
      'error',
      status,
    );
  }
  if (status >= 500) {
    return new TranslationFailure(
      `${provider} failed (${status}).`,
      retryAfterOf(response, 30),
      'warn',
      status,
    );
  }
  return new TranslationFailure(
    `${provider} refused the request (${status}).`,
    3600,
    'warn',
    status,
  );
}

/** The language a provider detected, as a contract `Language`; `und` for anything else. */
function detectedLanguage(detected: unknown): string {
  if (typeof detected !== 'string') return 'und';
  const [base = '', ...rest] = detected.split('-');
  const tag = [base.toLowerCase(), ...rest].join('-');
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) && tag.length <= 35 ? tag : 'und';
}

/** The primary language subtag, lower case: `pt-PT` → `pt`. */
function primary(language: string): string {
  return language.split('-')[0]!.toLowerCase();
}

/** What tells one JSON translation API from another. */
interface JsonApi {
  name: ProviderName;
  /** The provider's name in errors and logs. */
  label: string;
  endpoint: string;
  headers: Record<string, string>;
  /** The request's body; `from` undefined: the provider detects the language. */
  body(text: string, from: string | undefined, to: string): unknown;
  /** The translation and the detected language in the answer (not checked yet). */
  read(answer: unknown): { text: unknown; detected: unknown };
  /** What the answer lacks when it holds no translation, for the error. */
  missing: string;
  /** The provider's own failure for an answer that is not a success; else the common one. */
  failure?: (response: Response) => TranslationFailure | undefined;
}

/** A provider that POSTs JSON and reads JSON, as both supported APIs do. */
function jsonProvider(api: JsonApi): TranslationProvider {
  return {
    name: api.name,
    async translate(text, from, to, signal) {
      const response = await post(
        api.label,
        api.endpoint,
        api.body(text, from, to),
        api.headers,
        signal,
      );
      if (!response.ok) {
        // An error body's message may quote the text: it is dropped unread.
        await response.body?.cancel();
        throw api.failure?.(response) ?? commonFailure(api.label, response);
      }
      const answer = api.read(await jsonOf(api.label, response));
      if (typeof answer.text !== 'string') {
        throw new TranslationFailure(`${api.label} answered without ${api.missing}.`, 30);
      }
      return { text: answer.text, from: from ?? detectedLanguage(answer.detected) };
    },
  };
}

export interface LibreTranslateOptions {
  /** The service's base URL; requests go to `{url}/translate`. */
  url: string;
  apiKey?: string | undefined;
}

/** A LibreTranslate-compatible API: POST /translate {q, source, target, format, api_key}. */
export function libreTranslate(options: LibreTranslateOptions): TranslationProvider {
  return jsonProvider({
    name: 'libretranslate',
    label: 'LibreTranslate',
    endpoint: `${options.url.replace(/\/+$/, '')}/translate`,
    headers: {},
    body: (text, from, to) => ({
      q: text,
      source: from ? primary(from) : 'auto',
      target: primary(to),
      format: 'text',
      ...(options.apiKey ? { api_key: options.apiKey } : {}),
    }),
    read: (answer) => {
      const body = answer as {
        translatedText?: unknown;
        detectedLanguage?: { language?: unknown };
      };
      return { text: body.translatedText, detected: body.detectedLanguage?.language };
    },
    missing: 'translatedText',
  });
}

export interface DeepLOptions {
  apiKey: string;
  /** The API's base URL; by the key: `:fx` keys use the free API. */
  url?: string | undefined;
}

/** DeepL's base URL for a key: free-plan keys end in `:fx`. */
export function deeplUrlFor(apiKey: string): string {
  return apiKey.endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com';
}

/**
 * DeepL's target language: English and Portuguese need a variant (`EN` and `PT` are
 * deprecated as targets); a bare `en` is British English, a bare `pt` European Portuguese
 * (the product writes `pt` for Portugal's conventions).
 */
export function deeplTarget(language: string): string {
  const [base, region] = language.toUpperCase().split('-');
  if (base === 'EN') return region === 'US' ? 'EN-US' : 'EN-GB';
  if (base === 'PT') return region === 'BR' ? 'PT-BR' : 'PT-PT';
  return base!;
}

/** DeepL's API: POST /v2/translate {text: [...], source_lang, target_lang}. */
export function deepl(options: DeepLOptions): TranslationProvider {
  const label = 'DeepL';
  return jsonProvider({
    name: 'deepl',
    label,
    endpoint: `${(options.url ?? deeplUrlFor(options.apiKey)).replace(/\/+$/, '')}/v2/translate`,
    headers: { Authorization: `DeepL-Auth-Key ${options.apiKey}` },
    body: (text, from, to) => ({
      text: [text],
      ...(from ? { source_lang: primary(from).toUpperCase() } : {}),
      target_lang: deeplTarget(to),
    }),
    read: (answer) => {
      const first = (
        answer as { translations?: { detected_source_language?: unknown; text?: unknown }[] }
      ).translations?.[0];
      return { text: first?.text, detected: first?.detected_source_language };
    },
    missing: 'a translation',
    // 456: the account's character quota for this billing period is used up.
    failure: (response) =>
      response.status === 456
        ? new TranslationFailure(
            `${label}'s character quota is used up (456).`,
            retryAfterOf(response, 3600),
            'error',
            456,
          )
        : undefined,
  });
}
