// Where drafts live: localStorage, one entry per person and context, each stamped with when it
// was written and dropped after DRAFT_LIFETIME_MS. Never tokens: only the user's own unsent
// input. Changes are announced on the page (localStorage's `storage` event only reaches other
// tabs) so every element showing the same draft follows it.

/** Every draft's storage key starts with this. */
export const DRAFT_PREFIX = 'seller-questions:draft:';

/** How long a draft is kept after it was last changed: 7 days. */
export const DRAFT_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** Window event (this page) announcing that a draft's storage key changed; `detail` is the key. */
export const DRAFT_CHANGED_EVENT = 'seller-questions:draft-changed';

interface Stored {
  savedAt: number;
  value: unknown;
}

/** The storage key of `owner`'s draft for `key` (owner: the signed-in viewer's id). */
export function draftStorageKey(owner: string, key: string): string {
  return `${DRAFT_PREFIX}${encodeURIComponent(owner)}:${key}`;
}

function parse(raw: string | null, now: number): Stored | null {
  if (!raw) return null;
  try {
    const stored = JSON.parse(raw) as Partial<Stored> | null;
    if (typeof stored?.savedAt !== 'number' || stored.value == null) return null;
    if (now - stored.savedAt > DRAFT_LIFETIME_MS || stored.savedAt > now + DRAFT_LIFETIME_MS)
      return null;
    return stored as Stored;
  } catch {
    return null;
  }
}

function announce(storageKey: string | null) {
  globalThis.dispatchEvent(new CustomEvent(DRAFT_CHANGED_EVENT, { detail: storageKey }));
}

function remove(storageKey: string) {
  try {
    localStorage.removeItem(storageKey);
  } catch {
    // Storage blocked: nothing was kept.
  }
}

/** The draft under `storageKey`, or null; an expired or unreadable one is deleted. */
export function readDraft(storageKey: string): unknown {
  let raw: string | null;
  try {
    raw = localStorage.getItem(storageKey);
  } catch {
    return null;
  }
  const stored = parse(raw, Date.now());
  if (raw !== null && !stored) remove(storageKey);
  return stored?.value ?? null;
}

/** Writes a draft now; false when storage is full or blocked. */
export function writeDraft(storageKey: string, value: unknown): boolean {
  try {
    localStorage.setItem(storageKey, JSON.stringify({ savedAt: Date.now(), value }));
  } catch {
    return false;
  }
  announce(storageKey);
  return true;
}

export function removeDraft(storageKey: string) {
  remove(storageKey);
  announce(storageKey);
}

function draftKeys(): string[] {
  try {
    return Object.keys(localStorage).filter((key) => key.startsWith(DRAFT_PREFIX));
  } catch {
    return [];
  }
}

let swept = false;

/** Deletes expired and unreadable drafts (and those of older versions, kept without owner). */
export function sweepDrafts() {
  if (swept) return;
  swept = true;
  const now = Date.now();
  for (const key of draftKeys()) {
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(key);
    } catch {
      return;
    }
    if (!parse(raw, now)) remove(key);
  }
}

/**
 * Deletes every draft the elements kept in this browser (text, chosen options, addresses and
 * the ids of uploaded photos), for everyone who used it. Call it when a user signs out, above
 * all on a computer others use too; elements on the page empty their fields.
 */
export function clearDrafts(): void {
  for (const key of draftKeys()) remove(key);
  announce(null);
}
