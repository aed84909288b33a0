// The pages' own module: configures the elements through the CDN bundle's core, which every
// file of the bundle imports (one set of settings, whichever files the page loaded).
import { configure } from '/dist/cdn/seller-questions-core.js';

configure({ apiBase: '/api/v1', getToken: async () => 'buyer:b-anna' });
