// A local HTTP server for the scripts that open pages in Chromium (benchmarks, the CDN smoke
// test): the page meets the mock backend as it would a real one, over HTTP. `/api/v1/...` is
// answered by the mock backend's msw handlers, anything else from the file `files(pathname)`
// names (404 when it names none); with `compress`, brotli-compressed as a CDN sends it, and the
// API's JSON over 1 kB as the reference server sends it (server/src/compress.ts: brotli,
// quality 3). With `http2`, over HTTP/2 with TLS, as storefronts and CDNs serve pages (a
// certificate made for the run, which the browser is told to accept), HTTP/1.1 still offered.
import { getResponse } from 'msw';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/**
 * Starts the server on a free port of 127.0.0.1. `backend()` gives the mock backend to answer
 * with (it may change between pages); `onApi` hears each API request's path, start and the
 * backend's own time in ms. Resolves with the origin and a `close()`.
 */
export async function startServer({ backend, files, onApi, compress = false, http2 = false }) {
  const listener = (request, response) => {
    handle(request, response).catch((error) => {
      console.error(error);
      response.writeHead(500).end();
    });
  };
  const server = http2
    ? createSecureServer({ ...selfSignedCertificate(), allowHTTP1: true }, listener)
    : createServer(listener);
  const sessions = new Set();
  server.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `${http2 ? 'https' : 'http'}://127.0.0.1:${server.address().port}`;

  async function handle(request, response) {
    const url = new URL(request.url, origin);
    if (url.pathname.startsWith('/api/v1/')) {
      const chunks = [];
      for await (const chunk of request) chunks.push(chunk);
      const started = performance.now();
      const answer = await getResponse(
        backend().handlers,
        new Request(url, {
          method: request.method,
          // (Without HTTP/2's pseudo-headers, `:path` and the like.)
          headers: Object.fromEntries(
            Object.entries(request.headers).filter(([name]) => !name.startsWith(':')),
          ),
          body: chunks.length ? Buffer.concat(chunks) : undefined,
        }),
      );
      const body = answer ? Buffer.from(await answer.arrayBuffer()) : Buffer.alloc(0);
      onApi?.({ path: url.pathname + url.search, at: started, ms: performance.now() - started });
      if (!answer) return void response.writeHead(404).end();
      // (Less the headers of an HTTP/1.1 connection, which HTTP/2 refuses.)
      const headers = Object.fromEntries(
        [...answer.headers].filter(
          ([name]) => !/^(connection|keep-alive|transfer-encoding|upgrade)$/i.test(name),
        ),
      );
      if (
        compress &&
        body.length >= 1024 &&
        /json/.test(headers['content-type'] ?? '') &&
        /\bbr\b/.test(request.headers['accept-encoding'] ?? '')
      ) {
        const bytes = brotliCompressSync(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 3,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        });
        headers['content-encoding'] = 'br';
        headers['content-length'] = String(bytes.length);
        headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding';
        if (headers.etag && !headers.etag.startsWith('W/')) headers.etag = `W/${headers.etag}`;
        response.writeHead(answer.status, headers);
        return void response.end(bytes);
      }
      response.writeHead(answer.status, headers);
      return void response.end(body);
    }
    // Browsers ask for one on their own; no page here has one, and a 404 would be a console error.
    if (url.pathname === '/favicon.ico') return void response.writeHead(204).end();
    const file = files(url.pathname);
    if (!file || !existsSync(file)) return void response.writeHead(404).end('not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Text as a CDN or web server sends it: brotli-compressed, when the browser takes it.
    if (
      compress &&
      type !== 'application/octet-stream' &&
      /\bbr\b/.test(request.headers['accept-encoding'] ?? '')
    ) {
      response.writeHead(200, {
        'Content-Type': type,
        'Content-Encoding': 'br',
        Vary: 'Accept-Encoding',
      });
      return void response.end(compressed(file));
    }
    response.writeHead(200, { 'Content-Type': type });
    response.end(readFileSync(file));
  }

  /** Brotli of a file, kept until the file changes. */
  const brotli = new Map();
  function compressed(file) {
    const modified = statSync(file).mtimeMs;
    const kept = brotli.get(file);
    if (kept?.modified === modified) return kept.bytes;
    const bytes = brotliCompressSync(readFileSync(file), {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    });
    brotli.set(file, { modified, bytes });
    return bytes;
  }

  return {
    origin,
    close() {
      for (const session of sessions) session.destroy();
      server.closeAllConnections?.();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A key and a self-signed certificate for 127.0.0.1, made with the openssl command. */
function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(join(dir, 'key.pem')),
      cert: readFileSync(join(dir, 'cert.pem')),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
