// The "response time remaining" of a question as a row or the conversation shows it, from the
// inbox's one shared clock (`now`).
import type { Question } from '../../api/types.js';
import {
  remainingMs,
  urgencyOf,
  type ClockSettings,
  type Urgency,
} from '../../domain/response-clock.js';
import { formatDuration } from '../../i18n/format.js';
import { getLocale, msg, str } from '../../i18n/localize.js';

export interface Countdown {
  urgency: Urgency;
  /** "5 h 12 min left", "Late by 1 d 3 h". */
  text: string;
}

/**
 * Countdown texts by locale, urgency and whole minute: rows are rendered again at every filter
 * change and clock tick, and many show the same minute. Bounded; cleared when full.
 */
const texts = new Map<string, string>();
const MAX_TEXTS = 5000;

export function countdownOf(
  question: Pick<Question, 'replyDueAt'>,
  now: number,
  settings: Pick<ClockSettings, 'warnHours' | 'urgentHours'>,
): Countdown | null {
  if (!question.replyDueAt) return null;
  const remaining = remainingMs(question.replyDueAt, now);
  const urgency = urgencyOf(remaining, settings);
  const key = `${getLocale()}|${urgency}|${Math.trunc(remaining / 60_000)}`;
  let text = texts.get(key);
  if (text === undefined) {
    const duration = formatDuration(remaining);
    text =
      urgency === 'late'
        ? msg(str`Late by ${duration}`, { id: 'inbox.countdown.late' })
        : msg(str`${duration} left`, { id: 'inbox.countdown.left' });
    if (texts.size >= MAX_TEXTS) texts.clear();
    texts.set(key, text);
  }
  return { urgency, text };
}
