// The CDN bundle's file for <order-help> alone (dist/cdn/order-help.js), for a page that shows only it:
// that element's code, and seller-questions-core.js (lit, the client, the settings, the
// locale), which it imports and which the page preloads beside it (docs/frameworks.md):
//   <link rel="modulepreload" href="https://cdn.example.com/seller-questions/seller-questions-core.js">
//   <script type="module" src="https://cdn.example.com/seller-questions/order-help.js"></script>
// It exports nothing: a page configures the elements with seller-questions-core.js's exports.
// It may load beside the other files of the bundle (they share the core: one configure(), one
// locale, one lit).
import './order-help.js';
