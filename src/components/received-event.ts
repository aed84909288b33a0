// `sq-question-received` of <seller-question-inbox>: like the events in ./events.ts it bubbles
// and is composed (it leaves the shadow root), and it is not cancelable.
import type { Question } from '../api/types.js';

/** What `sq-question-received` tells. */
export interface QuestionArrival {
  questionId: string;
  /** `question`: a new question; `message`: a new message from its buyer. */
  kind: 'question' | 'message';
  category: Question['category'];
  topic: Question['topic'];
  /** The question as the inbox's list now shows it (buyer, product, status...). */
  question: Question;
}

/**
 * A live update brought the seller something to answer (`<seller-question-inbox>`): a new
 * question (`kind: 'question'`) or a new message from its buyer (`kind: 'message'`). One event
 * per question that arrived, with its `category` and `topic`. The inbox also says it in its
 * polite live region; this event is for the host's own signals (a sound, the tab's title, a
 * badge).
 */
export class SqQuestionReceivedEvent extends Event {
  readonly detail: QuestionArrival;
  constructor(detail: QuestionArrival) {
    super('sq-question-received', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sq-question-received': SqQuestionReceivedEvent;
  }
}
