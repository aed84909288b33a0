import { css } from 'lit';

export const listStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-block-size: 0;
    gap: var(--_space);
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--_space);
    padding-inline: calc(var(--_space) * 1.5);
    padding-block-start: calc(var(--_space) * 1.5);
  }
  .filters .search {
    grid-column: 1 / -1;
  }
  .filters label span {
    font-size: var(--_font-size-small);
  }
  .filters select,
  .filters input {
    font-weight: normal;
  }
  /* A date field's own width would stick out of a narrow column. */
  .filters input[type='date'] {
    inline-size: 100%;
    min-inline-size: 0;
    min-block-size: 2.5rem;
  }
  .filters .check {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    align-self: end;
    min-block-size: 2.5rem;
  }
  .filters .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .more,
  .filters-toggle {
    grid-column: 1 / -1;
  }
  /*
   * In a narrow inbox (a phone) the filters would leave no room for the rows: "Filters (n)"
   * shows and hides them; the search stays.
   */
  .filters-toggle {
    display: none;
    justify-self: start;
    min-block-size: 2rem;
  }
  @container sq-inbox (max-width: 40rem) {
    .filters-toggle {
      display: inline-flex;
    }
    .filters:not([data-open]) > :not(.filters-toggle, .search) {
      display: none;
    }
  }
  .more summary {
    inline-size: fit-content;
    min-block-size: 2rem;
    cursor: pointer;
    font-size: var(--_font-size-small);
  }
  .more-fields {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--_space);
    padding-block-start: var(--_space);
  }
  .more-fields .field-error {
    grid-column: 1 / -1;
    margin: 0;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space);
    margin: 0;
    padding-inline: calc(var(--_space) * 1.5);
  }
  .show-new {
    min-block-size: 2rem;
    padding-block: calc(var(--_space) * 0.25);
    padding-inline: var(--_space);
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
  }
  .state {
    margin: 0;
    padding: calc(var(--_space) * 1.5);
  }
  .state.empty {
    display: grid;
    gap: var(--_space);
    justify-items: start;
    color: var(--_text-muted);
  }
  .state.empty p {
    margin: 0;
  }
  .notice {
    margin-inline: calc(var(--_space) * 1.5);
  }
  .rows {
    flex: 1 1 auto;
    min-block-size: 0;
    border-block-start: 1px solid var(--_border);
  }
  .rows:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .row {
    display: grid;
    align-content: center;
    gap: 0.125rem;
    inline-size: 100%;
    block-size: 5.5rem;
    padding-block: calc(var(--_space) * 0.75);
    padding-inline: calc(var(--_space) * 1.5) var(--_space);
    border-block-end: 1px solid var(--_border);
    border-inline-start: 4px solid transparent;
    background: var(--_surface);
    cursor: pointer;
    overflow: hidden;
    /* A row's size never depends on its text: each one is laid out on its own. */
    contain: strict;
  }
  .row:hover {
    background: var(--_surface-raised);
  }
  .row[data-urgency='late'] {
    border-inline-start-color: var(--_danger);
  }
  .row[aria-selected='true'] {
    background: var(--_surface-raised);
    border-inline-start-color: var(--_accent);
  }
  @media (forced-colors: active) {
    .row[aria-selected='true'] {
      border-inline-start-color: Highlight;
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
  }
  .rows:focus-visible .row[data-active] {
    outline: 2px solid var(--_focus);
    outline-offset: -4px;
  }
  .line {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: var(--_space);
    min-inline-size: 0;
    white-space: nowrap;
  }
  .line > *,
  .about > * {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .line.muted {
    font-size: var(--_font-size-small);
  }
  /* What the question is about, then the product's name, which gives way first. */
  .about {
    display: flex;
    gap: 0.3em;
  }
  .about > :first-child:not(:last-child) {
    flex: none;
    max-inline-size: 70%;
  }
  /* An order's number is never cut (nor broken at its hyphens): what it is about gives way. */
  .order {
    flex: none;
    white-space: nowrap;
  }
  .about:has(.order) > :first-child {
    flex-shrink: 1;
  }
  .buyer {
    font-weight: normal;
  }
  .row[data-unread] .buyer {
    font-weight: var(--_font-weight-strong);
  }
  .new {
    margin-inline-end: calc(var(--_space) * 0.75);
    padding-inline: calc(var(--_space) * 0.5);
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
  }
  .countdown {
    flex: none;
    font-size: var(--_font-size-small);
    font-variant-numeric: tabular-nums;
    color: var(--_text-muted);
  }
  .countdown[data-tone='warn'] {
    color: var(--_warning);
  }
  .countdown[data-tone='urgent'],
  .countdown[data-tone='late'] {
    color: var(--_danger);
    font-weight: var(--_font-weight-strong);
  }
  .meta {
    flex: none;
    max-inline-size: 45%;
  }
  .snippet {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-size: var(--_font-size-small);
  }
  /*
   * In a narrow inbox (a phone) the buyer's name and the time left share a line only when both
   * fit, and what the question is about, the order's number, the country and the language flow
   * as text over as many lines as they need: nothing of them is cut. Rows are then as tall as
   * their lines (the list measures each one).
   */
  @container sq-inbox (max-width: 30rem) {
    .row {
      block-size: auto;
      padding-block: calc(var(--_space) * 0.5);
      gap: 0;
      contain: content;
    }
    .line {
      flex-wrap: wrap;
      row-gap: 0;
    }
    .line.muted {
      display: block;
      white-space: normal;
    }
    .about,
    .about > *,
    .meta {
      display: inline;
    }
    .meta::before {
      content: ' · ';
    }
  }
`;
