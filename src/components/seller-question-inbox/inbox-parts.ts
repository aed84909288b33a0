// What the inbox shows where the conversation goes before one is open or while its code loads,
// and when it is not connected to a backend or its setup failed.
import { html, nothing } from 'lit';
import { ConfigurationError } from '../../api/errors.js';
import { msg } from '../../i18n/localize.js';
import { renderErrorNotice } from '../shared/error-notice.js';
import { errorText } from '../shared/error-text.js';

export function renderPlaceholder(open: string | null, failed: boolean, onRetry: () => void) {
  if (open && failed) {
    return html`<div class="notice" data-tone="error" part="error" role="alert">
      <span>
        ${msg('The conversation could not be loaded.', { id: 'inbox.conversation.failed' })}
      </span>
      <button type="button" @click=${onRetry}>${msg('Retry', { id: 'common.retry' })}</button>
    </div>`;
  }
  return html`<p class="placeholder muted" part="status">
    ${
      open
        ? msg('Loading…', { id: 'common.loading' })
        : msg('Choose a question to read it and reply.', { id: 'inbox.conversation.none' })
    }
  </p>`;
}

export function renderSetupError(connected: boolean, error: unknown, onRetry: () => void) {
  // A ConfigurationError here is the backend's: no API at its apiBase.
  if (!connected || error instanceof ConfigurationError) {
    return renderErrorNotice(
      msg('This inbox is not connected to a backend yet.', { id: 'inbox.unconfigured' }),
    );
  }
  if (!error) return nothing;
  return renderErrorNotice(errorText(error), onRetry);
}
