import { expect } from '@open-wc/testing';
import {
  compareByDue,
  durationParts,
  isAnsweredLate,
  isOverdue,
  nextNoticeAt,
  noticeDue,
  remainingMs,
  replyDueAt,
  urgencyOf,
} from '../../src/domain/response-clock.js';

const HOUR = 3_600_000;

describe('response clock', () => {
  it('makes an answer due exactly 48 hours after the message', () => {
    expect(replyDueAt('2026-03-01T10:00:00.000Z').toISOString()).to.equal(
      '2026-03-03T10:00:00.000Z',
    );
  });

  it('uses the configured SLA when the backend sets one', () => {
    expect(replyDueAt('2026-03-01T10:00:00.000Z', 24).toISOString()).to.equal(
      '2026-03-02T10:00:00.000Z',
    );
  });

  it('refuses a time it cannot read instead of returning Invalid Date', () => {
    expect(() => replyDueAt('not a date')).to.throw(RangeError, /Not a time/);
  });

  it('counts the time remaining down to negative once due', () => {
    const due = '2026-03-03T10:00:00.000Z';
    expect(remainingMs(due, '2026-03-03T09:00:00.000Z')).to.equal(HOUR);
    expect(remainingMs(due, '2026-03-03T11:00:00.000Z')).to.equal(-HOUR);
  });

  it('warns below 12 hours, is urgent below 2 hours and late past 0', () => {
    expect(urgencyOf(48 * HOUR)).to.equal('normal');
    expect(urgencyOf(12 * HOUR)).to.equal('normal');
    expect(urgencyOf(12 * HOUR - 1)).to.equal('warn');
    expect(urgencyOf(2 * HOUR)).to.equal('warn');
    expect(urgencyOf(2 * HOUR - 1)).to.equal('urgent');
    expect(urgencyOf(0)).to.equal('urgent');
    expect(urgencyOf(-1)).to.equal('late');
  });

  it('follows the backend configuration for the warning levels', () => {
    expect(urgencyOf(20 * HOUR, { warnHours: 24, urgentHours: 6 })).to.equal('warn');
    expect(urgencyOf(5 * HOUR, { warnHours: 24, urgentHours: 6 })).to.equal('urgent');
  });

  it('counts an answer at the due time as on time and one a millisecond later as late', () => {
    const due = '2026-03-03T10:00:00.000Z';
    expect(isAnsweredLate(due, '2026-03-03T10:00:00.000Z')).to.be.false;
    expect(isAnsweredLate(due, '2026-03-03T10:00:00.001Z')).to.be.true;
    expect(isOverdue(due, '2026-03-03T10:00:00.000Z')).to.be.false;
    expect(isOverdue(due, '2026-03-03T10:00:00.001Z')).to.be.true;
  });

  it('splits durations for countdowns, marking overdue ones', () => {
    expect(durationParts((26 * 60 + 5) * 60_000 + 7_000)).to.deep.equal({
      sign: 1,
      days: 1,
      hours: 2,
      minutes: 5,
      seconds: 7,
    });
    expect(durationParts(-3 * HOUR)).to.include({ sign: -1, hours: 3, days: 0 });
  });

  it('sorts most urgent first: late, then nearest due, then no clock by recency', () => {
    const rows = [
      { id: 'none-old', replyDueAt: null, updatedAt: '2026-03-01T00:00:00Z' },
      { id: 'later', replyDueAt: '2026-03-05T00:00:00Z', updatedAt: '2026-03-01T00:00:00Z' },
      { id: 'late', replyDueAt: '2026-02-27T00:00:00Z', updatedAt: '2026-03-01T00:00:00Z' },
      { id: 'none-new', replyDueAt: null, updatedAt: '2026-03-02T00:00:00Z' },
      { id: 'soon', replyDueAt: '2026-03-03T00:00:00Z', updatedAt: '2026-03-01T00:00:00Z' },
    ];
    expect(rows.sort(compareByDue).map((row) => row.id)).to.deep.equal([
      'late',
      'soon',
      'later',
      'none-new',
      'none-old',
    ]);
  });

  describe('notices', () => {
    const due = Date.parse('2026-03-03T10:00:00.000Z');

    it('warns below 12 hours, urgently below 2 hours and goes late after the due time', () => {
      expect(noticeDue(due, null, due - 12 * HOUR)).to.equal(null);
      expect(noticeDue(due, null, due - 12 * HOUR + 1)).to.equal('warn');
      expect(noticeDue(due, 'warn', due - 3 * HOUR)).to.equal(null);
      expect(noticeDue(due, 'warn', due - 2 * HOUR + 1)).to.equal('urgent');
      expect(noticeDue(due, 'urgent', due)).to.equal(null);
      expect(noticeDue(due, 'urgent', due + 1)).to.equal('late');
      expect(noticeDue(due, 'late', due + 100 * HOUR)).to.equal(null);
    });

    it('skips the warnings whose time passed unseen once a later notice is due', () => {
      expect(noticeDue(due, null, due - HOUR)).to.equal('urgent');
      expect(noticeDue(due, null, due + HOUR)).to.equal('late');
      expect(noticeDue(due, 'warn', due + 1)).to.equal('late');
    });

    it('uses the configured warning and urgent hours', () => {
      const settings = { warnHours: 24, urgentHours: 6 };
      expect(noticeDue(due, null, due - 20 * HOUR, settings)).to.equal('warn');
      expect(noticeDue(due, 'warn', due - 5 * HOUR, settings)).to.equal('urgent');
      expect(nextNoticeAt(due, null, settings)).to.equal(due - 24 * HOUR + 1);
    });

    it('falls due at the first moment each notice is due, then never after late', () => {
      for (const [given, next] of [
        [null, due - 12 * HOUR + 1],
        ['warn', due - 2 * HOUR + 1],
        ['urgent', due + 1],
      ] as const) {
        expect(nextNoticeAt(due, given)).to.equal(next);
        expect(noticeDue(due, given, next - 1)).to.equal(null);
        expect(noticeDue(due, given, next)).to.not.equal(null);
      }
      expect(nextNoticeAt(due, 'late')).to.equal(null);
    });
  });
});
