import { expect } from '@open-wc/testing';
import {
  computeMetrics,
  csatOf,
  firstResponseAt,
  inMetricsWindow,
  isObligationLate,
  standingOf,
  type ResponseObligation,
} from '../../src/domain/metrics.js';

const ratings = (satisfied: number, total: number) =>
  Array.from({ length: total }, (_, index) => ({ satisfied: index < satisfied }));

describe('metrics and standing', () => {
  it('has no CSAT without ratings: not 0 %, not 100 %', () => {
    expect(csatOf([])).to.equal(null);
    expect(csatOf(ratings(17, 20))).to.equal(0.85);
  });

  it('is good only with CSAT above 85 % and delays below 5 %', () => {
    expect(standingOf(0.86, 0.04)).to.equal('good');
    expect(standingOf(csatOf(ratings(17, 20)), 0.04)).to.equal('warning'); // exactly 85 %
    expect(standingOf(0.851, 0.049)).to.equal('good');
    expect(standingOf(0.9, 0.05)).to.equal('warning'); // exactly 5 %
    expect(standingOf(0.8, 0.01)).to.equal('warning');
  });

  it('is at risk with delays above 45 % or CSAT below 60 %', () => {
    expect(standingOf(0.9, 0.45)).to.equal('warning'); // exactly 45 %
    expect(standingOf(0.9, 0.451)).to.equal('at_risk');
    expect(standingOf(0.6, 0.1)).to.equal('warning'); // exactly 60 %
    expect(standingOf(0.599, 0.1)).to.equal('at_risk');
  });

  it('decides at risk from one figure alone, and says when it cannot decide', () => {
    expect(standingOf(null, 0.5)).to.equal('at_risk');
    expect(standingOf(0.5, null)).to.equal('at_risk');
    expect(standingOf(null, 0.01)).to.equal('insufficient_data');
    expect(standingOf(0.95, null)).to.equal('insufficient_data');
    expect(standingOf(null, null)).to.equal('insufficient_data');
  });

  describe('computeMetrics', () => {
    const now = new Date('2026-03-31T12:00:00.000Z');
    const obligation = (
      questionId: string,
      requestedAt: string,
      dueAt: string,
      answeredAt: string | null,
    ): ResponseObligation => ({ questionId, requestedAt, dueAt, answeredAt });

    it('counts late and unanswered-past-due questions once each over the window', () => {
      const metrics = computeMetrics({
        now,
        ratings: [
          { satisfied: true, createdAt: '2026-03-20T00:00:00.000Z' },
          { satisfied: false, createdAt: '2026-03-21T00:00:00.000Z' },
          { satisfied: false, createdAt: '2026-02-01T00:00:00.000Z' }, // outside 30 days
        ],
        obligations: [
          // on time
          obligation('a', '2026-03-10T00:00:00Z', '2026-03-12T00:00:00Z', '2026-03-11T00:00:00Z'),
          // answered after due
          obligation('b', '2026-03-10T00:00:00Z', '2026-03-12T00:00:00Z', '2026-03-12T00:00:01Z'),
          // unanswered, past due
          obligation('c', '2026-03-20T00:00:00Z', '2026-03-22T00:00:00Z', null),
          // unanswered, not yet due
          obligation('d', '2026-03-31T00:00:00Z', '2026-04-02T00:00:00Z', null),
          // the same question again, on time: still one delayed question
          obligation('b', '2026-03-15T00:00:00Z', '2026-03-17T00:00:00Z', '2026-03-15T01:00:00Z'),
          // outside the window
          obligation('e', '2026-02-10T00:00:00Z', '2026-02-12T00:00:00Z', null),
        ],
      });
      expect(metrics.ratings).to.deep.equal({ satisfied: 1, total: 2 });
      expect(metrics.csat).to.equal(0.5);
      expect(metrics.responses).to.deep.equal({ needed: 4, late: 2 });
      expect(metrics.delayedRate).to.equal(0.5);
      expect(metrics.standing).to.equal('at_risk');
      expect(metrics.windowStart).to.equal('2026-03-01T12:00:00.000Z');
      expect(metrics.windowDays).to.equal(30);
    });

    it('counts an answer late from the moment its due time passes, answered or not', () => {
      const due = '2026-03-20T00:00:00.000Z';
      const unanswered = { dueAt: due, answeredAt: null };
      expect(isObligationLate(unanswered, Date.parse(due))).to.equal(false);
      expect(isObligationLate(unanswered, Date.parse(due) + 1)).to.equal(true);
      expect(isObligationLate({ dueAt: due, answeredAt: due }, now)).to.equal(false);
      expect(
        isObligationLate({ dueAt: due, answeredAt: '2026-03-20T00:00:00.001Z' }, now),
      ).to.equal(true);
    });

    it('keeps a question never answered in the window by its due date', () => {
      const at = (iso: string) => computeMetrics({ now: new Date(iso), ratings: [], obligations });
      const obligations = [
        // asked 31 days before `now`, due 29 days before it, never answered
        obligation('a', '2026-02-28T12:00:00Z', '2026-03-02T12:00:00Z', null),
      ];
      expect(at('2026-03-31T12:00:00Z').responses).to.deep.equal({ needed: 1, late: 1 });
      // due exactly 30 days before: out
      expect(at('2026-04-01T12:00:00Z').responses).to.deep.equal({ needed: 0, late: 0 });
      expect(at('2026-04-01T12:00:00Z').delayedRate).to.equal(null);
    });

    it('counts the replies owed whose time to answer overlaps the window', () => {
      const start = Date.parse('2026-03-01T12:00:00Z');
      const end = now.getTime();
      const window = (requestedAt: string, dueAt: string) =>
        inMetricsWindow({ requestedAt, dueAt }, start, end);
      expect(window('2026-02-27T12:00:00Z', '2026-03-01T12:00:00Z')).to.equal(false);
      expect(window('2026-02-27T12:00:00Z', '2026-03-01T12:00:00.001Z')).to.equal(true);
      expect(window('2026-03-31T12:00:00Z', '2026-04-02T12:00:00Z')).to.equal(true);
      expect(window('2026-03-31T12:00:00.001Z', '2026-04-02T12:00:00Z')).to.equal(false);
      // Answered on time before the window, due in it: needed, not late.
      expect(
        computeMetrics({
          now,
          ratings: [],
          obligations: [
            obligation('a', '2026-02-28T12:00:00Z', '2026-03-02T12:00:00Z', '2026-02-28T13:00:00Z'),
          ],
        }).responses,
      ).to.deep.equal({ needed: 1, late: 0 });
    });

    it('does not let a handover or a later action make a late answer on time', () => {
      const metrics = computeMetrics({
        now,
        ratings: [],
        obligations: [
          // escalated (the handover ends the obligation) an hour after its due time
          obligation(
            'escalated',
            '2026-03-10T00:00:00Z',
            '2026-03-12T00:00:00Z',
            '2026-03-12T01:00:00Z',
          ),
          // late, then the buyer followed up and the seller answered the second in time
          obligation(
            'again',
            '2026-03-10T00:00:00Z',
            '2026-03-12T00:00:00Z',
            '2026-03-13T00:00:00Z',
          ),
          obligation(
            'again',
            '2026-03-14T00:00:00Z',
            '2026-03-16T00:00:00Z',
            '2026-03-14T01:00:00Z',
          ),
          // escalated in time: the handover was the response
          obligation(
            'handed',
            '2026-03-10T00:00:00Z',
            '2026-03-12T00:00:00Z',
            '2026-03-10T02:00:00Z',
          ),
        ],
      });
      expect(metrics.responses).to.deep.equal({ needed: 3, late: 2 });
    });

    it('counts a range (from, to] as it stood at `to`', () => {
      const from = new Date('2026-02-01T00:00:00.000Z');
      const to = new Date('2026-03-01T00:00:00.000Z');
      const metrics = computeMetrics({
        now,
        from,
        to,
        ratings: [
          { satisfied: true, createdAt: '2026-02-01T00:00:00.000Z' }, // at the start: outside
          { satisfied: true, createdAt: '2026-02-10T00:00:00.000Z' },
          { satisfied: false, createdAt: '2026-03-01T00:00:00.000Z' }, // at the end: inside
          { satisfied: false, createdAt: '2026-03-20T00:00:00.000Z' }, // after: outside
        ],
        obligations: [
          // answered in time inside the range
          obligation('a', '2026-02-02T00:00:00Z', '2026-02-04T00:00:00Z', '2026-02-03T00:00:00Z'),
          // answered late, but the answer came after `to`: late by `to` (due passed)
          obligation('b', '2026-02-20T00:00:00Z', '2026-02-22T00:00:00Z', '2026-03-05T00:00:00Z'),
          // requested just before `to`, due after it, answered late after it: not late at `to`
          obligation('c', '2026-02-28T12:00:00Z', '2026-03-02T12:00:00Z', '2026-03-10T00:00:00Z'),
          // requested after `to`: not in the range
          obligation('d', '2026-03-02T00:00:00Z', '2026-03-04T00:00:00Z', null),
          // due before the range began: not in it
          obligation('e', '2026-01-20T00:00:00Z', '2026-01-22T00:00:00Z', null),
        ],
      });
      expect(metrics.windowStart).to.equal('2026-02-01T00:00:00.000Z');
      expect(metrics.windowEnd).to.equal('2026-03-01T00:00:00.000Z');
      expect(metrics.windowDays).to.equal(28);
      expect(metrics.ratings).to.deep.equal({ satisfied: 1, total: 2 });
      expect(metrics.responses).to.deep.equal({ needed: 3, late: 1 });
      expect(metrics.delayedRate).to.equal(1 / 3);
    });

    it('gives a range shorter than a day a window of one day', () => {
      const metrics = computeMetrics({
        now,
        from: new Date('2026-03-01T00:00:00.000Z'),
        to: new Date('2026-03-01T06:00:00.000Z'),
        ratings: [],
        obligations: [],
      });
      expect(metrics.windowDays).to.equal(1);
      expect(metrics.windowEnd).to.equal('2026-03-01T06:00:00.000Z');
    });

    it('reports not enough data rather than a perfect score for a new seller', () => {
      const metrics = computeMetrics({ now, ratings: [], obligations: [] });
      expect(metrics.csat).to.equal(null);
      expect(metrics.delayedRate).to.equal(null);
      expect(metrics.standing).to.equal('insufficient_data');
    });
  });

  describe('the first response', () => {
    it('is the earliest end of a reply the seller owed, whatever ended it', () => {
      // A refund (or resolve, escalation) ends the obligation as a reply would.
      expect(
        firstResponseAt([
          { answeredAt: '2026-03-02T10:00:00.000Z' },
          { answeredAt: '2026-03-04T08:00:00.000Z' },
          { answeredAt: null },
        ]),
      ).to.equal('2026-03-02T10:00:00.000Z');
      expect(firstResponseAt([{ answeredAt: null }])).to.equal(null);
      expect(firstResponseAt([])).to.equal(null);
    });
  });
});
