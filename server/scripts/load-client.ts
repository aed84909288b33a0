// The load generator's HTTP client for `npm run bench:server`: keep-alive HTTP/1.1 on one socket
// per worker, each request written as one string and each response read just far enough for its
// status and its end (Content-Length or chunked). On this 2-core machine the load generator shares
// the CPU with the server and PostgreSQL; node:http's client (an Agent, a ClientRequest and an
// IncomingMessage stream per request) took 0.15 ms of CPU per request, which the server's
// latency paid. This is what autocannon does, with the bench's own requests.
import { connect, type Socket } from 'node:net';

export interface LoadResponse {
  status: number;
  body: Buffer;
}

interface Pending {
  resolve: (response: LoadResponse) => void;
  reject: (error: Error) => void;
}

const HEAD_END = Buffer.from('\r\n\r\n');
const LINE_END = Buffer.from('\r\n');

/**
 * The head of the response that starts `buffer`: its status, where its body starts and how
 * long it says the body is; undefined while the head is incomplete. Throws on what is not an
 * HTTP/1.1 response.
 */
function responseHead(
  buffer: Buffer,
): { status: number; bodyStart: number; length: number | undefined; head: string } | undefined {
  const headEnd = buffer.indexOf(HEAD_END);
  if (headEnd < 0) return undefined;
  const head = buffer.toString('latin1', 0, headEnd);
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(head);
  if (!status) throw new Error(`not an HTTP response: ${JSON.stringify(head.slice(0, 40))}`);
  const code = Number(status[1]);
  const bodyStart = headEnd + 4;
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  const bodyless = code === 204 || code === 304 || (code >= 100 && code < 200);
  return {
    status: code,
    bodyStart,
    length: bodyless ? 0 : length ? Number(length[1]) : undefined,
    head,
  };
}

/**
 * Where the response that starts `buffer` ends, and its status; undefined while incomplete.
 * Throws on what is not an HTTP/1.1 response.
 */
export function parseResponse(
  buffer: Buffer,
):
  | { status: number; bodyStart: number; bodyEnd: number; end: number; chunks?: Buffer[] }
  | undefined {
  const parsed = responseHead(buffer);
  if (!parsed) return undefined;
  const { status: code, bodyStart, length, head } = parsed;
  if (length !== undefined) {
    const end = bodyStart + length;
    return buffer.length < end ? undefined : { status: code, bodyStart, bodyEnd: end, end };
  }
  if (!/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
    throw new Error('a response with neither Content-Length nor chunked encoding');
  }
  const chunks: Buffer[] = [];
  let at = bodyStart;
  for (;;) {
    const lineEnd = buffer.indexOf(LINE_END, at);
    if (lineEnd < 0) return undefined;
    const size = parseInt(buffer.toString('latin1', at, lineEnd), 16);
    if (Number.isNaN(size)) throw new Error('a malformed chunk size');
    if (size === 0) {
      // No trailers are sent to the bench: the last chunk ends with an empty line.
      const end = lineEnd + 4;
      if (buffer.length < end) return undefined;
      return { status: code, bodyStart, bodyEnd: bodyStart, end, chunks };
    }
    const dataEnd = lineEnd + 2 + size;
    if (buffer.length < dataEnd + 2) return undefined;
    chunks.push(buffer.subarray(lineEnd + 2, dataEnd));
    at = dataEnd + 2;
  }
}

class Connection {
  #socket: Socket | undefined;
  /** What arrived of the response so far, unjoined, and its length. */
  #chunks: Buffer[] = [];
  #length = 0;
  /** Once the head is in: the length the whole response has, when it says (Content-Length). */
  #expected: number | undefined;
  #pending: Pending | undefined;

  constructor(private readonly port: number) {}

  send(request: string): Promise<LoadResponse> {
    if (this.#pending) return Promise.reject(new Error('one request at a time per connection'));
    const socket = this.#socket ?? this.#open();
    return new Promise((resolve, reject) => {
      this.#pending = { resolve, reject };
      socket.write(request);
    });
  }

  close(): void {
    this.#socket?.destroy();
    this.#socket = undefined;
  }

  #open(): Socket {
    const socket = connect({ host: '127.0.0.1', port: this.port, noDelay: true });
    this.#chunks = [];
    this.#length = 0;
    this.#expected = undefined;
    socket.on('data', (data: Buffer) => {
      this.#chunks.push(data);
      this.#length += data.length;
      // A body of known length is joined once, when all of it is in.
      if (this.#expected === undefined || this.#length >= this.#expected) this.#read();
    });
    const fail = (error: Error) => {
      if (this.#socket === socket) this.#socket = undefined;
      const pending = this.#pending;
      this.#pending = undefined;
      pending?.reject(error);
    };
    socket.on('error', fail);
    socket.on('close', () => {
      fail(new Error('the server closed the connection'));
    });
    this.#socket = socket;
    return socket;
  }

  #read(): void {
    const buffer = this.#chunks.length === 1 ? this.#chunks[0]! : Buffer.concat(this.#chunks);
    this.#chunks = [buffer];
    let parsed;
    try {
      parsed = parseResponse(buffer);
    } catch (error) {
      this.#socket?.destroy(error as Error);
      return;
    }
    if (!parsed) {
      const head = responseHead(buffer);
      if (head?.length !== undefined) this.#expected = head.bodyStart + head.length;
      return;
    }
    const body = parsed.chunks
      ? Buffer.concat(parsed.chunks)
      : buffer.subarray(parsed.bodyStart, parsed.bodyEnd);
    const rest = buffer.subarray(parsed.end);
    this.#chunks = rest.length > 0 ? [rest] : [];
    this.#length = rest.length;
    this.#expected = undefined;
    const pending = this.#pending;
    this.#pending = undefined;
    pending?.resolve({ status: parsed.status, body });
  }
}

/** One keep-alive connection per worker to 127.0.0.1:port. */
export class LoadClient {
  readonly #connections: Connection[];

  constructor(
    port: number,
    connections: number,
    private readonly host = `127.0.0.1:${port}`,
  ) {
    this.#connections = Array.from({ length: connections }, () => new Connection(port));
  }

  /** Sends a request on the worker's connection; headers as `Name: value` lines. */
  request(
    worker: number,
    method: string,
    path: string,
    headers: readonly string[] = [],
    body?: string,
  ): Promise<LoadResponse> {
    const connection = this.#connections[worker % this.#connections.length]!;
    const lines = [`${method} ${path} HTTP/1.1`, `Host: ${this.host}`, ...headers];
    if (body !== undefined) lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
    return connection.send(`${lines.join('\r\n')}\r\n\r\n${body ?? ''}`);
  }

  close(): void {
    for (const connection of this.#connections) connection.close();
  }
}
