// Test support: answers held back to choose their order. The mock backend answers at once (its
// state at that moment); the client's fetch then holds the answer until the test releases it,
// as a slow network would. Every request's signal is kept, to see what an element aborted.
import { createClient, type SellerQuestionsClient } from '../../src/api/client.js';
import { MOCK_TOKENS } from '../../src/mocks/index.js';
import { API_BASE } from './backend.js';

export interface Held {
  /** The backend has answered; the answer is being held. */
  arrived: Promise<void>;
  /** The request's signal, once it arrived. */
  signal: AbortSignal | undefined;
  /** Lets the answer through. */
  release(): void;
  /** The answer was handed to the client. */
  delivered: Promise<void>;
}

interface Rule {
  method: string;
  path: RegExp;
  held: Held;
  gate: Promise<void>;
  onArrived: () => void;
  onDelivered: () => void;
}

export class ResponseGate {
  /** Every request sent, in order. */
  readonly requests: { method: string; url: URL; signal: AbortSignal | undefined }[] = [];
  readonly #rules: Rule[] = [];

  /** Holds the answer of the next request whose method and URL (path and query) match. */
  hold(method: string, path: RegExp): Held {
    let release!: () => void;
    let onArrived!: () => void;
    let onDelivered!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const held: Held = {
      arrived: new Promise((resolve) => (onArrived = resolve)),
      delivered: new Promise((resolve) => (onDelivered = resolve)),
      signal: undefined,
      release,
    };
    this.#rules.push({ method, path, held, gate, onArrived, onDelivered });
    return held;
  }

  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const method = init?.method ?? 'GET';
    const signal = init?.signal ?? undefined;
    this.requests.push({ method, url, signal });
    const index = this.#rules.findIndex(
      (rule) => rule.method === method && rule.path.test(url.pathname + url.search),
    );
    const rule = index >= 0 ? this.#rules.splice(index, 1)[0] : undefined;
    const response = await window.fetch(input, init);
    if (!rule) return response;
    // The body is read now, as the backend answered it; only its delivery waits.
    const body = await response.arrayBuffer();
    rule.held.signal = signal;
    rule.onArrived();
    await rule.gate;
    rule.onDelivered();
    return new Response(response.status === 204 ? null : body, {
      status: response.status,
      headers: response.headers,
    });
  };

  /** A client of `buyerId`, or of the seller, whose requests go through this gate. */
  client(buyerId?: string): SellerQuestionsClient {
    return createClient({
      baseUrl: API_BASE,
      getToken: () => (buyerId ? MOCK_TOKENS.buyer(buyerId) : MOCK_TOKENS.seller),
      retries: 0,
      fetch: this.fetch,
    });
  }
}
