// A request as the transport (transport.ts) makes it, shared with the page's head start
// (src/components/head-start.ts), which fetches an element's first reads before the client is
// here: their URL (`requestUrl`, which Transport.url is), the reads' specs (as client.ts's
// methods send them; test/components/head-start.test.ts checks that the elements then ask for
// none of them again) and where the transport finds a response fetched early (EARLY_KEY;
// fetch-early.ts fetches them). Nothing here imports the client.
import type { QuestionFilters } from './types.js';

type QueryValue = string | number | boolean | readonly string[] | null | undefined;

/** Where and how a read goes (transport.ts's RequestSpec has these too). */
export interface ReadSpec {
  method: 'GET';
  /** Path template from the contract, e.g. `/questions/{questionId}`. */
  path: string;
  pathParams?: Readonly<Record<string, string>>;
  query?: Readonly<Record<string, QueryValue>> | undefined;
  /**
   * `default` for slow-changing reads the backend marks cacheable (configuration, products,
   * shops, templates: ETag and Cache-Control), so the browser's HTTP cache can answer them;
   * everything else bypasses it (`no-store`).
   */
  cache?: 'default' | 'no-store' | undefined;
}

// The reads an element's first view makes, one spec each: the requests of client.ts's getConfig,
// getViewer, getShop, getProduct, getOrder and listQuestions, which keep their own literals (the
// elements' bundles would carry these too; test/components/head-start.test.ts checks that the
// elements take what the head start fetched with them).
export const configRead = {
  method: 'GET',
  path: '/config',
  cache: 'default',
} as const satisfies ReadSpec;
export const viewerRead = { method: 'GET', path: '/me' } as const;
export const shopRead = (shopId: string): ReadSpec => ({
  method: 'GET',
  path: '/shops/{shopId}',
  pathParams: { shopId },
  cache: 'default',
});
export const productRead = (productId: string): ReadSpec => ({
  method: 'GET',
  path: '/products/{productId}',
  pathParams: { productId },
  cache: 'default',
});
export const orderRead = (orderId: string): ReadSpec => ({
  method: 'GET',
  path: '/orders/{orderId}',
  pathParams: { orderId },
});
export const questionsRead = (query: QuestionFilters): ReadSpec => ({
  method: 'GET',
  path: '/questions',
  query,
});

/** The absolute URL of a request, with path parameters encoded and the query appended. */
export function requestUrl(
  baseUrl: string,
  spec: { path: string; pathParams?: ReadSpec['pathParams']; query?: ReadSpec['query'] },
): URL {
  const path = spec.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = spec.pathParams?.[name];
    if (value === undefined || value === '') {
      throw new TypeError(`seller-questions: missing path parameter ${name}.`);
    }
    // encodeURIComponent leaves dots alone, and URL resolution treats a segment of "." or
    // ".." as a step in the path: `/questions/..` would reach another resource.
    if (value === '.' || value === '..') {
      throw new TypeError(`seller-questions: ${name} may not be "${value}".`);
    }
    return encodeURIComponent(value);
  });
  // Relative bases resolve against the page; outside a browser the base must be absolute.
  const base = (globalThis as { location?: Location }).location?.href ?? 'http://localhost/';
  const url = new URL(baseUrl + path, base);
  for (const [key, value] of Object.entries(spec.query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'object') for (const item of value) url.searchParams.append(key, item);
    else url.searchParams.set(key, String(value));
  }
  return url;
}

/**
 * Where the head start leaves the responses it fetched early (`fetchEarly`): a page-wide
 * function (any copy of the SDK on the page may have fetched them) that answers a request it
 * fetched (a GET of this URL with this Authorization) with its response, once, or with the
 * request's abort; undefined for one it did not fetch. The transport asks it first.
 */
export const EARLY_KEY = Symbol.for('seller-questions.early');
export interface EarlyResponses {
  [EARLY_KEY]?: (href: string, init: RequestInit) => Promise<Response> | undefined;
}
