// Response compression: brotli when the request's Accept-Encoding allows it, gzip otherwise,
// for JSON and text above a threshold. Images (attachments, the demo's pictures) are never
// compressed: they are compressed already, and an attachment's bytes are served as stored.
//
// Written with node:zlib rather than hono/compress: that one uses CompressionStream, which has
// no brotli on Node 20, and it streams a body the server already holds whole.
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { switchFromEnv } from './env.js';

export type Encoding = 'br' | 'gzip';

export interface CompressOptions {
  /** Bodies smaller than this many bytes go out as they are (1024 by default). */
  threshold?: number;
  /**
   * Brotli's quality, 0–11 (3 by default). A seller's first page (32.5 kB of JSON) becomes
   * 7.25 kB at 3 for ~0.3–0.45 ms of CPU; 4 saves 140 bytes for ~0.5–0.75 ms, 5 saves 440 for
   * ~0.7–1.1 ms (as much CPU again as the rest of the list's request), 11 gets 6.0 kB in ~65 ms.
   */
  brotliQuality?: number;
  /** gzip's level, 1–9 (6 by default, zlib's own). */
  gzipLevel?: number;
}

/**
 * A response's parts as they go out: its status, its headers (a compressed body's
 * Content-Length among them) and its body. node-listener.ts writes them without reading the
 * Response back.
 */
export interface AnswerParts {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array | null;
}

const PARTS = Symbol('the parts the response was made of');

/** The parts `responseCompressor` made a response of; undefined for any other response. */
export function answerParts(response: Response): AnswerParts | undefined {
  return (response as Response & { [PARTS]?: AnswerParts })[PARTS];
}

/** A response of these parts, which answerParts() gives back. */
export function partsResponse(
  status: number,
  headers: Record<string, string>,
  body: string | null,
): Response {
  return withParts(new Response(body, { status, headers }), { status, headers, body });
}

function withParts(response: Response, parts: AnswerParts): Response {
  (response as Response & { [PARTS]?: AnswerParts })[PARTS] = parts;
  return response;
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Types worth compressing: JSON (problem details too), text, JavaScript, XML. Not images. */
const COMPRESSIBLE =
  /^\s*(?:application\/(?:json|[\w.+-]+\+json|javascript|xml|[\w.+-]+\+xml)|text\/(?!event-stream))/i;
/** A body in another charset than UTF-8 goes out as it is (it is read as UTF-8 text here). */
const OTHER_CHARSET = /;\s*charset\s*=\s*(?!"?utf-8\b)/i;
const NO_TRANSFORM = /(?:^|,)\s*no-transform\s*(?:,|$)/i;
const VARY_ACCEPT_ENCODING = /(?:^|,)\s*(?:accept-encoding|\*)\s*(?:,|$)/i;

/**
 * The encoding to send for an Accept-Encoding header: `br` or `gzip`, whichever has the higher
 * q-value (brotli on a tie), or null for none (no header, `identity`, or both refused).
 */
export function chooseEncoding(header: string | null | undefined): Encoding | null {
  if (!header) return null;
  let br: number | undefined;
  let gz: number | undefined;
  let any: number | undefined;
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';');
    const coding = name.trim().toLowerCase();
    let q = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(param);
      if (match) q = Number(match[1]);
    }
    if (!Number.isFinite(q)) q = 0;
    if (coding === 'br') br = q;
    else if (coding === 'gzip' || coding === 'x-gzip') gz = Math.max(gz ?? 0, q);
    else if (coding === '*') any = q;
  }
  const brQ = br ?? any ?? 0;
  const gzQ = gz ?? any ?? 0;
  if (brQ <= 0 && gzQ <= 0) return null;
  return brQ >= gzQ ? 'br' : 'gzip';
}

/**
 * Bodies under this many bytes are compressed on the main thread. zlib's asynchronous calls hand
 * each body to libuv's threads and back, which on the development machine cost more than the
 * compression itself: a seller's page of 33 kB took 0.3 ms of CPU with brotli on the main thread
 * and 0.7 ms through the threads (0.5 against 0.9 ms with gzip), and under the bench's load the
 * server spent 2.7 ms per page and peaked at 275 MB with 50 brotli encoders at once
 * (docs/performance.md). Larger bodies (a very long conversation) still go to the threads,
 * so that no request holds the others up for long.
 */
export const COMPRESS_ON_THE_MAIN_THREAD_BELOW = 128 * 1024;

export async function compressBody(
  text: string,
  byteLength: number,
  encoding: Encoding,
  options: Required<CompressOptions>,
): Promise<Buffer> {
  const sync = byteLength < COMPRESS_ON_THE_MAIN_THREAD_BELOW;
  if (encoding === 'gzip') {
    const settings = { level: options.gzipLevel };
    return sync ? zlib.gzipSync(text, settings) : gzip(text, settings);
  }
  const settings = {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: options.brotliQuality,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: byteLength,
      [zlib.constants.BROTLI_PARAM_LGWIN]: brotliWindowBits(byteLength),
    },
  };
  return sync ? zlib.brotliCompressSync(text, settings) : brotli(text, settings);
}

/**
 * Brotli's window for a body of this many bytes: the smallest power of two at least the body's
 * size (between brotli's 10 and 24 bits; the window itself is 16 bytes less, which a body that
 * close to a power of two does not notice). A larger window finds nothing more in it, and
 * the default (22 bits) makes every encoder allocate an 8 MB ring buffer however small the body.
 * Under a browser's traffic those blocks were what raised the server's peak RSS (docs/performance.md).
 */
export function brotliWindowBits(byteLength: number): number {
  const { BROTLI_MIN_WINDOW_BITS: min, BROTLI_MAX_WINDOW_BITS: max } = zlib.constants;
  return Math.min(max, Math.max(min, Math.ceil(Math.log2(Math.max(1, byteLength)))));
}

/**
 * The settings from the environment: `COMPRESSION=0` turns compression off (a proxy in front
 * compresses), `COMPRESSION_BROTLI_QUALITY` sets brotli's quality (0–11, 3 by default).
 */
export function compressionFromEnv(
  env: Record<string, string | undefined>,
): CompressOptions | false {
  if (!switchFromEnv(env, 'COMPRESSION', true)) return false;
  const quality = env['COMPRESSION_BROTLI_QUALITY'];
  if (quality === undefined || quality === '') return {};
  if (!/^\d+$/.test(quality) || Number(quality) > 11) {
    throw new Error(
      `COMPRESSION_BROTLI_QUALITY must be a whole number from 0 to 11, not ${JSON.stringify(quality)}.`,
    );
  }
  return { brotliQuality: Number(quality) };
}

/**
 * A response's headers as the rules below read and write them: a `Headers`, or the plain object
 * a response is about to be made with (`plainHeaders`).
 */
export interface HeaderAccess {
  get(name: string): string | null;
  has(name: string): boolean;
  set(name: string, value: string): void;
}

/** A plain object of headers, read and written by name in any case (its keys keep theirs). */
export function plainHeaders(headers: Record<string, string>): HeaderAccess {
  return new PlainHeaders(headers);
}

class PlainHeaders implements HeaderAccess {
  readonly #headers: Record<string, string>;
  constructor(headers: Record<string, string>) {
    this.#headers = headers;
  }
  #keyOf(name: string): string | undefined {
    const headers = this.#headers;
    if (Object.hasOwn(headers, name)) return name;
    const lower = name.toLowerCase();
    for (const key in headers) {
      if (key.length === lower.length && key.toLowerCase() === lower) return key;
    }
    return undefined;
  }
  get(name: string): string | null {
    const key = this.#keyOf(name);
    return key === undefined ? null : this.#headers[key]!;
  }
  has(name: string): boolean {
    return this.#keyOf(name) !== undefined;
  }
  set(name: string, value: string): void {
    this.#headers[this.#keyOf(name) ?? name] = value;
  }
}

/** Adds Accept-Encoding to Vary (once; not when Vary is `*`). */
function varyOnEncoding(headers: HeaderAccess): void {
  const vary = headers.get('Vary');
  if (vary && VARY_ACCEPT_ENCODING.test(vary)) return;
  headers.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
}

/**
 * A validator for a representation that may go out compressed is weak: the bytes differ by
 * encoding, the content does not. If-None-Match compares weakly, so a client's `W/"…"` or
 * `"…"` is answered 304 either way.
 */
function weakenETag(headers: HeaderAccess): void {
  const etag = headers.get('ETag');
  if (etag && !etag.startsWith('W/')) headers.set('ETag', `W/${etag}`);
}

/**
 * The rules of one response, before its body is looked at: Vary and a weak validator where the
 * body may go out compressed, and the encoding the request accepts for it (null: as it is).
 */
function negotiate(
  status: number,
  headers: HeaderAccess,
  method: string,
  acceptEncoding: string | null | undefined,
): Encoding | null {
  // A 304 says what the 200 would have: the same Vary and validator.
  if (status === 304) {
    if (headers.has('ETag')) {
      varyOnEncoding(headers);
      weakenETag(headers);
    }
    return null;
  }
  const type = headers.get('Content-Type');
  if (
    !type ||
    !COMPRESSIBLE.test(type) ||
    OTHER_CHARSET.test(type) ||
    status === 204 ||
    status === 206 ||
    headers.has('Content-Encoding') ||
    NO_TRANSFORM.test(headers.get('Cache-Control') ?? '')
  ) {
    return null;
  }
  // Whether this response is compressed depends on the request's Accept-Encoding.
  varyOnEncoding(headers);
  weakenETag(headers);
  return method === 'HEAD' ? null : chooseEncoding(acceptEncoding);
}

function settingsOf(options: CompressOptions): Required<CompressOptions> {
  return {
    threshold: options.threshold ?? 1024,
    brotliQuality: options.brotliQuality ?? 3,
    gzipLevel: options.gzipLevel ?? 6,
  };
}

/** The response of a body compressed with `encoding`; `headers` get its encoding and length. */
async function compressedResponse(
  text: string,
  byteLength: number,
  encoding: Encoding,
  settings: Required<CompressOptions>,
  status: number,
  headers: Headers | Record<string, string>,
): Promise<Response> {
  const compressed = await compressBody(text, byteLength, encoding, settings);
  const access = headers instanceof Headers ? headers : plainHeaders(headers);
  access.set('Content-Encoding', encoding);
  access.set('Content-Length', String(compressed.byteLength));
  const response = new Response(compressed as BodyInit, { status, headers });
  return headers instanceof Headers
    ? response
    : withParts(response, { status, headers, body: compressed });
}

/**
 * Makes responses from their parts, compressed as `madeCompressor` would send them. For a
 * body still at hand as text (the backend's JSON): reading a made Response back cost ~130 µs
 * more per request for a 3.5 kB answer under load (docs/performance.md). `headers` is changed
 * in place.
 */
export function responseCompressor(options: CompressOptions = {}) {
  const settings = settingsOf(options);
  // A promise only when the body is compressed (an answer that goes out as it is waits on
  // nothing).
  return (
    request: { method: string; acceptEncoding: string | null | undefined },
    status: number,
    headers: Record<string, string>,
    body: string | null,
  ): Response | Promise<Response> => {
    const encoding = negotiate(
      status,
      plainHeaders(headers),
      request.method,
      request.acceptEncoding,
    );
    if (encoding && body !== null) {
      const byteLength = Buffer.byteLength(body);
      if (byteLength >= settings.threshold) {
        return compressedResponse(body, byteLength, encoding, settings, status, headers);
      }
    }
    return partsResponse(status, headers, body);
  };
}

/**
 * Compresses a response made elsewhere than by `responseCompressor` (a route's own, Hono's)
 * when it may be: the same response when not, a new one when so. Its headers are changed in
 * place.
 */
export function madeCompressor(
  options: CompressOptions = {},
): (
  response: Response,
  method: string,
  acceptEncoding: string | null | undefined,
) => Response | Promise<Response> {
  const settings = settingsOf(options);
  return (res, method, acceptEncoding) => {
    const headers = res.headers;
    const encoding = negotiate(res.status, headers, method, acceptEncoding);
    if (!encoding || !res.body) return res;
    const length = headers.get('Content-Length');
    if (length !== null && Number(length) < settings.threshold) return res;
    // As text: a compressible body is text, and reading a Response as text costs a fifth of
    // reading it as bytes; zlib encodes it as UTF-8.
    return res.text().then((text) => {
      const byteLength = Buffer.byteLength(text);
      return byteLength < settings.threshold
        ? new Response(text, { status: res.status, headers })
        : compressedResponse(text, byteLength, encoding, settings, res.status, headers);
    });
  };
}
