// Page-wide settings for every element: where the backend is and how to get a token. An element
// may override them with its own `api-base` attribute or `client` property.
import { createClient, type ClientOptions, type SellerQuestionsClient } from './client.js';
import type { TokenProvider } from './transport.js';

export interface SellerQuestionsSettings {
  /** Base URL of the backend API, e.g. `/api/v1` or `https://api.example.com/v1`. */
  apiBase?: string | undefined;
  /** Supplies the bearer token for each request; the SDK never stores it. */
  getToken?: TokenProvider | undefined;
  /** A ready client; takes precedence over `apiBase`. */
  client?: SellerQuestionsClient | undefined;
  /** Timeouts and retries for clients the SDK makes from `apiBase`. */
  clientOptions?: Omit<ClientOptions, 'baseUrl' | 'getToken'> | undefined;
}

/** Fired on `window` after `configure()`, so mounted elements pick up the new backend. */
export const SETTINGS_CHANGED_EVENT = 'sq-settings-changed';

let settings: SellerQuestionsSettings = {};
const clientsByBase = new Map<string, SellerQuestionsClient>();

/** Sets page-wide defaults for every seller-questions element (merged with earlier calls). */
export function configure(next: SellerQuestionsSettings): void {
  settings = { ...settings, ...next };
  clientsByBase.clear();
  globalThis.dispatchEvent(new Event(SETTINGS_CHANGED_EVENT));
}

export function currentSettings(): Readonly<SellerQuestionsSettings> {
  return settings;
}

/**
 * The client an element uses: its own `client`, else one for its own `apiBase` (with the
 * page's `getToken`), else the page's client, else one for the page's `apiBase`; null when
 * nothing says where the backend is.
 */
export function resolveClient(own: {
  client?: SellerQuestionsClient | undefined;
  apiBase?: string | undefined;
}): SellerQuestionsClient | null {
  if (own.client) return own.client;
  if (own.apiBase) return clientForBase(own.apiBase);
  if (settings.client) return settings.client;
  if (settings.apiBase) return clientForBase(settings.apiBase);
  return null;
}

function clientForBase(baseUrl: string): SellerQuestionsClient {
  let client = clientsByBase.get(baseUrl);
  if (!client) {
    client = createClient({ ...settings.clientOptions, baseUrl, getToken: settings.getToken });
    clientsByBase.set(baseUrl, client);
  }
  return client;
}
