// The foot of the inbox's dialogs and forms: "Cancel" and the primary button, both disabled
// while the action is under way, the primary one then busy and saying so ("Sending…"). An action
// that "Cancel" stops (a download, a publication) keeps both usable instead.
import { html } from 'lit';
import { msg } from '../../i18n/localize.js';

export interface DialogActions {
  /** The action is under way. */
  busy: boolean;
  /** The primary button's text, and its text while busy (the same without one). */
  label: string;
  busyLabel?: string;
  onCancel: () => void;
  /** What the primary button does; without it, it submits its form. */
  onConfirm?: () => void;
  /**
   * "Cancel" stops the action under way: it stays enabled, and the primary button is only
   * `aria-disabled` meanwhile, so the focus stays on it (`onConfirm` ignores clicks while busy).
   */
  stoppable?: boolean;
}

export function renderDialogActions({
  busy,
  label,
  busyLabel,
  onCancel,
  onConfirm,
  stoppable = false,
}: DialogActions) {
  const disabled = busy && !stoppable;
  return html`<div class="actions">
    <button type="button" ?disabled=${disabled} @click=${onCancel}>
      ${msg('Cancel', { id: 'common.cancel' })}
    </button>
    <button
      type=${onConfirm ? 'button' : 'submit'}
      class="primary"
      ?disabled=${disabled}
      aria-disabled=${busy ? 'true' : 'false'}
      aria-busy=${busy ? 'true' : 'false'}
      @click=${() => onConfirm?.()}
    >
      ${busy ? (busyLabel ?? label) : label}
    </button>
  </div>`;
}
