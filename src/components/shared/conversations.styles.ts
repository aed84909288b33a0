import { css } from 'lit';

export const conversationsStyles = css`
  section {
    display: grid;
    gap: var(--_space);
  }
  h3 {
    margin: 0;
    font-size: var(--_font-size-large);
  }
  .list {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .toggle {
    display: grid;
    grid-template-columns: 1fr auto;
    justify-items: start;
    gap: calc(var(--_space) * 0.5) var(--_space);
    inline-size: 100%;
    border: 0;
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    text-align: start;
    background: none;
  }
  .toggle .title {
    font-weight: var(--_font-weight-strong);
  }
  .toggle .snippet {
    grid-column: 1 / -1;
    color: var(--_text-muted);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    max-inline-size: 100%;
  }
  .dot {
    display: inline-block;
    inline-size: 0.6rem;
    block-size: 0.6rem;
    border-radius: 50%;
    background: var(--_accent);
  }
  .panel {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding: 0 calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
  }
  .panel > p {
    margin: 0;
  }
`;
