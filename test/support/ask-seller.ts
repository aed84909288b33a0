// Test support for <ask-seller>: asking through its form as a buyer, the host's confirmation of
// the question the backend stored (the framework examples), and the buyer's earlier questions.
import { expect } from '@open-wc/testing';
import type { AskSeller } from '../../src/ask-seller.js';
import type { SellerQuestionsClient } from '../../src/api/client.js';
import type { SqComposer } from '../../src/components/shared/composer.js';
import type { SqConversations } from '../../src/components/shared/conversations.js';
import type { SqThread } from '../../src/components/shared/thread.js';
import { currentSettings } from '../../src/api/configure.js';
import type { MockBackend } from '../../src/mocks/index.js';
import {
  buttonWithText,
  inShadow,
  shadowReady,
  shadowText,
  typeInto,
  waitFor,
} from './elements.js';

/** Picks the subject, types the question and presses "Send question", as a buyer does. */
export async function askThroughForm(el: AskSeller, subject: string, text: string) {
  const composer = await shadowReady<SqComposer>(el, 'sq-composer');
  inShadow<HTMLInputElement>(el, `input[name=subject][value="${subject}"]`).click();
  await el.updateComplete;
  await typeInto(composer, text);
  // <ask-seller> loads its history (<sq-conversations>) on demand. A send before that chunk
  // has loaded fails after the question is created (reported to the SDK owners), so wait
  // for it as a buyer who takes a second to type does.
  await customElements.whenDefined('sq-conversations');
  buttonWithText(composer, 'Send question').click();
}

/**
 * Checks what a framework's template set on `el`: `client` as a property (not an attribute),
 * product-id and shop-id as attributes; then that the element loaded the product through that
 * client and names it (`About: {title}`).
 */
export async function expectBoundAsDocumented(
  el: AskSeller,
  client: SellerQuestionsClient,
  { productId, shopId, title }: { productId: string; shopId: string; title: string },
) {
  expect(el.client).to.equal(client);
  expect(el.hasAttribute('client')).to.be.false;
  expect(el.getAttribute('product-id')).to.equal(productId);
  expect(el.productId).to.equal(productId);
  expect(el.getAttribute('shop-id')).to.equal(shopId);
  // Nothing else tells the page where the backend is: what it shows came through `client`.
  expect(currentSettings().apiBase).to.equal(undefined);
  await shadowReady(el, 'sq-composer');
  expect(shadowText(el)).to.include(`About: ${title}`);
}

/**
 * Waits for the host's confirmation (`[role=status]` in `container`, written from the
 * sq-question-created event) and checks that it names the one question the backend stored.
 */
export async function expectHostConfirmation(
  container: HTMLElement,
  backend: MockBackend,
  asked: { buyerId: string; productId: string; text: string },
  host: string,
) {
  await waitFor(() => container.querySelector('[role=status]'), `${host} to show its confirmation`);
  const status = container.querySelector<HTMLElement>('[role=status]')!;
  expect(status.textContent).to.include('We will email you when the seller answers.');
  const created = backend.state.questions.filter(
    (question) =>
      question.buyerId === asked.buyerId &&
      question.productId === asked.productId &&
      question.messages[0]?.text === asked.text,
  );
  expect(created).to.have.length(1);
  expect(status.dataset['questionId']).to.equal(created[0]!.id);
}

/** The buyer's earlier questions in <ask-seller> (loaded on demand), once one is listed. */
export async function historyOf(el: AskSeller): Promise<SqConversations> {
  const conversations = await shadowReady<SqConversations>(el, 'sq-conversations');
  await waitFor(
    () => conversations.shadowRoot?.querySelector('[part=question]'),
    'a question listed',
  );
  return conversations;
}

/** Opens the first question listed: its thread, in the page (not necessarily rendered yet). */
export async function openFirst(conversations: SqConversations): Promise<SqThread> {
  inShadow(conversations, '[part=question-toggle]').click();
  return shadowReady<SqThread>(conversations, 'sq-thread');
}
