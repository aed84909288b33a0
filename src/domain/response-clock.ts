// The response clock: a buyer message that needs a seller answer is due SLA hours later; the
// seller sees the time remaining, which warns, turns urgent and finally goes late.

export const DEFAULT_SLA_HOURS = 48;
/** Below this many hours remaining the countdown warns. */
export const DEFAULT_WARN_HOURS = 12;
/** Below this many hours remaining the countdown is urgent. */
export const DEFAULT_URGENT_HOURS = 2;

const HOUR_MS = 3_600_000;

export type Urgency = 'normal' | 'warn' | 'urgent' | 'late';

export interface ClockSettings {
  slaHours: number;
  warnHours: number;
  urgentHours: number;
}

export const DEFAULT_CLOCK: ClockSettings = {
  slaHours: DEFAULT_SLA_HOURS,
  warnHours: DEFAULT_WARN_HOURS,
  urgentHours: DEFAULT_URGENT_HOURS,
};

type Instant = Date | number | string;

function toMs(instant: Instant): number {
  // Milliseconds as `new Date(ms)` would keep them (TimeClip), without making a Date.
  const ms =
    typeof instant === 'number'
      ? Number.isFinite(instant) && Math.abs(instant) <= 8.64e15
        ? Math.trunc(instant) + 0
        : NaN
      : instant instanceof Date
        ? instant.getTime()
        : new Date(instant).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not a time: ${String(instant)}`);
  return ms;
}

/** When an answer to a message sent at `sentAt` is due. */
export function replyDueAt(sentAt: Instant, slaHours: number = DEFAULT_SLA_HOURS): Date {
  return new Date(toMs(sentAt) + slaHours * HOUR_MS);
}

/** Milliseconds left until `dueAt`; negative once it has passed. */
export function remainingMs(dueAt: Instant, now: Instant): number {
  return toMs(dueAt) - toMs(now);
}

/**
 * How pressing the time remaining is. Exactly at the due time the answer is not yet late (an
 * answer is late only when it comes after `replyDueAt`).
 */
export function urgencyOf(
  remaining: number,
  settings: Pick<ClockSettings, 'warnHours' | 'urgentHours'> = DEFAULT_CLOCK,
): Urgency {
  if (remaining < 0) return 'late';
  if (remaining < settings.urgentHours * HOUR_MS) return 'urgent';
  if (remaining < settings.warnHours * HOUR_MS) return 'warn';
  return 'normal';
}

/** An answer at `answeredAt` to a message due at `dueAt` is late when it comes after it. */
export function isAnsweredLate(dueAt: Instant, answeredAt: Instant): boolean {
  return toMs(answeredAt) > toMs(dueAt);
}

/** Past due with no answer yet. */
export function isOverdue(dueAt: Instant, now: Instant): boolean {
  return remainingMs(dueAt, now) < 0;
}

export interface DurationParts {
  /** -1 when the duration is negative (overdue), else 1. */
  sign: 1 | -1;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Splits a duration into whole units, for countdowns ("1 d 4 h", "late by 3 h 12 min"). */
export function durationParts(ms: number): DurationParts {
  const sign = ms < 0 ? -1 : 1;
  let rest = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(rest / 86_400);
  rest -= days * 86_400;
  const hours = Math.floor(rest / 3_600);
  rest -= hours * 3_600;
  const minutes = Math.floor(rest / 60);
  return { sign, days, hours, minutes, seconds: rest - minutes * 60 };
}

const running = (due: Instant | null): due is Instant => due !== null && due !== '';

/**
 * Sorts by response time remaining: late first, then nearest due; no clock last. The times may
 * also be given in milliseconds, to sort many questions without parsing at every comparison.
 */
export function compareByDue(
  a: { replyDueAt: Instant | null; updatedAt: Instant },
  b: { replyDueAt: Instant | null; updatedAt: Instant },
): number {
  if (running(a.replyDueAt) && running(b.replyDueAt)) {
    return toMs(a.replyDueAt) - toMs(b.replyDueAt);
  }
  if (running(a.replyDueAt)) return -1;
  if (running(b.replyDueAt)) return 1;
  return toMs(b.updatedAt) - toMs(a.updatedAt);
}

/**
 * The notices the clock gives on a running deadline, in order: the seller is warned at
 * `warnHours` before it, urgently at `urgentHours` before it, and the question goes late after
 * it. Each is given once per deadline; a notice whose time passed unseen (the server was down)
 * is skipped when a later one is due as well: a seller is not told "12 hours left" once late.
 */
export type ClockNotice = 'warn' | 'urgent' | 'late';

const NOTICE_RANK: Record<Urgency, number> = { normal: 0, warn: 1, urgent: 2, late: 3 };

/**
 * The notice due at `now` on a deadline whose notices up to `given` were given (null: none
 * yet), or null when nothing new is due.
 */
export function noticeDue(
  dueAt: Instant,
  given: ClockNotice | null,
  now: Instant,
  settings: Pick<ClockSettings, 'warnHours' | 'urgentHours'> = DEFAULT_CLOCK,
): ClockNotice | null {
  const reached = urgencyOf(remainingMs(dueAt, now), settings);
  if (reached === 'normal' || NOTICE_RANK[reached] <= NOTICE_RANK[given ?? 'normal']) return null;
  return reached;
}

/**
 * When the next notice on a deadline falls due (ms since the epoch), after the ones up to
 * `given`; null once it went late. Each falls due at the first millisecond `urgencyOf` gives
 * its level: one after `warnHours` (`urgentHours`) before the deadline, and one after the
 * deadline (an answer exactly at `replyDueAt` is still on time).
 */
export function nextNoticeAt(
  dueAt: Instant,
  given: ClockNotice | null,
  settings: Pick<ClockSettings, 'warnHours' | 'urgentHours'> = DEFAULT_CLOCK,
): number | null {
  const due = toMs(dueAt);
  const rank = NOTICE_RANK[given ?? 'normal'];
  if (rank < NOTICE_RANK.warn) return due - settings.warnHours * HOUR_MS + 1;
  if (rank < NOTICE_RANK.urgent) return due - settings.urgentHours * HOUR_MS + 1;
  if (rank < NOTICE_RANK.late) return due + 1;
  return null;
}
