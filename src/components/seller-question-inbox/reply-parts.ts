// What the reply shows around the composer: what a template left to fill in (with "Undo"), and
// a failed send with "Try again".
import { html, nothing } from 'lit';
import { formatList } from '../../i18n/format.js';
import { isolate, msg, str } from '../../i18n/localize.js';
import { isAuthProblem } from '../shared/error-text.js';
import { answerLost, sendFailureText, sentBefore } from '../shared/send-outcome.js';

export interface TemplateNote {
  title: string;
  missing: string[];
  unknown: string[];
  /** The text the template replaced, for "Undo". */
  previous: string;
}

/** `{a}, {b}, and {c}`, in the reader's language. */
export const braces = (names: readonly string[]) => formatList(names.map((name) => `{${name}}`));

/** What a template note says, sentence by sentence (shown, and read out once). */
export function templateNoteTexts(note: TemplateNote): string[] {
  const title = note.title;
  const texts = [
    msg(str`Template “${isolate(title)}” inserted; you can still edit the text.`, {
      id: 'inbox.reply.template_inserted',
    }),
  ];
  if (note.missing.length) {
    texts.push(
      msg(str`Not known for this question, fill in yourself: ${braces(note.missing)}.`, {
        id: 'inbox.reply.template_missing',
      }),
    );
  }
  if (note.unknown.length) {
    texts.push(
      msg(
        str`The template uses ${braces(note.unknown)}, which the inbox cannot fill: replace it yourself.`,
        { id: 'inbox.reply.template_unknown' },
      ),
    );
  }
  return texts;
}

/** The note; not a live region itself (inserted with its text, it might go unread). */
export function renderTemplateNote(note: TemplateNote, onUndo: () => void) {
  return html`<div
    class="notice template-note"
    part="template-note"
    data-tone=${note.missing.length || note.unknown.length ? 'warning' : 'success'}
  >
    ${templateNoteTexts(note).map((text) => html`<span>${text}</span>`)}
    <button type="button" class="link" @click=${onUndo}>
      ${msg('Undo', { id: 'inbox.reply.undo_template' })}
    </button>
  </div>`;
}

/** The failed reply with "Try again" (disabled while sending and during a Retry-After). */
export function renderSendFailure(error: unknown, disabled: boolean, onRetry: () => void) {
  const auth = isAuthProblem(error);
  // Its text says what is known of the send; an earlier one that arrived is not sent again.
  const known = answerLost(error) || sentBefore(error);
  return html`<div class="notice" data-tone="error" part="error" role="alert">
    <span>
      ${sendFailureText(error)}
      ${
        auth || known
          ? nothing
          : msg('Your reply is kept and will not be sent twice.', { id: 'inbox.reply.kept' })
      }
    </span>
    ${
      auth || sentBefore(error)
        ? nothing
        : html`<button type="button" ?disabled=${disabled} @click=${onRetry}>
            ${msg('Try again', { id: 'common.try_again' })}
          </button>`
    }
  </div>`;
}
