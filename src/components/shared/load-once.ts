// Loading a module on demand, once per page.
import { NetworkError } from '../../api/errors.js';

/**
 * `load` (a module's `import()`) once per page, its promise kept. A failed load is tried again
 * at the next call and fails as a `NetworkError`: offline since the page loaded, most likely.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((cause: unknown) => {
      loading = undefined;
      throw new NetworkError({ cause });
    }));
}
