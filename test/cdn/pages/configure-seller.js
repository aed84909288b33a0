// The seller's pages' own module: configures the elements through the CDN bundle's core.
import { configure } from '/dist/cdn/seller-questions-core.js';

configure({ apiBase: '/api/v1', getToken: async () => 'seller:seller-1' });
