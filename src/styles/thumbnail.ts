// A product's or an order item's picture beside its name (or the empty frame where it has none):
// a small square, cropped, framed. `--_thumb-size` sets its size (3rem).
import { css } from 'lit';

export const thumbnail = css`
  .thumb {
    flex: none;
    inline-size: var(--_thumb-size, 3rem);
    block-size: var(--_thumb-size, 3rem);
    object-fit: cover;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface-raised);
  }
`;
