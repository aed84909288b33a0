// The back-office pages: <seller-question-inbox> on the demo's seed data (on the reference server
// or the in-browser mock), one script for both; the page says who is signed in with
// <body data-role>:
// - `seller` (merchant.html): the merchant's back office. The open question follows the URL
//   (?question=q-012), and a button lets its buyer write again, to see live updates and what
//   happens when the seller answers a question that changed. The navigation shows how many
//   questions await the seller (<seller-question-count>).
// - `platform` (service.html): the platform's customer-service inbox, signed in as its agent
//   (role platform). It opens on the queue of questions awaiting customer service across shops
//   (the list state follows the URL); after the agent answers, the page reads the question as its
//   buyer does and shows what the buyer now sees.
import { configure, createClient, setLocale } from '../src/index.js';
import { API_BASE, startDemoBackend, type DemoBackend } from './backend.js';
import { applyDemoTheme, demoLocale, setDemoLocale, t, translatePage } from './i18n.js';

const role = document.body.dataset['role'] === 'platform' ? 'platform' : 'seller';

// The language chosen in the demo (or ?lang=), for the element and the page's own words.
const locale = demoLocale();
setDemoLocale(locale, role === 'platform' ? 'customerService' : 'backOffice');
applyDemoTheme();
translatePage();
await setLocale(locale);

const backend = await startDemoBackend();
configure({
  apiBase: API_BASE,
  getToken: role === 'platform' ? backend.platformToken : backend.sellerToken,
});
await import('../src/seller-question-inbox.js');

const inbox = document.querySelector('seller-question-inbox')!;
const log = document.querySelector<HTMLOutputElement>('#log')!;
// One line (demo.css): the whole text in its title when the line is too narrow for it.
const signedIn = document.querySelector<HTMLElement>('#backend')!;
signedIn.textContent = signedIn.title = t(
  role === 'platform' ? 'agentSignedIn' : 'sellerSignedIn',
  { backend: backend.description },
);

if (role === 'platform') platformPage(backend);
else await sellerPage(backend);

document.querySelector('#reset')!.addEventListener('click', () => {
  void backend.reset().then(
    () => {
      location.replace(location.pathname);
    },
    (error: unknown) => {
      log.value = t('couldNotReset', { error: (error as Error).message });
    },
  );
});

async function sellerPage(backend: DemoBackend) {
  // The count of questions awaiting the seller, in the page's own navigation.
  await import('../src/seller-question-count.js');

  const initial = new URLSearchParams(location.search).get('question');
  if (initial) inbox.questionId = initial;
  inbox.addEventListener('sq-question-opened', (event) => {
    const url = new URL(location.href);
    url.searchParams.set('question', event.detail.questionId);
    history.replaceState(null, '', url);
  });
  inbox.addEventListener('sq-reply-sent', (event) => {
    log.value = t('replySent', { id: event.detail.question.id });
  });

  async function followUp() {
    const id = inbox.questionId;
    if (!id) return void (log.value = t('openQuestionFirst'));
    try {
      // Whose question it is, as the seller sees it through the API.
      const buyerId = await backend.questionBuyerId(id);
      const buyer = createClient({ baseUrl: API_BASE, getToken: backend.buyerToken(buyerId) });
      await buyer.sendMessage(id, {
        text: 'Sorry, one more thing: could you also tell me when it would arrive?',
        language: 'en',
      });
      log.value = t('buyerWroteAgain', { id });
    } catch (error) {
      log.value = t('buyerCouldNotWrite', { error: (error as Error).message });
    }
  }
  document.querySelector('#follow-up')!.addEventListener('click', () => void followUp());
}

function platformPage(backend: DemoBackend) {
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
        log.value = t('buyerSees', {
          text: `${latest?.authorName ?? ''}: ${latest?.text ?? ''}`,
        });
      },
      (error: unknown) => {
        log.value = (error as Error).message;
      },
    );
  });
}
