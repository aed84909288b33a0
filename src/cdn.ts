// The CDN bundle: everything in one module with lit included, for a page without a build step:
//   <script type="module" src="https://cdn.example.com/seller-questions/seller-questions.js"></script>
// It defines <ask-seller>, <order-help>, <seller-question-inbox> and <seller-question-count> and
// exports the same API as the package's main entry (configure, setLocale, createClient, the
// rules, the events, watchQuestionCount).
import './ask-seller.js';
import './order-help.js';
import './seller-question-inbox.js';
import './seller-question-count.js';

export * from './index.js';
