// Shared styles of the controls every element uses: its frame, buttons, fields, notices, and the
// visually-hidden helper for text meant for screen readers. Badges are in badges.ts.
import { css } from 'lit';

export const controls = css`
  :host {
    display: block;
    /* Reflow at 320 px in every language: a long word (German compounds, an e-mail address,
       a tracking number) breaks rather than widening a grid column past the element. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* The element's frame (its "base" part); each element lays out what is inside. */
  .base {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* A picture that does not load (a product's, a photo's) shows an empty box, not the browser's
     broken-image icon: only a broken image renders its ::after. */
  img {
    position: relative;
  }
  img::after {
    content: '';
    position: absolute;
    inset: 0;
    background: var(--_surface-raised);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 0.75);
    min-block-size: 2.5rem;
    padding-block: calc(var(--_space) * 0.75);
    padding-inline: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    transition:
      background-color var(--_motion),
      border-color var(--_motion);
  }
  button:hover:not(:disabled, [aria-disabled='true']) {
    border-color: var(--_accent);
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: var(--_font-weight-strong);
  }
  /* At least 24 px high: a target of its own (WCAG 2.5.8), where text alone is 21 px. */
  button.link {
    min-block-size: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
  }
  /* aria-disabled: busy buttons keep the focus (a disabled one drops it to the page). */
  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  input[type='text'],
  input[type='search'],
  input[type='number'],
  input[type='tel'],
  select,
  textarea {
    inline-size: 100%;
    min-block-size: 2.5rem;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
  }
  textarea {
    resize: vertical;
    min-block-size: 6rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  label,
  legend {
    font-weight: var(--_font-weight-strong);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .hint,
  .muted {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }
  .field-error {
    color: var(--_danger);
    font-size: var(--_font-size-small);
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_info);
    border-radius: var(--_radius-small);
    background: var(--_surface-raised);
  }
  .notice[data-tone='error'] {
    border-color: var(--_danger);
  }
  .notice[data-tone='success'] {
    border-color: var(--_success);
  }
  .notice[data-tone='warning'] {
    border-color: var(--_warning);
  }
`;
