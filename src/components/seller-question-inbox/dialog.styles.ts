import { css } from 'lit';
import { badges } from '../../styles/badges.js';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';

/** The inbox's modal dialogs (refund confirmation, escalation). */
export const dialogStyles = css`
  dialog {
    inline-size: min(32rem, 100vw - 2rem);
    max-block-size: calc(100vh - 2rem);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
  }
  dialog[open] {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  /* The backdrop dims the page whatever the scheme; a host may set its own. */
  dialog::backdrop {
    background: var(--sq-color-backdrop, rgb(0 0 0 / 0.5));
  }
  dialog h2 {
    margin: 0;
    font-size: var(--_font-size-large);
  }
  dialog p {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: flex-end;
  }
`;

/** What each of the inbox's views with a dialog starts its styles from. */
export const dialogViewStyles = [tokens, controls, badges, dialogStyles] as const;
