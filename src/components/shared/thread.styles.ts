import { css } from 'lit';

export const threadStyles = css`
  .requested {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0 0 var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .requested dt {
    font-weight: var(--_font-weight-strong);
  }
  .requested dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .requested address {
    font-style: normal;
  }
  .thread {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .message {
    display: flex;
  }
  .message[data-author='seller'],
  .message[data-author='platform'] {
    justify-content: flex-start;
  }
  .message[data-author='buyer'] {
    justify-content: flex-end;
  }
  :host([viewer='seller']) .message[data-author='buyer'] {
    justify-content: flex-start;
  }
  :host([viewer='seller']) .message[data-author='seller'] {
    justify-content: flex-end;
  }
  .bubble {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    max-inline-size: min(40rem, 88%);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_seller-bubble);
    border: 1px solid var(--_border);
  }
  .message[data-author='buyer'] .bubble {
    background: var(--_buyer-bubble);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: baseline;
    font-size: var(--_font-size-small);
  }
  .author {
    font-weight: var(--_font-weight-strong);
  }
  time {
    color: var(--_text-muted);
  }
  .text {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .photos {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .photo {
    padding: 0;
    min-block-size: auto;
    border-radius: var(--_radius-small);
    overflow: hidden;
  }
  .photo img {
    display: block;
    inline-size: 5rem;
    block-size: 4rem;
    object-fit: cover;
  }
  .translation {
    display: grid;
    justify-items: start;
    gap: calc(var(--_space) * 0.25);
    padding: var(--_space);
    border-inline-start: 3px solid var(--_accent);
    background: var(--_surface);
    border-radius: var(--_radius-small);
  }
  .translation p {
    margin: 0;
  }
  .download {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    font-size: var(--_font-size-small);
  }
  .download progress {
    inline-size: min(100%, 16rem);
  }
  .translate-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    font-size: var(--_font-size-small);
  }
  .rating {
    display: grid;
    gap: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
    font-size: var(--_font-size-small);
  }
  .rating legend {
    /* Not in the fieldset's border (a short dash beside it): a line of its own under it. */
    float: inline-start;
    inline-size: 100%;
    padding: 0;
  }
  .rating .choices {
    display: flex;
    gap: var(--_space);
  }
  .rating [aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .rating.done[data-satisfied='true'] {
    color: var(--_success);
  }
  .rating q {
    color: var(--_text);
  }
  .event {
    justify-self: center;
    text-align: center;
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }
  dialog {
    max-inline-size: min(90vw, 60rem);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  dialog img {
    display: block;
    max-inline-size: 100%;
    max-block-size: 75vh;
    margin-block-end: var(--_space);
  }
  dialog form {
    display: flex;
    justify-content: flex-end;
  }
`;
