// What a screen reader says for the elements' regions, list rows and history toggles (read from
// the browser's accessibility tree), and that a form shows every problem at once, whichever
// way the buyer asks to send.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/ask-seller.js';
import type { AskSeller } from '../../../src/ask-seller.js';
import type { SqComposer } from '../../../src/components/shared/composer.js';
import type { SqConversations } from '../../../src/components/shared/conversations.js';
import { axNodes } from '../../support/accessibility-tree.js';
import { buyerClient, useMockBackend } from '../../support/backend.js';
import {
  buttonWithText,
  clearDrafts,
  inShadow,
  shadowReady,
  shadowText,
  typeInto,
  waitFor,
} from '../../support/elements.js';
import { expectFocusOn } from '../../support/focus.js';
import { clearInboxDrafts, mountInbox, rowsOf } from '../../support/inbox.js';
import {
  clearOrderHelpDrafts,
  composerOf as orderComposerOf,
  itemSelectOf,
  mountOrderHelp,
  pickIssue,
} from '../../support/order-help.js';

async function ctrlEnter() {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'Enter' });
  await sendKeys({ up: 'Control' });
}

async function mountAsk(productId: string, buyerId = 'b-anna') {
  const el = await fixture<AskSeller>(
    html`<ask-seller product-id=${productId} .client=${buyerClient(buyerId)}></ask-seller>`,
  );
  const composer = await shadowReady<SqComposer>(el, 'sq-composer');
  await composer.updateComplete;
  return { el, composer };
}

describe('accessible names and field errors', () => {
  beforeEach(async () => {
    clearDrafts();
    clearOrderHelpDrafts();
    clearInboxDrafts();
    await useMockBackend();
  });

  it('names two <ask-seller> regions on one page apart, by what they are about', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <ask-seller product-id="p-02" .client=${buyerClient('b-anna')}></ask-seller>
        <ask-seller product-id="p-05" .client=${buyerClient('b-anna')}></ask-seller>
      </div>`,
    );
    for (const el of wrapper.querySelectorAll('ask-seller')) await shadowReady(el, 'sq-composer');
    const regions = await axNodes((node) => node.role === 'region');
    const names = regions.map((node) => node.name ?? '');
    expect(names).to.have.length(2);
    expect(new Set(names).size, names.join(' | ')).to.equal(2);
    expect(names[0]).to.include('Ask the seller').and.include('Linen Button-Down Shirt');
  });

  it("names the launcher's dialog once: no region of its name inside it, none left outside it", async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <ask-seller product-id="p-05" .client=${buyerClient('b-anna')}></ask-seller>
        <ask-seller
          variant="launcher"
          product-id="p-05"
          .client=${buyerClient('b-anna')}
        ></ask-seller>
      </div>`,
    );
    const [inline, launcher] = wrapper.querySelectorAll('ask-seller');
    await shadowReady(inline!, 'sq-composer');
    const named = (role: string) =>
      axNodes((node) => node.role === role && !!node.name?.includes('Leather Court Sneakers'));
    expect(await named('region'), 'the inline form, before').to.have.length(1);
    (launcher as AskSeller).open = true;
    await shadowReady(launcher!, 'sq-composer');
    const [dialog, ...others] = await named('dialog');
    expect(dialog?.name).to.include('Ask the seller');
    expect(others).to.have.length(0);
    // The dialog is modal: the inline form's region is out of reach, and the form in the dialog
    // is not a second region of the dialog's own name.
    expect(await named('region'), 'regions while the dialog is open').to.have.length(0);
    (launcher as AskSeller).open = false;
    await waitFor(() => !launcher!.shadowRoot!.querySelector('sq-composer'));
    expect(await named('region'), 'the inline form, after').to.have.length(1);
  });

  it('names a history toggle by its subject, state and date; the last message only describes it', async () => {
    const { el } = await mountAsk('p-02');
    const conversations = await shadowReady<SqConversations>(el, 'sq-conversations');
    const toggle = await shadowReady(conversations, '[part=question-toggle]');
    const snippet = toggle.querySelector('.snippet')!.textContent.trim();
    expect(snippet.length).to.be.greaterThan(20);
    const [node] = await axNodes(
      (candidate) => candidate.role === 'button' && !!candidate.description?.includes(snippet),
    );
    expect(node, 'a toggle described by its last message').to.exist;
    expect(node!.name).not.to.include(snippet.slice(0, 20));
    expect(node!.name!.length).to.be.lessThan(80);
  });

  it('names an inbox row by buyer, subject and time left, with the last message as its description', async () => {
    const el = await mountInbox();
    const [row] = await rowsOf(el);
    const snippet = row!.querySelector('.snippet')!.textContent.trim();
    const buyer = row!.querySelector('.buyer')!.textContent.trim();
    const countdown = row!.querySelector('[part~=countdown]')!.textContent.trim();
    const [node] = await axNodes(
      (candidate) => candidate.role === 'option' && !!candidate.name?.includes(buyer),
    );
    expect(node, `a row named after ${buyer}`).to.exist;
    expect(node!.name).to.include(countdown);
    expect(node!.name).not.to.include(snippet.slice(0, 20));
    expect(node!.description).to.include(snippet);
  });

  it('<ask-seller> shows the missing subject and the missing text at once, focus on the first', async () => {
    const { el, composer } = await mountAsk('p-05');
    buttonWithText(composer, 'Send question').click();
    await el.updateComplete;
    await composer.updateComplete;
    expect(shadowText(el)).to.include('Choose what your question is about.');
    expect(shadowText(composer)).to.include('Write your message first.');
    expectFocusOn(inShadow(el, 'input[name=subject]'));
    await expect(el).to.be.accessible();
  });

  it('<ask-seller> shows the missing subject with Ctrl+Enter in a valid text too', async () => {
    const { el, composer } = await mountAsk('p-05');
    await typeInto(composer, 'Is it lined?');
    inShadow(composer, 'textarea').focus();
    await ctrlEnter();
    await el.updateComplete;
    expect(shadowText(el)).to.include('Choose what your question is about.');
    expectFocusOn(inShadow(el, 'input[name=subject]'));
  });

  it('<order-help> shows the missing items and the missing text at once with Ctrl+Enter', async () => {
    const el = await mountOrderHelp('o-1001', 'b-anna');
    await pickIssue(el, 'return_refund');
    const composer = await orderComposerOf(el);
    inShadow(composer, 'textarea').focus();
    await ctrlEnter();
    await waitFor(() => shadowText(itemSelectOf(el)).includes('Select the items this is about.'));
    expect(shadowText(composer)).to.include('Write your message first.');
  });
});
