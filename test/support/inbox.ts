// Test support for <seller-question-inbox>: mounting it on the mock backend as the seller, and
// reaching into its internal parts (list, conversation, reply, refund, escalation).
import { fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/seller-question-inbox.js';
import type { SellerQuestionsClient } from '../../src/api/client.js';
import type { SqComposer } from '../../src/components/shared/composer.js';
import type { SqInboxConversation } from '../../src/components/seller-question-inbox/conversation.js';
import type { SqInboxEscalate } from '../../src/components/seller-question-inbox/escalate.js';
import type { SqInboxList } from '../../src/components/seller-question-inbox/list.js';
import type { SqInboxPerformance } from '../../src/components/seller-question-inbox/performance.js';
import type { SqInboxRefund } from '../../src/components/seller-question-inbox/refund.js';
import type { SqInboxReply } from '../../src/components/seller-question-inbox/reply.js';
import type { SqInboxTemplates } from '../../src/components/seller-question-inbox/templates-manager.js';
import type { SellerQuestionInbox } from '../../src/seller-question-inbox.js';
import { sellerClient } from './backend.js';
import { storageKeys } from './storage.js';
import { buttonWithText, draftContext, inShadow, shadowReady, waitFor } from './elements.js';

/** Forgets the inbox's drafts within a test (each test starts without any: support/storage.ts). */
export function clearInboxDrafts() {
  for (const key of storageKeys()) {
    if (draftContext(key)?.startsWith('inbox:')) localStorage.removeItem(key);
  }
}

export async function mountInbox(
  options: { client?: SellerQuestionsClient; questionId?: string; width?: number } = {},
): Promise<SellerQuestionInbox> {
  await setViewport({ width: options.width ?? 1400, height: 1000 });
  const el = await fixture<SellerQuestionInbox>(
    html`<seller-question-inbox
      style="--sq-inbox-block-size: 900px"
      .client=${options.client ?? sellerClient()}
      .questionId=${options.questionId ?? null}
    ></seller-question-inbox>`,
  );
  return el;
}

/** Every node of the document, shadow roots included (elements, text, comments). */
export function domNodeCount(root: Node = document): number {
  let count = 0;
  const walk = (node: Node) => {
    count++;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return count;
}

export const listOf = (el: SellerQuestionInbox) => shadowReady<SqInboxList>(el, 'sq-inbox-list');
export const performanceOf = (el: SellerQuestionInbox) =>
  shadowReady<SqInboxPerformance>(el, 'sq-inbox-performance');

/** The rendered rows, in order, once there are some. */
export async function rowsOf(el: SellerQuestionInbox): Promise<HTMLElement[]> {
  const list = await listOf(el);
  await waitFor(() => list.shadowRoot!.querySelector('[role=option]'), 'rows to render');
  return [...list.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')].sort(
    (a, b) => Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')),
  );
}

/** The row of question `id`, once rendered. */
export async function rowOf(el: SellerQuestionInbox, id: string): Promise<HTMLElement> {
  const list = await listOf(el);
  return shadowReady(list, `#row-${id}`);
}

/** Opens question `id` as the host page would, and waits for its conversation. */
export async function openQuestion(
  el: SellerQuestionInbox,
  id: string,
): Promise<SqInboxConversation> {
  el.questionId = id;
  return conversationOf(el);
}

/** Mounts the inbox, opens question `id` as the host page would, and returns its reply panel. */
export async function mountReplyingTo(
  id: string,
  options: Parameters<typeof mountInbox>[0] = {},
): Promise<{ el: SellerQuestionInbox; reply: SqInboxReply }> {
  const el = await mountInbox(options);
  await openQuestion(el, id);
  return { el, reply: await replyOf(el) };
}

export async function conversationOf(el: SellerQuestionInbox): Promise<SqInboxConversation> {
  const conversation = await shadowReady<SqInboxConversation>(el, 'sq-inbox-conversation');
  await shadowReady(conversation, '#conversation-title');
  return conversation;
}

export async function replyOf(el: SellerQuestionInbox): Promise<SqInboxReply> {
  const conversation = await conversationOf(el);
  return shadowReady<SqInboxReply>(conversation, 'sq-inbox-reply');
}

export async function composerOf(el: SellerQuestionInbox): Promise<SqComposer> {
  return shadowReady<SqComposer>(await replyOf(el), 'sq-composer');
}

export async function refundOf(el: SellerQuestionInbox): Promise<SqInboxRefund> {
  return shadowReady<SqInboxRefund>(await conversationOf(el), 'sq-inbox-refund');
}

/**
 * In a refund panel: marks the order items (`o-1003-1`...), asks to refund them and confirms in
 * the dialog with its button `confirm` (e.g. "Refund €149.00").
 */
export async function refundItems(refund: SqInboxRefund, itemIds: string[], confirm: string) {
  for (const id of itemIds) inShadow<HTMLInputElement>(refund, `#refund-${id}`).click();
  await refund.updateComplete;
  buttonWithText(refund, 'Refund marked items').click();
  await shadowReady(refund, 'dialog[open]');
  buttonWithText(refund, confirm).click();
}

/**
 * Opens "Manage templates" from the reply's template picker; resolves once the dialog shows
 * `ready` (the templates' list items by default).
 */
export async function manageTemplates(
  reply: SqInboxReply,
  ready = 'li',
): Promise<SqInboxTemplates> {
  buttonWithText(reply, 'Manage templates').click();
  const manager = await shadowReady<SqInboxTemplates>(reply, 'sq-inbox-templates');
  await shadowReady(manager, 'dialog[open]');
  await waitFor(() => manager.shadowRoot!.querySelector(ready), 'the templates');
  return manager;
}

export async function escalateOf(el: SellerQuestionInbox): Promise<SqInboxEscalate> {
  return shadowReady<SqInboxEscalate>(await conversationOf(el), 'sq-inbox-escalate');
}

/** Chooses `value` in a <select> as a user would (a change event). */
export async function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Types into an <input> or <textarea> as a user would (an input event). */
export async function typeText(field: HTMLInputElement | HTMLTextAreaElement, text: string) {
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

export { deepActiveElement } from './focus.js';
export { deepText } from './elements.js';
