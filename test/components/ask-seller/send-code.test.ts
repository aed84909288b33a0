// The code that sends a question loads when the buyer starts typing. In a file of its own: once
// a page has loaded that code, it cannot fail to load there any more.
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/ask-seller.js';
import type { AskSeller } from '../../../src/ask-seller.js';
import type { SqComposer } from '../../../src/components/shared/composer.js';
import type { MockBackend } from '../../../src/mocks/index.js';
import { buyerClient, useMockBackend, worker } from '../../support/backend.js';
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

describe('<ask-seller> when the code that sends cannot load', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    clearDrafts('ask-seller:');
    backend = await useMockBackend();
  });

  it('says so, keeps the question and sends it once the code loads', async () => {
    // The module request fails as it does offline (the page and the API were reached before).
    const codeRequests: string[] = [];
    worker.use(
      http.get(/\/question-sender\.(js|ts)/, ({ request }) => {
        codeRequests.push(request.url);
        return HttpResponse.error();
      }),
    );
    const el = await fixture<AskSeller>(
      html`<ask-seller
        product-id="p-05"
        shop-id="s-1"
        .client=${buyerClient('b-anna')}
      ></ask-seller>`,
    );
    const composer = await shadowReady<SqComposer>(el, 'sq-composer');
    inShadow<HTMLInputElement>(el, 'input[name=subject][value="size"]').click();
    await typeInto(composer, 'Does the M fit a 96 cm chest?');
    const before = backend.state.questions.length;
    buttonWithText(composer, 'Send question').click();
    await waitFor(() => el.shadowRoot!.querySelector('[part=error]'));
    expect(codeRequests.length).to.be.greaterThan(0);
    const notice = inShadow(el, '[part=error]');
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.include(
      'Could not reach the server. Check your connection and try again.',
    );
    // Nothing lost, nothing sent.
    expect(inShadow<HTMLTextAreaElement>(composer, 'textarea').value).to.equal(
      'Does the M fit a 96 cm chest?',
    );
    expect(inShadow<HTMLInputElement>(el, 'input[value=size]').checked).to.be.true;
    expect(backend.state.questions).to.have.length(before);
    expect(buttonWithText(composer, 'Send question').disabled).to.be.false;
    await expect(el).to.be.accessible();

    // The connection is back: "Try again" loads the code and sends the question, once.
    worker.resetHandlers(...backend.handlers);
    const created = nextEvent(el, 'sq-question-created');
    buttonWithText(el, 'Try again').click();
    const { detail } = await created;
    await el.updateComplete;
    expect(detail.question.messages[0]!.text).to.equal('Does the M fit a 96 cm chest?');
    expect(backend.state.questions).to.have.length(before + 1);
    expect(shadowText(el)).to.include('Your question was sent.');
    expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
  });
});
