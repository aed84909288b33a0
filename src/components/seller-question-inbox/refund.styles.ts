import { css } from 'lit';

export const refundStyles = css`
  .refund {
    display: grid;
    gap: var(--_space);
  }
  h3 {
    margin: 0;
    font-size: var(--_font-size);
  }
  legend {
    font-weight: normal;
  }
  .items {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item > label {
    display: flex;
    flex: 1 1 16rem;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.25) var(--_space);
    font-weight: normal;
    cursor: pointer;
  }
  .item .thumb {
    --_thumb-size: 2.5rem;
  }
  .title {
    font-weight: var(--_font-weight-strong);
  }
  .summary {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .summary li {
    display: flex;
    justify-content: space-between;
    gap: var(--_space);
  }
  .summary .total {
    padding-block-start: calc(var(--_space) * 0.5);
    border-block-start: 1px solid var(--_border);
  }
`;
