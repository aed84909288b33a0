// <order-help> shows its issue picker with the order; the form below it (items, address, the
// message) has code of its own, asked for once the picker is painted. In a file of its own: once
// a page has loaded that code, it cannot be slow or fail there any more.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse, passthrough } from 'msw';
import '../../../src/order-help.js';
import type { OrderHelp } from '../../../src/order-help.js';
import type { MockBackend } from '../../../src/mocks/index.js';
import { buyerClient, useMockBackend, worker } from '../../support/backend.js';
import { buttonWithText, inShadow, shadowText } from '../../support/elements.js';
import {
  composerOf,
  issueRadio,
  issuesOn,
  nextEvent,
  pickIssue,
  pressSend,
  selectItem,
  writeMessage,
} from '../../support/order-help.js';

const FORM_CODE = /\/issue-form\.(js|ts)(\?|$)/;

describe('<order-help> before the issue form’s code is here', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    backend = await useMockBackend();
  });

  it('offers the issues, says when the form cannot load, and shows it once it does', async () => {
    // The form's code fails as it does offline (the page and the API were reached before).
    const codeRequests: string[] = [];
    worker.use(
      http.get(FORM_CODE, ({ request }) => {
        codeRequests.push(request.url);
        return HttpResponse.error();
      }),
    );
    const reported: { error: unknown; action: string }[] = [];
    const el = await fixture<OrderHelp>(
      html`<order-help
        order-id="o-1001"
        .client=${buyerClient('b-anna')}
        @sq-error=${(event: CustomEvent<{ error: unknown; action: string }>) => {
          reported.push(event.detail);
        }}
      ></order-help>`,
    );
    await waitUntil(() => reported.length > 0, 'the failed load reported', { timeout: 5000 });
    expect(codeRequests.length).to.be.greaterThan(0);
    expect(reported[0]!.action).to.equal('load-form');
    expect((reported[0]!.error as Error).name).to.equal('NetworkError');

    // The issues are offered all the same; choosing one says what is missing and how to retry.
    expect(issueRadio(el, 'item_damaged').disabled).to.be.false;
    expect(el.shadowRoot!.querySelector('[part~=error]')).to.equal(null);
    await pickIssue(el, 'item_damaged');
    const notice = inShadow(el, 'form [part~=error]');
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.include(
      'Could not reach the server. Check your connection and try again.',
    );
    expect(issueRadio(el, 'item_damaged').checked).to.be.true;
    expect(el.shadowRoot!.querySelector('sq-item-select, sq-composer')).to.equal(null);
    await expect(el).to.be.accessible();

    // Back online, on a slow link: "Retry" says it is loading until the code is here.
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    worker.resetHandlers(
      ...backend.handlers,
      http.get(FORM_CODE, async () => {
        await slow;
        return passthrough();
      }),
    );
    buttonWithText(el, 'Retry').focus();
    buttonWithText(el, 'Retry').click();
    await el.updateComplete;
    // The notice went: the focus is on the issue picked, not lost with the button.
    expect(el.shadowRoot!.activeElement).to.equal(issueRadio(el, 'item_damaged'));
    expect(el.shadowRoot!.querySelector('form [part~=error]')).to.equal(null);
    expect(inShadow(el, 'form [role=status]').textContent).to.include('Loading…');
    release();

    // The form shows for the issue picked before, and sends it.
    await composerOf(el);
    expect(issueRadio(el, 'item_damaged').checked).to.be.true;
    expect(shadowText(el)).not.to.include('Loading…');
    const before = issuesOn(backend, 'o-1001').length;
    const order = backend.state.orders.find((candidate) => candidate.id === 'o-1001')!;
    await selectItem(el, order.items[0]!.id);
    await writeMessage(el, 'The lid arrived cracked.');
    const created = nextEvent(el, 'sq-issue-created');
    await pressSend(el);
    await created;
    expect(issuesOn(backend, 'o-1001')).to.have.length(before + 1);
    expect(issuesOn(backend, 'o-1001').at(-1)!.topic).to.equal('item_damaged');
  });
});
