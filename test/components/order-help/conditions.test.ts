// <order-help> under bad conditions: orders it cannot show, unusual orders, input the backend
// would refuse, and failures of the network and the server.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { OrderHelp } from '../../../src/order-help.js';
import type { MockBackend } from '../../../src/mocks/index.js';
import { buyerClient, useMockBackend } from '../../support/backend.js';
import {
  allInShadow,
  buttonWithText,
  inShadow,
  shadowReady,
  shadowText,
} from '../../support/elements.js';
import {
  addLongOrder,
  addressFormOf,
  clearOrderHelpDrafts,
  composerOf,
  issueRadio,
  issuesOn,
  itemSelectOf,
  clientLosingIssueResponses,
  mountOrderHelp,
  nextEvent,
  pickIssue,
  pressSend,
  selectItem,
  typeValue,
  writeMessage,
} from '../../support/order-help.js';

/** Resolves when the element has stopped sending (after a success or a failure). */
async function settled(el: OrderHelp) {
  await waitUntil(
    () => el.shadowRoot!.querySelector('.confirmation, [part~=form] [part~=error]'),
    'the send to finish',
    { timeout: 5000 },
  );
}

describe('<order-help> under bad conditions', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    clearOrderHelpDrafts();
    backend = await useMockBackend();
  });
  afterEach(() => {
    fixtureCleanup();
    clearOrderHelpDrafts();
  });

  describe('orders it cannot help with', () => {
    it('says an unknown order was not found, without a pointless retry', async () => {
      const el = await mountOrderHelp('o-9999', 'b-anna');
      const error = inShadow(el, '[part~=error]');
      expect(error.textContent).to.include('This order could not be found.');
      expect(error.querySelector('button')).to.be.null;
      expect(el.shadowRoot!.querySelector('[part~=issue-picker]')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('answers someone else’s order as not found (404), showing nothing of it', async () => {
      let authRequired = false;
      const el = await fixture<OrderHelp>(
        html`<order-help
          order-id="o-1001"
          .client=${buyerClient('b-emily')}
          @sq-auth-required=${() => (authRequired = true)}
        ></order-help>`,
      );
      await shadowReady(el, '[part~=error]');
      expect(inShadow(el, '[part~=error]').textContent).to.include(
        'This order could not be found.',
      );
      expect(shadowText(el)).not.to.include('SQ-2026-1001');
      expect(el.shadowRoot!.querySelector('[part~=issue-picker]')).to.be.null;
      expect(authRequired).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('offers only the status of a cancelled order, saying once per group why', async () => {
      const el = await mountOrderHelp('o-1012', 'b-elise');
      const enabled = allInShadow<HTMLInputElement>(el, 'input[name=topic]:not(:disabled)');
      expect(enabled.map((radio) => radio.value)).to.deep.equal(['order_status']);
      const reasons = allInShadow(el, '[part~=unavailable-reason]').map((reason) =>
        reason.textContent.trim(),
      );
      expect(reasons).to.deep.equal([
        'The order was cancelled.',
        'The order was cancelled.',
        'The order was cancelled.',
      ]);
      expect(inShadow(el, '[part~=order-status]').textContent).to.include('Cancelled');
      await pickIssue(el, 'order_status');
      expect(inShadow(el, '[part~=self-service]').textContent).to.include(
        'This order was cancelled.',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('unusual orders', () => {
    it('preselects the only item of a one-item order', async () => {
      const el = await mountOrderHelp('o-1009', 'b-marco');
      expect(shadowText(el)).to.include('1 item');
      await pickIssue(el, 'remove_item');
      const select = itemSelectOf(el);
      await select.updateComplete;
      expect(inShadow<HTMLInputElement>(select, '#check-o-1009-1').checked).to.be.true;
      await writeMessage(el, 'Please cancel the bag, I found it cheaper locally.');
      const created = nextEvent(el, 'sq-issue-created');
      await pressSend(el);
      expect((await created).detail.question.items).to.deep.equal([
        { itemId: 'o-1009-1', quantity: 1 },
      ]);
      await expect(el).to.be.accessible();
    });

    it('keeps an order with 50 items usable: filter, scrolling list, selection kept across filters', async () => {
      addLongOrder(backend, 50);
      const el = await mountOrderHelp('o-5000', 'b-anna');
      await pickIssue(el, 'item_missing');
      const select = itemSelectOf(el);
      await select.updateComplete;
      const list = inShadow(select, '[part~=item-list]');
      expect(allInShadow(select, '[part~=item]')).to.have.length(50);
      expect(getComputedStyle(list).overflowY).to.equal('auto');
      expect(list.scrollHeight).to.be.greaterThan(list.clientHeight);
      expect(list.getBoundingClientRect().height).to.be.lessThan(500);

      await typeValue(select, '[part~=filter]', 'mug set');
      const shown = allInShadow(select, '[part~=item]');
      expect(shown.length).to.be.within(1, 5);
      expect(shown.every((row) => row.textContent.includes('Stoneware Mug Set of 4'))).to.be.true;
      expect(shadowText(select)).to.include(`(showing ${shown.length} of 50)`);
      const itemId = shown[0]!.dataset['item']!;
      await selectItem(el, itemId);
      await typeValue(select, '[part~=filter]', '');
      expect(allInShadow(select, '[part~=item]')).to.have.length(50);
      expect(inShadow<HTMLInputElement>(select, `#check-${itemId}`).checked).to.be.true;
      expect(shadowText(select)).to.include('Selected: 1 item');
      await expect(el).to.be.accessible();

      await writeMessage(el, 'The mug set was not in the parcel.');
      const created = nextEvent(el, 'sq-issue-created');
      await pressSend(el);
      expect((await created).detail.question.items).to.deep.equal([{ itemId, quantity: 1 }]);
    });
  });

  describe('input that cannot be sent', () => {
    it('counts in "Selected" only quantities that can be claimed', async () => {
      const el = await mountOrderHelp('o-1001', 'b-anna');
      await pickIssue(el, 'item_damaged');
      const select = itemSelectOf(el);
      for (const [quantity, said] of [
        [3, 'Selected: 0 items'],
        [0, 'Selected: 0 items'],
        [-1, 'Selected: 0 items'],
        [1.5, 'Selected: 0 items'],
        [2, 'Selected: 2 items'],
      ] as const) {
        if (quantity === 3) await selectItem(el, 'o-1001-2', quantity);
        else await typeValue(select, '#qty-o-1001-2', String(quantity));
        await select.updateComplete;
        expect(shadowText(select), `quantity ${quantity}`).to.include(said);
      }
    });

    it('asks for the items of an item issue and sends nothing', async () => {
      const el = await mountOrderHelp('o-1001', 'b-anna');
      const before = backend.state.questions.length;
      let submitted = false;
      el.addEventListener('sq-issue-submit', () => (submitted = true));
      await pickIssue(el, 'item_defective');
      await writeMessage(el, 'The shirt’s seam came apart.');
      await pressSend(el);
      const select = itemSelectOf(el);
      await select.updateComplete;
      const error = inShadow(select, '#error');
      expect(error.textContent).to.include('Select the items this is about.');
      expect(inShadow(select, 'fieldset').getAttribute('aria-describedby')).to.equal('error');
      expect(select.shadowRoot!.activeElement).to.equal(inShadow(select, '#check-o-1001-1'));
      expect(submitted).to.be.false;
      expect(backend.state.questions).to.have.length(before);
      await expect(el).to.be.accessible();

      await selectItem(el, 'o-1001-1');
      expect(select.shadowRoot!.querySelector('#error')).to.be.null;
    });

    it('refuses a quantity above what was ordered, at that item', async () => {
      const el = await mountOrderHelp('o-1001', 'b-anna');
      const before = backend.state.questions.length;
      await pickIssue(el, 'return_refund');
      await selectItem(el, 'o-1001-2', 3);
      await writeMessage(el, 'Returning the tees.');
      await pressSend(el);
      const select = itemSelectOf(el);
      await select.updateComplete;
      const quantity = inShadow<HTMLInputElement>(select, '#qty-o-1001-2');
      expect(quantity.getAttribute('aria-invalid')).to.equal('true');
      const error = select.shadowRoot!.getElementById(quantity.getAttribute('aria-describedby')!)!;
      expect(error.textContent).to.include('At most 2 of this item can be claimed.');
      expect(select.shadowRoot!.activeElement).to.equal(quantity);
      expect(backend.state.questions).to.have.length(before);
      await expect(el).to.be.accessible();
    });

    it('shows every problem at once, the missing text included', async () => {
      const el = await mountOrderHelp('o-1001', 'b-anna');
      await pickIssue(el, 'return_refund');
      await pressSend(el);
      const composer = await composerOf(el);
      await composer.updateComplete;
      expect(shadowText(itemSelectOf(el))).to.include('Select the items this is about.');
      expect(shadowText(composer)).to.include('Write your message first.');
      // Each item that could be picked is invalid, described by the list's error.
      const select = itemSelectOf(el);
      await select.updateComplete;
      const boxes = [
        ...select.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]'),
      ].filter((box) => !box.disabled);
      expect(boxes.length).to.be.greaterThan(0);
      for (const box of boxes) {
        expect(box.getAttribute('aria-invalid'), box.id).to.equal('true');
        expect(
          select.shadowRoot!.getElementById(box.getAttribute('aria-describedby')!)!.textContent,
        ).to.include('Select the items this is about.');
      }
    });

    it('checks a new address at its fields and sends nothing', async () => {
      const el = await mountOrderHelp('o-1006', 'b-kasia');
      const before = backend.state.questions.length;
      await pickIssue(el, 'change_address');
      const form = addressFormOf(el);
      await typeValue(form, '#postalCode', 'ABC');
      await typeValue(form, '#city', ' ');
      await writeMessage(el, 'New address, please.');
      await pressSend(el);
      await form.updateComplete;
      const postal = inShadow<HTMLInputElement>(form, '#postalCode');
      expect(postal.getAttribute('aria-invalid')).to.equal('true');
      expect(inShadow(form, '#postalCode-error').textContent).to.include(
        'This is not a postal code used in Poland.',
      );
      expect(inShadow(form, '#city-error').textContent).to.include('Enter the city.');
      expect(inShadow<HTMLInputElement>(form, '#line1').getAttribute('aria-invalid')).to.equal(
        'false',
      );
      expect(form.shadowRoot!.activeElement).to.equal(postal);
      expect(backend.state.questions).to.have.length(before);
      await expect(el).to.be.accessible();
    });

    it('takes a postal code typed without its separator as the country writes it', async () => {
      const el = await mountOrderHelp('o-1006', 'b-kasia');
      await pickIssue(el, 'change_address');
      const form = addressFormOf(el);
      // The order goes to 30-529: typed without the dash, it is the current address.
      await typeValue(form, '#postalCode', '30529');
      await writeMessage(el, 'New address, please.');
      await pressSend(el);
      await form.updateComplete;
      expect(inShadow(form, '#form-error').textContent).to.include(
        'This is the current delivery address.',
      );
      expect(form.shadowRoot!.querySelector('#postalCode-error')).to.equal(null);

      await typeValue(form, '#postalCode', ' 31511 ');
      const created = nextEvent(el, 'sq-issue-created');
      await pressSend(el);
      const { question } = (await created).detail;
      expect(question.details?.address?.postalCode).to.equal('31-511');
      const stored = backend.state.questions.find(({ id }) => id === question.id);
      expect(stored?.details?.address?.postalCode).to.equal('31-511');
    });

    it('does not send the current address as a new one', async () => {
      const el = await mountOrderHelp('o-1006', 'b-kasia');
      await pickIssue(el, 'change_address');
      await writeMessage(el, 'Change it.');
      await pressSend(el);
      const form = addressFormOf(el);
      await form.updateComplete;
      expect(inShadow(form, '#form-error').textContent).to.include(
        'This is the current delivery address.',
      );
    });

    it('puts the backend’s 422 field errors at the right fields', async () => {
      const el = await mountOrderHelp('o-1001', 'b-anna');
      await pickIssue(el, 'return_refund');
      await selectItem(el, 'o-1001-1');
      await selectItem(el, 'o-1001-3', 2);
      await writeMessage(el, 'Returning these.');
      backend.failNext({
        status: 422,
        match: 'POST /questions',
        errors: [
          { pointer: '/items/1/quantity', code: 'exceeds_ordered', detail: 'At most 1.' },
          { pointer: '/text', code: 'too_long', detail: 'At most 2000 characters.' },
        ],
      });
      await pressSend(el);
      await settled(el);
      const select = itemSelectOf(el);
      await select.updateComplete;
      // Index 1 of the sent items is the mug (o-1001-3): the error is there, not at the shirt.
      expect(inShadow(select, '#error-o-1001-3').textContent).to.include(
        'At most 2 of this item can be claimed.',
      );
      expect(select.shadowRoot!.querySelector('#error-o-1001-1')).to.be.null;
      const composer = await composerOf(el);
      await composer.updateComplete;
      expect(inShadow(composer, '[part~=field-error]').textContent).to.include(
        'At most 2000 characters.',
      );
      expect(inShadow(el, '[part~=form] [part~=error]').textContent).to.include(
        'Check the highlighted fields.',
      );
      await expect(el).to.be.accessible();
    });

    it('puts the backend’s 422 address errors at the address fields', async () => {
      const el = await mountOrderHelp('o-1006', 'b-kasia');
      await pickIssue(el, 'change_address');
      await typeValue(addressFormOf(el), '#line1', 'ul. Długa 5');
      await writeMessage(el, 'New address.');
      backend.failNext({
        status: 422,
        match: 'POST /questions',
        errors: [{ pointer: '/details/address/postalCode', code: 'invalid', detail: 'Not valid.' }],
      });
      await pressSend(el);
      await settled(el);
      const form = addressFormOf(el);
      await form.updateComplete;
      expect(inShadow(form, '#postalCode-error').textContent).to.include(
        'This is not a postal code used in Poland.',
      );
    });
  });

  describe('failures while sending', () => {
    async function fillRefund(el: OrderHelp) {
      await pickIssue(el, 'return_refund');
      await selectItem(el, 'o-1001-2', 2);
      await writeMessage(el, 'The tees shrank.');
    }

    it('keeps everything after a network failure, and a retry creates the issue once', async () => {
      const el = await mountOrderHelp('o-1001', 'b-anna', buyerClient('b-anna', { retries: 0 }));
      const before = issuesOn(backend, 'o-1001').length;
      await fillRefund(el);
      // The send and the check whether it arrived both fail.
      backend.failNext(
        { status: 'network', match: 'POST /questions' },
        { status: 'network', match: 'POST /questions' },
      );
      await pressSend(el);
      await settled(el);
      const error = inShadow(el, '[part~=form] [part~=error]');
      expect(error.textContent).to.include(
        'The connection failed before an answer came, so it may have arrived.',
      );
      expect((await composerOf(el)).value).to.equal('The tees shrank.');
      expect(inShadow<HTMLInputElement>(itemSelectOf(el), '#qty-o-1001-2').value).to.equal('2');
      expect(issuesOn(backend, 'o-1001')).to.have.length(before);
      await expect(el).to.be.accessible();

      const created = nextEvent(el, 'sq-issue-created');
      buttonWithText(el, 'Try again').click();
      await created;
      expect(issuesOn(backend, 'o-1001')).to.have.length(before + 1);
    });

    it('sends no second request when the buyer edits it after its answer was lost', async () => {
      const el = await mountOrderHelp('o-1001', 'b-anna', buyerClient('b-anna', { retries: 0 }));
      const before = issuesOn(backend, 'o-1001').length;
      await fillRefund(el);
      // Created, and the answer lost twice: the send and the check whether it arrived.
      backend.failNext(
        { status: 'network', match: 'POST /questions', afterHandler: true },
        { status: 'network', match: 'POST /questions' },
      );
      await pressSend(el);
      await settled(el);
      expect(issuesOn(backend, 'o-1001')).to.have.length(before + 1);
      await writeMessage(el, 'The tees shrank in the first wash.');
      await pressSend(el);
      await waitUntil(() => shadowText(el).includes('Your earlier send had arrived after all'));
      expect(issuesOn(backend, 'o-1001')).to.have.length(before + 1);
      expect((await composerOf(el)).value).to.equal('The tees shrank in the first wash.');
      expect(el.shadowRoot!.querySelector('[part~=form] [part~=error] button')).to.equal(null);
      // The history lists the request that arrived.
      const history = el.shadowRoot!.querySelector('sq-conversations')!;
      await waitUntil(() => shadowText(history).includes('The tees shrank.'), 'it is listed');
      await expect(el).to.be.accessible();
    });

    it('shows a new attempt’s field error alone, without the earlier failure', async () => {
      const el = await mountOrderHelp('o-1001', 'b-anna', buyerClient('b-anna', { retries: 0 }));
      await fillRefund(el);
      backend.failNext({ status: 503, match: 'POST /questions' });
      await pressSend(el);
      await settled(el);
      expect(el.shadowRoot!.querySelector('[part~=form] [part~=error]'), 'the failure').to.exist;
      // The buyer empties the message and sends again: only that problem is shown.
      const composer = await composerOf(el);
      await writeMessage(el, '');
      await pressSend(el);
      await composer.updateComplete;
      await el.updateComplete;
      expect(shadowText(composer)).to.include('Write your message first.');
      expect(el.shadowRoot!.querySelector('[part~=form] [part~=error]')).to.equal(null);
    });

    it('shows an address field’s error alone after a failed send, without the earlier failure', async () => {
      const el = await mountOrderHelp('o-1006', 'b-kasia', buyerClient('b-kasia', { retries: 0 }));
      await pickIssue(el, 'change_address');
      const form = addressFormOf(el);
      await typeValue(form, '#line1', 'ul. Długa 5');
      await writeMessage(el, 'New address, please.');
      backend.failNext({ status: 503, match: 'POST /questions' });
      await pressSend(el);
      await settled(el);
      expect(el.shadowRoot!.querySelector('[part~=form] [part~=error]'), 'the failure').to.exist;

      await typeValue(form, '#postalCode', '3052');
      await pressSend(el);
      await form.updateComplete;
      await el.updateComplete;
      expect(inShadow(form, '#postalCode-error').textContent).to.include(
        'This is not a postal code used in Poland.',
      );
      expect(el.shadowRoot!.querySelector('[part~=form] [part~=error]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('holds "Try again" after a 429 until the Retry-After has passed, then sends once', async () => {
      const el = await mountOrderHelp('o-1001', 'b-anna', buyerClient('b-anna', { retries: 0 }));
      const before = issuesOn(backend, 'o-1001').length;
      await fillRefund(el);
      backend.failNext({ status: 429, retryAfter: 1, match: 'POST /questions' });
      const reported = nextEvent(el, 'sq-error');
      await pressSend(el);
      await settled(el);
      expect((await reported).detail.action).to.equal('create-issue');
      expect(shadowText(el)).to.include('Too many requests. Try again in 1 s.');
      expect(buttonWithText(el, 'Try again').disabled).to.equal(true);
      await waitUntil(() => !buttonWithText(el, 'Try again').disabled, 'Try again enabled', {
        timeout: 3000,
      });
      const created = nextEvent(el, 'sq-issue-created');
      buttonWithText(el, 'Try again').click();
      await created;
      expect(issuesOn(backend, 'o-1001')).to.have.length(before + 1);
    });

    it('survives server errors (5xx) beyond the client’s own retries, then sends once', async () => {
      const el = await mountOrderHelp('o-1001', 'b-anna');
      const before = issuesOn(backend, 'o-1001').length;
      await fillRefund(el);
      for (let attempt = 0; attempt < 3; attempt++)
        backend.failNext({ status: 503, match: 'POST /questions' });
      await pressSend(el);
      await settled(el);
      expect(shadowText(el)).to.include('Something went wrong on our side.');
      expect(issuesOn(backend, 'o-1001')).to.have.length(before);
      const created = nextEvent(el, 'sq-issue-created');
      buttonWithText(el, 'Try again').click();
      await created;
      expect(issuesOn(backend, 'o-1001')).to.have.length(before + 1);
    });

    it('recovers from a timeout without losing the request', async () => {
      const el = await mountOrderHelp(
        'o-1001',
        'b-anna',
        buyerClient('b-anna', { retries: 0, timeoutMs: 800 }),
      );
      const before = issuesOn(backend, 'o-1001').length;
      await fillRefund(el);
      // No answer to the send, nor to the check whether it arrived.
      backend.failNext(
        { status: 'timeout', match: 'POST /questions' },
        { status: 'timeout', match: 'POST /questions' },
      );
      await pressSend(el);
      await settled(el);
      // No answer: whether it arrived is not known, and the form says so.
      expect(shadowText(el)).to.include('so it may have arrived');
      expect((await composerOf(el)).value).to.equal('The tees shrank.');
      await expect(el).to.be.accessible();
      const created = nextEvent(el, 'sq-issue-created');
      buttonWithText(el, 'Try again').click();
      await created;
      expect(issuesOn(backend, 'o-1001')).to.have.length(before + 1);
    });

    it('shows the issue as sent when the backend created it but its answer was lost', async () => {
      const el = await mountOrderHelp('o-1001', 'b-anna', clientLosingIssueResponses('b-anna'));
      const before = issuesOn(backend, 'o-1001').length;
      await fillRefund(el);
      const created = nextEvent(el, 'sq-issue-created');
      await pressSend(el);
      const { question } = (await created).detail;
      await settled(el);
      expect(shadowText(el)).to.include('Your request was sent.');
      expect(shadowText(el)).not.to.include('Could not reach the server.');
      expect(issuesOn(backend, 'o-1001')).to.have.length(before + 1);
      expect(issuesOn(backend, 'o-1001').at(-1)!.id).to.equal(question.id);
      await expect(el).to.be.accessible();
    });

    it('does not duplicate an issue whose answer was lost twice, when the buyer tries again', async () => {
      const el = await mountOrderHelp('o-1001', 'b-anna', clientLosingIssueResponses('b-anna', 2));
      const before = issuesOn(backend, 'o-1001').length;
      await fillRefund(el);
      await pressSend(el);
      await settled(el);
      expect(shadowText(el)).to.include('so it may have arrived');
      expect(issuesOn(backend, 'o-1001')).to.have.length(before + 1);
      const created = nextEvent(el, 'sq-issue-created');
      buttonWithText(el, 'Try again').click();
      const { question } = (await created).detail;
      expect(issuesOn(backend, 'o-1001')).to.have.length(before + 1);
      expect(issuesOn(backend, 'o-1001').at(-1)!.id).to.equal(question.id);
    });

    it('sends the same issue once when the page is reloaded after a lost answer', async () => {
      let el = await mountOrderHelp('o-1001', 'b-anna', clientLosingIssueResponses('b-anna', 2));
      const before = issuesOn(backend, 'o-1001').length;
      await fillRefund(el);
      await pressSend(el);
      await settled(el);
      expect(issuesOn(backend, 'o-1001')).to.have.length(before + 1);
      fixtureCleanup();

      el = await mountOrderHelp('o-1001', 'b-anna');
      expect(issueRadio(el, 'return_refund').checked).to.be.true;
      expect((await composerOf(el)).value).to.equal('The tees shrank.');
      const created = nextEvent(el, 'sq-issue-created');
      await pressSend(el);
      await created;
      expect(issuesOn(backend, 'o-1001')).to.have.length(before + 1);
    });
  });
});
