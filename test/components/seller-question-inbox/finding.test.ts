// Finding questions in the inbox: the list's orders (most urgent, recently updated, newest),
// "unread only", the topic, product, order and date filters, "New questions: N" after live
// updates, and the list state a host keeps in its URL.
import { expect } from '@open-wc/testing';
import type { Question } from '../../../src/api/types.js';
import type { MockBackend } from '../../../src/mocks/index.js';
import { buildSeedState } from '../../../src/mocks/index.js';
import { parseListState, serializeListState } from '../../../src/index.js';
import type { SellerQuestionInbox } from '../../../src/seller-question-inbox.js';
import { buyerClient, useMockBackend } from '../../support/backend.js';
import { askAboutShop } from '../../support/questions.js';
import { inShadow, nextEvent, pretendPageVisible, waitFor } from '../../support/elements.js';
import {
  choose,
  clearInboxDrafts,
  deepActiveElement,
  deepText,
  listOf,
  mountInbox,
  openQuestion,
  rowsOf,
  typeText,
} from '../../support/inbox.js';

const ids = (questions: readonly Question[]) => questions.map((question) => question.id);

async function loadedList(el: SellerQuestionInbox) {
  await rowsOf(el);
  const list = await listOf(el);
  await waitFor(() => list.count !== null && list.items.length === list.count, 'every page');
  return list;
}

const selectNamed = (list: HTMLElement, label: string) =>
  [...list.shadowRoot!.querySelectorAll('label')]
    .find((candidate) => candidate.querySelector('span')?.textContent.trim() === label)!
    .querySelector<HTMLSelectElement | HTMLInputElement>('select, input')!;

/** Sets a date (or text) field and sends `change`, as picking a day does. */
async function change(field: HTMLInputElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('<seller-question-inbox>: finding questions', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    clearInboxDrafts();
    backend = await useMockBackend();
  });

  it('sorts newest first and recently updated first, says so, and announces the state', async () => {
    const el = await mountInbox();
    const list = await loadedList(el);
    const box = () => list.shadowRoot!.querySelector('[role=listbox]')!;
    expect(box().getAttribute('aria-label')).to.equal('Questions, most urgent first');
    const changed = nextEvent(el, 'sq-list-state-changed');
    await choose(selectNamed(list, 'Sort') as HTMLSelectElement, '-created');
    expect((await changed).detail.value).to.equal('sort=-created');
    expect(el.getAttribute('list-state')).to.equal('sort=-created');
    const newest = [...backend.state.questions].sort(
      (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : -1),
    );
    await waitFor(() => list.items[0]?.id === newest[0]!.id, 'the newest question first');
    expect(ids(list.items)).to.deep.equal(ids(newest as unknown as Question[]));
    expect(box().getAttribute('aria-label')).to.equal('Questions, newest first');
    expect((await rowsOf(el))[0]!.id).to.equal(`row-${newest[0]!.id}`);

    await choose(selectNamed(list, 'Sort') as HTMLSelectElement, '-updated');
    const updated = list.items.map((question) => Date.parse(question.updatedAt));
    expect(updated.every((time, i) => i === 0 || time <= updated[i - 1]!)).to.equal(true);
    expect(box().getAttribute('aria-label')).to.equal('Questions, recently updated first');
    await expect(el).to.be.accessible();
  });

  it('shows unread questions only, and filters by topic, product, order number and day', async () => {
    const el = await mountInbox();
    const list = await loadedList(el);
    const all = [...list.items];

    const unread = inShadow<HTMLInputElement>(list, 'input[type=checkbox]');
    unread.click();
    await waitFor(() => list.items.length < all.length, 'unread questions only');
    expect(list.items.length).to.be.above(0);
    expect(list.items.every((question) => question.unread)).to.equal(true);
    expect(list.count).to.equal(all.filter((question) => question.unread).length);
    unread.click();
    await waitFor(() => list.items.length === all.length);

    // The further filters are under "More filters".
    const details = inShadow<HTMLDetailsElement>(list, 'details');
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.click();
    // Its fields load as it opens.
    await waitFor(() => list.shadowRoot!.querySelector('input.order'), 'the further filters');
    await expect(el).to.be.accessible();

    await choose(selectNamed(list, 'Topic') as HTMLSelectElement, 'tracking');
    expect(ids(list.items)).to.deep.equal(
      ids(all.filter((question) => question.topic === 'tracking')),
    );
    expect(inShadow(list, 'summary').textContent).to.include('More filters (1)');
    await choose(selectNamed(list, 'Topic') as HTMLSelectElement, '');

    const product = all.find((question) => question.product)!.product!;
    const products = selectNamed(list, 'Product') as HTMLSelectElement;
    expect([...products.options].map((option) => option.textContent.trim())).to.include(
      product.name,
    );
    await choose(products, product.id);
    expect(ids(list.items)).to.deep.equal(
      ids(all.filter((question) => question.product?.id === product.id)),
    );
    await choose(products, '');

    const order = all.find((question) => question.orderNumber)!;
    const orderField = list.shadowRoot!.querySelector<HTMLInputElement>('input.order')!;
    await change(orderField, `#${order.orderNumber!}`);
    await waitFor(() => list.filters.orderId === order.orderId, 'the order filter');
    expect(ids(list.items)).to.deep.equal(
      ids(all.filter((question) => question.orderId === order.orderId)),
    );
    expect(el.listState).to.equal(`order=${order.orderId!}`);
    // An order number no loaded question is about: said so, kept as typed, nothing else lost.
    await change(orderField, 'SQ-0000-0000');
    await list.updateComplete;
    expect(orderField.value).to.equal('SQ-0000-0000');
    expect(orderField.getAttribute('aria-invalid')).to.equal('true');
    expect(deepText(list)).to.include('No question about order SQ-0000-0000 is loaded.');
    expect(list.filters.orderId).to.equal(order.orderId);
    await change(orderField, '');
    await waitFor(() => list.items.length === all.length, 'no order filter');
    expect(deepText(list)).not.to.include('No question about order');

    // Changed on or after a day (the seller's time zone): the day of a question in the middle.
    const times = all.map((question) => Date.parse(question.updatedAt)).sort((a, b) => a - b);
    const middle = new Date(times[Math.floor(times.length / 2)]!);
    const day = `${middle.getFullYear()}-${String(middle.getMonth() + 1).padStart(2, '0')}-${String(middle.getDate()).padStart(2, '0')}`;
    const start = new Date(`${day}T00:00`).getTime();
    await change(selectNamed(list, 'Changed since') as HTMLInputElement, day);
    const since = all.filter((question) => Date.parse(question.updatedAt) >= start);
    expect(since.length).to.be.within(1, all.length - 1);
    expect(ids(list.items)).to.deep.equal(ids(since));
    expect(el.listState).to.equal(`since=${day}`);
  });

  it('restores a list state the host sets, and ignores what is not valid in it', async () => {
    const el = await mountInbox();
    const list = await loadedList(el);
    const events: string[] = [];
    el.addEventListener('sq-list-state-changed', (event) => events.push(event.detail.value));
    el.setAttribute(
      'list-state',
      'sort=-updated&category=after_sale&unread=maybe&since=2026-02-31&topic=nope&question=q-025',
    );
    await waitFor(() => list.filters.category === 'after_sale', 'the category restored');
    expect(list.filters.sort).to.equal('-updated');
    expect(list.filters.unread).to.equal(false);
    expect(list.filters.since).to.equal('');
    expect(list.filters.topic).to.equal('');
    expect(el.questionId).to.equal('q-025');
    await waitFor(() => list.items.every((question) => question.category === 'after_sale'));
    expect(events, 'no event for a state the host set').to.deep.equal([]);
    // The host goes back to the plain list.
    el.listState = '';
    await waitFor(() => list.filters.category === '' && el.questionId === null);
  });

  it("offers every product of the seller's shop in the product filter, searched when there are many", async () => {
    // A product no question is about, 120 more products of the shop (so the first list holds
    // only some of them) and another shop's product, which a seller is never offered.
    const [template] = backend.state.products;
    const product = (id: string, name: string, shopId = 's-1') => ({
      ...template!,
      id,
      name,
      shopId,
    });
    backend.state.products.push(product('p-quiet', 'Quiet Wool Blanket'));
    for (let n = 0; n < 120; n++) {
      backend.state.products.push(
        product(`p-bulk-${n}`, `Basic Tee ${String(n).padStart(3, '0')}`),
      );
    }
    backend.state.shops = [{ ...backend.state.shop, id: 's-2', name: 'Other Shop' }];
    backend.state.products.push(product('p-foreign', 'Quiet Foreign Lamp', 's-2'));
    const el = await mountInbox();
    const list = await loadedList(el);
    expect(list.items.some((question) => question.product?.id === 'p-quiet')).to.equal(false);
    inShadow<HTMLDetailsElement>(list, 'details').querySelector('summary')!.click();
    await waitFor(() => list.shadowRoot!.querySelector('.more-fields select'), 'its fields');
    const names = () =>
      [...(selectNamed(list, 'Product') as HTMLSelectElement).options].map((option) =>
        option.textContent.trim(),
      );
    // The shop's products by name, from the backend: more than the loaded questions are about.
    await waitFor(() => names().includes('Basic Tee 000'), "the shop's products");
    expect(names()).not.to.include('Quiet Wool Blanket');
    // More than are listed at once: a search finds the others.
    await waitFor(() => list.shadowRoot!.querySelector('input.product-search'), 'the search');
    const search = list.shadowRoot!.querySelector<HTMLInputElement>('input.product-search')!;
    await typeText(search, 'quiet');
    await waitFor(() => names().includes('Quiet Wool Blanket'), 'the product found');
    expect(names()).to.deep.equal(['All products', 'Quiet Wool Blanket']);
    await expect(el).to.be.accessible();
    await choose(selectNamed(list, 'Product') as HTMLSelectElement, 'p-quiet');
    await waitFor(() => el.listState === 'product=p-quiet', 'the product filter');
    await waitFor(() => deepText(list).includes('No questions match these filters.'), 'no match');
    // The choice keeps its name when the search changes.
    await typeText(search, 'basic tee 119');
    await waitFor(() => names().includes('Basic Tee 119'), 'another search');
    expect(names()).to.deep.equal(['All products', 'Quiet Wool Blanket', 'Basic Tee 119']);
  });

  it('opens "More filters" with its fields when a state the host sets has one of them', async () => {
    const el = await mountInbox();
    const list = await loadedList(el);
    el.listState = 'since=2026-03-01&order=o-1002';
    await waitFor(() => list.filters.since === '2026-03-01', 'the day restored');
    const details = inShadow<HTMLDetailsElement>(list, 'details');
    expect(details.open).to.equal(true);
    expect(inShadow(list, 'summary').textContent).to.include('More filters (2)');
    await waitFor(
      () => list.shadowRoot!.querySelector('input[type=date]'),
      'the fields of "More filters"',
    );
    expect(inShadow<HTMLInputElement>(list, 'input[type=date]').value).to.equal('2026-03-01');
  });

  it('writes and reads the state as a query string, leaving defaults and other parameters out', () => {
    expect(serializeListState({})).to.equal('');
    expect(serializeListState({ sort: 'due', unread: false })).to.equal('');
    const state = {
      sort: '-created',
      category: 'pre_sale',
      topic: 'product',
      productId: 'p-01',
      orderId: 'o-1002',
      since: '2026-03-01',
      unread: true,
      q: 'blue & green',
      questionId: 'q-006',
    } as const;
    const value = serializeListState(state);
    expect(value).to.equal(
      'sort=-created&category=pre_sale&topic=product&product=p-01&order=o-1002&since=2026-03-01&unread=1&q=blue+%26+green&question=q-006',
    );
    expect(parseListState(`?${value}`)).to.deep.equal(state);
    expect(parseListState(new URLSearchParams(`page=3&${value}`))).to.deep.equal(state);
    expect(parseListState('sort=oldest&status=open&since=tomorrow&product=a%20b')).to.deep.equal(
      {},
    );
  });

  /** The inbox, its list loaded, on a backend seeded now whose feed is polled each second. */
  async function mountPolledEachSecond() {
    const state = buildSeedState({ now: Date.now() });
    state.config.pollIntervalSeconds = 1;
    backend = await useMockBackend({ state });
    const el = await mountInbox();
    return { el, list: await loadedList(el) };
  }

  it('shows "New questions: N" when live updates bring new ones, and goes to them in one step', async function () {
    this.timeout(20_000);
    const undo = pretendPageVisible();
    try {
      const { el, list } = await mountPolledEachSecond();
      // The seller looks at after-sales questions, most urgent first.
      await choose(selectNamed(list, 'Category') as HTMLSelectElement, 'after_sale');
      const before = list.count!;
      const buyerId = backend.state.buyers[0]!.id;
      const asked = await askAboutShop(buyerId, 'Do you gift-wrap?', 'en');
      await waitFor(() => list.unseen === 1, 'the new question noticed', 8000);
      const marker = await waitFor(
        () => list.shadowRoot!.querySelector('[part=new-marker]'),
        'the marker',
      ).then(() => inShadow<HTMLButtonElement>(list, '[part=new-marker]'));
      expect(marker.textContent.trim()).to.equal('New questions: 1');
      // It is not an after-sales question: the list did not change under the seller.
      expect(list.count).to.equal(before);
      await expect(el).to.be.accessible();

      marker.click();
      await waitFor(() => list.items[0]?.id === asked.id, 'the new question on top');
      expect(list.filters.category, 'the filter that hid it is cleared').to.equal('');
      expect(list.filters.sort).to.equal('-updated');
      const box = list.shadowRoot!.querySelector('[role=listbox]')!;
      await waitFor(() => box.getAttribute('aria-activedescendant') === `row-${asked.id}`);
      expect(deepActiveElement()).to.equal(box);
      expect(list.shadowRoot!.querySelector('[part=new-marker]')).to.equal(null);
      expect(el.listState).to.equal('sort=-updated');
    } finally {
      undo();
    }
  });

  it('keeps the "N questions" summary current as live updates bring questions', async function () {
    this.timeout(20_000);
    const undo = pretendPageVisible();
    try {
      const { list } = await mountPolledEachSecond();
      const total = backend.state.questions.length;
      await waitFor(() => deepText(list).includes(`${total} questions`));
      const buyerId = backend.state.buyers[0]!.id;
      for (const text of ['Gift wrap?', 'Express shipping?']) {
        await askAboutShop(buyerId, text, 'en');
      }
      await waitFor(
        () => deepText(list).includes(`${total + 2} questions`),
        'the summary counts the new questions',
        8000,
      );
      // With a filter too: the search finds the new ones, and the count follows.
      await typeText(inShadow<HTMLInputElement>(list, 'input[type=search]'), 'shipping?');
      const matching = () => list.items.length;
      await waitFor(() => matching() > 0 && list.count === matching(), 'the filtered count');
    } finally {
      undo();
    }
  });

  it('counts a buyer message that arrives in the open question as seen', async function () {
    this.timeout(20_000);
    const undo = pretendPageVisible();
    try {
      const { el } = await mountPolledEachSecond();
      const question = backend.state.questions.find(
        (candidate) => candidate.status === 'awaiting_buyer' && candidate.handler === 'seller',
      )!;
      const conversation = await openQuestion(el, question.id);
      await waitFor(() => question.readAt.seller !== null, 'opened: read');
      const text = 'One more thing: does it come in navy?';
      await buyerClient(question.buyerId).sendMessage(question.id, { text, language: 'en' });
      await waitFor(() => deepText(conversation).includes(text), 'the message in view', 8000);
      await waitFor(
        () =>
          Date.parse(question.readAt.seller!) >= Date.parse(question.messages.at(-1)!.createdAt),
        'seen by the seller',
      );
      // The list's entry (its row, when in view, shows no "New").
      const list = await listOf(el);
      await waitFor(
        () => list.items.find((item) => item.id === question.id)?.unread === false,
        'the list not marking it new',
      );
    } finally {
      undo();
    }
  });
});
