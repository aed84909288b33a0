// The merchant page: <seller-question-inbox> on the mock backend's seed data, signed in as the
// seller. The open question follows the URL (?question=q-012), and a button lets its buyer write
// again, to see live updates and what happens when the seller answers a question that changed.
import { configure, createClient } from '../src/index.js';
import { MOCK_TOKENS, startDemoBackend } from './backend.js';

const backend = await startDemoBackend();
configure({ apiBase: '/api/v1', getToken: () => MOCK_TOKENS.seller });
await import('../src/seller-question-inbox.js');

const inbox = document.querySelector('seller-question-inbox')!;
const log = document.querySelector<HTMLOutputElement>('#log')!;

const initial = new URLSearchParams(location.search).get('question');
if (initial) inbox.questionId = initial;
inbox.addEventListener('sq-question-opened', (event) => {
  history.replaceState(null, '', `?question=${event.detail.questionId}`);
});
inbox.addEventListener('sq-reply-sent', (event) => {
  log.value = `Reply sent on ${event.detail.question.id}.`;
});

async function followUp() {
  const id = inbox.questionId;
  const question = backend.state.questions.find((candidate) => candidate.id === id);
  if (!question) return void (log.value = 'Open a question first.');
  const buyer = createClient({
    baseUrl: '/api/v1',
    getToken: () => MOCK_TOKENS.buyer(question.buyerId),
  });
  try {
    await buyer.sendMessage(question.id, {
      text: 'Sorry, one more thing: could you also tell me when it would arrive?',
      language: 'en',
    });
    log.value = `The buyer wrote again on ${question.id}.`;
  } catch (error) {
    log.value = `The buyer could not write: ${(error as Error).message}`;
  }
}

document.querySelector('#follow-up')!.addEventListener('click', () => void followUp());
document.querySelector('#reset')!.addEventListener('click', () => {
  backend.reset();
  location.replace(location.pathname);
});
