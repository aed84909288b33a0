import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/ask-seller.js';
import type { AskSeller } from '../../../src/ask-seller.js';
import type { SellerQuestionsClient } from '../../../src/api/client.js';
import type { SqComposer } from '../../../src/components/shared/composer.js';
import { clearDrafts as clearAllDrafts } from '../../../src/index.js';
import { samplePhoto } from '../../../src/mocks/pictures.js';
import type { MockBackend } from '../../../src/mocks/index.js';
import { buyerClient, useMockBackend } from '../../support/backend.js';
import {
  buttonWithText,
  inShadow,
  nextEvent,
  pickFiles,
  shadowReady,
  shadowText,
  typeInto,
  waitFor,
} from '../../support/elements.js';

// Only products no other test file keeps drafts for: test pages share the origin's storage.
const PRODUCT = 'p-14';
const CONTEXT = `ask-seller:s-1:${PRODUCT}`;
const OTHER_PRODUCT = 'p-16';

async function mount(client: SellerQuestionsClient, variant: 'inline' | 'launcher' = 'inline') {
  return fixture<AskSeller>(
    html`<ask-seller
      product-id=${PRODUCT}
      shop-id="s-1"
      variant=${variant}
      .client=${client}
    ></ask-seller>`,
  );
}

async function composerOf(el: AskSeller) {
  const composer = await shadowReady<SqComposer>(el, 'sq-composer');
  await composer.updateComplete;
  return composer;
}

const textOf = (composer: SqComposer) => inShadow<HTMLTextAreaElement>(composer, 'textarea').value;

async function pickSubject(el: AskSeller, subject: string) {
  inShadow<HTMLInputElement>(el, `input[name=subject][value="${subject}"]`).click();
  await el.updateComplete;
}

/** The storage keys of this file's products' drafts (whoever they belong to). */
function ourKeys(): string[] {
  return Object.keys(localStorage).filter(
    (key) =>
      key.startsWith('seller-questions:draft:') &&
      (key.includes(`:${CONTEXT}`) || key.includes(`:ask-seller:s-1:${OTHER_PRODUCT}`)),
  );
}

/** The stored drafts of this file's product: storage key -> raw value. */
function storedDrafts(): Map<string, string> {
  return new Map(ourKeys().map((key) => [key, localStorage.getItem(key)!]));
}

function forgetOurDrafts() {
  for (const key of ourKeys()) localStorage.removeItem(key);
}

/**
 * The page is left now: what storage holds at this moment is all the next page load gets
 * (no timer of this page runs any more). Removing the element afterwards would write again,
 * so storage is put back as it was when the page went.
 */
async function leavePage(...elements: AskSeller[]) {
  window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
  const left = storedDrafts();
  for (const el of elements) el.remove();
  forgetOurDrafts();
  for (const [key, value] of left) localStorage.setItem(key, value);
  await Promise.resolve();
}

describe('<ask-seller> drafts', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    forgetOurDrafts();
    backend = await useMockBackend();
  });
  afterEach(() => {
    forgetOurDrafts();
  });

  describe('belong to one person', () => {
    it('shows a buyer only their own draft on a shared computer', async () => {
      const anna = await mount(buyerClient('b-anna'));
      const composer = await composerOf(anna);
      await pickSubject(anna, 'material');
      await typeInto(composer, 'My address is Rosenweg 4, call me on 0151 234');
      anna.remove();

      const lucia = await mount(buyerClient('b-lucia'));
      const hers = await composerOf(lucia);
      expect(textOf(hers)).to.equal('');
      expect(inShadow<HTMLInputElement>(lucia, 'input[value=material]').checked).to.be.false;
      await typeInto(hers, 'Is it machine washable?');
      lucia.remove();

      const again = await mount(buyerClient('b-anna'));
      expect(textOf(await composerOf(again))).to.equal(
        'My address is Rosenweg 4, call me on 0151 234',
      );
      expect(inShadow<HTMLInputElement>(again, 'input[value=material]').checked).to.be.true;
    });

    it('keeps the ids of uploaded photos, not their addresses, and still sends them after a reload', async () => {
      const first = await mount(buyerClient('b-anna'));
      const composer = await composerOf(first);
      await pickSubject(first, 'colour');
      await typeInto(composer, 'Is the colour as in my photo?');
      await pickFiles(composer, [new File([samplePhoto(4)], 'wall.png', { type: 'image/png' })]);
      await waitFor(() => composer.shadowRoot!.querySelector('[data-status=done]'), 'the upload');
      first.remove();

      const photo = Object.values(backend.state.attachments).find(
        ({ attachment }) => attachment.name === 'wall.png',
      )!.attachment;
      const stored = [...storedDrafts().values()].join('\n');
      expect(stored).to.include(photo.id);
      expect(stored).not.to.include(photo.url);
      expect(stored).not.to.include('/attachments/');

      const again = await mount(buyerClient('b-anna'));
      const restored = await composerOf(again);
      await waitFor(() => restored.shadowRoot!.querySelector('[part=attachment]'), 'the photo');
      const shown = inShadow(restored, '[part=attachment]');
      expect(shown.dataset['status']).to.equal('done');
      expect(shown.textContent).to.include('wall.png');
      await expect(again).to.be.accessible();
      const created = nextEvent(again, 'sq-question-created');
      buttonWithText(restored, 'Send question').click();
      const { question } = (await created).detail;
      expect(question.messages[0]!.attachments.map(({ id }) => id)).to.deep.equal([photo.id]);
    });

    it('shows a restored photo by name, its remove button inside the chip and clear of the name', async () => {
      const first = await mount(buyerClient('b-anna'));
      const composer = await composerOf(first);
      await pickFiles(composer, [
        new File([samplePhoto(6)], 'a-rather-long-name.png', { type: 'image/png' }),
      ]);
      await waitFor(() => composer.shadowRoot!.querySelector('[data-status=done]'), 'the upload');
      first.remove();

      const again = await mount(buyerClient('b-anna'));
      const restored = await composerOf(again);
      await waitFor(() => restored.shadowRoot!.querySelector('[part=attachment]'), 'the photo');
      const chip = inShadow(restored, '[part=attachment]');
      expect(chip.querySelector('img'), 'shown by name').to.equal(null);
      const box = chip.getBoundingClientRect();
      const remove = chip.querySelector('.remove')!.getBoundingClientRect();
      const nameElement = chip.querySelector<HTMLElement>('.name')!;
      // Where the name's text may go: its box without its end padding.
      const nameEnd =
        nameElement.getBoundingClientRect().right -
        parseFloat(getComputedStyle(nameElement).paddingRight);
      expect(remove.top, 'top').to.be.at.least(box.top);
      expect(remove.bottom, 'bottom').to.be.at.most(box.bottom);
      expect(remove.left, 'left').to.be.at.least(box.left);
      expect(remove.right, 'right').to.be.at.most(box.right);
      expect(nameEnd, 'the name beside the button').to.be.at.most(remove.left);
      again.remove();
    });

    it('clearDrafts() from the package entry forgets every draft and empties the open form', async () => {
      const el = await mount(buyerClient('b-anna'));
      const composer = await composerOf(el);
      await pickSubject(el, 'size');
      await typeInto(composer, 'Does size M fit a 96 cm chest?');
      await waitFor(() => storedDrafts().size === 2, 'the drafts written');

      clearAllDrafts();
      await el.updateComplete;
      await composer.updateComplete;
      expect(textOf(composer)).to.equal('');
      expect(inShadow<HTMLInputElement>(el, 'input[value=size]').checked).to.be.false;
      expect(storedDrafts().size).to.equal(0);
      el.remove();
      expect(storedDrafts().size, 'nothing written back when the element goes').to.equal(0);

      const again = await mount(buyerClient('b-anna'));
      expect(textOf(await composerOf(again))).to.equal('');
    });
  });

  describe('are never lost', () => {
    it('keeps the latest text when the page is left right after typing', async () => {
      const el = await mount(buyerClient('b-anna'));
      const composer = await composerOf(el);
      await typeInto(composer, 'Is it');
      await waitFor(() => [...storedDrafts().values()].some((raw) => raw.includes('Is it')));
      await typeInto(composer, 'Is it lined?');
      await leavePage(el);

      const again = await mount(buyerClient('b-anna'));
      expect(textOf(await composerOf(again))).to.equal('Is it lined?');
    });

    it('writes the draft when the page is hidden (a phone switching apps)', async () => {
      const el = await mount(buyerClient('b-anna'));
      const composer = await composerOf(el);
      await typeInto(composer, 'Can it be gift-wrapped?');
      Object.defineProperty(document, 'visibilityState', {
        configurable: true,
        get: () => 'hidden',
      });
      try {
        document.dispatchEvent(new Event('visibilitychange'));
      } finally {
        delete (document as { visibilityState?: unknown }).visibilityState;
      }
      expect([...storedDrafts().values()].join()).to.include('Can it be gift-wrapped?');
    });

    it('shares one draft between the inline form and the launcher of the same product', async () => {
      const client = buyerClient('b-anna');
      const inline = await mount(client);
      const launcher = await fixture<AskSeller>(
        html`<ask-seller
          product-id=${PRODUCT}
          shop-id="s-1"
          variant="launcher"
          .client=${client}
        ></ask-seller>`,
      );
      inShadow(launcher, '[part=launcher]').click();
      const inDialog = await composerOf(launcher);
      const onPage = await composerOf(inline);

      await pickSubject(inline, 'stock');
      await typeInto(onPage, 'When is it back in stock?');
      await waitFor(
        () => textOf(inDialog) === 'When is it back in stock?',
        'the launcher to follow',
      );
      await waitFor(
        () => inShadow<HTMLInputElement>(launcher, 'input[value=stock]').checked,
        'the choice to follow',
      );

      await typeInto(inDialog, 'When is it back in stock in grey?');
      await waitFor(
        () => textOf(onPage) === 'When is it back in stock in grey?',
        'the form to follow',
      );
      launcher.remove();
    });

    it("closes the launcher's dialog when its product changes under it (Back on a page that reuses the element)", async () => {
      const el = await mount(buyerClient('b-anna'), 'launcher');
      const launcherButton = inShadow(el, '[part=launcher]');
      launcherButton.click();
      await typeInto(await composerOf(el), 'Does it come with a bulb?');
      const dialog = inShadow<HTMLDialogElement>(el, 'dialog');
      expect(dialog.open).to.be.true;

      el.productId = OTHER_PRODUCT;
      await el.updateComplete;
      expect(dialog.open, 'the dialog about the earlier product').to.be.false;
      expect(el.open).to.be.false;
      await waitFor(
        () => el.shadowRoot!.activeElement === launcherButton,
        'the focus back on the launcher',
      );

      // Each product keeps its own draft.
      launcherButton.click();
      expect(textOf(await composerOf(el))).to.equal('');
      const closed = nextEvent(dialog, 'close');
      el.productId = PRODUCT;
      await closed;
      launcherButton.click();
      const again = await composerOf(el);
      await waitFor(() => textOf(again) === 'Does it come with a bulb?', 'the draft');
      el.remove();
    });

    it('says which photos were still uploading when the page was left', async () => {
      backend.failNext({ status: 'timeout', match: 'POST /attachments' });
      const el = await mount(buyerClient('b-anna'));
      const composer = await composerOf(el);
      await typeInto(composer, 'The seam is open, see photo.');
      await pickFiles(composer, [new File([samplePhoto(5)], 'seam.png', { type: 'image/png' })]);
      expect(inShadow(composer, '[part=attachment]').dataset['status']).to.equal('uploading');
      await leavePage(el);

      const again = await mount(buyerClient('b-anna'));
      const restored = await composerOf(again);
      expect(textOf(restored)).to.equal('The seam is open, see photo.');
      await waitFor(() => shadowText(restored).includes('seam.png'), 'the notice');
      expect(shadowText(restored)).to.include(
        'These photos were still uploading when the page was left and were not kept: seam.png. Add them again.',
      );
      expect(restored.shadowRoot!.querySelector('[part=attachment]')).to.equal(null);
      await expect(again).to.be.accessible();
      again.remove();

      // Said once.
      const later = await mount(buyerClient('b-anna'));
      const next = await composerOf(later);
      expect(textOf(next)).to.equal('The seam is open, see photo.');
      expect(shadowText(next)).not.to.include('seam.png');
    });
  });
});
