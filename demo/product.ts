import { configure } from '../src/index.js';
import { MOCK_TOKENS, startDemoBackend } from './backend.js';

await startDemoBackend();
configure({ apiBase: '/api/v1', getToken: () => MOCK_TOKENS.buyer('b-anna') });
await import('../src/ask-seller.js');
