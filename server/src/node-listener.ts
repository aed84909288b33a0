// The server's node:http request listener. A GET for the backend (the bulk of the API's
// traffic: lists, questions, the configuration) is read from node:http's request and its answer
// written from its parts, without the fetch Request and Response that @hono/node-server makes
// of each request and reads back: 3–4 % less of the server's CPU a question under load
// (docs/performance.md). Every other request goes through node-server to the app's `fetch`, as
// before; both lanes meet in the app's edge (its log line, rate limit, CORS and compression).
import { getRequestListener } from '@hono/node-server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import { problemParts, type BackendRequest } from '../../src/backend/pipeline.js';
import { ProblemError } from '../../src/backend/problems.js';
import type { App } from './app.js';
import { answerParts } from './compress.js';

/**
 * A path the backend reads as node:http has it: only characters a URL keeps as they are, and no
 * `.` or empty segment. Anything else (percent-escapes, `\`, `/./`, `//`) is normalized by the
 * URL parser, so its lane is left to the fetch side, which decides on the normalized path.
 */
const PLAIN_PATH = /^(?:\/(?!\.|\/)[\w\-.~!$&'()*+,;=:@]*)+$/;

export interface NodeListenerOptions {
  /** The host name of the requests' URLs on the fetch side (node-server's `hostname`). */
  hostname?: string | undefined;
  /** An answer that could not be written (for the log: never a header or a body). */
  onError?: ((error: unknown) => void) | undefined;
}

export function nodeListener(
  app: Pick<App, 'fetch' | 'backendGet' | 'answer'>,
  options: NodeListenerOptions = {},
): (incoming: IncomingMessage, outgoing: ServerResponse) => void {
  const viaFetch = getRequestListener(app.fetch, { hostname: options.hostname });
  return (incoming, outgoing) => {
    const url = incoming.url ?? '';
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    if (incoming.method !== 'GET' || !PLAIN_PATH.test(path) || !app.backendGet(path)) {
      void viaFetch(incoming, outgoing);
      return;
    }
    app
      .answer(new IncomingRequest(incoming, url), { incoming, outgoing }, path)
      .then((response) => {
        send(response, outgoing);
      })
      .catch((error: unknown) => {
        options.onError?.(error);
        failed(outgoing);
      });
  };
}

/**
 * The edge answers a failure of the backend itself; this is one in writing its answer (a header
 * node:http refuses): a 500 problem when nothing was sent yet, and the connection closed.
 */
function failed(outgoing: ServerResponse): void {
  if (outgoing.headersSent || outgoing.destroyed) {
    outgoing.destroy();
    return;
  }
  const { status, headers, body } = problemParts(
    new ProblemError(500, 'server_error', 'The server failed unexpectedly.'),
  );
  outgoing.writeHead(status, {
    ...headers,
    'Content-Length': String(Buffer.byteLength(body!)),
    Connection: 'close',
  });
  outgoing.end(body);
}

/**
 * A GET as the backend reads it, from node:http's request. A header's value is every value the
 * request sent for it, joined with ", " as a fetch Headers joins them (node:http's own `headers`
 * would keep only the first Authorization of two, where the fetch side sees both and refuses).
 */
class IncomingRequest implements BackendRequest {
  readonly method = 'GET';
  readonly url: string;
  readonly headers: IncomingHeaders;
  constructor(incoming: IncomingMessage, url: string) {
    this.url = `http://localhost${url}`;
    this.headers = new IncomingHeaders(incoming);
  }
  /** A GET's body is not read, on either side. */
  text(): Promise<string> {
    return Promise.resolve('');
  }
  formData(): Promise<FormData> {
    return Promise.reject(new TypeError('A GET has no form to read.'));
  }
}

class IncomingHeaders {
  readonly #incoming: IncomingMessage;
  constructor(incoming: IncomingMessage) {
    this.#incoming = incoming;
  }
  get(name: string): string | null {
    const values = this.#incoming.headersDistinct[name.toLowerCase()];
    return values === undefined ? null : values.length === 1 ? values[0]! : values.join(', ');
  }
}

/** Writes an answer: from its parts when the backend made it, else from the Response. */
function send(response: Response, outgoing: ServerResponse): void {
  const parts = answerParts(response);
  if (parts) {
    const { status, headers, body } = parts;
    if (body === null) {
      outgoing.writeHead(status, headers).end();
      return;
    }
    // The parts are this answer's own (a compressed body's length is among them already).
    headers['Content-Length'] = String(
      typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength,
    );
    outgoing.writeHead(status, headers).end(body);
    return;
  }
  // A route's own answer (an attachment's bytes, possibly streaming from object storage) or an
  // edge's (a problem, a 429): its headers as the Response has them, its body streamed.
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  outgoing.writeHead(response.status, headers);
  if (!response.body) {
    outgoing.end();
    return;
  }
  pipeline(Readable.fromWeb(response.body as ReadableStream), outgoing).catch(() => {
    outgoing.destroy();
  });
}
