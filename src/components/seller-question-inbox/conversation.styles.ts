import { css } from 'lit';

export const conversationStyles = css`
  .conversation {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
  }
  .no-response {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .head {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .head .back {
    justify-self: start;
  }
  :host(:not([narrow])) .head .back {
    display: none;
  }
  h2 {
    margin: 0;
    font-size: var(--_font-size-large);
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 2px solid var(--_focus);
  }
  h3 {
    margin: 0;
    font-size: var(--_font-size);
  }
  .head p {
    margin: 0;
  }
  .state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .notice:focus {
    outline: 2px solid var(--_focus);
  }
  .context {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .context p {
    margin: 0;
  }
  .product,
  .order-item {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  /* On the raised context box. */
  .context .thumb {
    background: var(--_surface);
  }
  .order-items {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .order-item .title {
    display: flex;
    flex: 1 1 auto;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) var(--_space);
    align-items: baseline;
  }
  .order-item .price {
    /* Wraps ("2 ×" over the price) rather than pushing the row past a 320 px screen. */
    flex: 0 1 auto;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .total {
    display: flex;
    justify-content: space-between;
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  .context a {
    color: var(--_accent);
  }
  .no-reply {
    display: grid;
    gap: var(--_space);
  }
  .kept {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    justify-items: start;
  }
  .kept-text {
    margin: 0;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius-small);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  sq-inbox-escalate {
    justify-self: start;
  }
`;
