import { css } from 'lit';

export const composerStyles = css`
  :host {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .meta {
    display: flex;
    justify-content: space-between;
    gap: var(--_space);
  }
  .counter {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
    font-variant-numeric: tabular-nums;
  }
  .counter.over {
    color: var(--_danger);
    font-weight: var(--_font-weight-strong);
  }
  .photos {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: flex-end;
  }
`;
