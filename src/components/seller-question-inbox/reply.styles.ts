import { css } from 'lit';

export const replyStyles = css`
  .reply {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  h3 {
    margin: 0;
    font-size: var(--_font-size);
  }
  .options {
    display: grid;
    /* The language as wide as its longest name ("English (the buyer's language)"), the
       templates the rest; both from the top, whatever the templates' field has below. */
    grid-template-columns: minmax(10rem, max-content) minmax(14rem, 1fr);
    gap: var(--_space);
    align-items: start;
  }
  @container (max-width: 36rem) {
    .options {
      grid-template-columns: 1fr;
    }
  }
  select {
    font-weight: normal;
  }
  sq-composer {
    /* The composer's hidden file input is placed in it: inside the pane that scrolls, not at
       the page's height (which made the page scroll on past the inbox). */
    position: relative;
  }
  .picker {
    display: flex;
    gap: var(--_space);
  }
  .picker select {
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  .picker button {
    flex: none;
  }
  .template-note {
    font-size: var(--_font-size-small);
  }

  .write-own {
    display: grid;
    gap: var(--_space);
  }
  .check {
    display: flex;
    gap: calc(var(--_space) * 0.5);
    align-items: center;
  }
  .translate-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .translate-row p {
    margin: 0;
    font-size: var(--_font-size-small);
  }
`;
