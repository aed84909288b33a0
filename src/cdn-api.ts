// The CDN bundle's second module: the package's whole API (as its main entry exports it), for a
// page without a build step that needs more than seller-questions.js exports:
//   import { watchQuestionCount, parseListState } from 'https://cdn.example.com/seller-questions/seller-questions-api.js';
// It shares seller-questions.js (and so its settings and elements), which it loads first, and
// defines <seller-question-count> right away (for a badge in a shadow root, which
// seller-questions.js does not look into).
import './cdn.js';
import './seller-question-count.js';

export * from './index.js';
