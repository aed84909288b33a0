/** The modules `starts` import, statically or also on demand (`ever`), not past `stop`. */
export function moduleClosure(
  context: {
    getModuleInfo(
      id: string,
    ): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null;
  },
  starts: Iterable<string | undefined>,
  options?: { ever?: boolean; stop?: ReadonlySet<string> },
): Set<string>;

/** Which file of the elements' code a module of their first loads goes in (see chunk-rule.mjs). */
export function elementFile(
  loadFirst: readonly string[],
  loadEver: readonly string[],
  firstElement: string,
): { file: 'core' } | { file: 'own' | 'shared'; tag: string };
