// Importing this module defines <ask-seller> (and the internal elements it uses).
// Size budget: 20 kB brotli (24 kB gzip) for what loads with it (`npm run size`): what a product
// page loads for the question form. What only a later step needs loads on demand (sending, photos,
// the history, the schemas of later responses); `npm run size:modules` shows what it is made of.
// First, before lit loads: a clear error when the page's policy refuses lit's Trusted Types policy.
import './components/trusted-types-check.js';
import { AskSeller } from './components/ask-seller/ask-seller.js';
import { defineElement } from './components/define.js';

defineElement('ask-seller', AskSeller);

export { AskSeller };
