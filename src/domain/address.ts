// The rule for a delivery address (a change of address on an order): shared by the address form
// (errors at the fields before sending) and the backend (the same input refused with a 422). A
// module of its own, so that the elements that check only texts do not carry it.
import { textLength, type FieldProblem } from './validation.js';

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

/**
 * Postal code formats of the countries the product ships to most (others need any code): the
 * code without its spaces and dashes, and where the country writes a separator in it (counted
 * from the start, or from the end when negative).
 */
const POSTAL_CODE_FORMATS: Readonly<
  Record<string, readonly [compact: RegExp, separator?: ' ' | '-', at?: number]>
> = {
  AT: [/^\d{4}$/],
  BE: [/^\d{4}$/],
  CH: [/^\d{4}$/],
  DE: [/^\d{5}$/],
  DK: [/^\d{4}$/],
  ES: [/^\d{5}$/],
  FI: [/^\d{5}$/],
  FR: [/^\d{5}$/],
  GB: [/^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/, ' ', -3],
  IE: [/^[A-Z]\d[\dW][A-Z\d]{4}$/, ' ', 3],
  IT: [/^\d{5}$/],
  NL: [/^[1-9]\d{3}[A-Z]{2}$/, ' ', 4],
  NO: [/^\d{4}$/],
  PL: [/^\d{5}$/, '-', 2],
  PT: [/^\d{7}$/, '-', 4],
  SE: [/^\d{5}$/, ' ', 3],
  US: [/^\d{5}(\d{4})?$/, '-', 5],
};

/** The code without its spaces and dashes. */
const compact = (code: string) => code.replace(/[\s-]/g, '');

/**
 * A postal code as `country` writes it: trimmed, upper-case, spaces collapsed, and the country's
 * separator where it goes when the code has the country's characters without it ("30529" in
 * Poland is "30-529", "1234ab" in the Netherlands "1234 AB"). Anything else is left as typed.
 */
export function normalizePostalCode(code: string, country: string): string {
  const typed = code.trim().replace(/\s+/g, ' ').toUpperCase();
  const format = POSTAL_CODE_FORMATS[country.trim().toUpperCase()];
  const bare = compact(typed);
  if (!format?.[0].test(bare)) return typed;
  const [, separator = '', at = 0] = format;
  const cut = at < 0 ? bare.length + at : at;
  return cut > 0 && cut < bare.length ? bare.slice(0, cut) + separator + bare.slice(cut) : bare;
}

/**
 * An address as it is stored: each field trimmed (empty ones left out), the country code
 * upper-case and the postal code written as the country writes it.
 */
export function normalizeAddress<T extends AddressInput>(address: T): T {
  const normal: Record<string, string> = {};
  for (const [field, value] of Object.entries(address)) {
    const trimmed = typeof value === 'string' ? value.trim() : '';
    if (trimmed) normal[field] = trimmed;
  }
  const country = normal['country']?.toUpperCase() ?? '';
  if (country) normal['country'] = country;
  if (normal['postalCode'])
    normal['postalCode'] = normalizePostalCode(normal['postalCode'], country);
  return normal as unknown as T; // its own fields, as strings
}

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
  const postalCode = normalizePostalCode(address.postalCode ?? '', country);
  const format = POSTAL_CODE_FORMATS[country];
  if (
    postalCode &&
    (textLength(postalCode) > 20 || (format && !format[0].test(compact(postalCode))))
  ) {
    problems.push({ pointer: `${base}/postalCode`, code: 'invalid' });
  }
  if (address.phone?.trim() && !/^\+?[\d ()./-]{6,40}$/.test(address.phone.trim())) {
    problems.push({ pointer: `${base}/phone`, code: 'invalid' });
  }
  return problems;
}
