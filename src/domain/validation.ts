// Input rules shared by the widgets (to show an error at the field before sending) and the mock
// backend (to refuse the same input with a 422). Problems carry a JSON pointer and a code; the
// UI turns them into words in the reader's language.

export const DEFAULT_MAX_MESSAGE_LENGTH = 2000;
export const MAX_RATING_COMMENT_LENGTH = 500;
export const MAX_ESCALATION_REASON_LENGTH = 1000;
export const MAX_CHANGE_DESCRIPTION_LENGTH = 500;

export type FieldProblemCode =
  | 'required'
  | 'too_long'
  | 'too_many'
  | 'too_large'
  | 'unsupported_type'
  | 'invalid'
  | 'not_allowed'
  | 'exceeds_ordered'
  | 'unknown'
  | 'duplicate';

export interface FieldProblem {
  /** JSON pointer to the field, as in the backend's problem details (`/text`, `/items/0`). */
  pointer: string;
  code: FieldProblemCode;
  /** The limit involved (characters, count, quantity), when there is one. */
  limit?: number;
  /** Says more than the code's usual words, when they would not tell what is wrong. */
  detail?: string;
  /** The names involved (a template's unknown variables), when there are some. */
  names?: string[];
}

/**
 * Length as a person counts it: code points, so an emoji is one character, not two (a string's
 * iterator goes by code point; half a surrogate pair alone counts as one).
 */
export function textLength(text: string): number {
  return Array.from(text).length;
}

/**
 * A text that shows nothing: only white space, control characters (U+0085 among them) and
 * format characters (zero-width spaces and joiners, direction marks, the byte order mark, the
 * soft hyphen), or none.
 */
const BLANK = /^[\s\p{Cf}\p{Cc}]*$/u;

/** Whether a text shows nothing (empty, or only white space, controls and format characters). */
export function isBlank(text: string): boolean {
  return BLANK.test(text);
}

/** Required text of at most `maxLength` characters that shows something (not blank). */
export function checkText(
  text: string | null | undefined,
  maxLength: number,
  pointer = '/text',
): FieldProblem | null {
  if (!text || BLANK.test(text)) return { pointer, code: 'required' };
  if (textLength(text) > maxLength) return { pointer, code: 'too_long', limit: maxLength };
  return null;
}

/** Optional text of at most `maxLength` characters. */
export function checkOptionalText(
  text: string | null | undefined,
  maxLength: number,
  pointer: string,
): FieldProblem | null {
  if (!text) return null;
  return textLength(text) > maxLength ? { pointer, code: 'too_long', limit: maxLength } : null;
}

export interface AddressInput {
  name?: string | undefined;
  line1?: string | undefined;
  line2?: string | undefined;
  postalCode?: string | undefined;
  city?: string | undefined;
  region?: string | undefined;
  country?: string | undefined;
  phone?: string | undefined;
}

/** Postal code formats of the countries the product ships to most; others need any code. */
export const POSTAL_CODE_PATTERNS: Readonly<Record<string, RegExp>> = {
  AT: /^\d{4}$/,
  BE: /^\d{4}$/,
  CH: /^\d{4}$/,
  DE: /^\d{5}$/,
  DK: /^\d{4}$/,
  ES: /^\d{5}$/,
  FI: /^\d{5}$/,
  FR: /^\d{5}$/,
  GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i,
  IE: /^[A-Z]\d[\dW] ?[A-Z\d]{4}$/i,
  IT: /^\d{5}$/,
  NL: /^\d{4} ?[A-Z]{2}$/i,
  NO: /^\d{4}$/,
  PL: /^\d{2}-\d{3}$/,
  PT: /^\d{4}-\d{3}$/,
  SE: /^\d{3} ?\d{2}$/,
  US: /^\d{5}(-\d{4})?$/,
};

const ADDRESS_LIMITS = { name: 100, line1: 200, line2: 200, city: 100, region: 100, phone: 40 };

/** Every problem of a delivery address, under `base` (e.g. `/details/address`). */
export function checkAddress(address: AddressInput, base = '/details/address'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of ['name', 'line1', 'postalCode', 'city', 'country'] as const) {
    if (!address[field]?.trim()) problems.push({ pointer: `${base}/${field}`, code: 'required' });
  }
  for (const [field, limit] of Object.entries(ADDRESS_LIMITS)) {
    const value = address[field as keyof AddressInput];
    if (value && textLength(value) > limit) {
      problems.push({ pointer: `${base}/${field}`, code: 'too_long', limit });
    }
  }
  const country = address.country?.trim().toUpperCase() ?? '';
  if (country && !/^[A-Z]{2}$/.test(country)) {
    problems.push({ pointer: `${base}/country`, code: 'invalid' });
  }
  const postalCode = address.postalCode?.trim() ?? '';
  const pattern = POSTAL_CODE_PATTERNS[country];
  if (postalCode && (textLength(postalCode) > 20 || (pattern && !pattern.test(postalCode)))) {
    problems.push({ pointer: `${base}/postalCode`, code: 'invalid' });
  }
  if (address.phone?.trim() && !/^\+?[\d ()./-]{6,40}$/.test(address.phone.trim())) {
    problems.push({ pointer: `${base}/phone`, code: 'invalid' });
  }
  return problems;
}

export interface ItemSelection {
  itemId: string;
  quantity: number;
}

export interface OrderedItem {
  id: string;
  quantity: number;
}

/** How many of an ordered item can still be claimed or refunded: ordered minus already refunded. */
export function availableQuantity(
  item: OrderedItem,
  alreadyRefunded: readonly ItemSelection[] = [],
): number {
  const refunded = alreadyRefunded
    .filter((entry) => entry.itemId === item.id)
    .reduce((sum, entry) => sum + entry.quantity, 0);
  return Math.max(0, item.quantity - refunded);
}

/**
 * Selected items must be items of the order, each once, with a whole quantity from 1 to what
 * is still available (ordered minus already refunded, when `alreadyRefunded` is given).
 */
export function checkItemSelection(
  selection: readonly ItemSelection[] | undefined,
  ordered: readonly OrderedItem[],
  alreadyRefunded: readonly ItemSelection[] = [],
  pointer = '/items',
): FieldProblem[] {
  if (!selection || selection.length === 0) return [{ pointer, code: 'required' }];
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  selection.forEach((selected, index) => {
    const item = ordered.find((candidate) => candidate.id === selected.itemId);
    if (!item || seen.has(selected.itemId)) {
      problems.push({ pointer: `${pointer}/${index}/itemId`, code: item ? 'invalid' : 'unknown' });
      return;
    }
    seen.add(selected.itemId);
    const available = availableQuantity(item, alreadyRefunded);
    if (!Number.isInteger(selected.quantity) || selected.quantity < 1) {
      problems.push({ pointer: `${pointer}/${index}/quantity`, code: 'invalid' });
    } else if (selected.quantity > available) {
      problems.push({
        pointer: `${pointer}/${index}/quantity`,
        code: 'exceeds_ordered',
        limit: available,
      });
    }
  });
  return problems;
}
