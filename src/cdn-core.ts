// The CDN bundle's core, seller-questions-core.js: what a page configures the elements with
// (seller-questions.js exports the same), and, built, the modules that the elements' files
// (ask-seller.js, order-help.js, seller-question-inbox.js) share: lit, the client, the settings,
// the locale. Every file of the bundle imports it, so a page has one of each, whichever files
// it loads:
//   import { configure } from 'https://cdn.example.com/seller-questions/seller-questions-core.js';
// First, before lit loads (the core's first module): a clear error when the page's policy
// refuses lit's Trusted Types policy.
import './components/trusted-types-check.js';

export * from './core-api.js';
