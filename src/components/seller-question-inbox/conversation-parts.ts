// The conversation's header (who asked what, the state, who handles it, the time left) and what
// is shown instead of the reply when the seller cannot answer (and the reply kept unsent).
import { html, nothing } from 'lit';
import type { QuestionDetail } from '../../api/types.js';
import type { ClockSettings } from '../../domain/response-clock.js';
import { countryName, languageName } from '../../i18n/format.js';
import { isolate, msg, str } from '../../i18n/localize.js';
import { categoryLabel, statusLabel, topicLabel } from '../shared/labels.js';
import { countdownOf } from './countdown.js';

/** Who reads the inbox: a shop's seller, or the platform's customer service. */
export type InboxViewer = 'seller' | 'platform';

export function renderHeader(
  question: QuestionDetail,
  options: {
    viewer: InboxViewer;
    now: number;
    clock: Pick<ClockSettings, 'warnHours' | 'urgentHours'>;
    canReply: boolean;
    onBack: () => void;
    onReply: () => void;
  },
) {
  const countdown = countdownOf(question, options.now, options.clock);
  const topic = topicLabel(question.topic);
  const buyer = question.buyer.name;
  const language = languageName(question.buyer.language);
  return html`<header class="head" part="conversation-header">
    <button type="button" class="back link" @click=${options.onBack}>
      ${msg('Back to the questions', { id: 'inbox.conversation.back' })}
    </button>
    <h2 id="conversation-title" tabindex="-1">
      ${msg(str`${isolate(buyer)}: ${topic}`, { id: 'inbox.conversation.title' })}
    </h2>
    <p class="muted">
      ${countryName(question.buyer.country)} ·
      ${msg(str`writes in ${language}`, { id: 'inbox.conversation.language' })} ·
      ${categoryLabel(question.category)}
    </p>
    <p class="state">
      <span class="badge" part="status">${statusLabel(question.status, options.viewer)}</span>
      <span>
        ${
          question.handler === 'platform'
            ? msg('Handled by customer service', { id: 'inbox.conversation.handler_platform' })
            : options.viewer === 'seller'
              ? msg('Handled by you', { id: 'inbox.conversation.handler_seller' })
              : msg('Handled by the seller', { id: 'inbox.conversation.handler_seller_other' })
        }
      </span>
      ${
        countdown
          ? html`<span class="badge" part="countdown" data-tone=${countdown.urgency}>
              ${countdown.text}
            </span>`
          : nothing
      }
      ${
        options.canReply
          ? html`<button type="button" class="link" @click=${options.onReply}>
              ${msg('Write a reply', { id: 'inbox.conversation.to_reply' })}
            </button>`
          : nothing
      }
    </p>
  </header>`;
}

export function renderNoReply(
  question: QuestionDetail,
  viewer: InboxViewer,
  kept: string | undefined,
  onDiscard: () => void,
) {
  const why =
    question.status === 'closed'
      ? msg('This question is closed and cannot be answered any more.', {
          id: 'inbox.no_reply.closed',
        })
      : question.status === 'resolved'
        ? msg(
            'This question is resolved. If the buyer writes again it reopens, and you can answer.',
            { id: 'inbox.no_reply.resolved' },
          )
        : viewer === 'platform' && question.handler === 'seller'
          ? msg('The seller handles this question; you can follow the conversation here.', {
              id: 'inbox.no_reply.seller',
            })
          : msg('Customer service handles this question; you can follow the conversation here.', {
              id: 'inbox.no_reply.platform',
            });
  return html`<div class="notice no-reply" part="no-reply">
    <span>${why}</span>
    ${
      kept
        ? html`<div class="kept">
            <strong>${msg('Your unsent reply (not sent):', { id: 'inbox.no_reply.kept' })}</strong>
            <p class="kept-text">${kept}</p>
            <button type="button" class="link" @click=${onDiscard}>
              ${msg('Discard it', { id: 'inbox.no_reply.discard' })}
            </button>
          </div>`
        : nothing
    }
  </div>`;
}
