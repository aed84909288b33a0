// Parts a buyer needs only once there is a conversation to show (the history, threads,
// ratings, translations, live updates) load on demand, once the element's first data is here
// (not beside it: on a slow network the form would wait for them too), so the entry a product
// page loads stays small.
import { NetworkError } from '../../api/errors.js';
import { defineElement } from '../define.js';

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

let conversations: Promise<void> | undefined;

/** Loads and registers <sq-conversations> (and what it renders) once per page. */
export function loadConversations(): Promise<void> {
  conversations ??= import('./conversations.js').then(({ SqConversations }) => {
    defineElement('sq-conversations', SqConversations);
  });
  return conversations;
}
