import { configure } from '../src/index.js';
import { API_BASE, startDemoBackend } from './backend.js';

const backend = await startDemoBackend();
configure({ apiBase: API_BASE, getToken: backend.buyerToken('b-anna') });
await import('../src/ask-seller.js');
