// A storefront built with Vite that uses the elements from the package, as a shop's project
// would (`npm install seller-questions`), with the package's plugin (docs/frameworks.md,
// "Bundlers"). In this repository, after `npm run build` (the package's dist/) and with the
// reference server running on :8787 in demo mode (`npm start`, or `npm run server` with DEMO=1):
//   npx vite build --config examples/vite-storefront/vite.config.mjs
//   npx vite preview --config examples/vite-storefront/vite.config.mjs --port 4173
// then open http://127.0.0.1:4173/product.html and /order.html.
import { fileURLToPath } from 'node:url';
import { sellerQuestions } from 'seller-questions/vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const api = { '/api': 'http://127.0.0.1:8787' };

export default {
  root: here('.'),
  plugins: [
    // Groups the elements' code in a few chunks (seller-questions-order-help.js, -core…),
    // preloads each page's first-view code and puts ./start.js first in each page, inline (the
    // build prints the hash a Content-Security-Policy needs for it; without `inlineStart` it is a
    // file of its own).
    sellerQuestions({ start: './start.js', inlineStart: true }),
  ],
  server: { proxy: api },
  preview: { proxy: api, host: '127.0.0.1' },
  build: {
    outDir: here('../../dist-examples/vite-storefront'),
    emptyOutDir: true,
    rolldownOptions: {
      input: { product: here('./product.html'), order: here('./order.html') },
    },
  },
};
