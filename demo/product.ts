import { configure } from '../src/index.js';
import {
  createMockBackend,
  localStorageAdapter,
  MOCK_TOKENS,
  startMockWorker,
} from '../src/mocks/index.js';

const backend = createMockBackend({
  storage: localStorageAdapter('seller-questions-demo'),
  settings: { latencyMs: [120, 350] },
});
await startMockWorker(backend);
configure({ apiBase: '/api/v1', getToken: () => MOCK_TOKENS.buyer('b-anna') });
await import('../src/ask-seller.js');
