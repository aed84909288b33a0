// The foot of the inbox's dialogs and forms: "Cancel" and the primary button, both disabled
// while the action is under way, the primary one then busy and saying so ("Sending…").
import { html } from 'lit';
import { msg } from '../../i18n/localize.js';

export interface DialogActions {
  /** The action is under way. */
  busy: boolean;
  /** The primary button's text, and its text while busy. */
  label: string;
  busyLabel: string;
  onCancel: () => void;
  /** What the primary button does; without it, it submits its form. */
  onConfirm?: () => void;
}

export function renderDialogActions({
  busy,
  label,
  busyLabel,
  onCancel,
  onConfirm,
}: DialogActions) {
  return html`<div class="actions">
    <button type="button" ?disabled=${busy} @click=${onCancel}>
      ${msg('Cancel', { id: 'common.cancel' })}
    </button>
    <button
      type=${onConfirm ? 'button' : 'submit'}
      class="primary"
      ?disabled=${busy}
      aria-busy=${busy ? 'true' : 'false'}
      @click=${() => onConfirm?.()}
    >
      ${busy ? busyLabel : label}
    </button>
  </div>`;
}
