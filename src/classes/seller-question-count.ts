// The <seller-question-count> class, without its tag: importing this registers no public element (the internal
// `sq-` elements it renders are registered when the first one is made). Register it under a
// tag of your own: `customElements.define('shop-seller-question-count', class extends SellerQuestionCount {})`.
// First, before lit loads: a clear error when the page's policy refuses lit's Trusted Types policy.
import '../components/trusted-types-check.js';

export { SellerQuestionCount } from '../components/seller-question-count/seller-question-count.js';
