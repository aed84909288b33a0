// The demo starts the mock backend in the page (msw service worker) and talks to it through the
// SDK's client, exactly as an integrator's page would talk to their own backend.
import { createClient } from '../src/api/client.js';
import {
  createMockBackend,
  localStorageAdapter,
  MOCK_TOKENS,
  startMockWorker,
} from '../src/mocks/index.js';

const backend = createMockBackend({
  storage: localStorageAdapter('seller-questions-demo'),
  settings: { latencyMs: [120, 350] },
});
await startMockWorker(backend);

const seller = createClient({ baseUrl: '/api/v1', getToken: () => MOCK_TOKENS.seller });
const [metrics, awaiting] = await Promise.all([
  seller.getMetrics(),
  seller.listQuestions({ status: ['awaiting_seller'], sort: 'due', limit: 5 }),
]);

const app = document.querySelector('#app')!;
const percent = (value: number | null) =>
  value === null
    ? 'not enough data'
    : new Intl.NumberFormat('en', { style: 'percent' }).format(value);

const heading = document.createElement('h1');
heading.textContent = 'Mock backend running';
const summary = document.createElement('p');
summary.textContent =
  `CSAT ${percent(metrics.csat)}, delayed responses ${percent(metrics.delayedRate)}, ` +
  `standing: ${metrics.standing}. ${awaiting.total} questions await the seller; most urgent:`;
const table = document.createElement('table');
for (const question of awaiting.items) {
  const row = table.insertRow();
  row.insertCell().textContent = question.buyer.name;
  row.insertCell().textContent = question.topic;
  row.insertCell().textContent = question.replyDueAt ?? '';
  row.insertCell().textContent = question.snippet;
}
app.replaceChildren(heading, summary, table);
