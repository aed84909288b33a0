// Keeps what a person typed across reloads, per viewer and context (product, order, question),
// through draft-store. Nothing is loaded or saved until the viewer is known. Writes wait a
// moment while typing, but are made at once when the page is hidden or left, and every element
// (and tab) showing the same draft follows its changes.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  DRAFT_CHANGED_EVENT,
  draftStorageKey,
  readDraft,
  removeDraft,
  sweepDrafts,
  writeDraft,
} from './draft-store.js';

/** How long typing may go on before the draft is written anyway. */
const SAVE_DELAY_MS = 250;

export class DraftController<T extends object> implements ReactiveController {
  #storageKey: string | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: T | null = null;
  /** Set while this controller writes, so its own announcement is not taken for another's. */
  #writing = false;
  readonly #onChange: (() => void) | undefined;

  readonly #onStorage = (event: StorageEvent) => {
    if (event.storageArea !== localStorage) return;
    if (event.key === null || event.key === this.#storageKey) this.#changedElsewhere();
  };
  readonly #onAnnounced = (event: Event) => {
    const key = (event as CustomEvent<string | null>).detail;
    if (!this.#writing && (key === null || key === this.#storageKey)) this.#changedElsewhere();
  };
  readonly #onHidden = () => {
    if (document.visibilityState === 'hidden') this.flush();
  };
  readonly #onPageHide = () => {
    this.flush();
  };

  /** `onChange`: another element or tab changed (or cleared) this draft; load it again. */
  constructor(host: ReactiveControllerHost, onChange?: () => void) {
    this.#onChange = onChange;
    host.addController(this);
    sweepDrafts();
  }

  /**
   * Works on `owner`'s draft for `key` from now on; none while either is unknown. Writes what
   * is pending for the previous one first. True when this changed the draft (load it then).
   */
  select(owner: string | null | undefined, key: string | null | undefined): boolean {
    const storageKey = owner && key ? draftStorageKey(owner, key) : null;
    if (storageKey === this.#storageKey) return false;
    this.flush();
    this.#storageKey = storageKey;
    return true;
  }

  load(): T | null {
    return this.#storageKey ? (readDraft(this.#storageKey) as T | null) : null;
  }

  /** Saves soon (debounced); `flush()` saves now. */
  save(value: T) {
    if (!this.#storageKey) return;
    this.#pending = value;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.flush();
    }, SAVE_DELAY_MS);
  }

  flush() {
    clearTimeout(this.#timer);
    const value = this.#pending;
    this.#pending = null;
    if (!this.#storageKey || !value) return;
    this.#writing = true;
    // Storage full or blocked: the draft stays in the element for this page.
    writeDraft(this.#storageKey, value);
    this.#writing = false;
  }

  clear() {
    clearTimeout(this.#timer);
    this.#pending = null;
    if (!this.#storageKey) return;
    this.#writing = true;
    removeDraft(this.#storageKey);
    this.#writing = false;
  }

  #changedElsewhere() {
    if (!this.#storageKey) return;
    clearTimeout(this.#timer);
    this.#pending = null;
    this.#onChange?.();
  }

  hostConnected() {
    globalThis.addEventListener('storage', this.#onStorage);
    globalThis.addEventListener(DRAFT_CHANGED_EVENT, this.#onAnnounced);
    globalThis.addEventListener('pagehide', this.#onPageHide);
    document.addEventListener('visibilitychange', this.#onHidden);
  }

  hostDisconnected() {
    this.flush();
    globalThis.removeEventListener('storage', this.#onStorage);
    globalThis.removeEventListener(DRAFT_CHANGED_EVENT, this.#onAnnounced);
    globalThis.removeEventListener('pagehide', this.#onPageHide);
    document.removeEventListener('visibilitychange', this.#onHidden);
  }
}
