import { expect } from '@open-wc/testing';
import { computeMetrics, isObligationLate } from '../../src/domain/metrics.js';
import {
  afterNoResponseNeeded,
  canMarkNoResponseNeeded,
  endObligations,
} from '../../src/domain/no-response.js';

const HOUR = 3_600_000;
const asked = Date.parse('2026-03-01T09:00:00.000Z');
const at = (hours: number) => new Date(asked + hours * HOUR).toISOString();
const open = (questionId: string) => ({
  questionId,
  requestedAt: at(0),
  dueAt: at(48),
  answeredAt: null as string | null,
});

describe('"no response needed"', () => {
  it('is possible only while the side handling the question owes an answer', () => {
    const seller = { category: 'pre_sale', handler: 'seller' } as const;
    expect(canMarkNoResponseNeeded({ ...seller, status: 'awaiting_seller' }, 'seller')).to.equal(
      true,
    );
    for (const status of ['awaiting_buyer', 'resolved', 'closed', 'awaiting_platform'] as const) {
      expect(canMarkNoResponseNeeded({ ...seller, status }, 'seller'), status).to.equal(false);
    }
    const platform = { category: 'after_sale', handler: 'platform' } as const;
    expect(
      canMarkNoResponseNeeded({ ...platform, status: 'awaiting_platform' }, 'platform'),
    ).to.equal(true);
    expect(
      canMarkNoResponseNeeded({ ...platform, status: 'awaiting_platform' }, 'seller'),
    ).to.equal(false);
    expect(canMarkNoResponseNeeded({ ...seller, status: 'awaiting_seller' }, 'platform')).to.equal(
      false,
    );
  });

  it('goes back to what the question was before the buyer wrote', () => {
    expect(afterNoResponseNeeded(false)).to.equal('awaiting_buyer');
    expect(afterNoResponseNeeded(true)).to.equal('resolved');
  });

  it('counts as answered on time before the due time, and late after it', () => {
    const [onTime] = endObligations([open('q-1')], at(47));
    const [exactly] = endObligations([open('q-2')], at(48));
    const [late] = endObligations([open('q-3')], at(48.5));
    expect(onTime!.answeredAt).to.equal(at(47));
    expect(isObligationLate(onTime!, Date.parse(at(100)))).to.equal(false);
    expect(isObligationLate(exactly!, Date.parse(at(100)))).to.equal(false);
    expect(isObligationLate(late!, Date.parse(at(100)))).to.equal(true);
  });

  it('never takes a late question out of the delayed-response rate', () => {
    const answeredLate = { ...open('q-1'), answeredAt: at(50) };
    // Marked later still: the late answer keeps its time.
    const obligations = endObligations([answeredLate, open('q-2'), open('q-3')], at(60));
    expect(obligations[0]!.answeredAt).to.equal(at(50));
    const metrics = computeMetrics({ ratings: [], obligations, now: new Date(at(61)) });
    expect(metrics.responses).to.deep.equal({ needed: 3, late: 3 });
    expect(metrics.delayedRate).to.equal(1);

    const marked = endObligations([open('q-4'), open('q-5')], at(2));
    const before = computeMetrics({ ratings: [], obligations: marked, now: new Date(at(61)) });
    expect(before.responses).to.deep.equal({ needed: 2, late: 0 });
    expect(before.delayedRate).to.equal(0);
    // Unmarked, the same questions would count as late by now.
    const unmarked = computeMetrics({
      ratings: [],
      obligations: [open('q-4'), open('q-5')],
      now: new Date(at(61)),
    });
    expect(unmarked.responses).to.deep.equal({ needed: 2, late: 2 });
  });
});
