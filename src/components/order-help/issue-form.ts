// The issue form's details below the picker: self-service for status and tracking, otherwise
// the items, the wanted change or the new address, who will handle it, and the message with its
// photos. <order-help> shows the picker with the order and loads this module once the picker is
// painted; it registers the elements it renders and brings the form's checks and the sending
// along.
import { html, nothing } from 'lit';
import type { SellerQuestionsClient } from '../../api/client.js';
import { ValidationError } from '../../api/errors.js';
import type { OrderTopic } from '../../domain/order-issues.js';
import { routeQuestion } from '../../domain/routing.js';
import { asksForPhotos, categoryOf, needsItems } from '../../domain/taxonomy.js';
import { msg } from '../../i18n/localize.js';
import { defineDependencies } from '../define.js';
import { SqComposer, type ComposerSubmitEvent } from '../shared/composer.js';
import { isAuthProblem } from '../shared/error-text.js';
import { answerLost, sendFailureText, sentBefore } from '../shared/send-outcome.js';
import { SqAddressForm, type AddressChangeEvent } from './address-form.js';
import type { IssueForm } from './issue-input.js';
import { SqItemSelect, type ItemsChangeEvent } from './item-select.js';
import type { Loaded } from './order-help.js';
import { askAnywayLabel, routingText } from './routing-text.js';
import { renderSelfService } from './self-service.js';

export { checkIssueForm, fieldErrors, issueInput } from './issue-input.js';
export { sendQuestion } from '../shared/send-question.js';
export { answerLost, sentBefore } from '../shared/send-outcome.js';
export { SubmitController } from '../../controllers/submit.js';
export { confirmationText } from './routing-text.js';

defineDependencies({
  'sq-composer': SqComposer,
  'sq-item-select': SqItemSelect,
  'sq-address-form': SqAddressForm,
});

/** Issues the order itself can answer: shown before any message is written. */
const SELF_SERVICE_TOPICS: readonly OrderTopic[] = ['order_status', 'tracking'];

type SubmitDetail = ComposerSubmitEvent['detail'];

export interface IssueFormProps {
  loaded: Loaded;
  form: IssueForm;
  errors: Readonly<Record<string, string>>;
  askAnyway: boolean;
  sending: boolean;
  sendError: { error: unknown; retry: SubmitDetail } | null;
  retryBlocked: boolean;
  language: string;
  client: SellerQuestionsClient | null;
  /** A field changed; `clear` lists the error keys (prefixes) it makes stale. */
  onChange: (change: Partial<IssueForm>, clear: string[]) => void;
  onAskAnyway: () => void;
  onSubmit: (detail: SubmitDetail) => void;
  /** "Try again" after a failed send. */
  onRetry: (detail: SubmitDetail) => void;
  /** Send was asked for, by its button or Ctrl+Enter (also when the composer finds the text missing). */
  onSendAttempt: () => void;
}

/** Errors whose key starts with `prefix`, keyed by the rest. */
function errorsUnder(errors: Readonly<Record<string, string>>, prefix: string) {
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, text]) => [key.slice(prefix.length), text]),
  );
}

function itemsLegend(topic: OrderTopic): string {
  switch (topic) {
    case 'change_item':
      return msg('Which item should change?', { id: 'order.items_change' });
    case 'remove_item':
      return msg('Which items should be removed?', { id: 'order.items_remove' });
    default:
      return msg('Which items are affected?', { id: 'order.items_affected' });
  }
}

/** The form below the picker for the chosen `topic`. */
export function renderIssueDetails(props: IssueFormProps, topic: OrderTopic) {
  const { loaded, form, errors, onChange } = props;
  const { order, config, shop, viewer } = loaded;
  const routing = routeQuestion({
    category: categoryOf(topic),
    buyerCountry: viewer.country,
    servedRegions: config.servedRegions,
    orderTotal: order.total,
    highValueThresholds: config.highValueThresholds,
    sellerFunded: order.sellerFunded,
  });
  if (SELF_SERVICE_TOPICS.includes(topic) && !props.askAnyway) {
    return renderSelfService({
      order,
      askLabel: askAnywayLabel(routing),
      onAsk: props.onAskAnyway,
    });
  }
  const changeError = errors['/details/change'];
  const privacy = msg('Do not share payment details or passwords.', { id: 'ask.privacy_hint' });
  const photos = msg('Photos of the problem help to sort it out quickly.', {
    id: 'order.photos_hint',
  });
  return html`
    ${
      needsItems(topic)
        ? html`<sq-item-select
            legend=${itemsLegend(topic)}
            .items=${order.items}
            .refunded=${order.refunded}
            .selection=${form.selection}
            .errors=${errorsUnder(errors, 'item:')}
            error=${errors['/items'] ?? ''}
            exportparts="item-list, item, item-image, filter, quantity, field-error"
            @sq-items-change=${(event: ItemsChangeEvent) => {
              onChange({ selection: event.detail.selection }, ['/items', 'item:']);
            }}
          ></sq-item-select>`
        : nothing
    }
    ${
      topic === 'change_item'
        ? html`<div class="field">
            <label for="change">${msg('What should change?', { id: 'order.change_label' })}</label>
            <span class="hint" id="change-hint">
              ${msg('For example: size M instead of L, or navy instead of black.', { id: 'order.change_hint' })}
            </span>
            <input
              id="change"
              type="text"
              part="change"
              .value=${form.change}
              required
              aria-invalid=${changeError ? 'true' : 'false'}
              aria-describedby="change-hint ${changeError ? 'change-error' : ''}"
              @input=${(event: Event) => {
                onChange({ change: (event.target as HTMLInputElement).value }, ['/details/change']);
              }}
            />
            ${changeError ? html`<span id="change-error" class="field-error" part="field-error" role="alert">${changeError}</span>` : nothing}
          </div>`
        : nothing
    }
    ${
      topic === 'change_address'
        ? html`<sq-address-form
            legend=${msg('New delivery address', { id: 'order.new_address' })}
            .value=${form.address ?? order.shippingAddress}
            .errors=${errorsUnder(errors, 'address:')}
            .countries=${config.servedRegions}
            exportparts="address-form, address-field, field-error"
            @sq-address-change=${(event: AddressChangeEvent) => {
              onChange({ address: event.detail.address }, ['address:']);
            }}
          ></sq-address-form>`
        : nothing
    }
    <p class="notice routing" part="routing" data-handler=${routing.handler}>
      ${routingText(routing, shop, config)}
    </p>
    <sq-composer
      label=${
        categoryOf(topic) === 'after_sale'
          ? msg('Describe the problem', { id: 'order.describe_problem' })
          : msg('Your message', { id: 'order.message_label' })
      }
      hint=${asksForPhotos(topic) ? `${photos} ${privacy}` : privacy}
      draft-key=${`order-help:${order.id}:message`}
      draft-owner=${props.loaded.viewer.id}
      language=${props.language}
      .client=${props.client}
      .maxLength=${config.maxMessageLength}
      .limits=${config.attachments}
      .actions=${[{ id: 'send', label: msg('Send request', { id: 'order.send' }), primary: true }]}
      ?busy=${props.sending}
      .textError=${errors['/text'] ?? null}
      exportparts="textarea, counter, attachments, attachment, add-photos, submit, field-error"
      @input=${() => {
        if (errors['/text']) onChange({}, ['/text']);
      }}
      @sq-composer-submit=${(event: ComposerSubmitEvent) => {
        props.onSubmit(event.detail);
      }}
      @sq-composer-attempt=${() => {
        props.onSendAttempt();
      }}
    ></sq-composer>
    ${props.sendError ? renderSendError(props, props.sendError) : nothing}
  `;
}

function renderSendError(props: IssueFormProps, failure: { error: unknown; retry: SubmitDetail }) {
  const { error } = failure;
  const auth = isAuthProblem(error);
  return html`<div class="notice" data-tone="error" part="error" role="alert">
    <span
      >${sendFailureText(error)}
      ${
        auth || answerLost(error) || sentBefore(error)
          ? nothing
          : msg('Your request is kept and has not been sent twice.', { id: 'order.kept' })
      }</span
    >
    ${
      auth || error instanceof ValidationError
        ? nothing
        : html`<button
            type="button"
            ?disabled=${props.retryBlocked || props.sending}
            @click=${() => {
              props.onRetry(failure.retry);
            }}
          >
            ${msg('Try again', { id: 'common.try_again' })}
          </button>`
    }
  </div>`;
}
