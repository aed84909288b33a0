import { expect } from '@open-wc/testing';
import {
  afterBuyerMessage,
  afterDeadline,
  afterSellerAction,
  canFollowUp,
  afterPlatformAction,
  canRate,
  platformActions,
  sellerActions,
} from '../../src/domain/question-state.js';

describe('platform actions', () => {
  it('lets platform answer, resolve, close and hand back what awaits it; refunds only after-sales', () => {
    const waiting = {
      category: 'pre_sale',
      handler: 'platform',
      status: 'awaiting_platform',
    } as const;
    expect(platformActions(waiting)).to.have.members([
      'reply',
      'reply_and_resolve',
      'resolve',
      'close',
      'hand_back',
    ]);
    expect(platformActions({ ...waiting, category: 'after_sale' })).to.include('refund');
    expect(platformActions({ ...waiting, status: 'awaiting_buyer' })).not.to.include('hand_back');
    expect(platformActions({ ...waiting, status: 'resolved' })).to.deep.equal(['close']);
    expect(platformActions({ ...waiting, status: 'closed' })).to.deep.equal([]);
    expect(
      platformActions({ ...waiting, handler: 'seller', status: 'awaiting_seller' }),
    ).to.deep.equal([]);
    expect(afterPlatformAction(waiting, 'hand_back')).to.equal('awaiting_seller');
    expect(afterPlatformAction(waiting, 'reply')).to.equal('awaiting_buyer');
    expect(afterPlatformAction(waiting, 'close')).to.equal('closed');
    expect(() => afterPlatformAction({ ...waiting, status: 'closed' }, 'reply')).to.throw(
      RangeError,
    );
  });
});

describe('question state machine', () => {
  const preSale = { category: 'pre_sale', handler: 'seller' } as const;
  const afterSale = { category: 'after_sale', handler: 'seller' } as const;

  it('lets the seller reply, resolve and escalate pre-sales questions awaiting them', () => {
    expect(sellerActions({ ...preSale, status: 'awaiting_seller' })).to.have.members([
      'reply',
      'reply_and_resolve',
      'resolve',
      'escalate',
    ]);
    expect(sellerActions({ ...preSale, status: 'awaiting_buyer' })).to.include('reply');
  });

  it('closes after-sales issues with a refund, never with reply-and-resolve', () => {
    const actions = sellerActions({ ...afterSale, status: 'awaiting_seller' });
    expect(actions).to.have.members(['reply', 'refund', 'escalate']);
    expect(actions).not.to.include('reply_and_resolve');
  });

  it('gives the seller nothing to do on closed, resolved, platform or platform-handled questions', () => {
    for (const status of ['closed', 'resolved', 'awaiting_platform'] as const) {
      expect(sellerActions({ ...preSale, status })).to.deep.equal([]);
    }
    expect(
      sellerActions({ category: 'pre_sale', handler: 'platform', status: 'awaiting_buyer' }),
    ).to.deep.equal([]);
    expect(() => afterSellerAction({ ...preSale, status: 'closed' }, 'reply')).to.throw(RangeError);
  });

  it('moves a question to where each seller action leads', () => {
    const open = { ...preSale, status: 'awaiting_seller' } as const;
    expect(afterSellerAction(open, 'reply')).to.equal('awaiting_buyer');
    expect(afterSellerAction(open, 'reply_and_resolve')).to.equal('resolved');
    expect(afterSellerAction(open, 'escalate')).to.equal('awaiting_platform');
    expect(afterSellerAction({ ...afterSale, status: 'awaiting_seller' }, 'refund')).to.equal(
      'resolved',
    );
  });

  it('reopens answered and resolved questions on a buyer follow-up, with a new clock', () => {
    expect(afterBuyerMessage({ ...preSale, status: 'awaiting_buyer' })).to.deep.equal({
      status: 'awaiting_seller',
      startsClock: true,
      reopens: false,
    });
    expect(afterBuyerMessage({ ...preSale, status: 'resolved' })).to.deep.equal({
      status: 'awaiting_seller',
      startsClock: true,
      reopens: true,
    });
  });

  it('keeps a running clock when the buyer adds to an unanswered question', () => {
    expect(afterBuyerMessage({ ...preSale, status: 'awaiting_seller' })).to.deep.equal({
      status: 'awaiting_seller',
      startsClock: false,
      reopens: false,
    });
  });

  it('returns platform-handled questions to the platform, without a seller clock', () => {
    expect(
      afterBuyerMessage({ category: 'after_sale', handler: 'platform', status: 'awaiting_buyer' }),
    ).to.deep.equal({ status: 'awaiting_platform', startsClock: false, reopens: false });
  });

  it('never reopens a closed question', () => {
    expect(canFollowUp({ ...preSale, status: 'closed' })).to.be.false;
    expect(canFollowUp({ ...preSale, status: 'resolved' })).to.be.true;
    expect(() => afterBuyerMessage({ ...preSale, status: 'closed' })).to.throw(RangeError);
  });

  it('hands late after-sales questions to the platform and leaves others with the seller', () => {
    expect(afterDeadline({ ...afterSale, status: 'awaiting_seller' })).to.equal(
      'awaiting_platform',
    );
    expect(afterDeadline({ ...preSale, status: 'awaiting_seller' })).to.equal('awaiting_seller');
  });

  it('lets buyers rate a seller answer once', () => {
    expect(canRate({ author: 'seller' })).to.be.true;
    expect(canRate({ author: 'seller', rating: { satisfied: true } })).to.be.false;
    expect(canRate({ author: 'platform' })).to.be.false;
    expect(canRate({ author: 'buyer' })).to.be.false;
  });
});
