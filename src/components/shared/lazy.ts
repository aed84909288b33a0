// Parts a buyer needs only once there is a conversation to show (the history, threads,
// ratings, translations, live updates) load on demand, once the element's first data is here
// (not beside it: on a slow network the form would wait for them too), so the entry a product
// page loads stays small.
import { defineElement } from '../define.js';

let conversations: Promise<void> | undefined;

/** Loads and registers <sq-conversations> (and what it renders) once per page. */
export function loadConversations(): Promise<void> {
  conversations ??= import('./conversations.js').then(({ SqConversations }) => {
    defineElement('sq-conversations', SqConversations);
  });
  return conversations;
}
