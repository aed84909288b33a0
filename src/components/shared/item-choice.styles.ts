// A row per order item with a checkbox and, where more than one was ordered, a quantity: the
// items of an issue in <order-help> and the items to refund in the inbox.
import { css } from 'lit';

export const itemChoiceStyles = css`
  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
  }
  .item:has(input[type='checkbox']:checked) {
    border-color: var(--_accent);
    background: var(--_surface-raised);
  }
  .item input[type='checkbox'] {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .quantity {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    font-weight: normal;
  }
  .quantity input {
    inline-size: 5rem;
  }
`;
