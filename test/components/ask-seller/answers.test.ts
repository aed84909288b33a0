// <ask-seller>'s published answers: "Answered questions" above the form, "Already answered:" as
// the buyer types, the consent checkbox, and asking unaffected when answers fail to load.
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/ask-seller.js';
import type { AskSeller } from '../../../src/ask-seller.js';
import type { SqComposer } from '../../../src/components/shared/composer.js';
import type { MockBackend } from '../../../src/mocks/index.js';
import { API_BASE, buyerClient, useMockBackend, worker } from '../../support/backend.js';
import {
  buttonWithText,
  clearDrafts,
  inShadow,
  nextEvent,
  shadowReady,
  shadowText,
  typeInto,
  waitFor,
} from '../../support/elements.js';

async function mount(product = 'p-02') {
  return fixture<AskSeller>(
    html`<ask-seller
      product-id=${product}
      shop-id="s-1"
      .client=${buyerClient('b-emily')}
    ></ask-seller>`,
  );
}

const answersOf = (el: AskSeller) => inShadow(el, 'sq-public-answers');
const summaries = (root: Element, selector: string) =>
  [...root.querySelectorAll(`${selector} summary`)].map((node) => node.textContent.trim());

describe('<ask-seller> published answers', () => {
  let backend: MockBackend;
  let searches: string[];
  beforeEach(async () => {
    clearDrafts('ask-seller:');
    backend = await useMockBackend();
    searches = [];
    worker.use(
      http.get(`${API_BASE}/products/:productId/public-answers`, ({ request }) => {
        const q = new URL(request.url).searchParams.get('q');
        if (q !== null) searches.push(q);
        return undefined; // on to the mock backend
      }),
    );
  });

  it('shows the product’s answered questions above the form, each expandable', async () => {
    const el = await mount();
    // The first test of the file loads the chunk cold.
    await waitFor(
      () => el.shadowRoot!.querySelector('sq-public-answers section'),
      'answers',
      15_000,
    );
    const answers = inShadow(el, 'sq-public-answers section');
    const list = answersOf(el);
    expect(summaries(list, '.all')).to.deep.equal([
      'Is this shirt 100% linen?',
      'Fällt das Leinenhemd eher klein oder groß aus? Ich trage sonst meistens M.',
    ]);
    // Above the form's first field, in list semantics, each answer behind its question.
    const form = inShadow(el, 'form');
    expect(form.firstElementChild).to.equal(list);
    expect(answers.querySelector('ul')?.getAttribute('aria-label')).to.equal('Answered questions');
    const details = list.querySelector('details')!;
    expect(details.open).to.be.false;
    list.querySelector('summary')!.click();
    expect(details.open).to.be.true;
    expect(details.textContent).to.include('100% stonewashed European linen');
    // Nothing about the buyer who asked.
    expect(list.textContent).not.to.include('Siobh');
    await expect(el).to.be.accessible();
  });

  it('finds "is it 100 % linen" while the buyer types, and keeps what was typed', async () => {
    const el = await mount();
    await shadowReady(el, 'sq-public-answers section');
    const composer = await shadowReady<SqComposer>(el, 'sq-composer');
    const region = answersOf(el).querySelector('[role=status][aria-live=polite]')!;
    // Fewer than three characters: no search.
    await typeInto(composer, 'is');
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(searches).to.deep.equal([]);
    // Typed in bursts: one search, for the text after the pause.
    await typeInto(composer, 'is it 10');
    await typeInto(composer, 'is it 100 % linen');
    await waitFor(() => answersOf(el).querySelector('.matches'), '"Already answered"');
    expect(searches).to.deep.equal(['is it 100 % linen']);
    const matches = answersOf(el).querySelector('.matches')!;
    expect(matches.querySelector('h3')?.textContent.trim()).to.equal('Already answered:');
    expect(summaries(answersOf(el), '.matches')[0]).to.equal('Is this shirt 100% linen?');
    await waitFor(() => region.textContent.includes('Already answered'), 'the announcement');
    // The form is untouched: the text stays, the send button is there.
    expect(inShadow<HTMLTextAreaElement>(composer, 'textarea').value).to.equal('is it 100 % linen');
    expect(buttonWithText(composer, 'Send question').disabled).to.be.false;
    // Cleared below three characters.
    await typeInto(composer, 'is');
    await waitFor(() => !answersOf(el).querySelector('.matches'), 'the matches gone');
  });

  it('sends the consent only when the buyer ticks it', async () => {
    const el = await mount('p-05');
    const composer = await shadowReady<SqComposer>(el, 'sq-composer');
    const consent = await shadowReady<HTMLInputElement>(
      el,
      'sq-public-consent input[type=checkbox]',
    );
    expect(consent.checked).to.be.false;
    expect(consent.closest('label')!.textContent).to.include(
      'Others may see my question and the seller’s answer, without my name.',
    );
    inShadow<HTMLInputElement>(el, 'input[name=subject][value="size"]').click();
    await typeInto(composer, 'Do these run large?');
    let created = nextEvent(el, 'sq-question-created');
    buttonWithText(composer, 'Send question').click();
    const first = (await created).detail.question;
    expect(first.publicConsent).to.equal(false);

    buttonWithText(el, 'Ask another question').click();
    const again = await shadowReady<HTMLInputElement>(el, 'sq-public-consent input[type=checkbox]');
    again.click();
    const composer2 = await shadowReady<SqComposer>(el, 'sq-composer');
    inShadow<HTMLInputElement>(el, 'input[name=subject][value="material"]').click();
    await typeInto(composer2, 'Is the leather vegetable-tanned?');
    created = nextEvent(el, 'sq-question-created');
    buttonWithText(composer2, 'Send question').click();
    const second = (await created).detail.question;
    expect(second.publicConsent).to.equal(true);
    expect(backend.state.questions.find((q) => q.id === second.id)?.publicConsent).to.equal(true);
    expect(backend.state.questions.find((q) => q.id === first.id)?.publicConsent).to.equal(false);
  });

  it('keeps the consent with the draft: after a reload, in the launcher, and until sent', async () => {
    const consentOf = (el: AskSeller) =>
      shadowReady<HTMLInputElement>(el, 'sq-public-consent input[type=checkbox]');
    let el = await mount('p-05');
    (await consentOf(el)).click();
    el.remove();
    // The page again: the tick is back, as the text would be.
    el = await mount('p-05');
    expect((await consentOf(el)).checked, 'after a reload').to.be.true;
    // Another product's form asks anew.
    const other = await mount('p-06');
    expect((await consentOf(other)).checked, 'another product').to.be.false;
    // The launcher of the same product follows the inline form.
    const launcher = await fixture<AskSeller>(
      html`<ask-seller
        variant="launcher"
        product-id="p-05"
        shop-id="s-1"
        .client=${buyerClient('b-emily')}
      ></ask-seller>`,
    );
    inShadow<HTMLButtonElement>(launcher, '[part=launcher]').click();
    const inLauncher = await consentOf(launcher);
    expect(inLauncher.checked, 'in the launcher').to.be.true;
    // Unticked there: unticked inline too.
    inLauncher.click();
    const inline = await consentOf(el);
    await waitFor(() => !inline.checked, 'unticked inline');
    // Ticked and sent: the next question asks anew, also after a reload.
    inline.click();
    const composer = await shadowReady<SqComposer>(el, 'sq-composer');
    inShadow<HTMLInputElement>(el, 'input[name=subject][value="size"]').click();
    await typeInto(composer, 'Do these run large?');
    const created = nextEvent(el, 'sq-question-created');
    buttonWithText(composer, 'Send question').click();
    expect((await created).detail.question.publicConsent).to.equal(true);
    launcher.remove();
    el.remove();
    el = await mount('p-05');
    expect((await consentOf(el)).checked, 'after sending').to.be.false;
  });

  it('lets the buyer ask when the answers cannot be loaded, and reports it', async () => {
    worker.use(
      http.get(`${API_BASE}/products/:productId/public-answers`, () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Server error',
            status: 500,
            code: 'server_error',
            detail: 'Down.',
          },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const errors: string[] = [];
    const el = await fixture<AskSeller>(
      html`<ask-seller
        product-id="p-02"
        shop-id="s-1"
        .client=${buyerClient('b-emily')}
        @sq-error=${(event: CustomEvent<{ action: string }>) => errors.push(event.detail.action)}
      ></ask-seller>`,
    );
    const composer = await shadowReady<SqComposer>(el, 'sq-composer');
    await waitFor(() => errors.includes('load-public-answers'), 'the failure reported', 15_000);
    expect(answersOf(el).querySelector('section')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    inShadow<HTMLInputElement>(el, 'input[name=subject][value="material"]').click();
    await typeInto(composer, 'Is it 100% linen?');
    const created = nextEvent(el, 'sq-question-created');
    buttonWithText(composer, 'Send question').click();
    expect((await created).detail.question.messages[0]!.text).to.equal('Is it 100% linen?');
    expect(shadowText(el)).to.include('Your question was sent.');
  });
});
