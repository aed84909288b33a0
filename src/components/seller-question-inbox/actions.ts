// The seller's actions as the conversation performs them for its parts (reply, refund,
// escalation): each part asks through `act` and learns the outcome, while the conversation
// sends `expectedVersion`, reloads on a conflict and explains it in one place. Each part keeps
// its send (under way, last failure, Retry-After) in a SubmitController, as every form does.
import type { ItemQuantity, MessageOriginal, QuestionDetail } from '../../api/types.js';

export type InboxAction =
  | {
      kind: 'reply';
      resolve: boolean;
      text: string;
      language: string;
      attachmentIds: string[];
      idempotencyKey: string;
      /** What the seller wrote in their own language, when `text` is its translation. */
      original?: MessageOriginal;
    }
  | { kind: 'refund'; items: ItemQuantity[]; idempotencyKey: string }
  | { kind: 'escalate'; reason: string; idempotencyKey: string }
  /** The buyer's latest message asks nothing: the need to answer ends without a reply. */
  | { kind: 'no_response_needed'; idempotencyKey: string }
  /** Platform customer service: hand back to the seller, or close for good. */
  | { kind: 'hand_back' | 'close'; reason: string; idempotencyKey: string };

export type ActionOutcome =
  | { ok: true; question: QuestionDetail }
  /** `conflict`: the question changed; it was reloaded and the conversation says why. */
  | { ok: false; error: unknown; conflict: boolean };

export type Act = (action: InboxAction) => Promise<ActionOutcome>;
