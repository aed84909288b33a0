// Registers a custom element without throwing when the tag is taken: host pages do load an SDK
// twice (two bundles, a CDN copy and an npm copy). The first definition wins; a different
// class for the same tag is reported once.
const warned = new Set<string>();

export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `seller-questions: <${tag}> is already defined, probably because the SDK is loaded twice. ` +
        'The first definition is kept; load the SDK once to avoid mismatched versions.',
    );
  }
}

/** Registers the internal elements a public element renders (as Shoelace does). */
export function defineDependencies(
  dependencies: Readonly<Record<string, CustomElementConstructor>>,
) {
  for (const [tag, element] of Object.entries(dependencies)) defineElement(tag, element);
}
