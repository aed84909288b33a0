// The backend as one fetch-style function: a Request in, a Response out. The mock (msw, in a
// browser tab or Node) and the reference server (Hono on Node) both call `handle()`, so
// authentication, idempotency, problem details, the deadlines and every operation behave the
// same on both; only the store under it differs.
import { SNIFF_BYTES, sniffImageType } from '../domain/attachments.js';
import { buyerFromProfile, ID } from '../domain/people.js';
import { hasUnstorableCharacter, storableText } from '../domain/storable-text.js';
import * as commands from './commands.js';
import { fingerprint } from './fingerprint.js';
import {
  bearerToken,
  canSee,
  findShop,
  type BackendContext,
  type Claims,
  type Viewer,
} from './context.js';
import { bodyText } from './json-text.js';
import {
  notFound,
  ProblemError,
  TokenRefused,
  unauthenticated,
  unknownViewer,
  UnknownViewer,
} from './problems.js';
import * as publication from './publication-commands.js';
import * as queries from './queries.js';
import * as templates from './template-commands.js';
import type { BackendStore, IdempotencyScope, Needs, Start, StoreTx } from './store.js';

export interface BackendOptions {
  store: BackendStore;
  /** The path prefix the API answers under (`/api/v1`), or an absolute URL ending in it. */
  baseUrl: string;
  /** Verifies a bearer token; null (or a rejection) for a token that is not valid. */
  /** The token's claims; null or a thrown `TokenRefused` (saying why) when it is refused. */
  authenticate(token: string): Claims | null | Promise<Claims | null>;
  now?: (() => Date) | undefined;
  /** Makes record ids; the store's counters by default. */
  newId?: ((prefix: string) => string) | undefined;
  /** Re-encodes an uploaded image (drops its metadata); the bytes as sent by default. */
  processImage?: ((bytes: Uint8Array, type: string) => Promise<Uint8Array>) | undefined;
  /**
   * Keeps an upload's bytes outside the store (the server's object storage) before the
   * request's transaction begins; returns the key the store records instead of the bytes.
   * Without it the bytes go into the store.
   */
  keepUpload?: ((bytes: Uint8Array, type: string) => Promise<string>) | undefined;
  /**
   * Answers `POST /translations`; the phrasebook of the state by default. Runs outside any
   * store transaction (a translation service may take seconds): `context()` loads the state
   * when the answer needs it.
   */
  translate?: ((request: TranslateRequest) => unknown) | undefined;
  /** Called after a request changed something. */
  onChange?: (() => void) | undefined;
  /** Called when a buyer was added from their token's claims (their first request). */
  onBuyerAdded?: ((buyerId: string) => void) | undefined;
  /**
   * Hears an error the backend did not expect (it answers 500 `server_error`): `console.error`
   * by default. The reference server logs its name, code and where it was thrown, never its
   * message: a database's error may quote the values of its statement (message texts, names).
   */
  onError?: ((error: unknown, request: BackendRequest) => void) | undefined;
  /** Largest JSON body accepted, in bytes (64 KiB by default). */
  maxJsonBytes?: number | undefined;
  /**
   * Makes the backend's answers from their parts: the JSON text (or none), its status and
   * headers (a plain object the function may change). `new Response(body, { status, headers })`
   * by default. The reference server compresses the text and adds its CORS headers here, while
   * the text is at hand. Not used for the responses a route makes whole (an attachment's bytes).
   */
  respond?: ResponseMaker | undefined;
}

/**
 * What the backend reads of a request: a fetch Request has all of it. (The reference server
 * also hands it GETs read straight from node:http: server/src/node-listener.ts.)
 */
export interface BackendRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
  formData(): Promise<FormData>;
}

/** How a backend's answer is made from its parts (`BackendOptions.respond`). */
export type ResponseMaker = (
  request: BackendRequest,
  status: number,
  headers: Record<string, string>,
  body: string | null,
) => Response | Promise<Response>;

/** An answer before it is made a Response: its status, headers and JSON text. */
export interface Parts {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

/** What a translation is asked with: who asks, the body as sent, and the state on request. */
export interface TranslateRequest {
  viewer: Viewer;
  body: unknown;
  context: () => Promise<BackendContext>;
}

/** The input of a route that runs outside the store (it keeps no connection while it waits). */
interface DetachedInput {
  viewer: Viewer;
  body: unknown;
  read: <T>(work: (tx: StoreTx) => Promise<T>) => Promise<T>;
}

interface RouteInput {
  tx: StoreTx;
  viewer: Viewer;
  params: Record<string, string>;
  url: URL;
  body: unknown;
  /** `bytes` as kept (re-encoded, by `processImage`); `sentSize`: the upload's own size. */
  file: { name: string; bytes: Uint8Array; objectKey?: string; sentSize?: number } | null;
}

interface RouteResult {
  status: number;
  body?: unknown;
  /** A ready response (attachment bytes). */
  response?: Response;
}

interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  pattern: RegExp;
  names: string[];
  /** A write: needs an Idempotency-Key and is replayed for a repeated key. */
  write?: boolean;
  multipart?: boolean;
  /** Answered without a token (attachment bytes: their unguessable URL is the permission). */
  open?: boolean;
  /**
   * A slow-changing read: its 200 carries this Cache-Control, an ETag (a hash of the body) and
   * `Vary: Authorization` (a cached answer is reused only for the same token: a request without
   * one still gets its 401, another viewer its own answer); a request whose If-None-Match names
   * the current ETag is answered 304 without a body.
   */
  cache?: string;
  /** Runs instead of `run`, without a transaction or a connection held while it waits. */
  detached?: (input: DetachedInput) => Promise<RouteResult>;
  run(input: RouteInput): Promise<RouteResult>;
}

/** Template ids come from the catalogue as they are (`tracking.de`): no white space, at most 200. */
const TEMPLATE_ID = /^\S{1,200}$/;

export function problemResponse(error: ProblemError): Response {
  const { body, status, headers } = problemParts(error);
  return new Response(body, { status, headers });
}

/** A problem's answer as parts: application/problem+json, its status and its own headers. */
export function problemParts(error: ProblemError): Parts {
  return {
    status: error.problem.status,
    headers: { 'Content-Type': 'application/problem+json', ...error.headers },
    body: JSON.stringify(error.problem),
  };
}

function json(text: string, status: number, headers: Record<string, string> = {}): Parts {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: text };
}

/**
 * A request's JSON body (`raw`, not empty, sent as `type`): 413 over `maxBytes`, 415 for another
 * type, 400 for JSON that does not parse, 422 for a string that no text can hold.
 */
export function jsonBodyOf(raw: string, type: string, maxBytes: number): unknown {
  if (new TextEncoder().encode(raw).length > maxBytes) {
    throw new ProblemError(413, 'bad_request', `The body is larger than ${maxBytes} bytes.`);
  }
  if (!/^application\/([\w.+-]+\+)?json\b/.test(type)) {
    throw new ProblemError(415, 'unsupported_type', 'Send the body as application/json.');
  }
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new ProblemError(400, 'bad_request', 'The body is not valid JSON.');
  }
  // Only a body that writes such a character (as an escape: the text decoded from UTF-8 has no
  // lone surrogate) is looked through for it.
  const pointer = UNSTORABLE_IN_JSON.test(raw) ? unstorableAt(body, '') : null;
  if (pointer !== null) {
    throw new ProblemError(422, 'validation_failed', 'A text holds a character no text can hold.', {
      errors: [{ pointer, code: 'invalid', detail: UNSTORABLE_DETAIL }],
    });
  }
  return body;
}

/** A JSON text that may write U+0000 or a lone surrogate: as an escape, or NUL itself. */
const UNSTORABLE_IN_JSON = /\\u(?:0000|d[89a-f])|\0/i;
const UNSTORABLE_DETAIL = 'Holds U+0000 or half of a surrogate pair, which no text can hold.';

/** The pointer to the first string (a value or a key) that no text can hold; null for none. */
function unstorableAt(value: unknown, pointer: string): string | null {
  if (typeof value === 'string') return hasUnstorableCharacter(value) ? pointer : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const at = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    if (hasUnstorableCharacter(key)) return at;
    const found = unstorableAt(item, at);
    if (found !== null) return found;
  }
  return null;
}

/**
 * A query's parameters: each once, but those that take a list; none with a character that no
 * text can hold. A 400 otherwise (a proxy that read the last of two values, where the backend read
 * the first, would see another answer than the one it was given).
 */
export function checkQuery(query: URLSearchParams): void {
  const seen = new Set<string>();
  for (const [name, value] of query) {
    if (hasUnstorableCharacter(name) || hasUnstorableCharacter(value)) {
      throw new ProblemError(400, 'bad_request', `A query parameter ${UNSTORABLE_DETAIL}`);
    }
    if (seen.has(name) && !queries.REPEATABLE_PARAMETERS.has(name)) {
      throw new ProblemError(400, 'bad_request', `${name} is given more than once.`);
    }
    seen.add(name);
  }
}

/** What a request without a body reads. */
const NO_BODY = { body: undefined, file: null, raw: '' } as const;

const makeResponse: ResponseMaker = (_request, status, headers, body) =>
  new Response(body, { status, headers });

export interface Backend {
  handle(request: BackendRequest): Promise<Response>;
  /** The path prefix the backend answers under. */
  readonly basePath: string;
}

export function createBackend(options: BackendOptions): Backend {
  const basePath = new URL(options.baseUrl, 'http://x').pathname.replace(/\/+$/, '');
  const now = options.now ?? (() => new Date());
  const maxJsonBytes = options.maxJsonBytes ?? 65_536;
  const contextOf = (context: BackendContext): BackendContext => ({
    ...context,
    now,
    newId: options.newId ?? context.newId,
  });
  const routes = buildRoutes(options, contextOf);
  const make = options.respond ?? makeResponse;

  async function readBody(request: BackendRequest, route: Route, maxFileBytes: number) {
    const type = (request.headers.get('Content-Type') ?? '').toLowerCase();
    if (route.multipart) {
      if (!type.startsWith('multipart/form-data')) {
        throw new ProblemError(415, 'unsupported_type', 'Send the image as multipart/form-data.');
      }
      const length = Number(request.headers.get('Content-Length') ?? '0');
      if (length > maxFileBytes + 16_384) {
        throw new ProblemError(
          413,
          'file_too_large',
          `The file is larger than ${maxFileBytes} bytes.`,
        );
      }
      const form = await request.formData().catch(() => null);
      const field = form?.get('file');
      if (!form) throw new ProblemError(400, 'bad_request', 'The multipart body is not readable.');
      if (!(field instanceof Blob)) return { body: undefined, file: null, raw: 'no file' };
      const bytes = new Uint8Array(await field.arrayBuffer());
      // A file's name is kept as it came, less what no text can hold.
      const name = field instanceof File ? storableText(field.name) : 'image';
      return { body: undefined, file: { name, bytes }, raw: `${name} ${bytes.length}` };
    }
    // Only a POST or PATCH comes here (`handle` gives the other methods `NO_BODY`).
    const raw = await request.text();
    if (!raw) return { body: undefined, file: null, raw };
    return { body: jsonBodyOf(raw, type, maxJsonBytes), file: null, raw };
  }

  async function handle(request: BackendRequest): Promise<Response> {
    const answer = await respond(request);
    // An answer that sets no caching of its own (a question, `/me`, a list, a problem) is a
    // viewer's own data: no cache keeps it, the browser's included. The slow-changing reads and
    // an attachment's bytes keep theirs.
    // HEAD: what GET would answer, headers only (RFC 9110); a body streaming from elsewhere (a
    // photo from object storage) is let go.
    if (!(answer instanceof Response)) {
      answer.headers['Cache-Control'] ??= NO_STORE;
      return make(
        request,
        answer.status,
        answer.headers,
        request.method === 'HEAD' ? null : answer.body,
      );
    }
    if (request.method !== 'HEAD') return answer;
    await answer.body?.cancel();
    return new Response(null, { status: answer.status, headers: answer.headers });
  }

  /** The answer: its parts, or a Response a route made whole. */
  async function respond(request: BackendRequest): Promise<Parts | Response> {
    // HEAD is answered as GET.
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    try {
      const url = new URL(request.url);
      if (!url.pathname.startsWith(`${basePath}/`)) {
        throw new ProblemError(404, 'not_found', 'No such resource.');
      }
      const path = url.pathname.slice(basePath.length);
      const { route, params } = match(routes, method, path);
      let claims: Claims | null = null;
      if (!route.open) {
        const token = bearerToken(request.headers.get('Authorization'));
        let refused: string | undefined;
        if (token) {
          try {
            // A token known to be valid is answered at once: no wait for it.
            const found = options.authenticate(token);
            claims = found instanceof Promise ? await found : found;
          } catch (error) {
            claims = null;
            if (error instanceof TokenRefused) refused = error.reason;
          }
        }
        if (!claims) throw unauthenticated(!!token, refused);
      }
      if (url.search) checkQuery(url.searchParams);
      const key = request.headers.get('Idempotency-Key');
      if (route.write && (!key || key.length < 8 || key.length > 255)) {
        throw new ProblemError(
          400,
          'idempotency_key_missing',
          'Writes need an Idempotency-Key header (8 to 255 characters).',
        );
      }
      // The largest upload the config allows; read before the transaction.
      const maxFileBytes = route.multipart
        ? await options.store.transaction(
            async (tx) => contextOf(await tx.load({})).state.config.attachments.maxBytes,
          )
        : 0;
      // A request of a method without a body (GET, DELETE) has none to read.
      const { body, file, raw } =
        route.multipart || request.method === 'POST' || request.method === 'PATCH'
          ? await readBody(request, route, maxFileBytes)
          : NO_BODY;
      // Only a file within the limit is re-encoded and kept: the limit applies to what the buyer
      // sent (checked again by the rules on its size as sent, not on the re-encoded bytes, which
      // may be larger).
      const prepared =
        file && (options.processImage || options.keepUpload) && file.bytes.length <= maxFileBytes
          ? await prepareImage(file, options.processImage, options.keepUpload)
          : file;
      /**
       * Runs `work`; when it finds the token names a buyer the backend does not know yet, adds
       * them from the token's claims (on their first request), then runs it again.
       */
      const asViewer = async <T>(work: () => Promise<T>): Promise<T> => {
        try {
          return await work();
        } catch (error) {
          const profile = claims?.role === 'buyer' ? claims.profile : undefined;
          if (!(error instanceof UnknownViewer) || !profile) throw error;
          const id = claims!.id;
          await options.store.transaction(async (tx) => {
            const { config } = contextOf(await tx.load({})).state;
            const buyer = buyerFromProfile(id, profile, config.defaultLanguage);
            if (typeof buyer === 'string') throw unknownViewer(buyer);
            // Taken: added by a request at the same time, or the id is a seller's or agent's.
            if (await tx.addBuyer(buyer)) options.onBuyerAdded?.(id);
          });
          return work();
        }
      };

      if (route.detached) {
        // The viewer is looked up, then the store is let go before the route waits on anything.
        const viewer = await asViewer(async () => {
          const found = await options.store.read(
            async (tx) => (await tx.start(claims, now())).viewer,
          );
          if (!found) throw unknownViewer();
          return found;
        });
        const outcome = await route.detached({
          viewer,
          body,
          read: (work) => options.store.read(work),
        });
        return json(bodyText(outcome.body), outcome.status);
      }

      /** What a request does once it knows its viewer and the deadlines are applied. */
      const serve = async (tx: StoreTx, viewer: Viewer | null) => {
        if (!route.open && !viewer) {
          throw unknownViewer();
        }
        const scope: IdempotencyScope | null =
          route.write && viewer
            ? { viewerId: viewer.id, method: request.method, path: url.pathname, key: key! }
            : null;
        // The request's print, for a write's key: a read has none to compare.
        const print = scope ? fingerprint(`${request.method} ${url.pathname} ${raw}`) : '';
        if (scope) {
          const stored = await tx.claimKey(scope, print);
          if (stored) {
            if (stored.fingerprint !== print) {
              throw new ProblemError(
                422,
                'idempotency_key_reused',
                'This Idempotency-Key was used for a different request.',
              );
            }
            return { replayed: true, status: stored.status, body: stored.body };
          }
        }
        const outcome = await route.run({
          tx,
          viewer: viewer!,
          params,
          url,
          body,
          file: prepared,
        });
        if (scope && !outcome.response) {
          await tx.storeWrite(scope, {
            fingerprint: print,
            status: outcome.status,
            body: outcome.body ?? null,
          });
        }
        return { replayed: false, ...outcome };
      };

      /** A read; `due` when late questions are to be handed over first. */
      // Without an async step of its own: each is promises and a turn for every request.
      const read = (deadlinesApplied: boolean) =>
        options.store.read((tx) => {
          const next = (
            start: Start,
          ): Promise<Awaited<ReturnType<typeof serve>> | { due: readonly string[] }> =>
            start.due.length > 0 && !deadlinesApplied
              ? Promise.resolve({ due: start.due })
              : serve(tx, start.viewer);
          const started = tx.start(claims, now());
          // A viewer the store knows is started at once: no wait for it.
          return started instanceof Promise ? started.then(next) : next(started);
        });
      const result = await asViewer(async () => {
        if (method !== 'GET') {
          return options.store.transaction(async (tx) => {
            const start = await tx.start(claims, now());
            if (start.due.length > 0) await applyDeadlines(tx, start.due, contextOf);
            return serve(tx, start.viewer);
          });
        }
        // A read runs without a transaction; late questions are handed over in one first.
        let answer = await read(false);
        if ('due' in answer) {
          const { due } = answer;
          await options.store.transaction((tx) => applyDeadlines(tx, due, contextOf));
          answer = await read(true);
        }
        return answer as Awaited<ReturnType<typeof serve>>;
      });
      if (method !== 'GET' && !result.replayed) options.onChange?.();
      if ('response' in result && result.response) return result.response;
      const headers: Record<string, string> = result.replayed
        ? { 'Idempotent-Replayed': 'true' }
        : {};
      const text = result.body === undefined || result.body === null ? null : bodyText(result.body);
      if (route.cache && result.status === 200 && text !== null) {
        const etag = `"${fingerprint(text)}"`;
        const validated = cacheHeaders(route.cache, etag);
        if (notModified(request.headers.get('If-None-Match'), etag)) {
          return { status: 304, headers: validated, body: null };
        }
        Object.assign(headers, validated);
      }
      return text === null
        ? { status: result.status, headers, body: null }
        : json(text, result.status, headers);
    } catch (error) {
      if (error instanceof ProblemError) return problemParts(error);
      if (options.onError) options.onError(error, request);
      else console.error('seller-questions backend:', error);
      return problemParts(
        new ProblemError(500, 'server_error', 'The backend failed unexpectedly.'),
      );
    }
  }

  return { handle, basePath };
}

/**
 * An image (by its bytes) is re-encoded by `processImage`, then, with `keepUpload`, kept outside
 * the store before the request's transaction (a put can take a while, and a transaction should
 * not wait on it). Anything else stays as it is, for the rules to refuse with a reason.
 */
async function prepareImage(
  file: { name: string; bytes: Uint8Array },
  processImage: BackendOptions['processImage'],
  keepUpload: BackendOptions['keepUpload'],
): Promise<{ name: string; bytes: Uint8Array; objectKey?: string; sentSize: number }> {
  const type = sniffImageType(file.bytes.subarray(0, SNIFF_BYTES));
  const sentSize = file.bytes.length;
  if (!type) return { ...file, sentSize };
  let bytes = file.bytes;
  if (processImage) {
    try {
      bytes = await processImage(bytes, type);
    } catch (error) {
      // A problem of its own (the server busy with other photos: 503) is said as it is.
      if (error instanceof ProblemError) throw error;
      throw new ProblemError(415, 'unsupported_type', 'The image could not be read.', {
        errors: [{ pointer: '/file', code: 'unsupported_type', detail: 'Not a readable image.' }],
      });
    }
  }
  // Re-encoding keeps the type (server/src/images.ts).
  return keepUpload
    ? { name: file.name, bytes, objectKey: await keepUpload(bytes, type), sentSize }
    : { name: file.name, bytes, sentSize };
}

/**
 * Late after-sales questions go to platform customer service before anything else happens.
 * `due` may be out of date by now: the rules check each question again once it is locked.
 */
async function applyDeadlines(
  tx: StoreTx,
  due: readonly string[],
  contextOf: (context: BackendContext) => BackendContext,
): Promise<void> {
  const context = contextOf(await tx.load({ questionIds: due, lock: true }));
  const questions = context.state.questions.filter((question) => due.includes(question.id));
  commands.applyDeadlines(context, questions);
  await tx.save(context);
}

/**
 * How long a client may keep a slow-changing resource. The configuration: five minutes fresh,
 * then used once more while it is fetched again in the background (for up to a day), so a
 * second page view needs no request. Products and shops: one minute fresh, then revalidated
 * (a 304 when unchanged).
 */
export const CACHE_CONFIG = 'private, max-age=300, stale-while-revalidate=86400';
export const CACHE_CATALOG = 'private, max-age=60, stale-while-revalidate=600';
/** Templates, which sellers change: kept, but revalidated before every use (a 304 when unchanged). */
export const CACHE_REVALIDATE = 'private, no-cache';
/** Every other answer of the API (personal data, changed by every write): kept by no cache. */
export const NO_STORE = 'no-store';

function cacheHeaders(control: string, etag: string): Record<string, string> {
  return { 'Cache-Control': control, ETag: etag, Vary: 'Authorization' };
}

/** Whether an If-None-Match header names `etag` (weak or strong, or `*`). */
function notModified(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

function match(routes: Route[], method: string, path: string) {
  const allowed: string[] = [];
  for (const route of routes) {
    const found = route.pattern.exec(path);
    if (!found) continue;
    const params: Record<string, string> = {};
    let valid = true;
    for (const [index, name] of route.names.entries()) {
      const value = safeDecode(found[index + 1]!);
      if (!(name === 'templateId' ? TEMPLATE_ID : ID).test(value)) {
        valid = false;
        break;
      }
      params[name] = value;
    }
    if (!valid) continue;
    if (route.method === method) return { route, params };
    allowed.push(route.method);
  }
  if (allowed.length > 0) {
    // RFC 9110: a 405 names the methods the resource has.
    throw new ProblemError(
      405,
      'bad_request',
      `${method} is not allowed here; use ${allowed.join(' or ')}.`,
      {},
      { Allow: allowed.join(', ') },
    );
  }
  throw new ProblemError(404, 'not_found', 'No such resource.');
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}

function route(
  method: Route['method'],
  path: string,
  run: Route['run'],
  flags: Pick<Route, 'write' | 'multipart' | 'open' | 'cache' | 'detached'> = {},
): Route {
  const names: string[] = [];
  const pattern = new RegExp(
    `^${path.replace(/:(\w+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    })}$`,
  );
  return { method, path, pattern, names, run, ...flags };
}

const ok = (body: unknown): RouteResult => ({ status: 200, body });
const created = (body: unknown): RouteResult => ({ status: 201, body });

function stringsAt(body: unknown, key: string): string[] {
  if (typeof body !== 'object' || body === null) return [];
  const value = (body as Record<string, unknown>)[key];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

function buildRoutes(
  options: BackendOptions,
  contextOf: (context: BackendContext) => BackendContext,
): Route[] {
  const load = async (tx: StoreTx, needs: Needs) => contextOf(await tx.load(needs));

  /** `{ shop }` for a product or an order (what its page shows with it), or nothing. */
  const shopOf = async (tx: StoreTx, shopId: string) => {
    const shop = findShop((await load(tx, { shopIds: [shopId] })).state, shopId);
    return shop ? { shop } : {};
  };

  /**
   * A write on one question (`path` under /questions/:questionId): load it locked with what the
   * body names, act, keep the change; answer with the question the command returns, or with no
   * content (204).
   */
  const onQuestion = (
    method: Route['method'],
    path: string,
    act: commands.QuestionCommand | ((context: BackendContext, viewer: Viewer, id: string) => void),
    status: number,
  ): Route =>
    route(
      method,
      `/questions/:questionId${path}`,
      async ({ tx, viewer, params, body }) => {
        const id = params['questionId']!;
        const context = await load(tx, {
          questionIds: [id],
          lock: true,
          attachmentIds: stringsAt(body, 'attachmentIds'),
        });
        const result = act(context, viewer, id, body);
        await tx.save(context);
        return result ? { status, body: result } : { status };
      },
      { write: true },
    );

  return [
    route('GET', '/config', async ({ tx }) => ok((await load(tx, {})).state.config), {
      cache: CACHE_CONFIG,
    }),
    route('GET', '/me', ({ viewer }) =>
      Promise.resolve(
        ok({
          role: viewer.role,
          id: viewer.id,
          name: viewer.record.name,
          country: viewer.record.country,
          language: viewer.record.language,
          ...(viewer.role === 'seller' ? { shopId: viewer.record.shopId } : {}),
        }),
      ),
    ),
    route(
      'GET',
      '/shops/:shopId',
      async ({ tx, params }) => {
        const context = await load(tx, { shopIds: [params['shopId']!] });
        const shop = findShop(context.state, params['shopId']!);
        if (!shop) throw new ProblemError(404, 'not_found', 'Shop not found.');
        return ok(shop);
      },
      { cache: CACHE_CATALOG },
    ),
    route('GET', '/shops/:shopId/products', async ({ tx, viewer, params, url }) =>
      ok(await queries.listShopProducts(tx, viewer, params['shopId']!, url.searchParams)),
    ),
    route(
      'GET',
      '/products/:productId',
      async ({ tx, params }) => {
        const context = await load(tx, { productIds: [params['productId']!] });
        const product = context.state.products.find(
          (candidate) => candidate.id === params['productId'],
        );
        if (!product) throw new ProblemError(404, 'not_found', 'Product not found.');
        return ok({ ...product, ...(await shopOf(tx, product.shopId)) });
      },
      { cache: CACHE_CATALOG },
    ),
    route(
      'GET',
      '/products/:productId/public-answers',
      async ({ tx, params, url }) =>
        ok(await publication.listPublicAnswers(tx, params['productId']!, url.searchParams)),
      { cache: CACHE_CATALOG },
    ),
    route('GET', '/orders', async ({ tx, viewer, url }) =>
      ok(await queries.listOrders(tx, viewer, url.searchParams)),
    ),
    route('GET', '/orders/:orderId', async ({ tx, viewer, params }) => {
      const context = await load(tx, { orderIds: [params['orderId']!] });
      const order = queries.getOrder(context, viewer, params['orderId']!);
      return ok({ ...order, ...(await shopOf(tx, order.shopId)) });
    }),
    route('GET', '/questions', async ({ tx, viewer, url }) =>
      ok(await queries.listQuestions(tx, viewer, url.searchParams)),
    ),
    route(
      'POST',
      '/questions',
      async ({ tx, viewer, body }) => {
        const context = await load(tx, {
          shopIds: stringsAt(body, 'shopId'),
          productIds: stringsAt(body, 'productId'),
          orderIds: stringsAt(body, 'orderId'),
          attachmentIds: stringsAt(body, 'attachmentIds'),
          lock: true,
        });
        const result = commands.createQuestion(context, viewer, body);
        await tx.save(context);
        return created(result);
      },
      { write: true },
    ),
    route('GET', '/questions/:questionId', async ({ tx, viewer, params }) => {
      const found = await tx.questionDetail(viewer, params['questionId']!);
      // Someone else's question answers as if it did not exist: ids reveal nothing.
      if (!found || !canSee(viewer, found)) throw notFound('Question');
      return ok(found.detail);
    }),
    onQuestion('POST', '/messages', commands.sendMessage, 201),
    onQuestion('POST', '/resolve', commands.resolveQuestion, 200),
    onQuestion('POST', '/no-response-needed', commands.markNoResponseNeeded, 200),
    onQuestion('POST', '/publication', publication.publishQuestion, 200),
    onQuestion('DELETE', '/publication', publication.unpublishQuestion, 204),
    onQuestion('POST', '/refunds', commands.refundItems, 201),
    onQuestion('POST', '/escalations', commands.escalate, 201),
    onQuestion('POST', '/hand-back', commands.handBack, 201),
    onQuestion('POST', '/close', commands.closeByPlatform, 200),
    onQuestion('POST', '/ratings', commands.rateAnswer, 201),
    onQuestion('POST', '/read', commands.markRead, 204),
    route(
      'POST',
      '/attachments',
      async ({ tx, viewer, file }) => {
        if (!file) {
          throw new ProblemError(
            400,
            'bad_request',
            'Send the image as the multipart field "file".',
            {
              errors: [{ pointer: '/file', code: 'required', detail: 'A file is required.' }],
            },
          );
        }
        const context = await load(tx, {});
        const result = commands.uploadAttachment(context, viewer, file.name, file.bytes, {
          objectKey: file.objectKey,
          sentSize: file.sentSize,
        });
        await tx.save(context);
        return created(result);
      },
      { write: true, multipart: true },
    ),
    route(
      'GET',
      '/attachments/:attachmentId/content',
      async ({ tx, params }) => {
        const stored = await tx.attachment(params['attachmentId']!);
        if (!stored) throw new ProblemError(404, 'not_found', 'Attachment not found.');
        const name = stored.attachment.name.replace(/[^\w.-]+/g, '_') || 'image';
        return {
          status: 200,
          response: new Response(stored.body as BodyInit, {
            headers: {
              'Content-Type': stored.attachment.contentType,
              'Content-Length': String(stored.size),
              'Cache-Control': 'private, max-age=31536000, immutable',
              'X-Content-Type-Options': 'nosniff',
              'Content-Disposition': `inline; filename="${name}"`,
            },
          }),
        };
      },
      { open: true },
    ),
    route(
      'GET',
      '/templates',
      async ({ tx, viewer, url }) => ok(await queries.listTemplates(tx, viewer, url.searchParams)),
      { cache: CACHE_REVALIDATE },
    ),
    route(
      'POST',
      '/templates',
      async ({ tx, viewer, body }) =>
        created(await templates.createTemplate(tx, await load(tx, {}), viewer, body)),
      { write: true },
    ),
    route(
      'PATCH',
      '/templates/:templateId',
      async ({ tx, viewer, params, body }) =>
        ok(
          await templates.updateTemplate(
            tx,
            await load(tx, {}),
            viewer,
            params['templateId']!,
            body,
          ),
        ),
      { write: true },
    ),
    route(
      'DELETE',
      '/templates/:templateId',
      async ({ tx, viewer, params, url }) => {
        await templates.deleteTemplate(tx, viewer, params['templateId']!, url.searchParams);
        return { status: 204 };
      },
      { write: true },
    ),
    route(
      'POST',
      '/translations',
      () => Promise.reject(new Error('POST /translations runs detached.')),
      {
        detached: async ({ viewer, body, read }) => {
          const context = () => read((tx) => load(tx, {}));
          if (options.translate) return ok(await options.translate({ viewer, body, context }));
          return ok(queries.translate(await context(), body));
        },
      },
    ),
    route('GET', '/metrics', async ({ tx, viewer, url }) =>
      ok(await queries.getMetrics(tx, await load(tx, {}), viewer, url.searchParams)),
    ),
    route('GET', '/exports/questions', async ({ tx, viewer, url }) =>
      ok(await queries.exportQuestions(tx, await load(tx, {}), viewer, url.searchParams)),
    ),
    route('GET', '/platform/queue', async ({ tx, viewer }) =>
      ok(await queries.getPlatformQueue(tx, viewer)),
    ),
    route('GET', '/changes', async ({ tx, viewer, url }) =>
      ok(await queries.listChanges(tx, await load(tx, {}), viewer, url.searchParams)),
    ),
  ];
}
