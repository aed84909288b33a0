// Test support for focus: where it is through shadow roots, and a readable failure when it is
// not where it should be.
import { expect } from '@open-wc/testing';

/** The focused element, inside shadow roots too. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** `<button.primary> "Send question"`: an element as a failure message names it. */
export function nameOf(element: Element | null): string {
  if (!element) return 'nothing';
  const classes = element.classList.length ? `.${[...element.classList].join('.')}` : '';
  const text = element.textContent.trim().slice(0, 40);
  return `<${element.localName}${classes}> "${text}"`;
}

/** The focus (through shadow roots) is on `target`. */
export function expectFocusOn(target: Element | null) {
  const active = deepActiveElement();
  // Compared by identity, reported by name: chai would print the whole element tree.
  expect(active === target, `focus on ${nameOf(active)}, not ${nameOf(target)}`).to.be.true;
}

/** The focus is somewhere, not lost to the page's body. */
export function focusIsSomewhere(): boolean {
  const active = deepActiveElement();
  return active !== null && active !== document.body;
}
