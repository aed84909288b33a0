// Design tokens. A host themes every element with the public `--sq-*` custom properties; inside,
// elements use the private `--_*` ones, which fall back (one level) to the defaults here. Light
// and dark follow the user's preference unless the host sets `--sq-color-scheme: light | dark`.
// The comment on each line is the token's documentation: custom-elements.json and
// docs/theming.md are generated from it.
import { css } from 'lit';

export const tokens = css`
  :host {
    color-scheme: var(
      --sq-color-scheme,
      light dark
    ); /* light, dark, or "light dark" to follow the user (default). */

    --_accent: var(
      --sq-color-accent,
      light-dark(#1d4ed8, #8ab4ff)
    ); /* Buttons, links, selected choices. */
    --_on-accent: var(
      --sq-color-on-accent,
      light-dark(#ffffff, #0b1020)
    ); /* Text on the accent colour. */
    --_surface: var(
      --sq-color-surface,
      light-dark(#ffffff, #16181d)
    ); /* Background of the element and its fields. */
    --_surface-raised: var(
      --sq-color-surface-raised,
      light-dark(#f4f6f9, #20232b)
    ); /* Background of notices, selected rows and panels. */
    --_text: var(--sq-color-text, light-dark(#1a1d23, #e8eaef)); /* Body text. */
    --_text-muted: var(
      --sq-color-text-muted,
      light-dark(#555c69, #a9afbb)
    ); /* Secondary text: hints, times, counters. */
    --_border: var(
      --sq-color-border,
      light-dark(#888888, #6b7180)
    ); /* Borders of fields, cards and rows. */
    --_danger: var(
      --sq-color-danger,
      light-dark(#b42318, #ff9b8f)
    ); /* Errors, late countdowns, at-risk standing. */
    --_warning: var(
      --sq-color-warning,
      light-dark(#8a5100, #ffc266)
    ); /* Warnings: countdowns below 12 hours. */
    --_success: var(
      --sq-color-success,
      light-dark(#17723a, #72dd92)
    ); /* Confirmations, resolved states, good standing. */
    --_info: var(--sq-color-info, light-dark(#1d4ed8, #8ab4ff)); /* Information notices. */
    --_focus: var(--sq-color-focus, light-dark(#1d4ed8, #8ab4ff)); /* The focus ring. */
    --_buyer-bubble: var(
      --sq-color-buyer-bubble,
      light-dark(#eef2ff, #252b40)
    ); /* Background of the buyer's messages. */
    --_seller-bubble: var(
      --sq-color-seller-bubble,
      light-dark(#f4f6f9, #20232b)
    ); /* Background of the seller's and customer service's messages. */

    --_font: var(
      --sq-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      sans-serif
    ); /* Font family. */
    --_font-size: var(--sq-font-size, 1rem); /* Base font size. */
    --_font-size-small: var(--sq-font-size-small, 0.875rem); /* Small text: hints, badges, times. */
    --_font-size-large: var(--sq-font-size-large, 1.125rem); /* Headings. */
    --_font-weight-strong: var(--sq-font-weight-strong, 600); /* Labels, headings and emphasis. */
    --_line-height: var(--sq-line-height, 1.5); /* Line height. */

    --_space: var(
      --sq-space,
      0.5rem
    ); /* The spacing unit; gaps and paddings are multiples of it. */
    --_radius: var(--sq-radius, 0.5rem); /* Corner radius of cards, dialogs and buttons. */
    --_radius-small: var(--sq-radius-small, 0.25rem); /* Corner radius of fields and thumbnails. */
    --_shadow: var(
      --sq-shadow,
      0 1px 2px rgb(0 0 0 / 0.12),
      0 8px 24px rgb(0 0 0 / 0.12)
    ); /* Elevation of dialogs. */
    --_motion: var(
      --sq-motion-duration,
      150ms
    ); /* Duration of transitions (0 when the user prefers reduced motion). */

    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_motion: 0ms; /* Duration of transitions (0 when the user prefers reduced motion). */
    }
  }
`;
