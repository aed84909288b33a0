// Seller performance over a trailing window: CSAT, the delayed-response rate and the standing
// they give. The thresholds are the product's and live in ./standing-thresholds.ts only.
import { STANDING_THRESHOLDS } from './standing-thresholds.js';

export { STANDING_THRESHOLDS };

export const METRICS_WINDOW_DAYS = 30;

export type Standing = 'good' | 'warning' | 'at_risk' | 'insufficient_data';

/** Satisfied / all, or `null` with no ratings: "not enough data", never 0 % or 100 %. */
export function csatOf(ratings: readonly { satisfied: boolean }[]): number | null {
  if (ratings.length === 0) return null;
  return ratings.filter((rating) => rating.satisfied).length / ratings.length;
}

/**
 * good: CSAT > 85 % and delayed < 5 %. at_risk: delayed > 45 % or CSAT < 60 % (either alone
 * is enough, even when the other is unknown). insufficient_data: a missing figure leaves the
 * decision open. warning: everything else.
 */
export function standingOf(csat: number | null, delayedRate: number | null): Standing {
  const t = STANDING_THRESHOLDS;
  if (
    (delayedRate !== null && delayedRate > t.atRiskDelayedAbove) ||
    (csat !== null && csat < t.atRiskCsatBelow)
  ) {
    return 'at_risk';
  }
  if (csat === null || delayedRate === null) return 'insufficient_data';
  if (csat > t.goodCsatAbove && delayedRate < t.goodDelayedBelow) return 'good';
  return 'warning';
}

/** One time the seller had to answer: a buyer message that started the response clock. */
export interface ResponseObligation {
  questionId: string;
  requestedAt: string;
  dueAt: string;
  /** When the seller answered; null while unanswered. */
  answeredAt: string | null;
}

export interface RatingRecord {
  satisfied: boolean;
  createdAt: string;
}

export interface Metrics {
  windowDays: number;
  windowStart: string;
  windowEnd: string;
  ratings: { satisfied: number; total: number };
  csat: number | null;
  responses: { needed: number; late: number };
  delayedRate: number | null;
  standing: Standing;
}

/**
 * Whether the seller's answer to an obligation is late at `now`: answered after its due time,
 * or not answered and past it. It is decided by the answer alone: handing the question over
 * (escalating), resolving, refunding or closing it after the due time makes the answer late,
 * never on time, and nothing done later takes a late answer back.
 */
export function isObligationLate(
  obligation: Pick<ResponseObligation, 'dueAt' | 'answeredAt'>,
  now: Date | number,
): boolean {
  const due = Date.parse(obligation.dueAt);
  const answered =
    obligation.answeredAt === null
      ? typeof now === 'number'
        ? now
        : now.getTime()
      : Date.parse(obligation.answeredAt);
  return answered > due;
}

/**
 * When the seller first responded: the earliest time one of the replies they owed was ended (a
 * reply, a refund, resolving, escalating, "no response needed", or the platform answering or
 * closing the question), as isObligationLate and the delayed-response rate count it. Null while
 * none was ended. The export's `firstAnswerAt` (views.ts exportRow).
 */
export function firstResponseAt(
  obligations: readonly Pick<ResponseObligation, 'answeredAt'>[],
): string | null {
  let first: string | null = null;
  for (const { answeredAt } of obligations) {
    if (answeredAt !== null && (first === null || Date.parse(answeredAt) < Date.parse(first))) {
      first = answeredAt;
    }
  }
  return first;
}

/**
 * Whether an obligation belongs to the window (`start`, `end`]: its time to answer overlaps it,
 * i.e. it was requested by the end and falls due after the start. A question requested before
 * the window stays in it by its due date, so one never answered keeps counting as late until
 * its due date leaves the window.
 */
export function inMetricsWindow(
  obligation: Pick<ResponseObligation, 'requestedAt' | 'dueAt'>,
  start: number,
  end: number,
): boolean {
  return Date.parse(obligation.requestedAt) <= end && Date.parse(obligation.dueAt) > start;
}

/**
 * Metrics over a window (`start`, `end`]: the `windowDays` before `now`, or a range given as
 * `from` and `to` (then `windowDays` is its length in whole days, rounded up). A question counts
 * once: it needed an answer if any of its obligations is in the window (inMetricsWindow), and it
 * was delayed if any of those is late as it stood at the window's end: an answer given after the
 * end is not known there, so that obligation is late only if its due time passed by the end.
 */
export function computeMetrics(input: {
  ratings: readonly RatingRecord[];
  obligations: readonly ResponseObligation[];
  now: Date;
  windowDays?: number;
  /** A range instead of the trailing `windowDays`: both or neither. */
  from?: Date;
  to?: Date;
}): Metrics {
  const range = input.from && input.to ? { start: input.from, end: input.to } : null;
  const end = range ? range.end.getTime() : input.now.getTime();
  const windowDays = range
    ? Math.max(1, Math.ceil((end - range.start.getTime()) / 86_400_000))
    : (input.windowDays ?? METRICS_WINDOW_DAYS);
  const start = range ? range.start.getTime() : end - windowDays * 86_400_000;
  const inWindow = (iso: string) => {
    const ms = new Date(iso).getTime();
    return ms > start && ms <= end;
  };

  const ratings = input.ratings.filter((rating) => inWindow(rating.createdAt));
  const csat = csatOf(ratings);

  const lateByQuestion = new Map<string, boolean>();
  for (const obligation of input.obligations) {
    if (!inMetricsWindow(obligation, start, end)) continue;
    const answeredBy =
      obligation.answeredAt !== null && Date.parse(obligation.answeredAt) <= end
        ? obligation.answeredAt
        : null;
    const late = isObligationLate({ dueAt: obligation.dueAt, answeredAt: answeredBy }, end);
    lateByQuestion.set(
      obligation.questionId,
      (lateByQuestion.get(obligation.questionId) ?? false) || late,
    );
  }
  const needed = lateByQuestion.size;
  const late = [...lateByQuestion.values()].filter(Boolean).length;
  const delayedRate = needed === 0 ? null : late / needed;

  return {
    windowDays,
    windowStart: new Date(start).toISOString(),
    windowEnd: new Date(end).toISOString(),
    ratings: {
      satisfied: ratings.filter((rating) => rating.satisfied).length,
      total: ratings.length,
    },
    csat,
    responses: { needed, late },
    delayedRate,
    standing: standingOf(csat, delayedRate),
  };
}
