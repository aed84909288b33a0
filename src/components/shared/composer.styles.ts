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
  .attachments {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .attachment {
    position: relative;
    display: grid;
    gap: calc(var(--_space) * 0.5);
    inline-size: 7rem;
    padding: calc(var(--_space) * 0.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    font-size: var(--_font-size-small);
  }
  .attachment[data-status='uploading'] img {
    opacity: 0.5;
  }
  .attachment[data-status='failed'] {
    border-color: var(--_danger);
  }
  .attachment img {
    inline-size: 100%;
    block-size: 4.5rem;
    object-fit: cover;
    border-radius: var(--_radius-small);
  }
  .attachment .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .remove {
    position: absolute;
    inset-block-start: 0.25rem;
    inset-inline-end: 0.25rem;
    min-block-size: 1.75rem;
    inline-size: 1.75rem;
    padding: 0;
    border-radius: 999px;
    font-size: 1.1rem;
    line-height: 1;
  }
  ul.field-error {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: flex-end;
  }
`;
