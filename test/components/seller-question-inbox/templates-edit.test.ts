// "Manage templates" in the inbox: changing and deleting the seller's own templates, with a live
// preview, a change made meanwhile (409) that keeps what was typed and offers the current
// version, a confirmation before deleting, and unsaved changes kept when the dialog closes.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { updateTemplate } from '../../../src/api/templates.js';
import type { SqInboxTemplates } from '../../../src/components/seller-question-inbox/templates-manager.js';
import type { SqInboxReply } from '../../../src/components/seller-question-inbox/reply.js';
import type { MockBackend } from '../../../src/mocks/index.js';
import { sellerClient, useMockBackend } from '../../support/backend.js';
import { buttonWithText, inShadow, shadowReady, waitFor } from '../../support/elements.js';
import {
  clearInboxDrafts,
  deepText,
  manageTemplates,
  mountReplyingTo,
  typeText,
} from '../../support/inbox.js';

const ID = 'seller-thanks.de';

/** The button of `root` (light DOM) whose text includes `text`. */
function buttonIn(root: Element, text: string): HTMLButtonElement {
  const button = [...root.querySelectorAll('button')].find((candidate) =>
    candidate.textContent.includes(text),
  );
  if (!button) throw new Error(`No button "${text}" in <${root.localName}>`);
  return button;
}

const rowOf = (manager: SqInboxTemplates) =>
  manager.shadowRoot!.querySelector(`li[data-template="${ID}"]`);
const offered = (reply: SqInboxReply) =>
  [...inShadow<HTMLSelectElement>(reply, 'select#template').options].map((o) => o.value);
const preview = (manager: SqInboxTemplates) =>
  inShadow(manager, '[part=template-preview]').textContent.trim();

describe('<seller-question-inbox>: changing and deleting the seller’s own templates', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    clearInboxDrafts();
    backend = await useMockBackend();
  });

  it('changes with a live preview, keeps what was typed on a change made meanwhile, and deletes after asking', async function () {
    this.timeout(30_000);
    const { reply } = await mountReplyingTo('q-005'); // a product question, in German
    await waitFor(() => offered(reply).includes(ID), 'the own template offered');
    const manager = await manageTemplates(reply, 'li, form');
    const row = await shadowReady(manager, `li[data-template="${ID}"]`);
    expect(row.textContent).not.to.include('Official');

    // Edit: the preview follows the text as it is typed, filled from the open question.
    buttonIn(row, 'Edit').click();
    const title = await shadowReady<HTMLInputElement>(manager, '#template-title');
    expect(title.value).to.equal('Danke, ich frage in der Werkstatt nach');
    const buyer = /^Hallo ([^,{]+),/.exec(preview(manager))?.[1];
    expect(buyer, preview(manager)).to.be.a('string');
    await typeText(title, 'Danke, wir fragen nach');
    const body = inShadow<HTMLTextAreaElement>(manager, '#template-body');
    await typeText(body, 'Hallo {buyerName}, wir fragen nach.');
    await manager.updateComplete;
    expect(preview(manager)).to.equal(`Hallo ${buyer!}, wir fragen nach.`);

    // Saved: the list shows the new title as the status says so.
    buttonWithText(manager, 'Save').click();
    await waitFor(
      () => deepText(manager).includes('Template “Danke, wir fragen nach” saved.'),
      'saved',
    );
    expect(rowOf(manager)?.textContent ?? '').to.include('Danke, wir fragen nach');
    expect(backend.state.templates.find((t) => t.id === ID)).to.include({
      title: 'Danke, wir fragen nach',
      version: 2,
    });

    // Changed meanwhile in another tab: refused (409), nothing typed is lost, the current
    // version is offered.
    buttonIn(rowOf(manager)!, 'Edit').click();
    const again = await shadowReady<HTMLInputElement>(manager, '#template-title');
    await typeText(again, 'Danke, wir melden uns');
    await updateTemplate(sellerClient(), ID, { title: 'Danke, aus dem anderen Tab' });
    buttonWithText(manager, 'Save').click();
    await waitFor(() => deepText(manager).includes('changed meanwhile'), 'the conflict');
    expect(deepText(manager)).to.include(
      'This template was changed meanwhile, in another tab or by another seller. What you typed is still here',
    );
    expect(again.value).to.equal('Danke, wir melden uns');
    expect(inShadow<HTMLTextAreaElement>(manager, '#template-body').value).to.equal(
      'Hallo {buyerName}, wir fragen nach.',
    );
    expect(backend.state.templates.find((t) => t.id === ID)).to.include({
      title: 'Danke, aus dem anderen Tab',
      version: 3,
    });
    buttonWithText(manager, 'Load the current version').click();
    await waitFor(
      () =>
        manager.shadowRoot!.querySelector<HTMLInputElement>('#template-title')?.value ===
        'Danke, aus dem anderen Tab',
      'the current version',
    );
    expect(deepText(manager)).not.to.include('changed meanwhile');
    buttonWithText(manager, 'Cancel').click();
    await waitFor(() => rowOf(manager), 'the list');

    // Changed in another tab after the list was shown: not deleted unseen.
    await updateTemplate(sellerClient(), ID, { body: 'Hallo {buyerName}, wir sehen nach.' });
    buttonIn(rowOf(manager)!, 'Delete').click();
    await manager.updateComplete;
    buttonIn(inShadow(manager, '.confirm'), 'Delete').click();
    await waitFor(() => deepText(manager).includes('so it was not deleted'), 'the refusal');
    expect(deepText(manager)).to.include(
      '“Danke, aus dem anderen Tab” was changed meanwhile, in another tab or by another seller, so it was not deleted.',
    );
    expect(backend.state.templates.find((t) => t.id === ID)).to.include({ version: 4 });
    expect(manager.shadowRoot!.querySelector('.confirm') === null).to.equal(true);

    // Delete asks first; "Cancel" keeps it.
    buttonIn(rowOf(manager)!, 'Delete').click();
    await waitFor(
      () =>
        deepText(manager).includes('Delete “Danke, aus dem anderen Tab”? This cannot be undone.'),
      'confirm',
    );
    buttonIn(inShadow(manager, '.confirm'), 'Cancel').click();
    await manager.updateComplete;
    expect(backend.state.templates.some((t) => t.id === ID)).to.equal(true);
    expect(manager.shadowRoot!.querySelector('.confirm') === null).to.equal(true);
    buttonIn(rowOf(manager)!, 'Delete').click();
    await manager.updateComplete;
    buttonIn(inShadow(manager, '.confirm'), 'Delete').click();
    await waitFor(
      () => deepText(manager).includes('Template “Danke, aus dem anderen Tab” deleted.'),
      'deleted',
    );
    // Gone from the list as the status says so, and from the reply's picker once closed.
    expect(rowOf(manager) === null).to.equal(true);
    expect(backend.state.templates.some((t) => t.id === ID)).to.equal(false);
    buttonWithText(manager, 'Close').click();
    await waitFor(() => !reply.shadowRoot!.querySelector('sq-inbox-templates'), 'closed');
    await waitFor(
      () => !reply.shadowRoot!.querySelector('select#template[disabled]'),
      'the picker reloaded',
    );
    await waitFor(() => !offered(reply).includes(ID), 'gone from the picker');
  });

  it('keeps unsaved changes when Escape closes the dialog, until saved or cancelled', async function () {
    this.timeout(30_000);
    const { reply } = await mountReplyingTo('q-005');
    let manager = await manageTemplates(reply, 'li, form');
    buttonIn(await shadowReady(manager, `li[data-template="${ID}"]`), 'Edit').click();
    const title = await shadowReady<HTMLInputElement>(manager, '#template-title');
    await waitFor(() => manager.shadowRoot!.activeElement === title, 'the title focused');
    await typeText(title, 'Danke, halb geschrieben');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !reply.shadowRoot!.querySelector('sq-inbox-templates'), 'closed');
    expect(backend.state.templates.find((t) => t.id === ID)!.title).to.equal(
      'Danke, ich frage in der Werkstatt nach',
    );

    // Opened again: the form with what was typed, and a word that it was kept.
    manager = await manageTemplates(reply, 'li, form');
    const kept = await shadowReady<HTMLInputElement>(manager, '#template-title');
    expect(kept.value).to.equal('Danke, halb geschrieben');
    expect(deepText(manager)).to.include('Your unsaved changes to this template were kept.');

    // "Cancel" discards them: the next time shows the list.
    buttonWithText(manager, 'Cancel').click();
    await waitFor(() => rowOf(manager), 'the list');
    buttonWithText(manager, 'Close').click();
    await waitFor(() => !reply.shadowRoot!.querySelector('sq-inbox-templates'), 'closed');
    manager = await manageTemplates(reply, 'li, form');
    expect(manager.shadowRoot!.querySelector('form') === null).to.equal(true);
    expect(deepText(manager)).not.to.include('were kept');

    // An unchanged form is not kept.
    buttonIn(rowOf(manager)!, 'Edit').click();
    await shadowReady(manager, '#template-title');
    buttonWithText(manager, 'Close').click();
    await waitFor(() => !reply.shadowRoot!.querySelector('sq-inbox-templates'), 'closed');
    manager = await manageTemplates(reply, 'li, form');
    expect(manager.shadowRoot!.querySelector('form') === null).to.equal(true);
  });
});
