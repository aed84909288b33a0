// The demo pages' backend: the mock backend in the page (msw's service worker), with its state in
// localStorage under one key, so every demo page and every reload sees the same questions.
import {
  createMockBackend,
  localStorageAdapter,
  startMockWorker,
  type MockBackend,
} from '../src/mocks/index.js';

export { MOCK_TOKENS } from '../src/mocks/index.js';

export async function startDemoBackend(
  latencyMs: readonly [number, number] = [120, 350],
): Promise<MockBackend> {
  const backend = createMockBackend({
    storage: localStorageAdapter('seller-questions-demo'),
    settings: { latencyMs },
  });
  await startMockWorker(backend);
  return backend;
}
