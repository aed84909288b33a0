// The seller's performance over the trailing window: CSAT, the delayed-response rate, the
// standing they give with the thresholds spelled out (from the domain, never retyped), what
// happens at risk, and how many questions await the seller per category (each a shortcut to
// those questions in the list).
import { html, nothing } from 'lit';
import { property } from 'lit/decorators/property.js';
import { state } from 'lit/decorators/state.js';
import type { SellerQuestionsClient } from '../../api/client.js';
import type { SellerMetrics } from '../../api/types.js';
import { STANDING_THRESHOLDS } from '../../domain/standing-thresholds.js';
import { CATEGORIES, type Category } from '../../domain/taxonomy.js';
import { KeptLoadController } from '../../controllers/kept-load.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import { msg, str } from '../../i18n/localize.js';
import { errorText } from '../shared/error-text.js';
import { categoryLabel, standingLabel } from '../shared/labels.js';
import { baseStyles } from '../shared/base-styles.js';
import { FirstRenderInOwnTask } from '../shared/first-render-in-own-task.js';
import { InboxEvent } from './inbox-events.js';
import { NO_FILTERS } from './list-filter.js';
import { disclosureStyles } from './disclosure.styles.js';
import { performanceStyles } from './performance.styles.js';
import { badges } from '../../styles/badges.js';

/** Also the platform queue's (platform.ts imports them from here: see there). */
export { performanceStyles };

const TONE = { good: 'done', warning: 'warn', at_risk: 'late', insufficient_data: 'none' } as const;

/**
 * @summary Internal: CSAT, delayed responses, standing and questions awaiting the seller.
 * @csspart performance - The whole header.
 * @csspart standing - The standing badge.
 * @csspart thresholds - The standing rules.
 * @csspart at-risk - The explanation shown at risk.
 * @csspart awaiting - Questions awaiting the seller per category.
 */
export class SqInboxPerformance extends FirstRenderInOwnTask {
  static override styles = [...baseStyles, badges, disclosureStyles, performanceStyles];

  @property({ attribute: false }) client: SellerQuestionsClient | null = null;

  /** In a narrow inbox: the figures are shown (else only the title, a disclosure). */
  @state() private open = false;

  readonly #metrics = new KeptLoadController(this, {
    args: () => [this.client] as const,
    // Without a client (yet: the inbox lets the list's first page go first) it waits.
    task: async ([client], signal) => (client ? client.getMetrics({}, { signal }) : null),
  });

  /** Loads the figures again (after the seller acted). */
  refresh() {
    void this.#metrics.run();
  }

  protected override render() {
    const state = this.#metrics.state;
    return html`<section
      part="performance"
      class="performance"
      aria-labelledby="performance-title"
      ?data-open=${this.open}
    >
      ${
        // Until the figures are there, the same layout with placeholders: the header keeps its
        // size when they arrive, and the list under it does not move.
        state.status === 'failed'
          ? html`${this.#renderTitle(null)}
              <div class="notice" data-tone="error" role="alert">
                <span>${errorText(state.error)}</span>
                <button type="button" @click=${() => void this.#metrics.run()}>
                  ${msg('Retry', { id: 'common.retry' })}
                </button>
              </div>`
          : // The last figures are shown while they load again.
            this.#renderMetrics(this.#metrics.last ?? null)
      }
    </section>`;
  }

  #renderTitle(metrics: SellerMetrics | null) {
    const days = metrics?.windowDays ?? 30;
    const title = msg('Customer service performance', { id: 'inbox.performance.title' });
    // In a narrow inbox (performance.styles.ts) the title is a button that shows the figures.
    // The export is beside the heading, not in it: the heading's name is its title and window.
    return html`<div class="title">
      <h2 id="performance-title">
        <span class="wide">${title}</span>
        <button
          type="button"
          class="link narrow disclosure"
          aria-expanded=${this.open ? 'true' : 'false'}
          @click=${() => {
            this.open = !this.open;
          }}
        >
          ${title}
        </button>
        <span class="muted"
          >${msg(str`last ${days} days`, { id: 'inbox.performance.window' })}</span
        >
      </h2>
      <button
        class="link"
        part="export"
        @click=${() =>
          // The dialog and the CSV code load on the first click.
          void import('./export.js').then((m) => m.openExport(this))}
      >
        ${msg('Export', { id: 'inbox.performance.export' })}
      </button>
    </div>`;
  }

  /** A figure still loading: a dash, and a line kept for the text that comes with it. */
  #placeholder(withLine = true) {
    return html`<strong class="placeholder">–</strong
      >${withLine ? html`<span class="muted"></span>` : nothing}`;
  }

  #renderMetrics(metrics: SellerMetrics | null) {
    if (!metrics) {
      return html`${this.#renderTitle(null)}
        <p class="visually-hidden" role="status">${msg('Loading…', { id: 'common.loading' })}</p>
        ${this.#renderFigures(null)}`;
    }
    return html`${this.#renderTitle(metrics)} ${this.#renderFigures(metrics)}`;
  }

  /**
   * One rate and what it counts: a placeholder while the metrics load (`rate` undefined), "Not enough
   * data" and `noData` when the window has too few (`rate` null in the metrics).
   */
  #renderRate(label: string, rate: number | null | undefined, counted: string, noData: string) {
    return html`<div class="figure">
      <dt>${label}</dt>
      <dd>
        ${
          rate === undefined
            ? this.#placeholder()
            : rate === null
              ? html`<strong>${msg('Not enough data', { id: 'inbox.performance.no_data' })}</strong>
                  <span class="muted">${noData}</span>`
              : html`<strong>${formatPercent(rate)}</strong> <span class="muted">${counted}</span>`
        }
      </dd>
    </div>`;
  }

  #renderFigures(metrics: SellerMetrics | null) {
    const t = STANDING_THRESHOLDS;
    const ratings = metrics?.ratings ?? { satisfied: 0, total: 0 };
    const responses = metrics?.responses ?? { late: 0, needed: 0 };
    const [satisfied, rated] = [formatNumber(ratings.satisfied), formatNumber(ratings.total)];
    const [late, needed] = [formatNumber(responses.late), formatNumber(responses.needed)];
    const goodCsat = formatPercent(t.goodCsatAbove);
    const goodDelayed = formatPercent(t.goodDelayedBelow);
    const riskDelayed = formatPercent(t.atRiskDelayedAbove);
    const riskCsat = formatPercent(t.atRiskCsatBelow);
    return html`
      <div class="figures">
        <dl>
          ${this.#renderRate(
            msg('Customer satisfaction (CSAT)', { id: 'inbox.performance.csat' }),
            metrics?.csat,
            msg(str`${satisfied} of ${rated} ratings satisfied`, {
              id: 'inbox.performance.ratings',
            }),
            msg('No ratings yet', { id: 'inbox.performance.no_ratings' }),
          )}
          ${this.#renderRate(
            msg('Delayed responses', { id: 'inbox.performance.delayed' }),
            metrics?.delayedRate,
            msg(str`${late} of ${needed} answered late or not yet`, {
              id: 'inbox.performance.late',
            }),
            '',
          )}
          <div class="figure">
            <dt>${msg('Standing', { id: 'inbox.performance.standing' })}</dt>
            <dd>
              ${
                metrics
                  ? html`<span class="badge" part="standing" data-tone=${TONE[metrics.standing]}
                      >${standingLabel(metrics.standing)}</span
                    >`
                  : html`<span class="badge" data-tone="none">–</span>`
              }
            </dd>
          </div>
        </dl>
        ${this.#renderAwaiting(metrics)}
      </div>
      <p class="thresholds muted" part="thresholds">
        ${msg(str`Good: CSAT above ${goodCsat} and delayed responses below ${goodDelayed}.`, { id: 'inbox.performance.rule_good' })}
        ${msg(str`At risk: delayed responses above ${riskDelayed} or CSAT below ${riskCsat}.`, { id: 'inbox.performance.rule_risk' })}
      </p>
      ${
        metrics?.standing === 'at_risk'
          ? html`<div class="notice" data-tone="error" part="at-risk">
              <strong
                >${msg('Your account is at risk.', { id: 'inbox.performance.at_risk_title' })}</strong
              >
              <span
                >${msg('Its exposure in the marketplace may be limited and the account may be suspended. Answer waiting questions before their time runs out, most urgent first.', { id: 'inbox.performance.at_risk_text' })}</span
              >
            </div>`
          : nothing
      }
    `;
  }

  #renderAwaiting(metrics: SellerMetrics | null) {
    const show = (category: Category) => {
      this.dispatchEvent(
        new InboxEvent('sq-inbox-filters', {
          filters: { ...NO_FILTERS, category, status: 'awaiting_seller' },
        }),
      );
    };
    return html`<div class="awaiting" part="awaiting">
      <h3>${msg('Awaiting your reply', { id: 'inbox.performance.awaiting' })}</h3>
      <ul>
        ${CATEGORIES.map(
          (category) =>
            html`<li>
              <button
                type="button"
                class="link"
                ?disabled=${!metrics}
                @click=${() => {
                  show(category);
                }}
              >
                <span>${categoryLabel(category)}</span>
                <strong>${metrics ? formatNumber(metrics.awaiting[category]) : '–'}</strong>
              </button>
            </li>`,
        )}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sq-inbox-performance': SqInboxPerformance;
  }
}
