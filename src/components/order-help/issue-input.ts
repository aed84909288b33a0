// The order-help form as data: the request it becomes, its checks (the same domain rules the
// backend applies, so a field error shows before anything is sent), and each problem in words
// at its field. Problems are keyed by the backend's JSON pointers (`/items/0/quantity`,
// `/details/address/postalCode`), so a 422 from the backend lands at the same fields.
import type { Address, Order, QuestionCreate } from '../../api/types.js';
import type { OrderTopic } from '../../domain/order-issues.js';
import { categoryOf, needsItems } from '../../domain/taxonomy.js';
import { checkAddress, normalizeAddress, type AddressInput } from '../../domain/address.js';
import {
  availableQuantity,
  checkItemSelection,
  type ItemSelection,
} from '../../domain/item-selection.js';
import {
  checkText,
  MAX_CHANGE_DESCRIPTION_LENGTH,
  type FieldProblem,
} from '../../domain/validation.js';
import { countryName, formatNumber } from '../../i18n/format.js';
import { msg, str } from '../../i18n/localize.js';

export interface IssueForm {
  topic: OrderTopic | null;
  selection: ItemSelection[];
  change: string;
  /** The new delivery address; null until the buyer edits the order's one. */
  address: AddressInput | null;
}

export const ADDRESS_FIELDS = [
  'name',
  'line1',
  'line2',
  'postalCode',
  'city',
  'region',
  'country',
  'phone',
] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];

/** The address as sent (and stored): the form's fields only, each as `normalizeAddress` writes it. */
function cleanAddress(address: AddressInput): Address {
  const fields: AddressInput = {};
  for (const field of ADDRESS_FIELDS) fields[field] = address[field];
  return normalizeAddress(fields) as unknown as Address;
}

function sameAddress(a: AddressInput, b: AddressInput): boolean {
  const one = cleanAddress(a) as unknown as Record<string, string>;
  const two = cleanAddress(b) as unknown as Record<string, string>;
  return ADDRESS_FIELDS.every((field) => (one[field] ?? '') === (two[field] ?? ''));
}

/** Every problem of the form for this order; empty when it can be sent. */
export function checkIssueForm(form: IssueForm, order: Order): FieldProblem[] {
  const { topic } = form;
  if (!topic) return [{ pointer: '/topic', code: 'required' }];
  const problems: FieldProblem[] = [];
  if (needsItems(topic)) {
    problems.push(...checkItemSelection(form.selection, order.items, order.refunded));
  }
  if (topic === 'change_item') {
    const problem = checkText(form.change, MAX_CHANGE_DESCRIPTION_LENGTH, '/details/change');
    if (problem) problems.push(problem);
  }
  if (topic === 'change_address') {
    const address = form.address ?? order.shippingAddress;
    const addressProblems = checkAddress(address);
    problems.push(...addressProblems);
    if (addressProblems.length === 0 && sameAddress(address, order.shippingAddress)) {
      problems.push({ pointer: '/details/address', code: 'not_allowed' });
    }
  }
  return problems;
}

/** The request for a checked form. */
export function issueInput(
  form: IssueForm & { topic: OrderTopic },
  order: Order,
  message: { text: string; language: string; attachmentIds: string[] },
): QuestionCreate {
  const input: QuestionCreate = {
    category: categoryOf(form.topic),
    topic: form.topic,
    shopId: order.shopId,
    orderId: order.id,
    text: message.text,
    language: message.language,
    attachmentIds: message.attachmentIds,
  };
  if (needsItems(form.topic))
    input.items = form.selection.map(({ itemId, quantity }) => ({ itemId, quantity }));
  if (form.topic === 'change_item') input.details = { change: form.change.trim() };
  if (form.topic === 'change_address') {
    input.details = { address: cleanAddress(form.address ?? order.shippingAddress) };
  }
  return input;
}

function requiredText(pointer: string): string {
  switch (pointer) {
    case '/topic':
      return msg('Choose what you need help with.', { id: 'order.topic_required' });
    case '/items':
      return msg('Select the items this is about.', { id: 'order.items_required' });
    case '/details/change':
      return msg('Describe the change you want.', { id: 'order.change_required' });
    case '/details/address/name':
      return msg('Enter the recipient’s name.', { id: 'order.address.name_required' });
    case '/details/address/line1':
      return msg('Enter the street and house number.', { id: 'order.address.line1_required' });
    case '/details/address/postalCode':
      return msg('Enter the postal code.', { id: 'order.address.postal_required' });
    case '/details/address/city':
      return msg('Enter the city.', { id: 'order.address.city_required' });
    case '/details/address/country':
      return msg('Choose the country.', { id: 'order.address.country_required' });
    default:
      return msg('This is required.', { id: 'order.required' });
  }
}

/**
 * A problem in the reader's language. `limit` comes with client-side problems; for the
 * backend's, `fallback` (its English detail) is used where a limit would be needed.
 */
export function problemText(
  problem: FieldProblem,
  context: { country?: string | undefined; fallback?: string | undefined } = {},
): string {
  const { pointer, code, limit } = problem;
  switch (code) {
    case 'required':
      return requiredText(pointer);
    case 'too_long': {
      if (limit === undefined && context.fallback) return context.fallback;
      const max = formatNumber(limit ?? 0);
      return msg(str`Shorten this to ${max} characters.`, { id: 'order.too_long' });
    }
    case 'exceeds_ordered': {
      if (limit === undefined && context.fallback) return context.fallback;
      const max = formatNumber(limit ?? 0);
      return msg(str`At most ${max} of this item can be claimed.`, { id: 'order.exceeds_ordered' });
    }
    case 'invalid':
      if (pointer.endsWith('/quantity'))
        return msg('Enter a whole number of at least 1.', { id: 'order.quantity_invalid' });
      if (pointer.endsWith('/postalCode')) {
        const country = countryName(context.country ?? '');
        return context.country
          ? msg(str`This is not a postal code used in ${country}.`, { id: 'order.postal_invalid' })
          : msg('This postal code is not valid.', { id: 'order.postal_invalid_any' });
      }
      if (pointer.endsWith('/phone'))
        return msg('Enter a phone number such as +49 30 1234567.', { id: 'order.phone_invalid' });
      return msg('This is not valid.', { id: 'order.invalid' });
    case 'not_allowed':
      if (pointer === '/details/address')
        return msg('This is the current delivery address. Enter the new one.', {
          id: 'order.address_unchanged',
        });
      return msg('This is no longer possible for this order.', { id: 'order.not_allowed' });
    case 'unknown':
      return msg('This is not part of the order.', { id: 'order.unknown_item' });
    default:
      return context.fallback ?? msg('This is not valid.', { id: 'order.invalid' });
  }
}

export type FieldProblemWithDetail = FieldProblem & { detail?: string | undefined };

/**
 * Problems as texts by the field that shows them: `/topic`, `/items` (the selection as a
 * whole), `item:<id>`, `/details/change`, `address:<field>` (`address:form` for the whole
 * address) and `/text` (photos too, shown with the message). `sent` is the selection the
 * pointers' indexes refer to.
 */
export function fieldErrors(
  problems: readonly FieldProblemWithDetail[],
  context: { sent: readonly ItemSelection[]; order: Order; country: string | undefined },
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const { pointer } = problem;
    const item = /^\/items\/(\d+)/.exec(pointer);
    const itemId = item ? context.sent[Number(item[1])]?.itemId : undefined;
    const photo = pointer.startsWith('/attachmentIds');
    let key = pointer;
    if (itemId) key = `item:${itemId}`;
    else if (item) key = '/items';
    else if (pointer === '/details/address') key = 'address:form';
    else if (pointer.startsWith('/details/address/')) key = `address:${pointer.slice(17)}`;
    else if (photo) key = '/text';
    const ordered =
      problem.code === 'exceeds_ordered' && itemId
        ? context.order.items.find((candidate) => candidate.id === itemId)
        : undefined;
    const limit =
      problem.limit ?? (ordered ? availableQuantity(ordered, context.order.refunded) : undefined);
    errors[key] ??= photo
      ? msg('A photo was not accepted. Remove it and add it again.', { id: 'order.photo_refused' })
      : problemText({ ...problem, limit }, { country: context.country, fallback: problem.detail });
  }
  return errors;
}
