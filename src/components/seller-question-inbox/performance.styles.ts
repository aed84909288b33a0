import { css } from 'lit';

export const performanceStyles = css`
  .performance {
    display: grid;
    gap: var(--_space);
  }
  .title,
  h2 {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space);
    margin: 0;
    font-size: var(--_font-size-large);
  }
  h2 {
    font-size: inherit;
  }
  h2 .muted {
    font-weight: normal;
  }
  h3 {
    margin: 0;
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    justify-content: space-between;
    align-items: start;
  }
  /*
   * The header keeps its size when the figures replace their placeholders: where things wrap
   * depends on the width only (flex bases, grid tracks), never on the figures' text, and each
   * figure's line of detail has room for two lines.
   */
  dl {
    flex: 1 1 20rem;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
    gap: calc(var(--_space) * 2);
    margin: 0;
  }
  .awaiting {
    flex: 1 1 16rem;
  }
  dt {
    font-size: var(--_font-size-small);
    color: var(--_text-muted);
  }
  dd {
    display: grid;
    align-content: start;
    margin: 0;
  }
  dd .muted {
    min-block-size: 2lh;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }
  dd strong {
    font-size: var(--_font-size-large);
  }
  .badge[data-tone='none'] {
    color: var(--_text-muted);
  }
  .awaiting ul {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .awaiting button {
    gap: calc(var(--_space) * 0.5);
    min-block-size: 2rem;
  }
  .thresholds {
    margin: 0;
  }
  .notice {
    font-size: var(--_font-size-small);
  }
  /*
   * In a narrow inbox (a phone) the figures would fill the screen: the title is a disclosure
   * that shows them, so the list has room. An account at risk still says so.
   */
  .narrow {
    display: none;
    color: inherit;
    font-weight: inherit;
    text-align: start;
  }
  @container sq-inbox (max-width: 40rem) {
    /*
     * The export stays beside the title, which wraps between words to make room for it; it goes
     * below only when a word of the title would not fit beside it.
     */
    .title {
      font-size: inherit;
    }
    h2 {
      flex: 1 1 min-content;
      overflow-wrap: break-word;
    }
    .narrow {
      display: inline-flex;
    }
    .wide,
    .performance:not([data-open]) :is(h2 .muted, .figures, .thresholds, [part='at-risk'] span) {
      display: none;
    }
  }
`;
