// The pages' own module for the head start: configure() from seller-questions-start.js, loaded
// with `async` so that it runs before the element's file has arrived; the elements' first data
// is asked for then (src/components/head-start.ts).
import { configure } from '/dist/cdn/seller-questions-start.js';

const token = document.documentElement.dataset['token'] ?? 'buyer:b-anna';
configure({ apiBase: '/api/v1', getToken: async () => token });
