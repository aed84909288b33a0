// What assistive technology and a contrast theme get beyond the usual: the fields a form cannot be
// sent without are exposed as required before anyone tries (read from the browser's
// accessibility tree), and under forced colours (Windows' contrast themes, where the browser
// replaces the page's colours with the system's) the open question, the launcher's dialog and
// the issues an order cannot have still stand out.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/ask-seller.js';
import '../../../src/order-help.js';
import '../../../src/seller-question-inbox.js';
import type { AskSeller } from '../../../src/ask-seller.js';
import type { SqInboxPlatformAction } from '../../../src/components/seller-question-inbox/platform.js';
import { axNodes } from '../../support/accessibility-tree.js';
import { buyerClient, platformClient, useMockBackend } from '../../support/backend.js';
import {
  buttonWithText,
  clearDrafts,
  inShadow,
  shadowReady,
  waitFor,
} from '../../support/elements.js';
import {
  clearInboxDrafts,
  escalateOf,
  mountInbox,
  openQuestion,
  replyOf,
  rowOf,
  rowsOf,
} from '../../support/inbox.js';
import {
  addressFormOf,
  clearOrderHelpDrafts,
  composerOf,
  issueRadio,
  mountOrderHelp,
  pickIssue,
} from '../../support/order-help.js';

/** Whether the node of `role` named `name` is exposed as required (it must exist). */
async function requiredOf(role: string, name: string): Promise<boolean> {
  const nodes = await axNodes((node) => node.role === role && node.name === name);
  expect(nodes, `${role} "${name}"`).to.have.length.greaterThan(0);
  return nodes.every((node) => node.required === true);
}

const forcedColors = (active: boolean) =>
  executeServerCommand<boolean, { active: boolean }>('forced-colors', { active });

describe('required fields, as assistive technology is told', () => {
  beforeEach(async () => {
    clearDrafts();
    clearOrderHelpDrafts();
    clearInboxDrafts();
    await useMockBackend();
  });

  it('<ask-seller>: the question and its subject are required before a first try', async () => {
    const el = await fixture<AskSeller>(
      html`<ask-seller product-id="p-05" .client=${buyerClient('b-anna')}></ask-seller>`,
    );
    await shadowReady(el, 'sq-composer');
    expect(await requiredOf('textbox', 'Your question')).to.equal(true);
    expect(await requiredOf('radiogroup', 'What is your question about?')).to.equal(true);
  });

  it('<order-help>: the issue, the wanted change, the message and the address’s own fields', async () => {
    const el = await mountOrderHelp('o-1015', 'b-anna');
    expect(await requiredOf('radiogroup', 'What do you need help with?'), 'issues').to.equal(true);
    await pickIssue(el, 'change_item');
    await composerOf(el);
    expect(await requiredOf('textbox', 'What should change?'), 'the change').to.equal(true);
    expect(await requiredOf('textbox', 'Your message'), 'the message').to.equal(true);

    const moving = await mountOrderHelp('o-1006', 'b-kasia');
    await pickIssue(moving, 'change_address');
    await composerOf(moving);
    for (const field of ['Full name', 'Street and house number', 'Postal code', 'City']) {
      expect(await requiredOf('textbox', field), field).to.equal(true);
    }
    // Chromium's tree reports no required state for a <select> (aria-required or required alike).
    expect(
      inShadow(addressFormOf(moving), '#country').getAttribute('aria-required'),
      'Country',
    ).to.equal('true');
    for (const field of [
      'Apartment, floor, c/o (optional)',
      'Region or state (optional)',
      'Phone for the courier (optional)',
    ]) {
      expect(await requiredOf('textbox', field), field).to.equal(false);
    }
  });

  it('the inbox: the reply and the escalation’s reason are required; closing needs no reason', async () => {
    const el = await mountInbox();
    await openQuestion(el, 'q-005');
    await replyOf(el);
    expect(await requiredOf('textbox', 'Your reply')).to.equal(true);
    const escalate = await escalateOf(el);
    buttonWithText(escalate, 'Request customer-service assistance').click();
    await shadowReady(escalate, 'dialog[open]');
    expect(inShadow<HTMLTextAreaElement>(escalate, 'textarea').required).to.equal(true);

    const agent = await mountInbox({ client: platformClient() });
    const conversation = await openQuestion(agent, 'q-043');
    await waitFor(() => conversation.shadowRoot!.querySelector('sq-inbox-platform-action'));
    const [handBack, close] = [
      ...conversation.shadowRoot!.querySelectorAll<SqInboxPlatformAction>(
        'sq-inbox-platform-action',
      ),
    ];
    for (const [action, required] of [
      [handBack!, true],
      [close!, false],
    ] as const) {
      await shadowReady(action, 'button');
      action.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
      await shadowReady(action, 'dialog[open]');
      expect(inShadow<HTMLTextAreaElement>(action, 'textarea').required, action.kind).to.equal(
        required,
      );
    }
  });

  it('the inbox: an official template’s title is marked with its language', async () => {
    const el = await mountInbox();
    await openQuestion(el, 'q-005');
    const reply = await replyOf(el);
    await waitFor(
      () => reply.shadowRoot!.querySelectorAll('#template option[value]:not([value=""])').length,
      'the templates',
    );
    const options = [
      ...reply.shadowRoot!.querySelectorAll<HTMLOptionElement>('#template option:not([value=""])'),
    ];
    expect(options.length).to.be.greaterThan(0);
    for (const option of options) expect(option.lang, option.text).to.match(/^[a-z]{2}/);
  });
});

describe('forced colours (contrast themes)', () => {
  beforeEach(async () => {
    clearDrafts();
    clearOrderHelpDrafts();
    clearInboxDrafts();
    await useMockBackend();
  });
  afterEach(async () => {
    await forcedColors(false);
  });

  it('the inbox marks the open question apart from the other rows, late or not', async () => {
    const el = await mountInbox();
    const rows = await rowsOf(el);
    const late = rows.filter((row) => row.dataset['urgency'] === 'late');
    const onTime = rows.find((row) => row.dataset['urgency'] !== 'late');
    expect(late.length, 'late rows in the seed').to.be.greaterThan(1);
    const id = late[0]!.id.replace(/^row-/, '');
    await openQuestion(el, id);
    const open = await rowOf(el, id);
    const other = await rowOf(el, late[1]!.id.replace(/^row-/, ''));
    await waitFor(() => open.getAttribute('aria-selected') === 'true', 'the open row');
    const edge = (row: HTMLElement) => getComputedStyle(row).borderInlineStartColor;
    expect(edge(open), 'normal colours').to.not.equal(edge(other));
    await forcedColors(true);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    // Every other row's edge is the system's text colour, late or not: only the open one differs.
    expect(edge(other)).to.equal(edge(onTime!));
    expect(edge(open)).to.not.equal(edge(other));
  });

  it('the launcher’s dialog has an edge', async () => {
    const el = await fixture<AskSeller>(
      html`<ask-seller
        variant="launcher"
        product-id="p-05"
        .client=${buyerClient('b-anna')}
      ></ask-seller>`,
    );
    inShadow<HTMLButtonElement>(el, '[part=launcher]').click();
    await el.updateComplete;
    const dialog = inShadow<HTMLDialogElement>(el, 'dialog');
    await forcedColors(true);
    const style = getComputedStyle(dialog);
    expect(style.borderTopStyle).to.equal('solid');
    expect(style.borderTopWidth).to.equal('1px');
    expect(style.borderTopColor).to.not.equal(style.backgroundColor);
    expect(style.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
    dialog.close();
  });

  it('an issue the order cannot have is drawn as disabled', async () => {
    const order = await mountOrderHelp('o-1001', 'b-anna');
    await forcedColors(true);
    const label = (topic: string) => issueRadio(order, topic).nextElementSibling!;
    expect(issueRadio(order, 'change_item').disabled).to.equal(true);
    expect(getComputedStyle(label('change_item')).color).to.not.equal(
      getComputedStyle(label('return_refund')).color,
    );
  });
});

describe('targets of their own', () => {
  beforeEach(async () => {
    clearDrafts();
    await useMockBackend();
  });

  it('makes text-styled buttons at least 24 px high (WCAG 2.5.8)', async () => {
    // Text-styled buttons ("Retry" on a photo, "View in …" under a message) were 21 px high.
    clearInboxDrafts();
    const el = await mountInbox();
    const conversation = await openQuestion(el, 'q-006');
    const thread = await shadowReady(conversation, 'sq-thread');
    // Anna writes in German: "View in English" under her message.
    const translate = await shadowReady<HTMLButtonElement>(thread, 'button[part~=translate]');
    expect(translate.classList.contains('link')).to.equal(true);
    expect(translate.getBoundingClientRect().height).to.be.at.least(24);
  });
});
