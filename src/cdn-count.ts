// <seller-question-count> in the CDN bundle: a badge for the host's navigation, not on most pages
// that load the bundle, so its code loads only once the document has one: at once when the
// page's HTML has it, or when one is added later (a route change). An element in a shadow root
// is not seen: such a page imports seller-questions-api.js, which defines it right away.
const TAG = 'seller-question-count';

const contains = (node: Node): boolean =>
  node instanceof Element && (node.localName === TAG || node.querySelector(TAG) !== null);

/** Calls `load` (once) when the document has a <seller-question-count>, now or later. */
export function defineCountOnDemand(load: () => Promise<unknown>): void {
  if (customElements.get(TAG)) return;
  const start = () => {
    load().catch((error: unknown) => {
      console.error(`seller-questions: <${TAG}> could not be loaded`, error);
    });
  };
  if (document.querySelector(TAG)) {
    start();
    return;
  }
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!contains(node)) continue;
        observer.disconnect();
        start();
        return;
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}
