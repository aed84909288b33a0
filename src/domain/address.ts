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
