// Publishing an answer from the inbox's conversation: with the buyer's consent and an answer,
// "Publish answer" opens a dialog with both texts editable; "Unpublish" takes it off. Without
// consent the button is disabled with the reason.
import { expect } from '@open-wc/testing';
import type { SqInboxConversation } from '../../../src/components/seller-question-inbox/conversation.js';
import { setLocale } from '../../../src/index.js';
import { localeLoaders } from '../../../src/i18n/locale-loaders.js';
import type { MockBackend } from '../../../src/mocks/index.js';
import { storedQuestion, useMockBackend } from '../../support/backend.js';
import { buttonWithText, inShadow, waitFor } from '../../support/elements.js';
import {
  clearInboxDrafts,
  deepText,
  listOf,
  mountInbox,
  openQuestion,
  rowOf,
  rowsOf,
  typeText,
} from '../../support/inbox.js';

/** The conversation's publication panel, once it shows its button. */
async function publicationOf(conversation: SqInboxConversation): Promise<HTMLElement> {
  await waitFor(
    () => conversation.shadowRoot!.querySelector('sq-inbox-publication'),
    'publication',
    15_000,
  );
  const publication = conversation.shadowRoot!.querySelector<HTMLElement>('sq-inbox-publication')!;
  await waitFor(() => publication.shadowRoot?.querySelector('button'), 'its button');
  return publication;
}

describe('<seller-question-inbox>: publishing answers', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    clearInboxDrafts();
    backend = await useMockBackend();
  });

  it('publishes a consented, answered question with the seller’s wording, then unpublishes', async () => {
    const el = await mountInbox();
    const list = await listOf(el);
    const rowText = (id: string) => list.shadowRoot!.querySelector(`#row-${id}`)?.textContent ?? '';
    // The list says which questions' answers the product page shows (found by its id).
    await rowsOf(el);
    await typeText(inShadow<HTMLInputElement>(list, 'input[type=search]'), 'q-026');
    expect((await rowOf(el, 'q-026')).textContent).not.to.include('Published');
    const conversation = await openQuestion(el, 'q-026'); // consented, answered, not published
    const publication = await publicationOf(conversation);
    buttonWithText(publication, 'Publish answer').click();
    const dialog = publication.shadowRoot!.querySelector('dialog')!;
    await waitFor(() => dialog.open, 'the dialog');
    const questionField = dialog.querySelector<HTMLTextAreaElement>('#publish-question')!;
    questionField.value = 'Which size of the cardigan fits an 88 cm chest?';
    questionField.dispatchEvent(new Event('input'));
    dialog.querySelector<HTMLButtonElement>('button.primary')!.click();
    await waitFor(() => storedQuestion(backend, 'q-026').publication, 'published');
    expect(storedQuestion(backend, 'q-026').publication!.question).to.equal(
      'Which size of the cardigan fits an 88 cm chest?',
    );
    await waitFor(
      () => deepText(conversation).includes('Published on the product page.'),
      'notice',
    );
    await waitFor(() => rowText('q-026').includes('Published'), 'the row tagged');
    buttonWithText(publication, 'Unpublish').click();
    await waitFor(() => !storedQuestion(backend, 'q-026').publication, 'unpublished');
    await waitFor(() => deepText(conversation).includes('Taken off the product page.'), 'notice');
    await waitFor(
      () => rowText('q-026') && !rowText('q-026').includes('Published'),
      'the tag gone',
    );
  });

  it('says "Publish answer" in a language switched to while it is shown', async () => {
    const el = await mountInbox();
    const conversation = await openQuestion(el, 'q-026');
    const publication = await publicationOf(conversation);
    expect(buttonWithText(publication, 'Publish answer')).to.exist;
    try {
      await setLocale('de');
      const german = (await localeLoaders.de!()).templates['inbox.publish.button'];
      expect(german).to.be.a('string');
      await waitFor(
        () => publication.shadowRoot!.querySelector('button')?.textContent.trim() === german,
        'the button in German',
      );
    } finally {
      await setLocale('en');
    }
  });

  it('disables publishing without the buyer’s consent and says why', async () => {
    const el = await mountInbox();
    const publication = await publicationOf(await openQuestion(el, 'q-013')); // answered, no consent
    const button = buttonWithText(publication, 'Publish answer');
    expect(button.disabled).to.be.true;
    expect(deepText(publication)).to.include('The buyer did not agree to publishing when asking.');
  });
});
