// The order page: <order-help> for one of the seeded orders, signed in as the buyer who placed
// it. The seller's buttons answer through the same API a merchant tool would use, so the
// thread below the form updates live.
import { configure, createClient, setLocale } from '../src/index.js';
import { API_BASE, startDemoBackend } from './backend.js';
import {
  applyDemoTheme,
  demoLocale,
  setDemoLocale,
  t,
  translatePage,
  type DemoText,
} from './i18n.js';

// The language chosen in the demo (or ?lang=), for the element and the page's own words.
const locale = demoLocale();
setDemoLocale(locale, 'orderLabel');
applyDemoTheme();
translatePage();
await setLocale(locale);

const backend = await startDemoBackend();

const picker = document.querySelector<HTMLSelectElement>('#order')!;
const log = document.querySelector<HTMLOutputElement>('#log')!;
const seller = createClient({ baseUrl: API_BASE, getToken: backend.sellerToken });
let buyerId = 'b-anna';
configure({ apiBase: API_BASE, getToken: (context) => backend.buyerToken(buyerId)(context) });
await import('../src/order-help.js');

function show(orderId: string) {
  const order = backend.catalog.orders.find((candidate) => candidate.id === orderId);
  if (!order) return;
  buyerId = order.buyer.id;
  configure({}); // new clients: the token now belongs to this order's buyer
  const element = document.createElement('order-help');
  element.setAttribute('order-id', orderId);
  const heading = document.createElement('h1');
  heading.className = 'visually-hidden';
  heading.textContent = `${t('orderLabel')} ${order.number}`;
  document.querySelector('#app')!.replaceChildren(heading, element);
  const url = new URL(location.href);
  url.searchParams.set('order', orderId);
  history.replaceState(null, '', url);
}

/** The newest request on the shown order that is still open. */
async function latestOpen() {
  const { items } = await seller.listQuestions({ orderId: picker.value, sort: '-updated' });
  return items.find((question) => question.status !== 'closed');
}

async function reply() {
  const question = await latestOpen();
  if (!question) return void (log.value = 'No open request on this order yet.');
  try {
    await seller.sendMessage(question.id, {
      text: 'Thank you for letting us know. We are looking into it and will get back to you today.',
      language: 'en',
    });
    log.value = 'The seller replied.';
  } catch (error) {
    log.value = `The seller could not reply: ${(error as Error).message}`;
  }
}

async function refund() {
  const question = await latestOpen();
  if (!question?.items.length) return void (log.value = 'No open request with items.');
  try {
    await seller.refundItems(question.id, { items: question.items });
    log.value = 'The seller refunded the items.';
  } catch (error) {
    log.value = `No refund: ${(error as Error).message}`;
  }
}

document.querySelector('#reply')!.addEventListener('click', () => void reply());
document.querySelector('#refund')!.addEventListener('click', () => void refund());

// The picker's words in the page's language: the order's state from the dictionary, the
// country from Intl.
const regions = new Intl.DisplayNames([demoLocale()], { type: 'region' });
for (const option of picker.options) {
  const { state, country, buyer } = option.dataset;
  if (!state || !country) continue;
  const number = option.textContent.trim().split(' · ')[0] ?? option.value;
  option.textContent = `${number} · ${t(state as keyof DemoText)}, ${regions.of(country) ?? country} (${buyer ?? ''})`;
}

const initial = new URLSearchParams(location.search).get('order');
if (initial && [...picker.options].some((option) => option.value === initial)) {
  picker.value = initial;
}
picker.addEventListener('change', () => {
  show(picker.value);
});
show(picker.value);
