// The benchmark's backend, in a worker thread of its own (its own heap and garbage collector, as
// a real backend has its own process): the mock backend with many questions behind the local
// HTTP server, which also serves the benchmark page. Started by scripts/bench-inbox.mjs.
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { startServer } from './http-server.mjs';

const { mocksUrl, pageDir, questions } = workerData;
const mocks = await import(mocksUrl);
const times = [];
let backend;
const server = await startServer({
  backend: () => backend,
  files: (pathname) => join(pageDir, pathname === '/' ? 'index.html' : pathname),
  onApi: (entry) => times.push(entry),
});

const now = Date.now();
const state = mocks.buildSeedState({ now, baseUrl: `${server.origin}/api/v1` });
const bulkStart = performance.now();
mocks.addBulkQuestions(state, questions - state.questions.length, { now });
const bulkMs = performance.now() - bulkStart;
backend = mocks.createMockBackend({ state, baseUrl: `${server.origin}/api/v1` });

parentPort.on('message', (message) => {
  if (message === 'times') {
    parentPort.postMessage({ times: times.splice(0) });
  } else if (message === 'close') {
    void server.close().then(() => parentPort.close());
  }
});
parentPort.postMessage({
  origin: server.origin,
  bulkMs,
  sellerToken: mocks.MOCK_TOKENS.seller,
});
