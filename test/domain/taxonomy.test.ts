import { expect } from '@open-wc/testing';
import { topicValues } from '../../src/api/generated/enums.js';
import {
  asksForPhotos,
  categoryOf,
  CATEGORIES,
  isOpen,
  isTopic,
  needsItems,
  needsOrder,
  TOPICS_BY_CATEGORY,
} from '../../src/domain/taxonomy.js';

describe('taxonomy', () => {
  it('puts every topic of the contract in exactly one category', () => {
    const listed = CATEGORIES.flatMap((category) => [...TOPICS_BY_CATEGORY[category]]);
    expect([...listed].sort()).to.deep.equal([...topicValues].sort());
  });

  it('has the categories and topics of the product', () => {
    expect(TOPICS_BY_CATEGORY.pre_sale).to.deep.equal(['product', 'shop']);
    expect(TOPICS_BY_CATEGORY.after_sale).to.deep.equal([
      'return_refund',
      'item_defective',
      'item_damaged',
      'item_missing',
    ]);
    expect(TOPICS_BY_CATEGORY.order_service).to.deep.equal([
      'change_item',
      'remove_item',
      'change_address',
      'order_status',
      'tracking',
    ]);
  });

  it('finds the category of a topic and rejects unknown topics', () => {
    expect(categoryOf('tracking')).to.equal('order_service');
    expect(categoryOf('item_missing')).to.equal('after_sale');
    expect(() => categoryOf('gift_wrap' as never)).to.throw(RangeError, /Unknown topic/);
    expect(isTopic('shop')).to.be.true;
    expect(isTopic('gift_wrap')).to.be.false;
    expect(isTopic(3)).to.be.false;
  });

  it('knows which topics need an order, items or photos', () => {
    expect(needsOrder('pre_sale')).to.be.false;
    expect(needsOrder('after_sale')).to.be.true;
    expect(needsItems('item_damaged')).to.be.true;
    expect(needsItems('change_address')).to.be.false;
    expect(asksForPhotos('item_defective')).to.be.true;
    expect(asksForPhotos('item_missing')).to.be.false;
  });

  it('treats resolved and closed as not open', () => {
    expect(isOpen('awaiting_platform')).to.be.true;
    expect(isOpen('resolved')).to.be.false;
    expect(isOpen('closed')).to.be.false;
  });
});
