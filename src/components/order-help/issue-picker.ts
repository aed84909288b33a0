// The choice of issue, grouped as a buyer thinks of it rather than by the backend's categories.
// Issues that make no sense for the order's status stay in view, disabled, with the reason.
// <order-help> loads it beside the order's data: the first thing a buyer uses.
import { html, nothing } from 'lit';
import {
  orderTopicAvailability,
  type OrderStatus,
  type OrderTopic,
  type UnavailableReason,
} from '../../domain/order-issues.js';
import { dateWithoutIntl, moneyWithoutIntl } from '../../i18n/format-tables.js';
import { msg } from '../../i18n/localize.js';
import { topicLabel, unavailableLabel } from '../shared/labels.js';

/**
 * The tables that write the order's date and prices without Intl (<order-help> hands them to
 * format.ts): in the first view's on-demand chunk, which the head start preloads, not in a file
 * of their own. (A plain object: a namespace re-export made the CDN build a runtime file of its
 * own, a seventh request beside the data on HTTP/1.1.)
 */
export const formatTables = { dateWithoutIntl, moneyWithoutIntl };

export const ISSUE_GROUPS = [
  { id: 'items', topics: ['return_refund', 'item_defective', 'item_damaged', 'item_missing'] },
  { id: 'change', topics: ['change_item', 'remove_item', 'change_address'] },
  { id: 'where', topics: ['order_status', 'tracking'] },
] as const satisfies readonly { id: string; topics: readonly OrderTopic[] }[];

type GroupId = (typeof ISSUE_GROUPS)[number]['id'];

function groupLabel(group: GroupId): string {
  switch (group) {
    case 'items':
      return msg('Problems with items', { id: 'order.group_items' });
    case 'change':
      return msg('Change my order', { id: 'order.group_change' });
    case 'where':
      return msg('Where is my order?', { id: 'order.group_where' });
  }
}

export interface IssuePickerProps {
  /** The order's status: which issues make sense. */
  status: OrderStatus;
  topic: OrderTopic | null;
  error: string | undefined;
  onPick: (topic: OrderTopic) => void;
}

export function renderIssuePicker({ status, topic, error, onPick }: IssuePickerProps) {
  const availability = orderTopicAvailability(status);
  const reasonOf = (candidate: OrderTopic) =>
    availability.find((entry) => entry.topic === candidate)?.reason ?? null;
  return html`<fieldset
    part="issue-picker"
    class="picker"
    role="radiogroup"
    aria-required="true"
    aria-describedby=${error ? 'topic-error' : nothing}
  >
    <legend>${msg('What do you need help with?', { id: 'order.issue_legend' })}</legend>
    <div class="groups">
      ${ISSUE_GROUPS.map((group) => {
        const reasons = group.topics.map(reasonOf);
        // When every issue of a group is left out for the same reason, say it once.
        const shared: UnavailableReason | null = reasons.every(
          (reason) => reason && reason === reasons[0],
        )
          ? reasons[0]!
          : null;
        const sharedId = `why-${group.id}`;
        return html`<fieldset class="group" part="issue-group">
          <legend>${groupLabel(group.id)}</legend>
          ${shared ? html`<p id=${sharedId} class="muted reason" part="unavailable-reason">${unavailableLabel(shared)}</p>` : nothing}
          ${group.topics.map((candidate) => {
            const reason = reasonOf(candidate);
            const whyId = shared ? sharedId : `why-${candidate}`;
            return html`<div class="issue" part="issue" data-topic=${candidate}>
              <label>
                <input
                  type="radio"
                  name="topic"
                  value=${candidate}
                  .checked=${topic === candidate}
                  ?disabled=${reason !== null}
                  aria-invalid=${error ? 'true' : 'false'}
                  aria-describedby=${reason ? whyId : nothing}
                  @change=${() => {
                    onPick(candidate);
                  }}
                />
                <span>${topicLabel(candidate)}</span>
              </label>
              ${
                reason && !shared
                  ? html`<span id=${whyId} class="muted reason" part="unavailable-reason"
                      >${unavailableLabel(reason)}</span
                    >`
                  : nothing
              }
            </div>`;
          })}
        </fieldset>`;
      })}
    </div>
    ${
      error
        ? html`<p id="topic-error" class="field-error" part="field-error" role="alert">${error}</p>`
        : nothing
    }
  </fieldset>`;
}
