// The CDN bundle's first module, for a page without a build step, lit included:
//   <script type="module" src="https://cdn.example.com/seller-questions/seller-questions.js"></script>
// It defines the elements whose define modules it imports below (built, it imports their files,
// ask-seller.js, order-help.js and seller-question-inbox.js, and the shared files they import;
// vite.config.ts gives every public element its file), and <seller-question-count> once the page
// has one (its file loads then). It exports what a page configures the elements with
// (src/cdn-core.ts); the rest of the package's API (the domain rules, the inbox's list
// state, the platform functions, watchQuestionCount) is in `seller-questions-api.js`
// (src/cdn-api.ts), beside it, which exports everything.
import './ask-seller.js';
import './order-help.js';
import './seller-question-inbox.js';
import { defineCountOnDemand } from './cdn-count.js';

export * from './cdn-core.js';

// Its own file, seller-question-count.js, through the file's entry (vite.config.ts), which exports
// nothing: importing the define module itself would make the bundle build its namespace, with a
// helper chunk that a page cannot preload.
defineCountOnDemand(() => import('virtual:cdn-element/seller-question-count'));
