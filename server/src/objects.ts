// Object storage for the bytes of uploads: Amazon S3 or any store that speaks its API (MinIO,
// Cloudflare R2, Backblaze B2, Ceph, Wasabi…), configured from the environment. Without it the
// bytes live in the database (attachments.bytes). Requests are signed with AWS Signature
// Version 4 (aws4fetch). What the server does around a put, a get and a delete, so that no
// object is lost and none is left behind, is in docs/server.md, "Attachments in object storage".
import { AwsClient } from 'aws4fetch';
import { createHash } from 'node:crypto';
import type { Env } from './env.js';
import { switchFromEnv, wholeFromEnv } from './env.js';

/** Where uploads' bytes are kept when they are not in the database. */
export interface ObjectStore {
  /** For logs and errors: the bucket's address, no credentials. */
  readonly location: string;
  /** What the server's keys start with (`attachments/`). */
  readonly prefix: string;
  /** Keeps `bytes` under `key`; resolves once the store has them. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /**
   * The object's bytes as a stream, with their count as the store sent it (none without a
   * Content-Length); null when there is no such object.
   */
  get(key: string): Promise<{ body: ReadableStream<Uint8Array>; size: number | null } | null>;
  /** Removes the object; removing one that is not there succeeds. */
  delete(key: string): Promise<void>;
  /** Checks that the bucket is there and these credentials may use it. */
  check(): Promise<void>;
}

/**
 * The object store failed or refused: `status` is its HTTP status (none when it could not be
 * reached). The API answers 503 with Retry-After; the log says which.
 */
export class ObjectStoreError extends Error {
  readonly status: number | undefined;
  constructor(message: string, status?: number) {
    super(message);
    this.name = 'ObjectStoreError';
    this.status = status;
  }
}

export interface S3Options {
  /** `https://s3.eu-central-1.amazonaws.com`, `http://127.0.0.1:9000`, … (no bucket in it). */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
  /** Prefix of every key the server writes: `attachments/` by default. */
  prefix: string;
  /** `endpoint/bucket/key` (MinIO, R2, most others) rather than `bucket.endpoint/key` (AWS). */
  pathStyle: boolean;
  /** How long a request may wait for the store's answer (headers), in ms. */
  timeoutMs: number;
}

/** Attempts after the first for a 5xx or 429. */
const RETRIES = 2;
/** SHA-256 of no bytes: the signed payload hash of a request without a body. */
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/** Keys the server makes: a prefix, then a random id (letters, digits, `_`, `-`). */
const KEY = /^[A-Za-z0-9/._-]{1,512}$/;
const PREFIX = /^([A-Za-z0-9._-]+\/)*$/;
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** A path with a `.` or `..` segment, which a store or a proxy may resolve elsewhere. */
const hasDotSegment = (path: string) =>
  path.split('/').some((part) => part === '.' || part === '..');

interface Init {
  body?: BodyInit;
  headers?: Record<string, string>;
}

/** S3's API over fetch, signed with SigV4. */
export class S3ObjectStore implements ObjectStore {
  readonly location: string;
  readonly prefix: string;
  readonly #client: AwsClient;
  readonly #base: string;
  readonly #timeoutMs: number;

  constructor(options: S3Options) {
    const endpoint = new URL(options.endpoint);
    if (!BUCKET.test(options.bucket)) {
      throw new Error(`S3_BUCKET "${options.bucket}" is not a valid bucket name.`);
    }
    if (!PREFIX.test(options.prefix) || hasDotSegment(options.prefix)) {
      throw new Error(
        `S3_PREFIX "${options.prefix}" must be empty or end in "/" (letters, digits, ".", "_", "-").`,
      );
    }
    if (!options.pathStyle && options.bucket.includes('.') && endpoint.protocol === 'https:') {
      // bucket.with.dots.s3.amazonaws.com does not match the store's wildcard certificate.
      throw new Error(
        `S3_BUCKET "${options.bucket}" has dots: set S3_PATH_STYLE=1 (its virtual host would not match the TLS certificate).`,
      );
    }
    const origin = `${endpoint.protocol}//${endpoint.host}`;
    this.#base = options.pathStyle
      ? `${origin}/${options.bucket}/`
      : `${endpoint.protocol}//${options.bucket}.${endpoint.host}/`;
    this.location = `${this.#base}${options.prefix}`;
    this.prefix = options.prefix;
    this.#timeoutMs = options.timeoutMs;
    this.#client = new AwsClient({
      accessKeyId: options.accessKeyId,
      secretAccessKey: options.secretAccessKey,
      sessionToken: options.sessionToken,
      service: 's3',
      region: options.region,
      // Retries are #request's own: aws4fetch's would leave the failed answers' bodies open.
      retries: 0,
    });
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const response = await this.#send(key, 'PUT', {
      body: bytes as BodyInit,
      headers: {
        'Content-Type': contentType,
        // The payload's hash is signed: the store refuses bytes changed on the way.
        'X-Amz-Content-Sha256': createHash('sha256').update(bytes).digest('hex'),
      },
    });
    await response.body?.cancel();
    if (!response.ok) throw this.#refused('put', key, response.status);
  }

  async get(
    key: string,
  ): Promise<{ body: ReadableStream<Uint8Array>; size: number | null } | null> {
    const response = await this.#send(key, 'GET', {});
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      throw this.#refused('get', key, response.status);
    }
    const length = response.headers.get('Content-Length');
    const size = length !== null && /^\d+$/.test(length) ? Number(length) : null;
    return { body: response.body, size };
  }

  async delete(key: string): Promise<void> {
    const response = await this.#send(key, 'DELETE', {});
    await response.body?.cancel();
    // S3 answers 204 whether or not the object was there; some stores answer 404.
    if (!response.ok && response.status !== 404)
      throw this.#refused('delete', key, response.status);
  }

  async check(): Promise<void> {
    const response = await this.#request(this.#base, 'HEAD', {});
    await response.body?.cancel();
    if (response.ok) return;
    throw new ObjectStoreError(
      response.status === 404
        ? `There is no bucket at ${this.#base}.`
        : response.status === 403 || response.status === 401
          ? `The bucket at ${this.#base} refused these credentials (${response.status}): check S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and S3_REGION.`
          : `The bucket at ${this.#base} answered ${response.status}.`,
      response.status,
    );
  }

  #send(key: string, method: string, init: Init): Promise<Response> {
    // Keys are the server's own (a prefix and a random id); anything else is a bug, not input.
    if (!KEY.test(key) || hasDotSegment(key)) {
      throw new Error(`Not an object key: ${JSON.stringify(key)}`);
    }
    return this.#request(this.#base + key, method, init);
  }

  /** A 5xx or 429 is tried twice more (after ~50 and ~100 ms); then its answer is returned. */
  async #request(url: string, method: string, init: Init): Promise<Response> {
    for (let attempt = 0; ; attempt += 1) {
      const response = await this.#attempt(url, method, init);
      if ((response.status < 500 && response.status !== 429) || attempt === RETRIES) {
        return response;
      }
      await response.body?.cancel();
      await new Promise((resolve) =>
        setTimeout(resolve, 50 * 2 ** attempt * (0.5 + Math.random())),
      );
    }
  }

  async #attempt(url: string, method: string, init: Init): Promise<Response> {
    // The time limit is on the answer's headers; a photo's bytes then stream at their pace.
    const abort = new AbortController();
    const timer = setTimeout(() => {
      abort.abort();
    }, this.#timeoutMs);
    try {
      return await this.#client.fetch(url, {
        ...init,
        method,
        signal: abort.signal,
        headers: { 'X-Amz-Content-Sha256': EMPTY_SHA256, ...init.headers },
      });
    } catch (error) {
      const reason = abort.signal.aborted
        ? `no answer within ${this.#timeoutMs} ms`
        : (error as Error).message;
      throw new ObjectStoreError(`The object store at ${this.#base} is not reachable: ${reason}.`);
    } finally {
      clearTimeout(timer);
    }
  }

  #refused(action: string, key: string, status: number): ObjectStoreError {
    return new ObjectStoreError(
      `The object store answered ${status} to the ${action} of ${key}.`,
      status,
    );
  }
}

/** The object store the environment configures (S3_BUCKET and the rest); null without one. */
export function objectStoreFromEnv(env: Env): S3ObjectStore | null {
  const bucket = env['S3_BUCKET']?.trim();
  if (!bucket) return null;
  const region = env['S3_REGION']?.trim() || env['AWS_REGION']?.trim() || 'us-east-1';
  const accessKeyId = env['S3_ACCESS_KEY_ID'] ?? env['AWS_ACCESS_KEY_ID'];
  const secretAccessKey = env['S3_SECRET_ACCESS_KEY'] ?? env['AWS_SECRET_ACCESS_KEY'];
  if (!accessKeyId || !secretAccessKey) {
    throw new Error(
      'S3_BUCKET is set: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY) are needed too.',
    );
  }
  const given = env['S3_ENDPOINT']?.trim();
  const endpoint = given || `https://s3.${region}.amazonaws.com`;
  if (!/^https?:\/\/[^/]+\/?$/.test(endpoint)) {
    // Not echoed: an endpoint may carry credentials.
    throw new Error('S3_ENDPOINT must be a scheme and a host, like https://s3.example.com.');
  }
  // Path style by default for a store of one's own (S3_ENDPOINT), virtual hosts for AWS.
  const pathStyle = switchFromEnv(env, 'S3_PATH_STYLE', Boolean(given));
  return new S3ObjectStore({
    endpoint,
    bucket,
    region,
    accessKeyId,
    secretAccessKey,
    sessionToken: env['S3_SESSION_TOKEN'] ?? env['AWS_SESSION_TOKEN'],
    prefix: env['S3_PREFIX'] ?? 'attachments/',
    // AWS's own endpoint: virtual-hosted; a store of one's own (S3_ENDPOINT): paths.
    pathStyle,
    timeoutMs: Math.max(1, wholeFromEnv(env, 'S3_TIMEOUT_MS', 10_000)),
  });
}
