// The head start: the data an element's first view waits for, asked for as soon as the page has
// called configure(), while the element's code is still on its way. Without it an element asks
// once its code has arrived and run (code, then data, one after the other); with it the two
// overlap. It reads the element's inputs from its attributes in the page's markup and fetches
// the reads that the element's first load makes, as the client would (src/api/early.ts); the
// client's transport takes each response for the element's own request. It also preloads the
// code that the first view loads on demand (`codeFiles`): the schemas that check an order or a
// list page, `<order-help>`'s issue picker, the inbox's header. It does not warm up Intl: no
// element's first view makes an Intl formatter (i18n/format-number.ts, i18n/format.ts), and a
// warm-up here only took the CPU from them. `<ask-seller>`'s history warms up once its code is
// here; the inbox and `<order-help>` once their first view is painted (for the names of countries
// and languages).
//
// It runs on every configure(), for the elements in the document that are not defined yet (a
// defined element has asked for its data itself), once per element; `configure({ prefetch:
// false })` turns it off. The CDN bundle's seller-questions-start.js (src/cdn-start.ts) is this
// and configure(), a file of its own that a page loads beside an element's (docs/frameworks.md).
import {
  configRead,
  orderRead,
  productRead,
  questionsRead,
  requestUrl,
  shopRead,
  viewerRead,
  type ReadSpec,
} from '../api/early.js';
import { fetchEarly } from '../api/fetch-early.js';
import { currentSettings, SETTINGS_CHANGED_EVENT, trusts } from '../api/configure.js';
import { DEFAULT_SORT, FIRST_PAGE_SIZE } from './seller-question-inbox/first-page.js';
import { FIRST_VIEW_CODE, type Code } from './first-view-code.js';

/**
 * Each element's first reads from its attributes (none when they do not say enough), and the
 * code its first view loads on demand: what its first view waits for (the data tasks of
 * ask-seller.ts and order-help.ts, the inbox's list-controller.ts and its header).
 * test/components/head-start.test.ts checks that the element then asks for none of them again.
 */
const FIRST_VIEW: Readonly<Record<string, (element: Element) => [ReadSpec[], readonly Code[]]>> = {
  'ask-seller': (element) => {
    const productId = element.getAttribute('product-id');
    const shopId = element.getAttribute('shop-id');
    const code = FIRST_VIEW_CODE['ask-seller'];
    if (productId) return [[configRead, viewerRead, productRead(productId)], code];
    return [shopId ? [configRead, viewerRead, shopRead(shopId)] : [], code];
  },
  'order-help': (element) => {
    const orderId = element.getAttribute('order-id');
    // The order's schema, then the issue picker, which the buyer chooses from first.
    return [
      orderId ? [configRead, viewerRead, orderRead(orderId)] : [],
      FIRST_VIEW_CODE['order-help'],
    ];
  },
  // The first page of the list as it opens without a state of the host's (reading one needs
  // the list state's code), and the header, which the rows wait for. The inbox's setup, after
  // its rows are shown, is left to it.
  'seller-question-inbox': (element) => [
    element.getAttribute('list-state')?.trim()
      ? []
      : [questionsRead({ sort: DEFAULT_SORT, limit: FIRST_PAGE_SIZE })],
    // The schemas first: the rows are checked with them.
    FIRST_VIEW_CODE['seller-question-inbox'],
  ],
};

/** The files of each Code, as URLs (the CDN build names them: src/cdn-start.ts); none elsewhere. */
let codeFiles: Partial<Record<Code, readonly string[]>> = {};

export function setCodeFiles(files: Partial<Record<Code, readonly string[]>>): void {
  codeFiles = files;
}

const started = new WeakSet<Element>();
const preloaded = new Set<string>();

/** Fetches the first reads of the elements in `root` that are not defined yet. */
export function headStart(root: ParentNode = document): void {
  const settings = currentSettings();
  if (settings.prefetch === false) return;
  for (const [tag, firstView] of Object.entries(FIRST_VIEW)) {
    if (customElements.get(tag)) continue;
    for (const element of root.querySelectorAll(tag)) {
      if (started.has(element)) continue;
      started.add(element);
      const [reads, code] = firstView(element);
      // The element's backend as resolveClient() finds it; a client of the page's own is not
      // this SDK's transport, so nothing is fetched for it. The data first, then the code: on
      // HTTP/1.1 a page has six connections to a host, and the code's files would take the
      // last free ones while the element's files still load.
      const base = element.getAttribute('api-base') || (!settings.client && settings.apiBase);
      void (base && reads.length > 0 ? fetchReads(base, reads) : Promise.resolve()).then(() => {
        preload(code);
      });
    }
  }
}

function preload(code: readonly Code[]) {
  for (const href of code.flatMap((name) => codeFiles[name] ?? [])) {
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    document.head.append(
      Object.assign(document.createElement('link'), { rel: 'modulepreload', href }),
    );
  }
}

async function fetchReads(base: string, reads: ReadSpec[]) {
  const settings = currentSettings();
  try {
    // The token goes where the client would send it (configure.ts, trusts()).
    // Every URL first: an id the client refuses (".."), and nothing is fetched for the element.
    for (const read of reads) requestUrl(base, read);
    const token = trusts(settings, base) ? await settings.getToken?.({ refresh: false }) : null;
    for (const read of reads) fetchEarly(base, read, token);
  } catch {
    // A token that could not be had, or inputs the client refuses (an id of ".."): the element
    // says so once its code is here.
  }
}

globalThis.addEventListener(SETTINGS_CHANGED_EVENT, () => {
  headStart();
});
