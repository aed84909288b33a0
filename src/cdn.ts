// The CDN bundle's first module, for a page without a build step, lit included:
//   <script type="module" src="https://cdn.example.com/seller-questions/seller-questions.js"></script>
// It defines <ask-seller>, <order-help> and <seller-question-inbox> (built, it imports the
// per-element files ask-seller.js, order-help.js and seller-question-inbox.js, and
// seller-questions-core.js, which they share: src/cdn-ask-seller.ts…), and <seller-question-count> once the page has
// one (its code loads then). It exports what a page configures the elements with
// (src/cdn-core.ts); the rest of the package's API (the domain rules, the inbox's list
// state, the platform functions, watchQuestionCount) is in `seller-questions-api.js`
// (src/cdn-api.ts), beside it, which exports everything.
import './ask-seller.js';
import './order-help.js';
import './seller-question-inbox.js';
import { defineCountOnDemand } from './cdn-count.js';

export * from './cdn-core.js';

defineCountOnDemand(() => import('./seller-question-count.js'));
