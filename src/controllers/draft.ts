// Keeps what a person typed across reloads, in localStorage: one entry per viewer and context
// (product, order, question), stamped with when it was written and dropped after
// DRAFT_LIFETIME_MS. Nothing is loaded or saved until the viewer is known; never tokens, only
// the user's own unsent input. Writes wait a moment while typing, but are made at once when the
// page is hidden or left; every element (and tab) showing the same draft follows its changes.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Every draft's storage key starts with this. */
export const DRAFT_PREFIX = 'seller-questions:draft:';

/** How long a draft is kept after it was last changed: 7 days. */
export const DRAFT_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Window event: a draft changed on this page (`detail`: a Change). localStorage's own `storage`
 * event only reaches other tabs; this one also reaches a second copy of the SDK on the page.
 */
const CHANGED_EVENT = 'seller-questions:draft-changed';

/** How long typing may go on before the draft is written anyway. */
const SAVE_DELAY_MS = 250;

/** The connected controllers, for the page-wide listeners below. */
const live = new Set<DraftController<object>>();
let listening = false;

interface Change {
  /** The storage key, or null for all. */
  key: string | null;
  /** The controller that wrote: its own change is no news to it. */
  from?: DraftController<object>;
}

/** The value stored under `key`; an expired or unreadable entry is deleted. */
function read(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    if (raw === null) return null;
    const { savedAt, value } = JSON.parse(raw) as { savedAt?: number; value?: unknown };
    if (Date.now() - savedAt! <= DRAFT_LIFETIME_MS && value != null) return value;
    localStorage.removeItem(key);
  } catch {
    // Blocked storage (nothing to read) or an unreadable entry (older versions' drafts).
    removeItem(key);
  }
  return null;
}

function removeItem(key: string) {
  try {
    localStorage.removeItem(key);
  } catch {
    // Blocked: nothing was kept.
  }
}

function changed({ key, from }: Change) {
  for (const draft of live) if (draft !== from) draft.changedElsewhere(key);
}

function listen() {
  const flushAll = () => {
    for (const draft of live) draft.flush();
  };
  addEventListener('pagehide', flushAll);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushAll();
  });
  addEventListener('storage', (event) => {
    if (event.storageArea === localStorage) changed({ key: event.key });
  });
  addEventListener(CHANGED_EVENT, (event) => {
    changed((event as CustomEvent<Change>).detail);
  });
  // Sweep what expired since the last visit, and older versions' drafts (no owner, no date).
  for (const key of draftKeys()) read(key);
}

function draftKeys(): string[] {
  try {
    return Object.keys(localStorage).filter((key) => key.startsWith(DRAFT_PREFIX));
  } catch {
    return [];
  }
}

function announce(detail: Change) {
  dispatchEvent(new CustomEvent(CHANGED_EVENT, { detail }));
}

/** The storage key of `owner`'s draft for `key`; null while either is unknown. */
function storageKey(owner: string | null | undefined, key: string | null | undefined) {
  return owner && key ? `${DRAFT_PREFIX}${encodeURIComponent(owner)}:${key}` : null;
}

/** Writes `value` under the storage key now (null deletes it); false when storage refused. */
function store(key: string, value: object | null): boolean {
  try {
    if (value) localStorage.setItem(key, JSON.stringify({ savedAt: Date.now(), value }));
    else localStorage.removeItem(key);
    return true;
  } catch {
    return false; // storage full or blocked
  }
}

/** `owner`'s draft for `key`, whichever draft the elements show now; null when there is none. */
export function readDraft(owner: string, key: string): unknown {
  return read(storageKey(owner, key)!);
}

/**
 * Writes `owner`'s draft for `key` now (null deletes it), whichever draft the elements show:
 * for a send that ended after its element moved on to another one. The elements and tabs
 * showing that draft load it again.
 */
export function writeDraft(owner: string, key: string, value: object | null): void {
  const stored = storageKey(owner, key)!;
  if (store(stored, value)) announce({ key: stored });
}

/**
 * Deletes every draft the elements kept in this browser (text, chosen options, addresses and
 * the ids of uploaded photos), for everyone who used it. Call it when a user signs out, above
 * all on a computer others use too; elements on the page empty their fields.
 */
export function clearDrafts(): void {
  for (const key of draftKeys()) removeItem(key);
  announce({ key: null });
}

export class DraftController<T extends object> implements ReactiveController {
  #key: string | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: T | null = null;
  #connected = false;
  readonly #onChange: (() => void) | undefined;

  /** `onChange`: another element or tab changed (or cleared) this draft; load it again. */
  constructor(host: ReactiveControllerHost, onChange?: () => void) {
    this.#onChange = onChange;
    host.addController(this);
  }

  /**
   * Works on `owner`'s draft for `key` from now on (owner: the signed-in viewer's id); none
   * while either is unknown. Writes what is pending for the previous one first. True when this
   * changed the draft (load it then).
   */
  select(owner: string | null | undefined, key: string | null | undefined): boolean {
    const next = storageKey(owner, key);
    if (next === this.#key) return false;
    this.flush();
    this.#key = next;
    return true;
  }

  load(): T | null {
    return this.#key ? (read(this.#key) as T | null) : null;
  }

  /** Saves soon (debounced), or now once the element is gone; `flush()` saves now. */
  save(value: T) {
    if (!this.#key) return;
    this.#pending = value;
    clearTimeout(this.#timer);
    // Nobody types into a removed element: its last change (a send that ended) is written now.
    if (!this.#connected) {
      this.flush();
      return;
    }
    this.#timer = setTimeout(() => {
      this.flush();
    }, SAVE_DELAY_MS);
  }

  flush() {
    if (this.#pending) this.#write(this.#pending);
  }

  clear() {
    this.#write(null);
  }

  /** Writes `value` now, or deletes the draft (null), and tells the others. */
  #write(value: T | null) {
    clearTimeout(this.#timer);
    this.#pending = null;
    const key = this.#key;
    // Storage full or blocked: the draft stays in the element for this page.
    if (key && store(key, value)) announce({ key, from: this });
  }

  /** @internal A draft's storage changed elsewhere (null: all of them). */
  changedElsewhere(key: string | null) {
    if (!this.#key || (key !== null && key !== this.#key)) return;
    clearTimeout(this.#timer);
    this.#pending = null;
    this.#onChange?.();
  }

  hostConnected() {
    if (!listening) {
      listening = true;
      listen();
    }
    live.add(this);
    this.#connected = true;
  }

  hostDisconnected() {
    this.#connected = false;
    this.flush();
    live.delete(this);
  }
}
