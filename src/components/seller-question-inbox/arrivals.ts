// What the seller hears when the change feed brings something to answer: a new question, or a
// new message from a buyer. Compared with what the list showed before the changes were applied.
import type { Change, Question } from '../../api/types.js';
import { formatList } from '../../i18n/format.js';
import { msg, str } from '../../i18n/localize.js';

/**
 * "New question from Anna Schneider." / "New messages from Ben and Chloé." (both sentences
 * when both happened); null when nothing new awaits the seller.
 */
export function arrivalText(
  changes: readonly Change[],
  before: ReadonlyMap<string, Question | undefined>,
  after: (id: string) => Question | undefined,
): string | null {
  const questions: string[] = [];
  const messages: string[] = [];
  for (const change of changes) {
    const now = after(change.questionId);
    if (!now || now.status !== 'awaiting_seller' || now.handler !== 'seller') continue;
    const previous = before.get(change.questionId);
    if (!previous) {
      if (change.kind === 'created') questions.push(now.buyer.name);
    } else if (now.unread && Date.parse(now.lastMessageAt) > Date.parse(previous.lastMessageAt)) {
      messages.push(now.buyer.name);
    }
  }
  const parts: string[] = [];
  if (questions.length) {
    const buyers = formatList([...new Set(questions)]);
    parts.push(
      questions.length === 1
        ? msg(str`New question from ${buyers}.`, { id: 'inbox.arrived.question' })
        : msg(str`New questions from ${buyers}.`, { id: 'inbox.arrived.questions' }),
    );
  }
  if (messages.length) {
    const buyers = formatList([...new Set(messages)]);
    parts.push(
      messages.length === 1
        ? msg(str`New message from ${buyers}.`, { id: 'inbox.arrived.message' })
        : msg(str`New messages from ${buyers}.`, { id: 'inbox.arrived.messages' }),
    );
  }
  return parts.length ? parts.join(' ') : null;
}
