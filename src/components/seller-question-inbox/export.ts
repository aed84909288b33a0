// "Export": the seller downloads the questions or the metrics of a date range as CSV, in the
// inbox's language and number format. Loaded on demand when the seller first clicks Export (the
// inbox's first load carries the button only). The days are the seller's local days; the CSV is
// built here, in the browser, from the rows the backend pages out (GET /exports/questions) or
// the metrics of the range (GET /metrics?from&to).
import { css, html, LitElement, nothing } from 'lit';
import { query } from 'lit/decorators/query.js';
import { state } from 'lit/decorators/state.js';
import type { SellerQuestionsClient } from '../../api/client.js';
import { AbortedError } from '../../api/errors.js';
import { exportQuestions, type ExportProgress } from '../../api/exports.js';
import { LocaleController } from '../../controllers/locale.js';
import { defineElement } from '../define.js';
import { formatNumber } from '../../i18n/format.js';
import { msg, str } from '../../i18n/localize.js';
import { errorText } from '../shared/error-text.js';
import { renderDialogActions } from './dialog-actions.js';
import { dialogViewStyles } from './dialog.styles.js';
import { exportFileName, metricsCsv, questionsCsv, type ExportDays } from './export-csv.js';

/** The longest range the backend exports, in days (queries.ts MAX_RANGE_DAYS). */
const MAX_DAYS = 366;
const DAY_MS = 86_400_000;

/** A local day as a date input holds it: `2026-11-30`. */
export function dayOf(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local midnight at the start of a day `2026-11-30`. */
function startOf(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date);
}

/** A day `count` days after (or before) `day`, in local days (daylight saving time included). */
function addDays(day: string, count: number): string {
  const start = startOf(day);
  return dayOf(new Date(start.getFullYear(), start.getMonth(), start.getDate() + count));
}

export type ExportPreset = 'last_7' | 'last_30' | 'last_90' | 'last_month';

/** The days of a preset, ending today (`last_month`: the calendar month before this one). */
export function presetDays(preset: ExportPreset, today: string): ExportDays {
  if (preset === 'last_month') {
    const start = startOf(today);
    return {
      first: dayOf(new Date(start.getFullYear(), start.getMonth() - 1, 1)),
      last: dayOf(new Date(start.getFullYear(), start.getMonth(), 0)),
    };
  }
  const count = { last_7: 7, last_30: 30, last_90: 90 }[preset];
  return { first: addDays(today, 1 - count), last: today };
}

/**
 * The request's range for local days: from the first day's start (the range excludes its
 * start, so one millisecond before) to the end of the last day, or now when that is later.
 */
export function rangeOfDays(days: ExportDays, now: number): { from: string; to: string } {
  const from = startOf(days.first).getTime() - 1;
  const end = startOf(addDays(days.last, 1)).getTime();
  return { from: new Date(from).toISOString(), to: new Date(Math.min(end, now)).toISOString() };
}

/** Saves text as a file through a link with `download`; the object URL is revoked after. */
function download(text: string, name: string, root: HTMLElement | DocumentFragment) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

/**
 * @summary Internal: the export dialog.
 * @csspart dialog - The dialog.
 */
export class SqInboxExport extends LitElement {
  static override styles = [
    ...dialogViewStyles,
    css`
      .days {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space);
      }
      .presets {
        display: flex;
        flex-wrap: wrap;
        gap: calc(var(--_space) * 0.5);
      }
      .presets button {
        min-block-size: 2rem;
        padding-inline: var(--_space);
      }
      fieldset label {
        display: flex;
        gap: calc(var(--_space) * 0.5);
        align-items: center;
      }
    `,
  ];

  /** The element that opened the dialog; its client is the one to export with. */
  host: ExportHost | null = null;

  @state() private days: ExportDays = presetDays('last_30', dayOf(new Date()));
  @state() private what: 'questions' | 'metrics' = 'questions';
  @state() private error: string | null = null;
  @state() private failure: string | null = null;
  @state() private progress: ExportProgress | null = null;
  @state() private busy = false;
  @query('dialog') private dialog?: HTMLDialogElement;
  #abort: AbortController | null = null;

  constructor() {
    super();
    new LocaleController(this);
  }

  /** Opens the dialog, keeping the choices of the last time. */
  async show() {
    await this.updateComplete;
    this.error = null;
    this.failure = null;
    this.dialog?.showModal();
  }

  /** What is wrong with the chosen days, or null. */
  #check(today: string): string | null {
    const { first, last } = this.days;
    if (!first || !last)
      return msg('Choose the first and the last day.', { id: 'export.days_required' });
    if (first > last) {
      return msg('The first day must not be after the last.', { id: 'export.days_order' });
    }
    if (last > today)
      return msg('The last day must not be after today.', { id: 'export.days_future' });
    const days = Math.round((startOf(last).getTime() - startOf(first).getTime()) / DAY_MS) + 1;
    if (days > MAX_DAYS) {
      return msg(str`Choose at most ${formatNumber(MAX_DAYS)} days.`, { id: 'export.days_max' });
    }
    return null;
  }

  async #download() {
    const client = this.host?.client;
    if (this.busy) return;
    if (!client) {
      this.failure = msg('This inbox is not connected to a backend yet.', {
        id: 'inbox.unconfigured',
      });
      return;
    }
    const now = Date.now();
    this.error = this.#check(dayOf(new Date(now)));
    if (this.error) return;
    const days = this.days;
    const what = this.what;
    const range = rangeOfDays(days, now);
    const abort = (this.#abort = new AbortController());
    this.busy = true;
    this.failure = null;
    this.progress = null;
    try {
      const text =
        what === 'questions'
          ? questionsCsv(
              await exportQuestions(client, range, {
                signal: abort.signal,
                onProgress: (progress) => {
                  this.progress = progress;
                },
              }),
            )
          : metricsCsv(await client.getMetrics(range, { signal: abort.signal }), days);
      download(text, exportFileName(what, days), this.renderRoot);
      this.dialog?.close();
    } catch (error) {
      // Cancelled: the dialog stays as it was, ready to download again.
      if (!(error instanceof AbortedError) && !abort.signal.aborted)
        this.failure = errorText(error);
    } finally {
      if (this.#abort === abort) this.#abort = null;
      this.busy = false;
      this.progress = null;
    }
  }

  #cancel() {
    if (this.#abort) {
      this.#abort.abort();
      return;
    }
    this.dialog?.close();
  }

  #preset(preset: ExportPreset) {
    this.days = presetDays(preset, dayOf(new Date()));
    this.error = null;
  }

  protected override render() {
    const today = dayOf(new Date());
    const presets: [ExportPreset, string][] = [
      ['last_7', msg('Last 7 days', { id: 'export.last_7' })],
      ['last_30', msg('Last 30 days', { id: 'export.last_30' })],
      ['last_90', msg('Last 90 days', { id: 'export.last_90' })],
      ['last_month', msg('Last month', { id: 'export.last_month' })],
    ];
    const progress = this.progress;
    const day = (which: keyof ExportDays) => (event: Event) => {
      this.days = { ...this.days, [which]: (event.target as HTMLInputElement).value };
      this.error = null;
    };
    return html`<dialog
      part="dialog"
      aria-labelledby="export-title"
      @cancel=${(event: Event) => {
        // Escape while downloading cancels the download first.
        if (this.busy) {
          event.preventDefault();
          this.#cancel();
        }
      }}
    >
      <h2 id="export-title">${msg('Export as CSV', { id: 'export.title' })}</h2>
      <p class="muted">
        ${msg('For a spreadsheet, in your language and number format. Days are in your time zone.', { id: 'export.text' })}
      </p>
      <fieldset ?disabled=${this.busy}>
        <legend>${msg('What', { id: 'export.what' })}</legend>
        <label
          ><input
            type="radio"
            name="what"
            value="questions"
            .checked=${this.what === 'questions'}
            @change=${() => (this.what = 'questions')}
          />${msg('Questions, one per row', { id: 'export.what_questions' })}</label
        >
        <label
          ><input
            type="radio"
            name="what"
            value="metrics"
            .checked=${this.what === 'metrics'}
            @change=${() => (this.what = 'metrics')}
          />${msg('Performance figures', { id: 'export.what_metrics' })}</label
        >
      </fieldset>
      <fieldset ?disabled=${this.busy}>
        <legend>${msg('Days', { id: 'export.days' })}</legend>
        <div class="presets">
          ${presets.map(
            ([preset, label]) =>
              html`<button
                type="button"
                data-preset=${preset}
                @click=${() => {
                  this.#preset(preset);
                }}
              >
                ${label}
              </button>`,
          )}
        </div>
        <div class="days">
          <div class="field">
            <label for="first">${msg('First day', { id: 'export.first_day' })}</label>
            <input
              id="first"
              type="date"
              max=${today}
              .value=${this.days.first}
              aria-invalid=${this.error ? 'true' : 'false'}
              aria-describedby=${this.error ? 'days-error' : nothing}
              @input=${day('first')}
            />
          </div>
          <div class="field">
            <label for="last">${msg('Last day', { id: 'export.last_day' })}</label>
            <input
              id="last"
              type="date"
              max=${today}
              .value=${this.days.last}
              aria-invalid=${this.error ? 'true' : 'false'}
              aria-describedby=${this.error ? 'days-error' : nothing}
              @input=${day('last')}
            />
          </div>
        </div>
        ${this.error ? html`<p id="days-error" class="field-error" role="alert">${this.error}</p>` : nothing}
      </fieldset>
      ${
        this.busy
          ? html`<p class="muted" role="status" part="progress">
              ${
                progress
                  ? msg(
                      str`${formatNumber(progress.done)} of ${formatNumber(progress.total)} questions…`,
                      { id: 'export.progress' },
                    )
                  : msg('Preparing…', { id: 'export.preparing' })
              }
            </p>`
          : nothing
      }
      ${this.failure ? html`<div class="notice" data-tone="error" role="alert">${this.failure}</div>` : nothing}
      ${renderDialogActions({
        busy: this.busy,
        label: this.failure
          ? msg('Try again', { id: 'common.try_again' })
          : msg('Download', { id: 'export.download' }),
        onCancel: () => {
          this.#cancel();
        },
        onConfirm: () => void this.#download(),
        stoppable: true,
      })}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sq-inbox-export': SqInboxExport;
  }
}

/** What the dialog needs of the element that opens it: where to live, and the client. */
export interface ExportHost {
  renderRoot: HTMLElement | DocumentFragment;
  client: SellerQuestionsClient | null;
}

/**
 * Opens the export dialog in `host`'s shadow root (made there the first time). The client is
 * read from `host` when the seller downloads: the inbox may hand it over after the button shows.
 */
export async function openExport(host: ExportHost) {
  defineElement('sq-inbox-export', SqInboxExport);
  let dialog = host.renderRoot.querySelector('sq-inbox-export');
  if (!dialog) {
    dialog = document.createElement('sq-inbox-export');
    dialog.host = host;
    host.renderRoot.append(dialog);
  }
  await dialog.show();
}
