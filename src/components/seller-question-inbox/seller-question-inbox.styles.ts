import { css } from 'lit';

export const inboxStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    block-size: var(--sq-inbox-block-size, min(56rem, 90vh));
    overflow: hidden;
    /* The header and the filters fold away when the inbox itself is narrow (a phone). */
    container: sq-inbox / inline-size;
  }
  .header {
    flex: none;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border-block-end: 1px solid var(--_border);
  }
  @container sq-inbox (max-width: 40rem) {
    /* Its figures, opened, scroll in it: the list keeps a share of a phone's screen. */
    .header {
      max-block-size: 50%;
      overflow: auto;
    }
  }
  .base > .notice {
    margin-inline: calc(var(--_space) * 2);
  }
  .panes {
    display: grid;
    grid-template-columns: minmax(20rem, 26rem) minmax(0, 1fr);
    grid-template-rows: minmax(0, 1fr);
    flex: 1 1 auto;
    min-block-size: 0;
  }
  .base[data-narrow] .panes {
    grid-template-columns: minmax(0, 1fr);
  }
  .list-pane {
    min-block-size: 0;
    border-inline-end: 1px solid var(--_border);
  }
  .list-pane[data-waiting] {
    display: none;
  }
  .base[data-narrow] .list-pane {
    border-inline-end: 0;
  }
  .conversation-pane {
    min-block-size: 0;
    overflow: auto;
    padding: calc(var(--_space) * 2);
    container-type: inline-size;
  }
  [hidden] {
    display: none !important;
  }
  .placeholder {
    margin: 0;
  }
`;
