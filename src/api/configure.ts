// Page-wide settings for every element: where the backend is and how to get a token. An element
// may override them with its own `api-base` attribute or `client` property.
import { createClient, type ClientOptions, type SellerQuestionsClient } from './client.js';
import type { TokenProvider } from './transport.js';

export interface SellerQuestionsSettings {
  /** Base URL of the backend API, e.g. `/api/v1` or `https://api.example.com/v1`. */
  apiBase?: string | undefined;
  /**
   * Supplies the bearer token for each request; the SDK never stores it. It goes only to the
   * page's own origin, the origin of `apiBase` and the `trustedOrigins`.
   */
  getToken?: TokenProvider | undefined;
  /**
   * Further origins that may receive the token from `getToken`, e.g.
   * `['https://api2.example.com']`: an element's `api-base` on any other origin gets a client
   * that sends no token.
   */
  trustedOrigins?: readonly string[] | undefined;
  /** A ready client; takes precedence over `apiBase`. */
  client?: SellerQuestionsClient | undefined;
  /**
   * `false`: configure() does not start the first reads of the page's elements whose code is
   * still loading (the head start of the CDN bundle's seller-questions-start.js; on by default).
   */
  prefetch?: boolean | undefined;
  /** Timeouts and retries for clients the SDK makes from `apiBase`. */
  clientOptions?: Omit<ClientOptions, 'baseUrl' | 'getToken'> | undefined;
}

/** Fired on `window` after `configure()`, so mounted elements pick up the new backend. */
export const SETTINGS_CHANGED_EVENT = 'sq-settings-changed';

/**
 * The settings live in one page-wide place, not in this module: a page that loads the SDK twice
 * (its own bundle and the CDN build, two versions of a dependency) has two copies of this
 * module, and `configure()` on either must reach the elements of both.
 */
const SETTINGS_KEY = Symbol.for('seller-questions.settings');

interface SharedSettings {
  settings: SellerQuestionsSettings;
}

function shared(): SharedSettings {
  const page = globalThis as { [SETTINGS_KEY]?: SharedSettings };
  page[SETTINGS_KEY] ??= { settings: {} };
  return page[SETTINGS_KEY];
}

/** Clients this copy made, for the settings they were made from. */
let made: {
  for: SellerQuestionsSettings;
  clients: Map<string, SellerQuestionsClient>;
  warned: Set<string>;
} | null = null;

/** Sets page-wide defaults for every seller-questions element (merged with earlier calls). */
export function configure(next: SellerQuestionsSettings): void {
  for (const origin of next.trustedOrigins ?? []) originOf(origin, 'trustedOrigins');
  const page = shared();
  // A new object: every copy of the SDK sees the change and makes its clients anew.
  page.settings = { ...page.settings, ...next };
  globalThis.dispatchEvent(new Event(SETTINGS_CHANGED_EVENT));
}

export function currentSettings(): Readonly<SellerQuestionsSettings> {
  return shared().settings;
}

/**
 * The client an element uses: its own `client`, else one for its own `apiBase` (with the
 * page's `getToken` when that base is on a trusted origin), else the page's client, else one
 * for the page's `apiBase`; null when nothing says where the backend is.
 */
export function resolveClient(own: {
  client?: SellerQuestionsClient | undefined;
  apiBase?: string | undefined;
}): SellerQuestionsClient | null {
  const settings = shared().settings;
  if (own.client) return own.client;
  if (own.apiBase) return clientForBase(settings, own.apiBase);
  if (settings.client) return settings.client;
  if (settings.apiBase) return clientForBase(settings, settings.apiBase);
  return null;
}

/** Relative bases resolve against the page; outside a browser they must be absolute. */
function pageUrl(): string {
  return (globalThis as { location?: Location }).location?.href ?? 'http://localhost/';
}

function originOf(url: string, what: string): string {
  try {
    return new URL(url, what === 'trustedOrigins' ? undefined : pageUrl()).origin;
  } catch {
    throw new TypeError(
      `seller-questions: ${what} takes absolute URLs such as https://api.example.com, not "${url}".`,
    );
  }
}

/**
 * Whether the page's token may go to `baseUrl`: the page's own origin (which has the page's
 * cookies anyway), the origin of `configure({ apiBase })`, and `trustedOrigins`. Anyone who can
 * put markup in the page can set an element's `api-base`; that alone must not get the token.
 */
export function trusts(settings: SellerQuestionsSettings, baseUrl: string): boolean {
  const origin = originOf(baseUrl, 'apiBase');
  const trusted = [pageUrl(), ...(settings.trustedOrigins ?? [])];
  if (settings.apiBase) trusted.push(settings.apiBase);
  return trusted.some((url) => originOf(url, 'apiBase') === origin);
}

function clientForBase(settings: SellerQuestionsSettings, baseUrl: string): SellerQuestionsClient {
  if (made?.for !== settings) made = { for: settings, clients: new Map(), warned: new Set() };
  let client = made.clients.get(baseUrl);
  if (!client) {
    const trusted = trusts(settings, baseUrl);
    if (!trusted && settings.getToken && !made.warned.has(baseUrl)) {
      made.warned.add(baseUrl);
      console.warn(
        `seller-questions: the page's token is not sent to ${originOf(baseUrl, 'apiBase')}, an element's api-base on another origin. Add it to configure({ trustedOrigins }), or give the element a client.`,
      );
    }
    client = createClient({
      ...settings.clientOptions,
      baseUrl,
      getToken: trusted ? settings.getToken : undefined,
    });
    made.clients.set(baseUrl, client);
  }
  return client;
}
