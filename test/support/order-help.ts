// Test support for <order-help>: mounting it for a buyer's order, choosing an issue, selecting
// items, typing, sending, and reading what the mock backend stored.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/order-help.js';
import type { OrderHelp } from '../../src/order-help.js';
import type { SellerQuestionsClient } from '../../src/api/client.js';
import type { Order } from '../../src/api/types.js';
import type { SqAddressForm } from '../../src/components/order-help/address-form.js';
import type { SqItemSelect } from '../../src/components/order-help/item-select.js';
import type { SqComposer } from '../../src/components/shared/composer.js';
import type { SqConversations } from '../../src/components/shared/conversations.js';
import type { MockBackend } from '../../src/mocks/index.js';
import { buyerClient } from './backend.js';
import { storageKeys } from './storage.js';
import { draftContext, buttonWithText, inShadow, shadowReady, typeInto } from './elements.js';

/** Mounts <order-help> for the order, signed in as `buyerId`, and waits until it has loaded. */
export async function mountOrderHelp(
  orderId: string,
  buyerId: string,
  client: SellerQuestionsClient = buyerClient(buyerId),
): Promise<OrderHelp> {
  const el = await fixture<OrderHelp>(
    html`<order-help order-id=${orderId} .client=${client}></order-help>`,
  );
  await waitUntil(
    () => el.shadowRoot?.querySelector('[part~=issue-picker], [part~=error]'),
    `<order-help> to load ${orderId}`,
    { timeout: 5000 },
  );
  return el;
}

export function issueRadio(el: OrderHelp, topic: string): HTMLInputElement {
  return inShadow<HTMLInputElement>(el, `input[name=topic][value=${topic}]`);
}

/** Chooses an issue and waits for the form below the picker (its code may still be loading). */
export async function pickIssue(el: OrderHelp, topic: string) {
  issueRadio(el, topic).click();
  await el.updateComplete;
  await waitUntil(
    () =>
      el.shadowRoot?.querySelector(
        'form [part~=routing], form [part~=self-service], form [part~=error]',
      ),
    `the form for ${topic}`,
    { timeout: 5000 },
  );
}

export const itemSelectOf = (el: OrderHelp) => inShadow<SqItemSelect>(el, 'sq-item-select');
export const addressFormOf = (el: OrderHelp) => inShadow<SqAddressForm>(el, 'sq-address-form');
export async function composerOf(el: OrderHelp): Promise<SqComposer> {
  const composer = await shadowReady<SqComposer>(el, 'sq-composer');
  await composer.updateComplete; // its draft is loaded in its first update
  return composer;
}
export const conversationsOf = (el: OrderHelp) => inShadow<SqConversations>(el, 'sq-conversations');

/** Ticks an item's checkbox, then (for items ordered more than once) types the quantity. */
export async function selectItem(el: OrderHelp, itemId: string, quantity?: number) {
  const select = itemSelectOf(el);
  const checkbox = inShadow<HTMLInputElement>(select, `#check-${itemId}`);
  if (!checkbox.checked) checkbox.click();
  await select.updateComplete;
  await el.updateComplete;
  if (quantity !== undefined) await typeValue(select, `#qty-${itemId}`, String(quantity));
}

/** Types into an input of `root`'s shadow root as a user would. */
export async function typeValue(
  root: Element & { updateComplete: Promise<unknown> },
  selector: string,
  value: string,
) {
  const input = inShadow<HTMLInputElement | HTMLSelectElement>(root, selector);
  input.value = value;
  input.dispatchEvent(
    new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
  );
  await root.updateComplete;
}

export async function writeMessage(el: OrderHelp, text: string) {
  await typeInto(await composerOf(el), text);
}

/** Presses the composer's send button. */
export async function pressSend(el: OrderHelp) {
  const composer = await composerOf(el);
  buttonWithText(composer, 'Send request').click();
  await el.updateComplete;
}

export const issuesOn = (backend: MockBackend, orderId: string) =>
  backend.state.questions.filter((question) => question.orderId === orderId);

/** A copy of a delivered order with `count` lines, added to the backend. */
export function addLongOrder(backend: MockBackend, count: number): Order {
  const template = structuredClone(backend.state.orders.find((order) => order.id === 'o-1001')!);
  const products = backend.state.products;
  const items = Array.from({ length: count }, (_, index) => {
    const product = products[index % products.length]!;
    return {
      id: `o-5000-${index + 1}`,
      productId: product.id,
      title: product.name,
      variant: `Batch ${index + 1}`,
      ...(product.imageUrl ? { imageUrl: product.imageUrl } : {}),
      quantity: 1 + (index % 3),
      unitPrice: { ...product.price },
    };
  });
  const order: Order = {
    ...template,
    id: 'o-5000',
    number: 'SQ-2026-5000',
    items,
    total: {
      amountMinor: items.reduce((sum, item) => sum + item.unitPrice.amountMinor * item.quantity, 0),
      currency: 'EUR',
    },
    refunded: [],
  };
  backend.state.orders.push(order);
  return order;
}

/** Forgets <order-help>'s drafts within a test (each test starts without any: ./storage.ts). */
export function clearOrderHelpDrafts() {
  for (const key of storageKeys()) {
    if (draftContext(key)?.startsWith('order-help:')) localStorage.removeItem(key);
  }
}

/** The next event of a type the SDK declares (./elements.ts). */
export { nextEvent } from './elements.js';

/**
 * A buyer's client whose connection drops right after the backend handled `POST /questions`,
 * the first `times` times: the issue exists, but the buyer never hears so (a lost response).
 */
export function clientLosingIssueResponses(buyerId: string, times = 1): SellerQuestionsClient {
  let lost = 0;
  return buyerClient(buyerId, {
    retries: 0,
    fetch: async (input, init) => {
      const response = await window.fetch(input, init);
      if (
        lost < times &&
        init?.method === 'POST' &&
        new Request(input).url.endsWith('/questions')
      ) {
        lost++;
        await response.text();
        throw new TypeError('Failed to fetch');
      }
      return response;
    },
  });
}

/**
 * Makes the page count as visible (a test file may run in a background tab, where the change
 * feed rightly stops polling). Returns the function that undoes it.
 */
export { pretendPageVisible } from './elements.js';
