// The benchmark's backend, in a worker thread of its own (its own heap and garbage collector, as
// a real backend has its own process): the mock backend's msw handlers behind a local HTTP
// server that also serves the benchmark page. Started by scripts/bench-inbox.mjs.
import { getResponse } from 'msw';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const { mocksUrl, pageDir, questions } = workerData;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const mocks = await import(mocksUrl);
const times = [];
let backend;
let origin;

const server = createServer((request, response) => {
  handle(request, response).catch((error) => {
    console.error(error);
    response.writeHead(500).end();
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
origin = `http://127.0.0.1:${server.address().port}`;

const now = Date.now();
const state = mocks.buildSeedState({ now, baseUrl: `${origin}/api/v1` });
const bulkStart = performance.now();
mocks.addBulkQuestions(state, questions - state.questions.length, { now });
const bulkMs = performance.now() - bulkStart;
backend = mocks.createMockBackend({ state, baseUrl: `${origin}/api/v1` });

async function handle(request, response) {
  const url = new URL(request.url, origin);
  if (url.pathname.startsWith('/api/v1/')) {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    const started = performance.now();
    const answer = await getResponse(
      backend.handlers,
      new Request(url, {
        method: request.method,
        headers: request.headers,
        body: chunks.length ? Buffer.concat(chunks) : undefined,
      }),
    );
    const body = answer ? Buffer.from(await answer.arrayBuffer()) : Buffer.alloc(0);
    times.push({ path: url.pathname + url.search, at: started, ms: performance.now() - started });
    if (!answer) return void response.writeHead(404).end();
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    return void response.end(body);
  }
  const file = join(pageDir, url.pathname === '/' ? 'index.html' : url.pathname);
  if (!existsSync(file)) return void response.writeHead(404).end();
  response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
}

parentPort.on('message', (message) => {
  if (message === 'times') {
    parentPort.postMessage({ times: times.splice(0) });
  } else if (message === 'close') {
    server.close();
    parentPort.close();
  }
});
parentPort.postMessage({ origin, bulkMs, sellerToken: mocks.MOCK_TOKENS.seller });
