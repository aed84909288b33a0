// The CDN bundle's second module: the package's whole API (as its main entry exports it), for a
// page without a build step that needs more than seller-questions.js exports:
//   import { watchQuestionCount, parseListState } from 'https://cdn.example.com/seller-questions/seller-questions-api.js';
// Built, it loads seller-questions.js first (vite.config.ts, cdnFlatImports()), so it
// shares its settings and defines its elements; and it defines <seller-question-count> right
// away (for a badge in a shadow root, which seller-questions.js does not look into).
import './seller-question-count.js';

export * from './index.js';
