// Which file of the elements' code a module of their first loads goes in: the one rule behind the
// CDN bundle's files (vite.config.ts, cdnChunks()) and the chunks the package's Vite plugin makes
// of a storefront's build (tools/vite-plugin.mjs, chunkGroups()). A page with one element then
// loads that element's file and shared files, a few in all, and no element's code (first, or on
// demand) ever loads another element's define module, which would define that element. Beside it,
// the walk of the module graph that both make to find each element's first load.

/**
 * The modules that `starts` import, statically (a first load) or also on demand (`ever`), not
 * walking past the modules in `stop`: from the bundler's module graph (`getModuleInfo`).
 * @param {{ getModuleInfo(id: string): { importedIds: readonly string[], dynamicallyImportedIds: readonly string[] } | null }} context
 * @param {Iterable<string | undefined>} starts
 * @param {{ ever?: boolean, stop?: ReadonlySet<string> }} [options]
 * @returns {Set<string>}
 */
export function moduleClosure(context, starts, { ever = false, stop = new Set() } = {}) {
  const modules = new Set();
  const visit = (id) => {
    if (id === undefined || modules.has(id) || stop.has(id)) return;
    modules.add(id);
    const info = context.getModuleInfo(id);
    for (const imported of info?.importedIds ?? []) visit(imported);
    if (ever) for (const imported of info?.dynamicallyImportedIds ?? []) visit(imported);
  };
  for (const id of starts) visit(id);
  return modules;
}

/**
 * @param {readonly string[]} loadFirst the elements whose first load holds the module, in the
 *   elements' order (the order in which the shared files are named: the first is the element on
 *   the most pages)
 * @param {readonly string[]} loadEver the elements that ever load it, first or on demand
 * @param {string} firstElement the first of the elements
 * @returns {{ file: 'core' } | { file: 'own' | 'shared', tag: string }} `core`: the first
 *   element's first load and another's share it; `own`: only `tag` ever loads it; `shared`: `tag`
 *   loads it first and another element needs it too (first or on demand)
 */
export function elementFile(loadFirst, loadEver, firstElement) {
  const [tag] = loadFirst;
  if (tag === undefined) throw new Error("elementFile: the module is in no element's first load");
  if (loadFirst.length > 1 && tag === firstElement) return { file: 'core' };
  if (loadFirst.length === 1 && loadEver.length === 1) return { file: 'own', tag };
  return { file: 'shared', tag };
}
