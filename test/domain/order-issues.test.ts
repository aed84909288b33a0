import { expect } from '@open-wc/testing';
import { orderTopicAvailability, unavailableReason } from '../../src/domain/order-issues.js';

describe('order issues per order status', () => {
  it('offers item problems only after delivery', () => {
    for (const topic of [
      'return_refund',
      'item_defective',
      'item_damaged',
      'item_missing',
    ] as const) {
      expect(unavailableReason(topic, 'delivered')).to.equal(null);
      expect(unavailableReason(topic, 'in_transit')).to.equal('not_delivered');
      expect(unavailableReason(topic, 'processing')).to.equal('not_delivered');
    }
  });

  it('allows changing or removing items only before shipping', () => {
    expect(unavailableReason('change_item', 'placed')).to.equal(null);
    expect(unavailableReason('remove_item', 'processing')).to.equal(null);
    expect(unavailableReason('change_item', 'shipped')).to.equal('already_shipped');
    expect(unavailableReason('remove_item', 'delivered')).to.equal('already_delivered');
  });

  it('allows an address change until delivery', () => {
    expect(unavailableReason('change_address', 'in_transit')).to.equal(null);
    expect(unavailableReason('change_address', 'delivered')).to.equal('already_delivered');
  });

  it('has tracking once shipped, and order status always', () => {
    expect(unavailableReason('tracking', 'processing')).to.equal('not_shipped');
    expect(unavailableReason('tracking', 'in_transit')).to.equal(null);
    expect(unavailableReason('order_status', 'placed')).to.equal(null);
  });

  it('offers only the order status on a cancelled order', () => {
    const offered = orderTopicAvailability('cancelled').filter((entry) => entry.reason === null);
    expect(offered.map((entry) => entry.topic)).to.deep.equal(['order_status']);
    expect(orderTopicAvailability('cancelled')).to.have.length(9);
  });
});
