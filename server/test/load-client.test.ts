// The bench's load generator client (server/scripts/load-client.ts): what it reads must be what
// node:http's server sent, however the bytes arrive, or the bench's figures count wrong answers.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { LoadClient, parseResponse } from '../scripts/load-client.js';

describe('the bench load client', () => {
  let server: http.Server;
  let port: number;
  const seen: { method: string; url: string; headers: http.IncomingHttpHeaders; body: string }[] =
    [];

  before(async () => {
    server = http.createServer((request, response) => {
      const parts: Buffer[] = [];
      request.on('data', (part: Buffer) => parts.push(part));
      request.on('end', () => {
        const body = Buffer.concat(parts).toString();
        seen.push({ method: request.method!, url: request.url!, headers: request.headers, body });
        if (request.url === '/empty') {
          response.writeHead(204).end();
        } else if (request.url === '/chunked') {
          // No Content-Length: node:http sends chunks, here in three writes.
          response.writeHead(200, { 'Content-Type': 'text/plain' });
          response.write('first,');
          setTimeout(() => {
            response.write('second,');
            response.end('third');
          }, 5);
        } else if (request.url === '/large') {
          const text = 'x'.repeat(200_000);
          response.writeHead(200, { 'Content-Length': text.length }).end(text);
        } else {
          const text = JSON.stringify({ echo: body, url: request.url });
          response
            .writeHead(201, {
              'Content-Type': 'application/json',
              'Content-Length': Buffer.byteLength(text),
            })
            .end(text);
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends the method, path, headers and body, and reads status and body', async () => {
    const client = new LoadClient(port, 2);
    try {
      const body = JSON.stringify({ text: 'Grüße, "quoted"' });
      const response = await client.request(
        0,
        'POST',
        '/api/v1/questions/q-1/messages',
        ['Authorization: Bearer abc', 'Content-Type: application/json'],
        body,
      );
      assert.equal(response.status, 201);
      assert.deepEqual(JSON.parse(response.body.toString()), {
        echo: body,
        url: '/api/v1/questions/q-1/messages',
      });
      const request = seen.at(-1)!;
      assert.equal(request.method, 'POST');
      assert.equal(request.headers.authorization, 'Bearer abc');
      assert.equal(request.headers['content-length'], String(Buffer.byteLength(body)));
    } finally {
      client.close();
    }
  });

  it('reuses one connection per worker, and reads chunked, empty and large bodies', async () => {
    const client = new LoadClient(port, 2);
    let connections = 0;
    const count = () => connections++;
    server.on('connection', count);
    try {
      for (let round = 0; round < 3; round++) {
        const [chunked, empty, large] = await Promise.all([
          client.request(0, 'GET', '/chunked'),
          client.request(1, 'GET', '/empty'),
          client.request(0, 'GET', '/large').catch((error: unknown) => error),
        ]);
        // One request at a time per connection: the worker's second is refused, not mixed in.
        assert.ok(large instanceof Error);
        assert.equal(chunked.status, 200);
        assert.equal(chunked.body.toString(), 'first,second,third');
        assert.equal(empty.status, 204);
        assert.equal(empty.body.length, 0);
        const big = await client.request(1, 'GET', '/large');
        assert.equal(big.body.length, 200_000);
      }
      assert.equal(connections, 2);
    } finally {
      server.off('connection', count);
      client.close();
    }
  });

  it('parses a response that arrives in pieces, and refuses what is not HTTP', () => {
    const whole = Buffer.from(
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\nHTTP/1.1 404',
    );
    for (let cut = 0; cut < whole.length - 12; cut++) {
      assert.equal(parseResponse(whole.subarray(0, cut)), undefined, `cut at ${cut}`);
    }
    const parsed = parseResponse(whole)!;
    assert.equal(parsed.status, 200);
    assert.equal(Buffer.concat(parsed.chunks!).toString(), 'hello world');
    assert.equal(whole.subarray(parsed.end).toString(), 'HTTP/1.1 404');
    assert.throws(() => parseResponse(Buffer.from('SSH-2.0-OpenSSH\r\n\r\n')), /not an HTTP/);
    assert.throws(
      () => parseResponse(Buffer.from('HTTP/1.1 200 OK\r\nX: y\r\n\r\nbody')),
      /neither Content-Length nor chunked/,
    );
  });

  it('rejects the request when the server closes the connection, and reconnects', async () => {
    const closing = http.createServer((request, response) => {
      if (request.url === '/drop') request.socket.destroy();
      else response.writeHead(200, { 'Content-Length': 2 }).end('ok');
    });
    await new Promise<void>((resolve) => closing.listen(0, '127.0.0.1', resolve));
    const client = new LoadClient((closing.address() as AddressInfo).port, 1);
    try {
      await assert.rejects(client.request(0, 'GET', '/drop'), /closed the connection/);
      const again = await client.request(0, 'GET', '/fine');
      assert.equal(again.body.toString(), 'ok');
    } finally {
      client.close();
      closing.closeAllConnections();
      await new Promise((resolve) => closing.close(resolve));
    }
  });
});
