// Keyboard users never lose the focus to the page: after every action whose button goes away
// (or is busy), the focus lands somewhere that says what happened or what comes next. Keys are
// pressed for real (sendKeys), so the browser's own focus rules apply.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/ask-seller.js';
import type { AskSeller } from '../../../src/ask-seller.js';
import type { SqComposer } from '../../../src/components/shared/composer.js';
import type { SqConversations } from '../../../src/components/shared/conversations.js';
import type { SqThread } from '../../../src/components/shared/thread.js';
import type { MockBackend } from '../../../src/mocks/index.js';
import { buyerClient, useMockBackend } from '../../support/backend.js';
import {
  buttonWithText,
  clearDrafts,
  inShadow,
  shadowReady,
  typeInto,
  waitFor,
} from '../../support/elements.js';
import { deepActiveElement, expectFocusOn, focusIsSomewhere } from '../../support/focus.js';
import { askAboutP04Answered } from '../../support/questions.js';
import {
  clearOrderHelpDrafts,
  composerOf as orderComposerOf,
  mountOrderHelp,
  pickIssue,
  selectItem,
  writeMessage,
} from '../../support/order-help.js';

/** Focuses `target` and presses Enter on it, as a keyboard user does. */
async function pressEnterOn(target: HTMLElement) {
  target.focus();
  expectFocusOn(target);
  await sendKeys({ press: 'Enter' });
}

describe('focus after actions', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    clearDrafts();
    clearOrderHelpDrafts();
    backend = await useMockBackend();
  });

  async function mountAsk(productId: string | null, buyerId = 'b-anna', retries = 3) {
    const client = buyerClient(buyerId, { retries });
    const el = await fixture<AskSeller>(
      productId
        ? html`<ask-seller product-id=${productId} .client=${client}></ask-seller>`
        : html`<ask-seller shop-id="s-1" .client=${client}></ask-seller>`,
    );
    const composer = await shadowReady<SqComposer>(el, 'sq-composer');
    await composer.updateComplete;
    return { el, composer };
  }

  it('<ask-seller>: after "Ask another question" the focus is in the new form’s first field', async () => {
    const { el, composer } = await mountAsk('p-05');
    inShadow<HTMLInputElement>(el, 'input[name=subject][value=size]').click();
    await typeInto(composer, 'Does it run small?');
    await pressEnterOn(buttonWithText(composer, 'Send question'));
    const confirmation = await shadowReady(el, '.confirmation');
    await waitFor(() => deepActiveElement() === confirmation, 'the confirmation focused');
    await pressEnterOn(buttonWithText(el, 'Ask another question'));
    await shadowReady(el, 'sq-composer');
    await waitFor(focusIsSomewhere, 'the focus somewhere');
    expectFocusOn(inShadow(el, 'input[name=subject]'));
  });

  it('<ask-seller> about the shop: after "Ask another question" the focus is in the text', async () => {
    const { el, composer } = await mountAsk(null);
    await typeInto(composer, 'Do you sell gift cards?');
    await pressEnterOn(buttonWithText(composer, 'Send question'));
    await shadowReady(el, '.confirmation');
    await pressEnterOn(buttonWithText(el, 'Ask another question'));
    const next = await shadowReady<SqComposer>(el, 'sq-composer');
    await waitFor(focusIsSomewhere, 'the focus somewhere');
    expectFocusOn(inShadow(next, 'textarea'));
  });

  it('<ask-seller>: a failed send keeps the focus on Send; "Try again" keeps it there until the outcome', async () => {
    const { el, composer } = await mountAsk('p-05', 'b-anna', 0);
    inShadow<HTMLInputElement>(el, 'input[name=subject][value=size]').click();
    await typeInto(composer, 'Does it run small?');
    backend.settings.offline = true;
    const send = buttonWithText(composer, 'Send question');
    await pressEnterOn(send);
    const failed = await shadowReady(el, '[part=error]');
    await el.updateComplete;
    await composer.updateComplete;
    expectFocusOn(send);

    // The notice (and the button in it) goes while it sends, and comes back with the failure.
    await pressEnterOn(buttonWithText(el, 'Try again'));
    await waitFor(
      () => el.shadowRoot!.querySelector('[part=error]') !== failed,
      'the retry to fail again',
    );
    await shadowReady(el, '[part=error]', 'the second failure');
    await composer.updateComplete;
    expectFocusOn(send);

    backend.settings.offline = false;
    await pressEnterOn(buttonWithText(el, 'Try again'));
    const confirmation = await shadowReady(el, '.confirmation');
    await waitFor(() => deepActiveElement() === confirmation, 'the confirmation focused');
  });

  it('<order-help>: after "Get help with something else" the focus is on the first issue', async () => {
    const el = await mountOrderHelp('o-1001', 'b-anna');
    await pickIssue(el, 'return_refund');
    await selectItem(el, 'o-1001-2', 1);
    await writeMessage(el, 'The tee shrank after one wash.');
    await pressEnterOn(buttonWithText(await orderComposerOf(el), 'Send request'));
    await shadowReady(el, '.confirmation');
    await pressEnterOn(buttonWithText(el, 'Get help with something else'));
    await waitFor(focusIsSomewhere, 'the focus somewhere');
    const first = el.shadowRoot!.querySelector('input[name=topic]:not(:disabled)');
    expectFocusOn(first);
  });

  it('<order-help>: a failed send keeps the focus on Send', async () => {
    const el = await mountOrderHelp('o-1001', 'b-anna', buyerClient('b-anna', { retries: 0 }));
    await pickIssue(el, 'return_refund');
    await selectItem(el, 'o-1001-2', 1);
    await writeMessage(el, 'The tee shrank after one wash.');
    backend.settings.offline = true;
    const composer = await orderComposerOf(el);
    const send = buttonWithText(composer, 'Send request');
    await pressEnterOn(send);
    await shadowReady(el, '[part=error]');
    await composer.updateComplete;
    expectFocusOn(send);
  });

  it('after "Send rating" the focus is on the rating recorded', async () => {
    const buyer = buyerClient('b-lucia');
    await askAboutP04Answered(buyer);
    const el = await fixture<AskSeller>(
      html`<ask-seller product-id="p-04" .client=${buyer}></ask-seller>`,
    );
    const conversations = await shadowReady<SqConversations>(el, 'sq-conversations');
    const toggle = await shadowReady(conversations, '[part=question-toggle]');
    await pressEnterOn(toggle);
    const thread = await shadowReady<SqThread>(conversations, 'sq-thread');
    await waitFor(() => thread.shadowRoot?.querySelector('[part=rating] button'), 'the rating');
    await pressEnterOn(buttonWithText(thread, 'Yes'));
    await thread.updateComplete;
    await pressEnterOn(buttonWithText(thread, 'Send rating'));
    const done = await shadowReady(thread, '.rating.done');
    await waitFor(focusIsSomewhere, 'the focus somewhere');
    expectFocusOn(done);
    expect(done.textContent).to.include('You found this answer helpful.');
  });
});
