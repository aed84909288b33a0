// A small S3 stand-in on a local port, for the object storage tests: path-style PUT, GET,
// DELETE and HEAD of one bucket, holding objects in memory. Like S3 it refuses a request
// without a SigV4 Authorization header for its access key and region, and a PUT whose bytes do
// not match their signed SHA-256. Signatures themselves are checked against AWS's published
// examples in objects.test.ts; this server checks what the server sends and does with them.
// It can be made to fail: answer 500, refuse with 403, never answer, or stop listening.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeObject {
  bytes: Buffer;
  contentType: string;
}

export interface FakeS3 {
  readonly endpoint: string;
  readonly bucket: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly region: string;
  readonly objects: Map<string, FakeObject>;
  /** Every request as `METHOD key` (the bucket itself: ``), in order. */
  readonly log: string[];
  /** 'ok', '500' (every request fails), '403' (credentials refused), 'hang' (no answer). */
  mode: 'ok' | '500' | '403' | 'hang';
  /** Stops listening (connections are refused) until `start()`. */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

const SCOPE =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=[0-9a-f]{64}$/;

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startFakeS3(): Promise<FakeS3> {
  let server: Server | null = null;
  let port = 0;
  const fake: FakeS3 = {
    endpoint: '',
    bucket: 'test-photos',
    accessKeyId: 'AKIDTESTEXAMPLE',
    secretAccessKey: 'test-secret-key',
    region: 'eu-test-1',
    objects: new Map(),
    log: [],
    mode: 'ok',
    async stop() {
      const running = server;
      server = null;
      if (!running) return;
      running.closeAllConnections();
      await new Promise<void>((resolve) => {
        running.close(() => {
          resolve();
        });
      });
    },
    async start() {
      server = createServer((request, response) => {
        void (async () => {
          const body = await bodyOf(request);
          const url = new URL(request.url ?? '/', 'http://localhost');
          const [, bucket, ...rest] = url.pathname.split('/');
          const key = decodeURIComponent(rest.join('/'));
          fake.log.push(`${request.method} ${key}`);
          const fail = (status: number, code: string) => {
            response.writeHead(status, { 'Content-Type': 'application/xml' });
            response.end(`<?xml version="1.0"?><Error><Code>${code}</Code></Error>`);
          };
          if (fake.mode === 'hang') return;
          if (fake.mode === '500') {
            fail(500, 'InternalError');
            return;
          }
          const scope = SCOPE.exec(request.headers.authorization ?? '');
          if (
            fake.mode === '403' ||
            !scope ||
            scope[1] !== fake.accessKeyId ||
            scope[3] !== fake.region ||
            !scope[4]!.split(';').includes('x-amz-content-sha256') ||
            !request.headers['x-amz-date']
          ) {
            fail(403, 'AccessDenied');
            return;
          }
          if (bucket !== fake.bucket) {
            fail(404, 'NoSuchBucket');
            return;
          }
          const hash = request.headers['x-amz-content-sha256'];
          if (hash !== createHash('sha256').update(body).digest('hex')) {
            fail(400, 'XAmzContentSHA256Mismatch');
            return;
          }
          if (request.method === 'HEAD' && key === '') {
            response.writeHead(200).end();
          } else if (request.method === 'PUT' && key) {
            fake.objects.set(key, {
              bytes: body,
              contentType: request.headers['content-type'] ?? 'binary/octet-stream',
            });
            response.writeHead(200, { ETag: '"x"' }).end();
          } else if (request.method === 'GET' && key) {
            const object = fake.objects.get(key);
            if (!object) {
              fail(404, 'NoSuchKey');
              return;
            }
            response.writeHead(200, {
              'Content-Type': object.contentType,
              'Content-Length': object.bytes.length,
            });
            response.end(object.bytes);
          } else if (request.method === 'DELETE' && key) {
            fake.objects.delete(key);
            response.writeHead(204).end();
          } else {
            fail(405, 'MethodNotAllowed');
          }
        })();
      });
      const listening = server;
      await new Promise<void>((resolve) => listening.listen(port, '127.0.0.1', resolve));
      port = (listening.address() as AddressInfo).port;
      (fake as { endpoint: string }).endpoint = `http://127.0.0.1:${port}`;
    },
    async close() {
      await fake.stop();
    },
  };
  await fake.start();
  return fake;
}
