// Status badges: a question's status, an order's, the reply countdown, the seller's standing.
// Only the views that show one take them (not every element's first load, as controls.ts).
import { css } from 'lit';

export const badges = css`
  .badge {
    display: inline-block;
    padding: 0 var(--_space);
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: var(--_font-size-small);
    white-space: nowrap;
  }
  .badge[data-tone='warn'] {
    color: var(--_warning);
  }
  .badge[data-tone='urgent'],
  .badge[data-tone='late'] {
    color: var(--_danger);
  }
  .badge[data-tone='late'] {
    font-weight: var(--_font-weight-strong);
  }
  .badge[data-tone='done'] {
    color: var(--_success);
  }
`;
