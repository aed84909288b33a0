// Test support for the elements: reaching into shadow roots, typing, picking files, waiting.
import { waitUntil } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { configure } from '../../src/api/configure.js';
// Imported for its effect as well: every test that renders an element has a storage of its own.
import type { SqComposer } from '../../src/components/shared/composer.js';
import { storageKeys } from './storage.js';
import './reportable.js';

/** The first element matching `selector` in `root`'s shadow root, or a clear failure. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- typed like querySelector<T>
export function inShadow<T extends Element = HTMLElement>(root: Element, selector: string): T {
  const found = root.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} inside <${root.localName}>`);
  return found;
}

/** Every element matching `selector` in `root`'s shadow root. */

export function allInShadow<T extends Element = HTMLElement>(root: Element, selector: string): T[] {
  return [...(root.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** The button whose text includes `text`, in `root`'s shadow root. */
export function buttonWithText(root: Element, text: string): HTMLButtonElement {
  const button = allInShadow<HTMLButtonElement>(root, 'button').find((candidate) =>
    candidate.textContent.includes(text),
  );
  if (!button) throw new Error(`No button "${text}" inside <${root.localName}>`);
  return button;
}

/** Types into a composer's text area as a user would (an input event per change). */
export async function typeInto(composer: SqComposer, text: string) {
  const textarea = inShadow<HTMLTextAreaElement>(composer, 'textarea');
  textarea.value = text;
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await composer.updateComplete;
}

/** Picks files in a composer's hidden file input. */
export async function pickFiles(composer: SqComposer, files: File[]) {
  const input = inShadow<HTMLInputElement>(composer, 'input[type=file]');
  const shown = () =>
    composer.shadowRoot!.querySelectorAll('[part=attachment], [part=field-error] li').length;
  const before = shown();
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  // The composer reads each file's first bytes before it accepts or refuses it.
  await waitUntil(() => shown() > before, 'the picked files accepted or refused', {
    timeout: 5000,
  });
  await composer.updateComplete;
}

/** Waits for a selector to appear in a shadow root; returns it. */

export async function shadowReady<T extends Element = HTMLElement>(
  root: Element,
  selector: string,
  message = `<${root.localName}> to show ${selector}`,
): Promise<T> {
  await waitUntil(() => root.shadowRoot?.querySelector(selector), message, { timeout: 5000 });
  return inShadow<T>(root, selector);
}

/** The visible text of a shadow root, whitespace collapsed. */
export function shadowText(root: Element): string {
  return (root.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** `waitUntil` with a timeout that allows for lazily loaded chunks on a busy machine. */
export function waitFor(
  condition: () => unknown,
  message = 'the condition',
  timeout = 5000,
): Promise<void> {
  return waitUntil(condition, message, { timeout, interval: 20 });
}

/** The next event of a type the SDK declares, typed from the global event map. */
export function nextEvent<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  type: K,
): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve) => {
    target.addEventListener(
      type,
      (event) => {
        resolve(event as HTMLElementEventMap[K]);
      },
      { once: true },
    );
  });
}

/**
 * Test pages run side by side and a page in the background reports itself hidden, which pauses
 * live updates (as it should for users). Tests of live updates pretend the page is visible.
 * Returns the function that undoes it.
 */
export function pretendPageVisible(): () => void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
  return () => {
    delete (document as { visibilityState?: unknown }).visibilityState;
    delete (document as { hidden?: unknown }).hidden;
  };
}

/**
 * Removes this SDK's drafts whose context (the key after the owner, e.g. `ask-seller:s-1:p-07`)
 * starts with `context`; every draft without one. Each test starts without any (./storage.ts).
 */
export function clearDrafts(context = '') {
  for (const key of storageKeys())
    if (draftContext(key)?.startsWith(context)) localStorage.removeItem(key);
}

/** `seller-questions:draft:{owner}:{context}` -> context; null for other keys. */
export function draftContext(storageKey: string): string | null {
  return /^seller-questions:draft:[^:]*:(.*)$/.exec(storageKey)?.[1] ?? null;
}

/**
 * The text a user can see in `root` (an element, its shadow root and its light DOM; or a shadow
 * root) and every shadow root inside it, whitespace collapsed. A closed <dialog>'s content is
 * left out.
 */
export function deepText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLDialogElement && !node.open) return;
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Just enough of an element to hold a controller. */
export function fakeHost(): ReactiveControllerHost {
  return {
    addController: () => undefined,
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  };
}

/** The element found by `selector` anywhere in `root`, shadow roots included. */
export function deepQuery(root: Element | ShadowRoot, selector: string): Element | null {
  const found = root.querySelector(selector);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    const inner = element.shadowRoot && deepQuery(element.shadowRoot, selector);
    if (inner) return inner;
  }
  return null;
}

/**
 * `markup` in the page (its elements not defined yet), then configure() as a page does: what the
 * head start (src/components/head-start.ts) sees. The caller removes the host it returns.
 */
export function pageWith(markup: string, settings: Parameters<typeof configure>[0]): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  configure(settings);
  return host;
}

/** Where the character at `index` of `node` is on the screen. */
export function charBox(node: Text, index: number): DOMRect {
  const range = document.createRange();
  range.setStart(node, index);
  range.setEnd(node, index + 1);
  return range.getBoundingClientRect();
}
