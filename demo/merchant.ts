// The merchant page: <seller-question-inbox> on the demo's seed data (on the reference server or
// the in-browser mock), signed in as the seller. The open question follows the URL
// (?question=q-012), and a button lets its buyer write again, to see live updates and what
// happens when the seller answers a question that changed. The navigation shows how many
// questions await the seller (<seller-question-count>).
import { configure, createClient, setLocale } from '../src/index.js';
import { API_BASE, startDemoBackend } from './backend.js';
import { demoLocale, setDemoLocale, t, translatePage } from './i18n.js';

// The language chosen in the demo (or ?lang=), for the element and the page's own words.
const locale = demoLocale();
setDemoLocale(locale);
translatePage();
await setLocale(locale);

const backend = await startDemoBackend();
configure({ apiBase: API_BASE, getToken: backend.sellerToken });
await import('../src/seller-question-inbox.js');
// The count of questions awaiting the seller, in the page's own navigation.
await import('../src/seller-question-count.js');

const inbox = document.querySelector('seller-question-inbox')!;
const log = document.querySelector<HTMLOutputElement>('#log')!;
// One line (demo.css): the whole text in its title when the line is too narrow for it.
const signedIn = document.querySelector<HTMLElement>('#backend')!;
signedIn.textContent = signedIn.title = t('sellerSignedIn', { backend: backend.description });

const initial = new URLSearchParams(location.search).get('question');
if (initial) inbox.questionId = initial;
inbox.addEventListener('sq-question-opened', (event) => {
  const url = new URL(location.href);
  url.searchParams.set('question', event.detail.questionId);
  history.replaceState(null, '', url);
});
inbox.addEventListener('sq-reply-sent', (event) => {
  log.value = `Reply sent on ${event.detail.question.id}.`;
});

async function followUp() {
  const id = inbox.questionId;
  if (!id) return void (log.value = 'Open a question first.');
  try {
    // Whose question it is, as the seller sees it through the API.
    const buyerId = await backend.questionBuyerId(id);
    const buyer = createClient({ baseUrl: API_BASE, getToken: backend.buyerToken(buyerId) });
    await buyer.sendMessage(id, {
      text: 'Sorry, one more thing: could you also tell me when it would arrive?',
      language: 'en',
    });
    log.value = `The buyer wrote again on ${id}.`;
  } catch (error) {
    log.value = `The buyer could not write: ${(error as Error).message}`;
  }
}

document.querySelector('#follow-up')!.addEventListener('click', () => void followUp());
document.querySelector('#reset')!.addEventListener('click', () => {
  void backend.reset().then(
    () => {
      location.replace(location.pathname);
    },
    (error: unknown) => {
      log.value = `Could not reset: ${(error as Error).message}`;
    },
  );
});
