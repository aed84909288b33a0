// The customer-service page: <seller-question-inbox> signed in as the platform's agent
// (role platform), on the demo's seed data. It opens on the queue of questions awaiting
// customer service across shops; after the agent answers, the page reads the question as its
// buyer does and shows what the buyer now sees.
import { configure, createClient, setLocale } from '../src/index.js';
import { API_BASE, startDemoBackend } from './backend.js';
import { demoLocale, setDemoLocale, t, translatePage } from './i18n.js';

const locale = demoLocale();
setDemoLocale(locale);
translatePage();
await setLocale(locale);

const backend = await startDemoBackend();
configure({ apiBase: API_BASE, getToken: backend.platformToken });
await import('../src/seller-question-inbox.js');

const inbox = document.querySelector('seller-question-inbox')!;
const log = document.querySelector<HTMLOutputElement>('#log')!;
// One line (demo.css): the whole text in its title when the line is too narrow for it.
const signedIn = document.querySelector<HTMLElement>('#backend')!;
signedIn.textContent = signedIn.title = t('agentSignedIn', { backend: backend.description });

// The queue first: what awaits customer service, recently changed first; the URL keeps it.
const params = new URLSearchParams(location.search);
params.delete('lang');
inbox.listState = params.toString() || 'status=awaiting_platform&sort=-updated';
inbox.addEventListener('sq-list-state-changed', (event) => {
  const url = new URL(location.href);
  url.search = event.detail.value;
  url.searchParams.set('lang', locale);
  history.replaceState(null, '', url);
});

inbox.addEventListener('sq-reply-sent', (event) => {
  const { question } = event.detail;
  const buyer = createClient({
    baseUrl: API_BASE,
    getToken: backend.buyerToken(question.buyer.id),
  });
  void buyer.getQuestion(question.id).then(
    (seen) => {
      const latest = seen.messages.findLast((message) => message.author !== 'system');
      log.value = t('buyerSees', { text: `${latest?.authorName ?? ''}: ${latest?.text ?? ''}` });
    },
    (error: unknown) => {
      log.value = (error as Error).message;
    },
  );
});

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
