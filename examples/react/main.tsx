// Runs the example on the SDK's mock backend (msw in the page):
//   npx vite examples/react --config vite.config.ts
// In your app the client points at your backend, with your sign-in's token.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from '../../src/index.js';
import { createMockBackend, MOCK_TOKENS, startMockWorker } from '../../src/mocks/index.js';
import { ProductPage } from './product-page.js';

await startMockWorker(createMockBackend());
const client = createClient({ baseUrl: '/api/v1', getToken: () => MOCK_TOKENS.buyer('b-anna') });

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <h1>Leather Court Sneakers</h1>
    <ProductPage productId="p-05" shopId="s-1" client={client} />
  </StrictMode>,
);
