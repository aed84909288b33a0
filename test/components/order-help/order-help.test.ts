import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { OrderHelp } from '../../../src/order-help.js';
import { formatDateTime } from '../../../src/i18n/format.js';
import { samplePhoto } from '../../../src/mocks/pictures.js';
import { buyerClient, sellerClient, useMockBackend, worker } from '../../support/backend.js';
import {
  allInShadow,
  inShadow,
  pickFiles,
  shadowReady,
  shadowText,
} from '../../support/elements.js';
import { MOCK_TOKENS, type MockBackend } from '../../../src/mocks/index.js';
import type { SqItemSelect } from '../../../src/components/order-help/item-select.js';
import { configure } from '../../../src/api/configure.js';
import { ConfigurationError, NotFoundError } from '../../../src/api/errors.js';
import { createClient } from '../../../src/api/client.js';
import { http } from 'msw';
import { expectNotSetUp } from '../../support/configuration.js';
import {
  addressFormOf,
  clearOrderHelpDrafts,
  composerOf,
  conversationsOf,
  issueRadio,
  issuesOn,
  itemSelectOf,
  mountOrderHelp,
  nextEvent,
  pickIssue,
  pretendPageVisible,
  pressSend,
  selectItem,
  typeValue,
  writeMessage,
} from '../../support/order-help.js';

const routingOf = (el: OrderHelp) => inShadow(el, '[part~=routing]');

describe('<order-help>', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    clearOrderHelpDrafts();
    backend = await useMockBackend();
  });
  let restoreVisibility = () => {};
  afterEach(() => {
    fixtureCleanup();
    clearOrderHelpDrafts();
    restoreVisibility();
    restoreVisibility = () => {};
  });

  describe('the order', () => {
    it('shows its items with picture, title, variant, quantity and price, its total, status, address and tracking', async () => {
      const el = await mountOrderHelp('o-1001', 'b-anna');
      const text = shadowText(el);
      expect(text).to.include('Help with order SQ-2026-1001');
      expect(inShadow(el, '[part~=order-status]').textContent).to.include('Delivered');
      expect(text).to.include('€169.50');
      expect(text).to.include('Kastanienallee 42');
      expect(text).to.include('10435 Berlin');
      expect(text).to.include('DHL');
      expect(text).to.include('00340434161094042557');
      const rows = allInShadow(el, '[part~=item-list] [part~=item]');
      expect(rows).to.have.length(3);
      expect(rows[1]!.textContent).to.include('Organic Cotton Crew Tee');
      expect(rows[1]!.textContent).to.include('Size M / Navy');
      expect(rows[1]!.textContent).to.include('2 × €29.90');
      const image = rows[1]!.querySelector('img')!;
      expect(image.getAttribute('src')).to.match(/\/_mock\/pictures\/p-01\.svg$/);
      await expect(el).to.be.accessible();
    });

    it('keeps the order number in its heading on one line on a narrow screen, within the heading', async () => {
      const el = await mountOrderHelp('o-1001', 'b-anna');
      const heading = inShadow(el, 'h2');
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      let text: Text | null = null;
      while (!text && walker.nextNode()) {
        if (walker.currentNode.textContent!.includes('SQ-2026-1001'))
          text = walker.currentNode as Text;
      }
      expect(text, 'the number in the heading').to.exist;
      const number = document.createRange();
      const start = text!.data.indexOf('SQ-2026-1001');
      number.setStart(text!, start);
      number.setEnd(text!, start + 'SQ-2026-1001'.length);
      // Phones from 240 px (the heading's words break at other places at each width).
      for (let width = 240; width <= 420; width += 4) {
        el.style.inlineSize = `${width}px`;
        const lines = new Set([...number.getClientRects()].map(({ top }) => Math.round(top)));
        expect(lines.size, `lines of the number at ${width} px`).to.equal(1);
        const box = heading.getBoundingClientRect();
        const { left, right } = number.getBoundingClientRect();
        expect(left, `${width} px`).to.be.at.least(box.left - 0.5);
        expect(right, `${width} px`).to.be.at.most(box.right + 0.5);
      }
      el.style.inlineSize = '';
    });

    it('offers only the issues that fit a delivered order, and says why the others are left out', async () => {
      const el = await mountOrderHelp('o-1001', 'b-anna');
      for (const topic of [
        'return_refund',
        'item_defective',
        'item_damaged',
        'item_missing',
        'order_status',
        'tracking',
      ]) {
        expect(issueRadio(el, topic).disabled, topic).to.be.false;
      }
      for (const topic of ['change_item', 'remove_item', 'change_address']) {
        const radio = issueRadio(el, topic);
        expect(radio.disabled, topic).to.be.true;
        const why = el.shadowRoot!.getElementById(radio.getAttribute('aria-describedby')!)!;
        expect(why.textContent).to.include('The order has already been delivered.');
      }
    });

    it('offers no "missing item" before delivery, but an address change while in transit', async () => {
      const el = await mountOrderHelp('o-1006', 'b-kasia');
      const missing = issueRadio(el, 'item_missing');
      expect(missing.disabled).to.be.true;
      expect(
        el.shadowRoot!.getElementById(missing.getAttribute('aria-describedby')!)!.textContent,
      ).to.include('Possible once the order has been delivered.');
      expect(issueRadio(el, 'change_address').disabled).to.be.false;
      expect(issueRadio(el, 'change_item').disabled).to.be.true;
      expect(issueRadio(el, 'tracking').disabled).to.be.false;
    });

    it('lists the order’s earlier issues with their states', async () => {
      const el = await mountOrderHelp('o-1001', 'b-anna');
      const list = conversationsOf(el);
      await waitUntil(
        () => allInShadow(list, '[part~=question]').length === 2,
        'the two seeded issues',
      );
      const titles = allInShadow(list, '[part~=question]').map((item) =>
        item.textContent.replace(/\s+/g, ' '),
      );
      expect(titles.some((title) => title.includes('Item is missing') && title.includes('Closed')))
        .to.be.true;
      expect(
        titles.some((title) => title.includes('Tracking and delivery') && title.includes('Closed')),
      ).to.be.true;
    });
  });

  describe('item issues', () => {
    it('sends a refund request with the selected items and quantities, routed to customer service, and shows it opened in the list', async () => {
      const el = await mountOrderHelp('o-1001', 'b-anna');
      const before = issuesOn(backend, 'o-1001').length;
      await pickIssue(el, 'return_refund');
      await selectItem(el, 'o-1001-2', 2);
      await writeMessage(el, 'Both tees shrank after the first wash at 30 °C.');
      expect(routingOf(el).dataset['handler']).to.equal('platform');
      expect(routingOf(el).textContent).to.include('customer service');
      expect(routingOf(el).textContent).to.include('48 hours');
      await expect(el).to.be.accessible();

      const submitted = nextEvent(el, 'sq-issue-submit');
      const created = nextEvent(el, 'sq-issue-created');
      await pressSend(el);
      expect((await submitted).detail.input).to.deep.include({
        category: 'after_sale',
        topic: 'return_refund',
        orderId: 'o-1001',
        items: [{ itemId: 'o-1001-2', quantity: 2 }],
      });
      const { question } = (await created).detail;
      expect(question.handler).to.equal('platform');
      expect(issuesOn(backend, 'o-1001')).to.have.length(before + 1);
      expect(issuesOn(backend, 'o-1001').at(-1)!.items).to.deep.equal([
        { itemId: 'o-1001-2', quantity: 2 },
      ]);

      const confirmation = await shadowReady(el, '.confirmation');
      expect(confirmation.textContent).to.include('Your request was sent.');
      expect(confirmation.textContent).to.include('customer service will answer');
      expect(el.shadowRoot!.activeElement).to.equal(confirmation);
      const list = conversationsOf(el);
      await list.updateComplete;
      const first = allInShadow(list, '[part~=question]')[0]!;
      expect(first.textContent).to.include('Return or refund');
      expect(first.querySelector('sq-thread')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('says "sent" again for a second request, as a change a screen reader reads', async () => {
      const el = await mountOrderHelp('o-1001', 'b-anna');
      const region = el.shadowRoot!.querySelector('[role=status][aria-live=polite]')!;
      const said: string[] = [];
      const observer = new MutationObserver(() => said.push(region.textContent.trim()));
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      for (const text of ['Both tees shrank after washing.', 'The socks shrank as well.']) {
        await pickIssue(el, 'return_refund');
        await selectItem(el, 'o-1001-2', 1);
        await writeMessage(el, text);
        const created = nextEvent(el, 'sq-issue-created');
        await pressSend(el);
        await created;
        await el.updateComplete;
        (await shadowReady<HTMLButtonElement>(el, '.confirmation button')).click();
        await el.updateComplete;
      }
      observer.disconnect();
      // Each send empties the region and then fills it: two announcements, both read.
      expect(said.filter((text) => text === 'Your request was sent.')).to.have.length(2);
    });

    it('asks for photos on a damaged item and sends them with the issue', async () => {
      const el = await mountOrderHelp('o-1001', 'b-anna');
      await pickIssue(el, 'return_refund');
      expect(shadowText(await composerOf(el))).not.to.include('Photos of the problem');
      await pickIssue(el, 'item_damaged');
      const composer = await composerOf(el);
      expect(shadowText(composer)).to.include('Photos of the problem help');
      await selectItem(el, 'o-1001-3', 1);
      await writeMessage(el, 'One mug arrived with a crack in the handle.');
      await pickFiles(composer, [new File([samplePhoto(2)], 'crack.png', { type: 'image/png' })]);
      await waitUntil(
        () => composer.shadowRoot!.querySelector('[part~=attachment][data-status=done]'),
        'the photo to upload',
      );
      const created = nextEvent(el, 'sq-issue-created');
      await pressSend(el);
      const { question } = (await created).detail;
      expect(question.topic).to.equal('item_damaged');
      expect(question.messages[0]!.attachments).to.have.length(1);
      expect(question.messages[0]!.attachments[0]!.name).to.equal('crack.png');
    });

    it('routes a refund on a high-value order to the seller, with the answer’s due time', async () => {
      const el = await mountOrderHelp('o-1002', 'b-julien');
      await pickIssue(el, 'return_refund');
      expect(routingOf(el).dataset['handler']).to.equal('seller');
      expect(routingOf(el).textContent).to.include(
        'high-value order, so Linden & Loom handles this itself',
      );
      const select = itemSelectOf(el);
      await select.updateComplete;
      // The watch was refunded earlier: it cannot be claimed again.
      expect(inShadow<HTMLInputElement>(select, '#check-o-1002-1').disabled).to.be.true;
      expect(inShadow(select, '[data-item=o-1002-1]').textContent).to.include('Already refunded');
      await selectItem(el, 'o-1002-3');
      await writeMessage(el, 'I would like to return the boots too.');
      const created = nextEvent(el, 'sq-issue-created');
      await pressSend(el);
      const { question } = (await created).detail;
      expect(question.handler).to.equal('seller');
      const confirmation = await shadowReady(el, '.confirmation');
      expect(confirmation.textContent).to.include(
        `Linden & Loom will answer by ${formatDateTime(question.replyDueAt!)}`,
      );
    });

    it('routes an issue on a seller-funded order to the seller', async () => {
      const el = await mountOrderHelp('o-1003', 'b-sanne');
      await pickIssue(el, 'item_defective');
      expect(routingOf(el).dataset['handler']).to.equal('seller');
      expect(routingOf(el).textContent).to.include('covers refunds on this order');
    });

    it('routes a buyer outside the served regions to customer service, even for a high-value refund', async () => {
      const el = await mountOrderHelp('o-1004', 'b-oliver');
      await pickIssue(el, 'return_refund');
      expect(routingOf(el).dataset['handler']).to.equal('platform');
      expect(routingOf(el).textContent).to.include('requests from your country');
    });
  });

  describe('changing the order', () => {
    it('sends the wanted change of an item, and asks for it when missing', async () => {
      const el = await mountOrderHelp('o-1015', 'b-anna');
      await pickIssue(el, 'change_item');
      expect(routingOf(el).dataset['handler']).to.equal('seller');
      await selectItem(el, 'o-1015-1');
      await writeMessage(el, 'Could you swap the hoodie?');
      const submitted = nextEvent(el, 'sq-issue-submit');
      await pressSend(el);
      await waitUntil(() => el.shadowRoot!.querySelector('#change-error'), 'the change error');
      const change = inShadow<HTMLInputElement>(el, '#change');
      expect(inShadow(el, '#change-error').textContent).to.include('Describe the change you want.');
      // Said as it appears, as the other fields' errors are.
      expect(inShadow(el, '#change-error').getAttribute('role')).to.equal('alert');
      expect(change.getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(change);
      await expect(el).to.be.accessible();

      await typeValue(el, '#change', 'Size L instead of M');
      expect(el.shadowRoot!.querySelector('#change-error')).to.be.null;
      await pressSend(el);
      expect((await submitted).detail.input).to.deep.include({
        topic: 'change_item',
        category: 'order_service',
        details: { change: 'Size L instead of M' },
        items: [{ itemId: 'o-1015-1', quantity: 1 }],
      });
      await shadowReady(el, '.confirmation');
      expect(issuesOn(backend, 'o-1015').at(-1)!.details).to.deep.equal({
        change: 'Size L instead of M',
      });
    });

    it('sends a new delivery address, prefilled from the order', async () => {
      const el = await mountOrderHelp('o-1006', 'b-kasia');
      await pickIssue(el, 'change_address');
      const form = addressFormOf(el);
      expect(inShadow<HTMLInputElement>(form, '#line1').value).to.equal('ul. Józefińska 14/6');
      expect(routingOf(el).dataset['handler']).to.equal('seller');
      await typeValue(form, '#line1', 'ul. Długa 5');
      await typeValue(form, '#postalCode', '31-147');
      await writeMessage(el, 'Please deliver to my office instead.');
      const created = nextEvent(el, 'sq-issue-created');
      await pressSend(el);
      await created;
      expect(issuesOn(backend, 'o-1006').at(-1)!.details!.address).to.deep.include({
        line1: 'ul. Długa 5',
        postalCode: '31-147',
        city: 'Kraków',
        country: 'PL',
      });
    });

    it('routes an address change from outside the served regions to customer service', async () => {
      const el = await mountOrderHelp('o-1005', 'b-emily');
      await pickIssue(el, 'change_address');
      expect(routingOf(el).dataset['handler']).to.equal('platform');
      expect(inShadow<HTMLSelectElement>(addressFormOf(el), '#country').value).to.equal('US');
    });
  });

  describe('where is my order', () => {
    it('answers tracking from the order first, then lets the buyer ask the seller anyway', async () => {
      const el = await mountOrderHelp('o-1006', 'b-kasia');
      await pickIssue(el, 'tracking');
      const panel = inShadow(el, '[part~=self-service]');
      const text = panel.textContent.replace(/\s+/g, ' ');
      expect(text).to.include('On its way');
      expect(text).to.include('InPost');
      expect(text).to.include('620491837265019283746512');
      expect(text).to.include('Arrived at the sorting centre · Kraków');
      const order = backend.state.orders.find((candidate) => candidate.id === 'o-1006')!;
      expect(text).to.include(formatDateTime(order.tracking!.lastEvent!.at));
      expect(text).to.include('Expected delivery');
      const link = inShadow<HTMLAnchorElement>(el, '[part~=track-link]');
      expect(link.href).to.equal(order.tracking!.url);
      expect(link.rel).to.include('noopener');
      expect(el.shadowRoot!.querySelector('sq-composer')).to.be.null;
      await expect(el).to.be.accessible();

      const ask = inShadow<HTMLButtonElement>(el, '[part~=ask-anyway]');
      expect(ask.textContent).to.include('Still need help? Ask the seller');
      ask.click();
      const composer = await composerOf(el);
      expect(routingOf(el).dataset['handler']).to.equal('seller');
      await writeMessage(el, 'The parcel has not moved for two days.');
      const created = nextEvent(el, 'sq-issue-created');
      await pressSend(el);
      expect((await created).detail.question.topic).to.equal('tracking');
      expect(composer.value).to.equal('');
    });

    it('tells a buyer whose order has not shipped that tracking comes later', async () => {
      const el = await mountOrderHelp('o-1015', 'b-anna');
      expect(issueRadio(el, 'tracking').disabled).to.be.true;
      await pickIssue(el, 'order_status');
      const panel = inShadow(el, '[part~=self-service]');
      expect(panel.textContent).to.include('Being prepared');
      expect(panel.textContent).to.include('You get a tracking number as soon as it ships.');
      expect(el.shadowRoot!.querySelector('[part~=track-link]')).to.be.null;
    });

    it('offers customer service, not the seller, to a buyer outside the served regions', async () => {
      const el = await mountOrderHelp('o-1005', 'b-emily');
      await pickIssue(el, 'order_status');
      expect(inShadow(el, '[part~=ask-anyway]').textContent).to.include('Ask customer service');
    });
  });

  describe('afterwards', () => {
    it('follows the issue live: the seller’s refund and reply appear in its thread', async function () {
      this.timeout(20_000); // the change feed is polled every second
      backend.state.config.pollIntervalSeconds = 1;
      // Test files run side by side in background tabs, where live updates rightly pause.
      restoreVisibility = pretendPageVisible();
      const el = await mountOrderHelp('o-1002', 'b-julien');
      await pickIssue(el, 'item_defective');
      await selectItem(el, 'o-1002-2');
      await writeMessage(el, 'The lamp flickers.');
      const created = nextEvent(el, 'sq-issue-created');
      await pressSend(el);
      const { question } = (await created).detail;

      const seller = sellerClient();
      const reply = nextEvent(el, 'sq-reply-received');
      const answered = await seller.sendMessage(question.id, {
        text: 'Sorry about that! Refunding it now.',
        language: 'en',
      });
      await seller.refundItems(question.id, {
        items: [{ itemId: 'o-1002-2', quantity: 1 }],
        expectedVersion: answered.version,
      });
      expect((await reply).detail.message.text).to.equal('Sorry about that! Refunding it now.');
      const list = conversationsOf(el);
      await waitUntil(
        () => {
          const thread = list.shadowRoot!.querySelector('sq-thread');
          return thread && shadowText(thread).includes('Refunded €249.00: Brass Pendant Lamp');
        },
        'the refund event naming the item',
        { timeout: 8000 },
      );
      await waitUntil(() => shadowText(list).includes('Resolved'), 'the new state', {
        timeout: 5000,
      });
      await expect(el).to.be.accessible();
    });

    it('says a question the seller only refunded was refunded, not answered', async () => {
      const seller = sellerClient();
      const before = await seller.getQuestion('q-025');
      await seller.refundItems('q-025', {
        items: [{ itemId: 'o-1003-1', quantity: 1 }],
        expectedVersion: before.version,
      });
      const el = await mountOrderHelp('o-1003', 'b-sanne');
      const list = conversationsOf(el);
      await waitUntil(() => list.shadowRoot!.querySelector('[part~=question-toggle]'), 'listed');
      inShadow(list, '[part~=question-toggle]').click();
      await waitUntil(() => list.shadowRoot!.querySelector('[part~=handler]'), 'opened');
      expect(inShadow(list, '[part~=handler]').textContent.trim()).to.equal(
        'Refunded by the seller.',
      );
    });

    it('shows an issue escalated to customer service, with the seller’s reason', async () => {
      const asked = await buyerClient('b-julien').createQuestion({
        category: 'after_sale',
        topic: 'item_damaged',
        shopId: 's-1',
        orderId: 'o-1002',
        items: [{ itemId: 'o-1002-2', quantity: 1 }],
        text: 'The lamp’s glass is cracked.',
        language: 'fr',
      });
      await sellerClient().escalate(asked.id, { reason: 'Carrier damage: needs a claim.' });
      const el = await mountOrderHelp('o-1002', 'b-julien');
      const list = conversationsOf(el);
      const row = await shadowReady(list, '[part~=question]');
      expect(row.querySelector('[part~=status]')!.textContent).to.include('With customer service');
      row.querySelector<HTMLButtonElement>('[part~=question-toggle]')!.click();
      const thread = await shadowReady(list, 'sq-thread');
      await waitUntil(
        () => shadowText(thread).includes('Customer service was asked to help'),
        'the event',
      );
      expect(shadowText(thread)).to.include('Carrier damage: needs a claim.');
      await expect(el).to.be.accessible();
    });

    it('lists several issues on one order with their own states', async () => {
      const el = await mountOrderHelp('o-1006', 'b-kasia');
      const list = conversationsOf(el);
      await waitUntil(() => allInShadow(list, '[part~=question]').length === 1, 'the seeded issue');
      await pickIssue(el, 'tracking');
      inShadow<HTMLButtonElement>(el, '[part~=ask-anyway]').click();
      await writeMessage(el, 'Is it still coming this week?');
      const created = nextEvent(el, 'sq-issue-created');
      await pressSend(el);
      await created;
      await waitUntil(() => allInShadow(list, '[part~=question]').length === 2, 'both issues');
      const states = allInShadow(list, '[part~=question] [part~=status]').map((badge) =>
        badge.textContent.trim(),
      );
      expect(states).to.deep.equal(['Waiting for the seller', 'Waiting for the seller']);
      const titles = allInShadow(list, '[part~=question] .title').map((title) =>
        title.textContent.trim(),
      );
      expect(titles).to.have.members(['Tracking and delivery', 'Change the delivery address']);
    });

    it('lets the integrator stop a submission with sq-issue-submit', async () => {
      const el = await mountOrderHelp('o-1001', 'b-anna');
      const before = backend.state.questions.length;
      el.addEventListener('sq-issue-submit', (event) => {
        event.preventDefault();
      });
      await pickIssue(el, 'item_missing');
      await selectItem(el, 'o-1001-1');
      await writeMessage(el, 'The shirt was not in the parcel.');
      await pressSend(el);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(backend.state.questions).to.have.length(before);
      expect((await composerOf(el)).value).to.equal('The shirt was not in the parcel.');
    });
  });

  describe('drafts', () => {
    it('restores the issue, items, quantities and message after a reload', async () => {
      let el = await mountOrderHelp('o-1001', 'b-anna');
      await pickIssue(el, 'return_refund');
      await selectItem(el, 'o-1001-3', 2);
      await writeMessage(el, 'Both mugs are the wrong colour.');
      fixtureCleanup(); // disconnecting saves pending drafts, as leaving the page does

      el = await mountOrderHelp('o-1001', 'b-anna');
      expect(issueRadio(el, 'return_refund').checked).to.be.true;
      // The restored issue's form comes in an update after the picker.
      const select = await shadowReady<SqItemSelect>(el, 'sq-item-select');
      await select.updateComplete;
      expect(inShadow<HTMLInputElement>(select, '#check-o-1001-3').checked).to.be.true;
      expect(inShadow<HTMLInputElement>(select, '#qty-o-1001-3').value).to.equal('2');
      expect((await composerOf(el)).value).to.equal('Both mugs are the wrong colour.');
    });

    it('restores a new address being typed', async () => {
      let el = await mountOrderHelp('o-1006', 'b-kasia');
      await pickIssue(el, 'change_address');
      await typeValue(addressFormOf(el), '#city', 'Wieliczka');
      fixtureCleanup();
      el = await mountOrderHelp('o-1006', 'b-kasia');
      // The form's code loads on demand: its fields come a moment after the issue picker.
      const form = await shadowReady(el, 'sq-address-form');
      const city = await shadowReady<HTMLInputElement>(form, '#city');
      await waitUntil(() => city.value === 'Wieliczka', 'the city restored');
    });
  });

  it('says it is not set up without an order, tells the page and logs it once', async () => {
    await expectNotSetUp('order-help', {
      shown: 'This widget is not set up for an order.',
      logged: 'needs an order-id',
    });
  });

  it('says it is not connected when its apiBase holds no API, not that the order is gone', async () => {
    // Nothing is served at this base: the page's own 404 for each request.
    worker.use(http.get('/no-api-here/*', () => new Response('Not found', { status: 404 })));
    const el = document.createElement('order-help');
    el.orderId = 'o-1001';
    el.client = createClient({
      baseUrl: '/no-api-here/v1',
      getToken: () => MOCK_TOKENS.buyer('b-anna'),
      retries: 0,
    });
    const event = nextEvent(el, 'sq-error');
    try {
      document.body.append(el);
      const { detail } = await event;
      expect(detail.error).to.be.instanceOf(ConfigurationError);
      expect((detail.error as Error).message).to.include('/no-api-here/v1/config is 404');
      await shadowReady(el, '[part=error]');
      expect(shadowText(el)).to.include('This widget is not connected to a backend yet.');
      expect(shadowText(el)).not.to.include('could not be found');
    } finally {
      el.remove();
    }
  });

  it('tells the page when the order cannot be loaded (sq-error)', async () => {
    const el = document.createElement('order-help');
    el.orderId = 'o-9999';
    el.client = buyerClient('b-anna');
    const event = nextEvent(el, 'sq-error');
    try {
      document.body.append(el);
      const { detail } = await event;
      expect(detail.action).to.equal('load');
      expect(detail.error).to.be.instanceOf(NotFoundError);
      await shadowReady(el, '[part=error]');
      expect(shadowText(el)).to.include('This order could not be found.');
    } finally {
      el.remove();
    }
  });

  it('uses the api-base attribute and asks the host to sign the buyer in when there is no token', async () => {
    let status = 0;
    const el = await fixture<OrderHelp>(
      html`<order-help
        order-id="o-1001"
        api-base="/api/v1"
        @sq-auth-required=${(event: CustomEvent<{ status: number }>) => (status = event.detail.status)}
      ></order-help>`,
    );
    // This page configures no token provider, so the mock backend answers 401.
    await waitUntil(() => status !== 0, 'sq-auth-required');
    expect(status).to.equal(401);
    expect(shadowText(el)).to.include('Sign in to get help with this order.');
    await expect(el).to.be.accessible();
    // The host signs the buyer in and hands the SDK a token: the element loads the order.
    configure({ getToken: () => MOCK_TOKENS.buyer('b-anna') });
    try {
      await waitUntil(() => shadowText(el).includes('SQ-2026-1001'), 'the order after sign-in');
      expect(shadowText(el)).not.to.include('Sign in to get help with this order.');
    } finally {
      configure({ getToken: undefined });
    }
  });
});
