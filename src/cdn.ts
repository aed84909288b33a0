// The CDN bundle: everything in one module with lit included, for a page without a build step:
//   <script type="module" src="https://cdn.example.com/seller-questions/seller-questions.js"></script>
// It defines <ask-seller>, <order-help> and <seller-question-inbox> and exports the same API as
// the package's main entry (configure, setLocale, createClient, the rules, the events).
import './ask-seller.js';
import './order-help.js';
import './seller-question-inbox.js';

export * from './index.js';
