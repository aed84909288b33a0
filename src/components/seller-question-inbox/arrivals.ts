// What the seller is told when the change feed brings something to answer: a new question, or a
// new message from a buyer. Compared with what the list showed before the changes were applied.
import type { Change, Question } from '../../api/types.js';
import { formatList } from '../../i18n/format.js';
import { msg, str } from '../../i18n/localize.js';
import type { QuestionArrival } from '../received-event.js';

/**
 * The questions that now await the seller because of these changes: new ones, and those whose
 * buyer wrote again (unread, with a newer last message than the list showed). One per question.
 */
export function arrivalsOf(
  changes: readonly Change[],
  before: ReadonlyMap<string, Question | undefined>,
  after: (id: string) => Question | undefined,
): QuestionArrival[] {
  const arrivals: QuestionArrival[] = [];
  const seen = new Set<string>();
  for (const change of changes) {
    if (seen.has(change.questionId)) continue;
    seen.add(change.questionId);
    const now = after(change.questionId);
    if (!now || now.status !== 'awaiting_seller' || now.handler !== 'seller') continue;
    const previous = before.get(change.questionId);
    const kind = !previous
      ? change.kind === 'created'
        ? 'question'
        : null
      : now.unread && Date.parse(now.lastMessageAt) > Date.parse(previous.lastMessageAt)
        ? 'message'
        : null;
    if (kind) {
      arrivals.push({
        questionId: now.id,
        kind,
        category: now.category,
        topic: now.topic,
        question: now,
      });
    }
  }
  return arrivals;
}

/**
 * "New question from Anna Schneider." / "New messages from Ben and Chloé." (both sentences
 * when both happened); null when nothing new awaits the seller.
 */
export function arrivalText(arrivals: readonly QuestionArrival[]): string | null {
  const buyersOf = (kind: QuestionArrival['kind']) =>
    arrivals.filter((arrival) => arrival.kind === kind).map(({ question }) => question.buyer.name);
  const questions = buyersOf('question');
  const messages = buyersOf('message');
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
