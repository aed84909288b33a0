// Runs the example on the SDK's mock backend (msw in the page):
//   npx vite examples/vue --config vite.config.ts
// In your app the client points at your backend, with your sign-in's token.
import { createApp, h } from 'vue';
import { createClient } from '../../src/index.js';
import { createMockBackend, MOCK_TOKENS, startMockWorker } from '../../src/mocks/index.js';
import { ProductPage } from './product-page.js';

await startMockWorker(createMockBackend());
const client = createClient({ baseUrl: '/api/v1', getToken: () => MOCK_TOKENS.buyer('b-anna') });

createApp({
  render: () => [
    h('h1', 'Leather Court Sneakers'),
    h(ProductPage, { productId: 'p-05', shopId: 's-1', client }),
  ],
}).mount('#app');
