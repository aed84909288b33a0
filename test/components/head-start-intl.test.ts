// The head start does not warm up Intl, for any element: no first view makes an Intl formatter
// (the inbox's countdowns, <ask-seller>'s counts and <order-help>'s date and prices are written
// without it: src/i18n/format.ts), and warming up while the code loads only took the CPU from
// them (docs/performance.md). A page's first Intl step loads its locale data once, so this file
// has a page of its own: nothing else here may have made a formatter.
import { expect } from '@open-wc/testing';
import { configure } from '../../src/api/configure.js';
import { MOCK_TOKENS } from '../../src/mocks/index.js';
import { API_BASE, useMockBackend, worker } from '../support/backend.js';
import { pageWith, waitFor } from '../support/elements.js';
import '../../src/components/head-start.js';

/** Intl's steps the warm-up took (engine-steps.ts), and the formatters that load locale data. */
function spyOnIntl() {
  const asked: string[] = [];
  const restores: (() => void)[] = [];
  const spy = <T extends object>(owner: T, key: keyof T & string, label: string) => {
    const real = owner[key];
    const wrapped = new Proxy<object>(real as object, {
      apply(target, self, args: unknown[]) {
        asked.push(label);
        return Reflect.apply(target as (...a: unknown[]) => unknown, self, args);
      },
      construct(target, args: unknown[]) {
        asked.push(label);
        return Reflect.construct(target as new (...a: unknown[]) => object, args);
      },
    });
    owner[key] = wrapped as T[keyof T & string];
    restores.push(() => {
      owner[key] = real;
    });
  };
  spy(Intl.NumberFormat, 'supportedLocalesOf', 'NumberFormat.supportedLocalesOf');
  spy(Intl.DisplayNames, 'supportedLocalesOf', 'DisplayNames.supportedLocalesOf');
  spy(Intl.Locale.prototype, 'maximize', 'Locale.maximize');
  for (const name of ['NumberFormat', 'DateTimeFormat', 'DisplayNames', 'ListFormat'] as const) {
    spy(Intl, name, name);
  }
  return {
    asked,
    restore: () => {
      for (const restore of restores.splice(0)) restore();
    },
  };
}

/** The paths the page asks the mock backend for (the head start's requests). */
const paths: string[] = [];
const onRequest = ({ request }: { request: Request }) => {
  paths.push(new URL(request.url).pathname.slice(API_BASE.length));
};
const requested = (path: string) => paths.includes(path);

describe('head start: no Intl warm-up', () => {
  const hosts: HTMLElement[] = [];
  let spy: ReturnType<typeof spyOnIntl>;
  beforeEach(async () => {
    await useMockBackend();
    worker.events.on('request:start', onRequest);
    spy = spyOnIntl();
  });
  afterEach(() => {
    spy.restore();
    worker.events.removeListener('request:start', onRequest);
    paths.length = 0;
    for (const host of hosts.splice(0)) host.remove();
    document.documentElement.lang = '';
    configure({ apiBase: undefined, getToken: undefined, prefetch: undefined });
  });

  it('starts each element with its data and makes no Intl formatter, in any language', async () => {
    document.documentElement.lang = 'de-AT';
    hosts.push(
      pageWith(
        `<order-help order-id="o-1001"></order-help>
         <ask-seller product-id="p-02"></ask-seller>`,
        { apiBase: API_BASE, getToken: () => MOCK_TOKENS.buyer('b-anna') },
      ),
      pageWith('<seller-question-inbox></seller-question-inbox>', {
        apiBase: API_BASE,
        getToken: () => MOCK_TOKENS.seller,
      }),
    );
    // The head start ran: each element's first reads went out.
    await waitFor(
      () => requested('/orders/o-1001') && requested('/products/p-02') && requested('/questions'),
      "the elements' first reads",
    );
    // Tasks later (where a warm-up's steps ran, one task each): still none.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(spy.asked).to.deep.equal([]);
  });

  it('does nothing with prefetch off', async () => {
    hosts.push(
      pageWith('<order-help order-id="o-1002"></order-help>', {
        apiBase: API_BASE,
        getToken: () => MOCK_TOKENS.buyer('b-anna'),
        prefetch: false,
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requested('/orders/o-1002')).to.equal(false);
    expect(spy.asked).to.deep.equal([]);
  });
});
