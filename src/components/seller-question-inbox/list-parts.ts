// One row of the list. A row is compact on purpose: every node of it is repeated
// for each row in view, and it is rendered again at every filter change and clock tick.
import { html, nothing } from 'lit';
import type { Question } from '../../api/types.js';
import type { ClockSettings } from '../../domain/response-clock.js';
import { countryName, languageName } from '../../i18n/format.js';
import { getLocale, isolate, msg } from '../../i18n/localize.js';
import { statusLabel, topicLabel } from '../shared/labels.js';
import { countdownOf } from './countdown.js';
import type { InboxViewer } from './conversation-parts.js';

export interface RowOptions {
  position: number;
  setSize: number;
  /** The shared clock's time (ms). */
  now: number;
  clock: Pick<ClockSettings, 'warnHours' | 'urgentHours'>;
  /** Open in the conversation. */
  open: boolean;
  /** Where the list's keyboard focus is. */
  active: boolean;
  /** For platform agents, shop names by id: each row says its shop. */
  shops: ReadonlyMap<string, string> | null;
  /** Who reads the row: a status is named for them. */
  viewer: InboxViewer;
  /**
   * Whether Intl's names are loaded: until then the row leaves out where the buyer writes from
   * and in what language (list.ts loads them once the first rows are painted).
   */
  names: boolean;
}

const metas = new Map<string, string>();

/** "Germany · German", made once per locale and pair. */
function metaOf(country: string, language: string): string {
  const key = `${getLocale()}|${country}|${language}`;
  let meta = metas.get(key);
  if (meta === undefined) {
    meta = `${countryName(country)} · ${languageName(language)}`;
    metas.set(key, meta);
  }
  return meta;
}

export function renderRow(question: Question, options: RowOptions) {
  const countdown = countdownOf(question, options.now, options.clock);
  const meta = options.names ? metaOf(question.buyer.country, question.buyer.language) : '';
  // The product's name, the shop's: each keeps its own direction in the row's line.
  const reference =
    question.product?.name ?? (question.orderNumber ? `#${question.orderNumber}` : '');
  const topic = topicLabel(question.topic);
  const shop = options.shops && isolate(options.shops.get(question.shopId) ?? question.shopId);
  // A question whose answer the product page shows says so (the conversation has the details),
  // before the product's name, which a narrow row cuts short. The name is an element with its
  // own direction, so that it is cut at its own end: a Latin name in an Arabic row keeps its
  // beginning (cut as part of the line, at the line's end, it lost it).
  const published = question.publication && msg('Published', { id: 'inbox.row.published' });
  const about = [shop, topic, published].filter(Boolean).join(' · ');
  const urgency = countdown?.urgency ?? 'none';
  const unread = question.unread
    ? html`<span class="new">${msg('New', { id: 'inbox.row.unread' })}</span>`
    : nothing;
  // Named by who, how urgent and what about; where from and the last message only describe it.
  // prettier-ignore
  return html`<div id="row-${question.id}" class="row" part="item" role="option" aria-describedby="meta-${question.id} snippet-${question.id}" aria-selected=${options.open ? 'true' : 'false'} aria-posinset=${options.position + 1} aria-setsize=${options.setSize} data-urgency=${urgency} ?data-unread=${question.unread} ?data-active=${options.active}><div class="line"><strong class="buyer" dir="auto">${unread}${question.buyer.name}</strong><span class="countdown" part="countdown" data-tone=${urgency}>${countdown?.text ?? statusLabel(question.status, options.viewer)}</span></div><div class="line muted"><span class="about"><span>${reference && about ? `${about}\u00a0· ` : about}</span>${reference ? html`<span dir="auto" class=${question.product ? '' : 'order'}>${reference}</span>` : nothing}</span><span id="meta-${question.id}" class="meta" aria-hidden="true">${meta}</span></div><div id="snippet-${question.id}" class="snippet" aria-hidden="true" lang=${question.buyer.language} dir="auto">${question.snippet}</div></div>`;
}
