// A plain page: no bundler, no framework. The same module the script tag loaded exports the API.
import { configure, createClient } from '/dist/cdn/seller-questions.js';

// The storefront's signed-in buyer. A real page returns its session's access token here.
configure({ apiBase: '/api/v1', getToken: async () => 'buyer:b-anna' });

// The back office on the same page (for the example) signs in as the seller with its own client.
document.querySelector('#inbox').client = createClient({
  baseUrl: '/api/v1',
  getToken: async () => 'seller:seller-1',
});

document.addEventListener('sq-question-created', (event) => {
  console.log('question created', event.detail.question.id);
});
