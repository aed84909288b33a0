import { css } from 'lit';

export const askSellerStyles = css`
  .base {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
  }
  .header {
    display: flex;
    gap: calc(var(--_space) * 1.5);
    align-items: center;
  }
  .header img {
    inline-size: 4rem;
    block-size: 4rem;
    object-fit: cover;
    border-radius: var(--_radius-small);
    border: 1px solid var(--_border);
  }
  h2 {
    margin: 0;
    font-size: var(--_font-size-large);
  }
  .header p {
    margin: 0;
  }
  .form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block-start: var(--_space);
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.5) var(--_space);
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-weight: normal;
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_surface-raised);
  }
  .choice input {
    accent-color: var(--_accent);
    margin: 0;
  }
  .routing {
    margin: 0;
  }
  .confirmation:focus {
    outline: 2px solid var(--_focus);
  }
  dialog {
    inline-size: min(44rem, 100vw - 2rem);
    max-block-size: calc(100vh - 2rem);
    padding: 0;
    border: 1px solid #0000;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  dialog .base {
    border: 0;
  }
  .dialog-bar {
    display: flex;
    justify-content: flex-end;
    padding: var(--_space) var(--_space) 0;
  }
  .close {
    inline-size: 2.5rem;
    padding: 0;
    font-size: 1.25rem;
  }
`;
