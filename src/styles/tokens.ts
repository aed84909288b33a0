// Design tokens. A host themes every element with the public `--sq-*` custom properties; inside,
// elements use the private `--_*` ones, which fall back (one level) to the defaults here. Light
// and dark follow the user's preference unless the host sets `--sq-color-scheme: light | dark`.
import { css } from 'lit';

export const tokens = css`
  :host {
    color-scheme: var(--sq-color-scheme, light dark);

    --_accent: var(--sq-color-accent, light-dark(#1d4ed8, #8ab4ff));
    --_on-accent: var(--sq-color-on-accent, light-dark(#ffffff, #0b1020));
    --_surface: var(--sq-color-surface, light-dark(#ffffff, #16181d));
    --_surface-raised: var(--sq-color-surface-raised, light-dark(#f4f6f9, #20232b));
    --_text: var(--sq-color-text, light-dark(#1a1d23, #e8eaef));
    --_text-muted: var(--sq-color-text-muted, light-dark(#555c69, #a9afbb));
    --_border: var(--sq-color-border, light-dark(#c9ced8, #434957));
    --_danger: var(--sq-color-danger, light-dark(#b42318, #ff9b8f));
    --_warning: var(--sq-color-warning, light-dark(#8a5100, #ffc266));
    --_success: var(--sq-color-success, light-dark(#17723a, #72dd92));
    --_info: var(--sq-color-info, light-dark(#1d4ed8, #8ab4ff));
    --_focus: var(--sq-color-focus, light-dark(#1d4ed8, #8ab4ff));
    --_buyer-bubble: var(--sq-color-buyer-bubble, light-dark(#eef2ff, #252b40));
    --_seller-bubble: var(--sq-color-seller-bubble, light-dark(#f4f6f9, #20232b));

    --_font: var(--sq-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--sq-font-size, 1rem);
    --_font-size-small: var(--sq-font-size-small, 0.875rem);
    --_font-size-large: var(--sq-font-size-large, 1.125rem);
    --_font-weight-strong: var(--sq-font-weight-strong, 600);
    --_line-height: var(--sq-line-height, 1.5);

    --_space: var(--sq-space, 0.5rem);
    --_radius: var(--sq-radius, 0.5rem);
    --_radius-small: var(--sq-radius-small, 0.25rem);
    --_shadow: var(--sq-shadow, 0 1px 2px rgb(0 0 0 / 0.12), 0 8px 24px rgb(0 0 0 / 0.12));
    --_motion: var(--sq-motion-duration, 150ms);

    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_motion: 0ms;
    }
  }
`;
