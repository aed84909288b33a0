// Every element in every locale: translated text (not the English source), the right direction,
// and state kept across a switch. The SDK's locale is page-wide, so these run in their own page.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/ask-seller.js';
import '../../src/order-help.js';
import '../../src/seller-question-inbox.js';
import type { AskSeller } from '../../src/ask-seller.js';
import type { OrderHelp } from '../../src/order-help.js';
import type { SellerQuestionInbox } from '../../src/seller-question-inbox.js';
import type { SqComposer } from '../../src/components/shared/composer.js';
import { getLocale, setLocale } from '../../src/index.js';
import { SUPPORTED_LOCALES } from '../../src/i18n/languages.js';
import { localeLoaders } from '../../src/i18n/locale-loaders.js';
import { buyerClient, sellerClient, useMockBackend } from '../support/backend.js';
import {
  clearDrafts,
  deepText,
  inShadow,
  shadowReady,
  typeInto,
  waitFor,
} from '../support/elements.js';

async function translation(locale: string, id: string): Promise<string> {
  const loader = localeLoaders[locale as keyof typeof localeLoaders];
  if (!loader) throw new Error(`no locale module for ${locale}`);
  const value = (await loader()).templates[id];
  if (typeof value !== 'string') throw new Error(`${locale} has no plain translation for ${id}`);
  return value;
}

describe('languages', () => {
  beforeEach(async () => {
    clearDrafts();
    await useMockBackend();
  });
  after(async () => {
    await setLocale('en');
  });

  for (const locale of SUPPORTED_LOCALES.filter((candidate) => candidate !== 'en')) {
    it(`shows <ask-seller> and <order-help> in ${locale}`, async () => {
      await setLocale(locale);
      expect(getLocale()).to.equal(locale);
      const ask = await fixture<AskSeller>(
        html`<ask-seller product-id="p-05" .client=${buyerClient('b-anna')}></ask-seller>`,
      );
      await shadowReady(ask, 'sq-composer');
      const title = inShadow(ask, '#title').textContent.trim();
      expect(title).to.equal(await translation(locale, 'ask.title'));
      expect(title).not.to.equal('Ask the seller');
      const composer = inShadow<SqComposer>(ask, 'sq-composer');
      await composer.updateComplete;
      expect(inShadow(composer, '[part=submit]').textContent.trim()).to.equal(
        await translation(locale, 'ask.send'),
      );
      expect(inShadow(ask, '[part=base]').getAttribute('dir')).to.equal(
        locale === 'ar' ? 'rtl' : 'ltr',
      );

      const help = await fixture<OrderHelp>(
        html`<order-help order-id="o-1001" .client=${buyerClient('b-anna')}></order-help>`,
      );
      await waitFor(() => help.shadowRoot?.querySelector('#title'), 'order-help loaded');
      const damaged = await translation(locale, 'topic.item_damaged');
      await waitFor(() => deepText(help).includes(damaged), `the issue picker in ${locale}`);
      expect(deepText(help)).not.to.include('Item arrived damaged');
    });
  }

  it('keeps a typed draft, the choice made and an open dialog when the language changes', async () => {
    await setLocale('en');
    const ask = await fixture<AskSeller>(
      html`<ask-seller
        variant="launcher"
        product-id="p-05"
        .client=${buyerClient('b-anna')}
      ></ask-seller>`,
    );
    inShadow(ask, '[part=launcher]').click();
    const composer = await shadowReady<SqComposer>(ask, 'sq-composer');
    await typeInto(composer, 'Ist die Glasur spülmaschinenfest?');
    inShadow<HTMLInputElement>(ask, 'input[value=material]').click();
    await setLocale('de');
    await ask.updateComplete;
    await composer.updateComplete;
    expect(inShadow(ask, '#title').textContent.trim()).to.equal(
      await translation('de', 'ask.title'),
    );
    expect(inShadow<HTMLTextAreaElement>(composer, 'textarea').value).to.equal(
      'Ist die Glasur spülmaschinenfest?',
    );
    expect(inShadow<HTMLInputElement>(ask, 'input[value=material]').checked).to.be.true;
    expect(inShadow<HTMLDialogElement>(ask, 'dialog').open).to.be.true;
    expect(inShadow(ask, 'sq-composer')).to.equal(composer); // the same element, not a new one
  });

  it('says again in a language switched to what it was showing: field errors, answered questions, consent', async () => {
    await setLocale('en');
    const ask = await fixture<AskSeller>(
      html`<ask-seller
        product-id="p-02"
        shop-id="s-1"
        .client=${buyerClient('b-emily')}
      ></ask-seller>`,
    );
    const composer = await shadowReady<SqComposer>(ask, 'sq-composer');
    await waitFor(() => ask.shadowRoot!.querySelector('sq-public-answers h3'), 'the answers');
    await shadowReady(ask, 'sq-public-consent label');
    inShadow<HTMLButtonElement>(composer, '[part=submit]').click();
    await waitFor(() => deepText(composer).includes('Write your message first.'), 'the error');

    const help = await fixture<OrderHelp>(
      html`<order-help order-id="o-1001" .client=${buyerClient('b-anna')}></order-help>`,
    );
    await waitFor(() => help.shadowRoot?.querySelector('[part~=issue-picker]'), 'the picker');
    inShadow<HTMLInputElement>(help, 'input[name=topic][value=return_refund]').click();
    const helpComposer = await shadowReady<SqComposer>(help, 'sq-composer');
    await helpComposer.updateComplete;
    inShadow<HTMLButtonElement>(helpComposer, '[part=submit]').click();
    await waitFor(
      () => deepText(help).includes('Select the items this is about.'),
      'the items error',
    );

    await setLocale('de');
    const said = {
      answers: await translation('de', 'ask.answers_heading'),
      consent: await translation('de', 'ask.public_consent'),
      required: await translation('de', 'composer.required'),
      items: await translation('de', 'order.items_required'),
    };
    await waitFor(
      () => inShadow(ask, 'sq-public-answers h3').textContent.trim() === said.answers,
      'the answers heading in German',
    );
    await waitFor(
      () => inShadow(ask, 'sq-public-consent label').textContent.includes(said.consent),
      'the consent in German',
    );
    await waitFor(() => deepText(composer).includes(said.required), 'the error in German');
    expect(deepText(composer)).not.to.include('Write your message first.');
    await waitFor(() => deepText(help).includes(said.items), 'the items error in German');
    expect(deepText(help)).not.to.include('Select the items this is about.');
  });

  it('lays out right to left in Arabic, and is accessible in German and Arabic', async () => {
    for (const locale of ['de', 'ar'] as const) {
      await setLocale(locale);
      const ask = await fixture<AskSeller>(
        html`<ask-seller product-id="p-05" .client=${buyerClient('b-anna')}></ask-seller>`,
      );
      const composer = await shadowReady<SqComposer>(ask, 'sq-composer');
      await composer.updateComplete;
      await expect(ask).to.be.accessible();
      const base = inShadow(ask, '[part=base]');
      const textarea = inShadow(composer, 'textarea').getBoundingClientRect();
      const submit = inShadow(composer, '[part=submit]').getBoundingClientRect();
      if (locale === 'ar') {
        expect(getComputedStyle(base).direction).to.equal('rtl');
        // The send button sits at the end of the line: on the left in right-to-left.
        expect(submit.left).to.be.lessThan(textarea.left + textarea.width / 2);
      } else {
        expect(submit.right).to.be.greaterThan(textarea.left + textarea.width / 2);
      }
      const help = await fixture<OrderHelp>(
        html`<order-help order-id="o-1001" .client=${buyerClient('b-anna')}></order-help>`,
      );
      await waitFor(() => help.shadowRoot?.querySelector('input[type=radio]'), 'order-help form');
      await expect(help).to.be.accessible();
    }
  });

  it('sets lang as well as dir on every element, so Arabic and German are read with their own rules', async () => {
    const ask = await fixture<AskSeller>(
      html`<ask-seller product-id="p-05" .client=${buyerClient('b-anna')}></ask-seller>`,
    );
    const launcher = await fixture<AskSeller>(
      html`<ask-seller
        variant="launcher"
        product-id="p-06"
        .client=${buyerClient('b-anna')}
      ></ask-seller>`,
    );
    const help = await fixture<OrderHelp>(
      html`<order-help order-id="o-1001" .client=${buyerClient('b-anna')}></order-help>`,
    );
    const inbox = await fixture<SellerQuestionInbox>(
      html`<seller-question-inbox .client=${sellerClient()}></seller-question-inbox>`,
    );
    const composer = await shadowReady<SqComposer>(ask, 'sq-composer');
    await waitFor(() => help.shadowRoot?.querySelector('input[type=radio]'), 'order-help form');
    const list = await shadowReady(inbox, 'sq-inbox-list');
    // Text deep inside each element, across its internal elements' shadow roots.
    const samples = () => [
      inShadow(ask, '#title'),
      inShadow(composer, 'label'),
      inShadow(launcher, '[part=launcher]'),
      inShadow(help, 'legend'),
      inShadow(list, 'label'),
    ];
    for (const [locale, dir] of [
      ['ar', 'rtl'],
      ['de', 'ltr'],
      ['en', 'ltr'],
    ] as const) {
      await setLocale(locale);
      for (const el of [ask, launcher, help, inbox]) await el.updateComplete;
      for (const sample of samples()) {
        expect(sample.matches(`:lang(${locale})`), `${sample.localName} in ${locale}`).to.be.true;
        expect(getComputedStyle(sample).direction).to.equal(dir);
      }
    }
  });
});
