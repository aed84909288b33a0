// "Manage templates" in the inbox: changing and deleting the seller's own templates, with a
// confirmation before deleting and nothing typed lost when the backend refuses a change.
import { expect } from '@open-wc/testing';
import type { SqInboxTemplates } from '../../src/components/seller-question-inbox/templates-manager.js';
import type { SqInboxReply } from '../../src/components/seller-question-inbox/reply.js';
import type { MockBackend } from '../../src/mocks/index.js';
import { useMockBackend } from '../support/backend.js';
import { buttonWithText, inShadow, shadowReady, waitFor } from '../support/elements.js';
import {
  clearInboxDrafts,
  deepText,
  mountInbox,
  openQuestion,
  replyOf,
  typeText,
} from './inbox-fixture.js';

/** The button of `root` (light DOM) whose text includes `text`. */
const buttonIn = (root: Element, text: string) =>
  [...root.querySelectorAll('button')].find((button) => button.textContent.includes(text))!;

/** Opens "Manage templates" from the reply's template picker, once its list has loaded. */
async function manage(reply: SqInboxReply): Promise<SqInboxTemplates> {
  buttonWithText(reply, 'Manage templates').click();
  const manager = await shadowReady<SqInboxTemplates>(reply, 'sq-inbox-templates');
  await shadowReady(manager, 'dialog[open]');
  await waitFor(() => manager.shadowRoot!.querySelector('li'), 'the templates');
  return manager;
}

describe('<seller-question-inbox>: changing and deleting the seller’s own templates', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    clearInboxDrafts();
    backend = await useMockBackend();
  });

  it('changes and deletes an own template, confirming first; a failure keeps what was typed', async function () {
    // A whole flow (create or change, errors, delete) with two accessibility checks.
    this.timeout(30_000);
    const el = await mountInbox();
    await openQuestion(el, 'q-005'); // a product question, in German
    const reply = await replyOf(el);
    const manager = await manage(reply);
    const row = await shadowReady(manager, 'li[data-template="seller-thanks.de"]');
    expect(row.textContent).not.to.include('Official');
    buttonIn(row, 'Edit').click();
    const title = await shadowReady<HTMLInputElement>(manager, '#template-title');
    expect(title.value).to.equal('Danke, ich frage in der Werkstatt nach');
    await typeText(title, 'Danke, wir fragen nach');

    // Changed meanwhile (another tab): refused, and nothing typed is lost.
    backend.failNext({ status: 409, match: 'PATCH /templates/seller-thanks.de' });
    buttonWithText(manager, 'Save').click();
    await waitFor(() => manager.shadowRoot!.querySelector('.notice[role=alert]'), 'the failure');
    expect(title.value).to.equal('Danke, wir fragen nach');
    expect(backend.state.templates.find((t) => t.id === 'seller-thanks.de')!.title).to.equal(
      'Danke, ich frage in der Werkstatt nach',
    );

    buttonWithText(manager, 'Save').click();
    await waitFor(
      () => deepText(manager).includes('Template “Danke, wir fragen nach” saved.'),
      'saved',
    );
    expect(backend.state.templates.find((t) => t.id === 'seller-thanks.de')).to.include({
      title: 'Danke, wir fragen nach',
      version: 2,
    });

    // Delete asks first; "Cancel" keeps it.
    const own = await shadowReady(manager, 'li[data-template="seller-thanks.de"]');
    buttonIn(own, 'Delete').click();
    await waitFor(
      () => deepText(manager).includes('Delete “Danke, wir fragen nach”? This cannot be undone.'),
      'confirm',
    );
    await expect(el).to.be.accessible();
    buttonWithText(manager, 'Cancel').click();
    await manager.updateComplete;
    expect(backend.state.templates.some((t) => t.id === 'seller-thanks.de')).to.equal(true);
    buttonIn(own, 'Delete').click();
    await manager.updateComplete;
    const confirm = inShadow(manager, '.confirm');
    buttonIn(confirm, 'Delete').click();
    await waitFor(
      () => deepText(manager).includes('Template “Danke, wir fragen nach” deleted.'),
      'deleted',
    );
    expect(backend.state.templates.some((t) => t.id === 'seller-thanks.de')).to.equal(false);
    expect(manager.shadowRoot!.querySelector('li[data-template="seller-thanks.de"]')).to.equal(
      null,
    );
  });
});
