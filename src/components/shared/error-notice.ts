// The notice an element shows when what it needs could not load. A module of its own: in the CDN
// bundle it then goes with the elements that show it first, not into the file every element loads.
import { html, nothing } from 'lit';
import { msg } from '../../i18n/localize.js';

/**
 * An error notice: `text` and, when trying again may help, a "Retry" button that calls
 * `onRetry` (without one the notice informs: a setup or sign-in problem).
 */
export function renderErrorNotice(text: string, onRetry?: () => void) {
  return html`<div class="notice" data-tone=${onRetry ? 'error' : 'info'} part="error" role="alert">
    <span>${text}</span>
    ${onRetry ? html`<button type="button" @click=${onRetry}>${msg('Retry', { id: 'common.retry' })}</button>` : nothing}
  </div>`;
}
