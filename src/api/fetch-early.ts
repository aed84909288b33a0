// The head start's fetches (src/components/head-start.ts): an element's first reads, fetched
// before the client is here, with the headers the transport would send, and handed to the
// transport's first attempt of the very same request (early.ts, EARLY_KEY). Only the head start
// imports this module: a page without one has none of it.
import { EARLY_KEY, requestUrl, type EarlyResponses, type ReadSpec } from './early.js';

/** How long a read fetched early waits for the transport to take it. */
const EARLY_MS = 20_000;

/** The responses fetched early, by Authorization and URL. */
const early = new Map<string, Promise<Response>>();

/** Fetches `spec` now, for the transport to take; once per URL and token at a time. */
export function fetchEarly(baseUrl: string, spec: ReadSpec, token: string | null | undefined) {
  const href = requestUrl(baseUrl.replace(/\/+$/, ''), spec).href;
  (globalThis as EarlyResponses)[EARLY_KEY] ??= (href, init) => {
    const taken = `${new Headers(init.headers).get('Authorization') ?? ''} ${href}`;
    const response = init.method === 'GET' ? early.get(taken) : undefined;
    if (!response) return undefined;
    early.delete(taken);
    return new Promise((resolve, reject) => {
      void response.then(resolve, reject);
      init.signal?.addEventListener('abort', () => {
        reject(new DOMException('The request was aborted.', 'AbortError'));
      });
    });
  };
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const key = `${headers.get('Authorization') ?? ''} ${href}`;
  if (early.has(key)) return;
  const response = globalThis.fetch(href, {
    headers,
    credentials: 'same-origin',
    cache: spec.cache ?? 'no-store',
  });
  early.set(key, response);
  const drop = () => {
    if (early.get(key) === response) early.delete(key);
  };
  setTimeout(drop, EARLY_MS);
  // Failed: the transport fetches for itself (and retries as it does).
  response.catch(drop);
}
