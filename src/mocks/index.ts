// The reference mock backend: msw handlers implementing docs/openapi.yaml over an in-memory
// store seeded with a realistic shop. Use it in demos (in the browser, with msw's service
// worker) and in tests (browser or Node, with `setupServer` from msw/node).
import type { HttpHandler } from 'msw';
import { createHandlers, type InjectedFailure, type MockSettings } from './handlers.js';
import type { BackendContext } from '../backend/context.js';
import type { BuyerProfile } from '../domain/people.js';
import { ProblemError } from '../backend/problems.js';
import { buildSeedState } from './seed.js';
import type { BackendState } from '../backend/state.js';

export type { InjectedFailure, MockSettings } from './handlers.js';
export type { BackendState, BackendState as MockState } from '../backend/state.js';
export { buildSeedState, defaultConfig } from './seed.js';

/** Where a demo keeps the mock's state between page loads. */
export interface MockStorage {
  load(): BackendState | null;
  /** Keeps the state; `false` when it could not (the change is then undone and refused). */
  save(state: BackendState): unknown;
  clear(): void;
  /** Hears the state another page kept (null: cleared); the mock then answers from it. */
  watch?(listener: (state: BackendState | null) => void): void;
}

/**
 * Keeps the state in `localStorage` under `key`, shared by the origin's pages: each answers from
 * the state the last change kept. A change that a full storage cannot keep is refused.
 */
export function localStorageAdapter(key = 'seller-questions-mock'): MockStorage {
  const load = () => {
    try {
      const raw = localStorage.getItem(key);
      const state = raw ? (JSON.parse(raw) as BackendState) : null;
      return state?.schema === 1 ? state : null;
    } catch {
      return null;
    }
  };
  return {
    load,
    save(state) {
      try {
        localStorage.setItem(key, JSON.stringify(state));
        return true;
      } catch (error) {
        console.warn('seller-questions mock backend: could not keep the state.', error);
        return false;
      }
    },
    watch(listener) {
      addEventListener('storage', (event) => {
        if (event.key === key || event.key === null) listener(load());
      });
    },
    clear() {
      try {
        localStorage.removeItem(key);
      } catch {
        // Nothing kept, nothing to clear.
      }
    },
  };
}

export interface MockBackendOptions {
  /** The API base the handlers answer under: `/api/v1` (browser) or an absolute URL (Node). */
  baseUrl?: string;
  /** The clock, for tests that move time; `Date.now` by default. */
  now?: () => number;
  /** Initial knob settings. */
  settings?: Partial<MockSettings>;
  /** Keep the state across reloads (demo). */
  storage?: MockStorage;
  /** Start from this state instead of the seed. */
  state?: BackendState;
  /** Randomness for latency and failures; `Math.random` by default. */
  random?: () => number;
}

export interface MockBackend {
  /** Pass these to msw's `setupWorker(...)` or `setupServer(...)`. */
  readonly handlers: HttpHandler[];
  /** The live state (read it in tests; change it through the API). */
  readonly state: BackendState;
  /** Knobs: latency, failure rate, offline, translation outage. Change them at any time. */
  readonly settings: MockSettings;
  /** Makes the next matching request(s) fail as described, once each. */
  failNext(...failures: InjectedFailure[]): void;
  /** Back to a freshly seeded state (and clears the storage). */
  reset(): void;
}

/** Tokens the mock accepts: the seller's, and one per seeded buyer. */
/** UTF-8 text as base64url, as a JWT's parts are. */
function base64url(text: string): string {
  const bytes = String.fromCharCode(...new TextEncoder().encode(text));
  return btoa(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export const MOCK_TOKENS = {
  seller: 'seller:seller-1',
  /** With `profile`, the claims a buyer the mock does not know yet is added by. */
  buyer: (buyerId: string, profile?: BuyerProfile) =>
    profile ? `buyer:${buyerId}:${base64url(JSON.stringify(profile))}` : `buyer:${buyerId}`,
  /** A platform customer-service agent (the seed's is `agent-1`). */
  platform: (agentId = 'agent-1') => `platform:${agentId}`,
} as const;

export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const baseUrl = options.baseUrl ?? '/api/v1';
  const now = options.now ?? (() => Date.now());
  const fresh = () => buildSeedState({ now: now(), baseUrl });
  const context: BackendContext = {
    state: options.state ?? options.storage?.load() ?? fresh(),
    baseUrl,
    now: () => new Date(now()),
  };
  const settings: MockSettings = {
    latencyMs: 0,
    failureRate: 0,
    offline: false,
    translationUnavailable: false,
    ...options.settings,
  };
  const failures: InjectedFailure[] = [];
  const handlers = createHandlers(baseUrl, {
    context,
    settings,
    failures,
    random: options.random ?? Math.random,
    onChange: () => {
      const storage = options.storage;
      if (!storage || storage.save(context.state) !== false) return;
      // Not kept: the change is undone (back to the state last kept) and refused.
      context.state = storage.load() ?? fresh();
      throw new ProblemError(
        503,
        'unavailable',
        'The demo keeps its data in this browser, and its storage is full: this change was not kept. Remove a photo, or reset the demo data.',
      );
    },
  });
  // Another page of the demo changed the state: answer from what it kept.
  options.storage?.watch?.((state) => {
    context.state = state ?? fresh();
  });
  return {
    handlers,
    get state() {
      return context.state;
    },
    settings,
    failNext(...next) {
      failures.push(...next);
    },
    reset() {
      options.storage?.clear();
      context.state = fresh();
      failures.length = 0;
    },
  };
}

/**
 * Starts the backend in the browser with msw's service worker (the worker script must be served
 * at `serviceWorkerUrl`, at the page's scope root; `npx msw init <public dir>` copies it).
 */
export async function startMockWorker(
  backend: MockBackend,
  options: { serviceWorkerUrl?: string; quiet?: boolean } = {},
) {
  const { setupWorker } = await import('msw/browser');
  const url = options.serviceWorkerUrl ?? '/mockServiceWorker.js';
  allowWorkerUnderTrustedTypes(url);
  const worker = setupWorker(...backend.handlers);
  await worker.start({
    serviceWorker: { url },
    quiet: options.quiet ?? true,
    onUnhandledRequest: 'bypass',
  });
  return worker;
}
export { addBulkQuestions, type BulkOptions } from './bulk.js';

interface TrustedTypesFactory {
  defaultPolicy: unknown;
  createPolicy(name: string, rules: { createScriptURL(url: string): string | null }): unknown;
}

/**
 * Under `require-trusted-types-for 'script'` registering a service worker needs a trusted URL,
 * and msw passes a plain string. A page without a default policy gets one that lets through
 * exactly the mock's worker script and nothing else (the elements themselves need none).
 */
function allowWorkerUnderTrustedTypes(url: string) {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory || factory.defaultPolicy) return;
  const allowed = new URL(url, location.href).href;
  try {
    factory.createPolicy('default', {
      createScriptURL: (candidate) =>
        new URL(candidate, location.href).href === allowed ? candidate : null,
    });
  } catch {
    // The page restricts policy names: it must allow the worker itself.
  }
}
