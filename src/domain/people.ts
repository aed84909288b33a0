// People as the backend keeps them: the ids tokens name them by, their email addresses, and a
// buyer added from their own token's claims (a shop's new customer, signed in for the first
// time, whom the catalogue does not list yet).
import { hasUnstorableCharacter } from './storable-text.js';

/** Ids in paths and of people: letters, digits, `-` and `_`, at most 64. */
export const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** An address a mail can go to: one @, no spaces or angle brackets, at most 254 characters. */
const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;

export function isEmailAddress(text: string): boolean {
  return text.length <= 254 && EMAIL.test(text);
}

/** The longest name a buyer is added with. */
export const NAME_MAX = 200;

/**
 * What a buyer's token says of them beyond their id, as its claims came (OpenID Connect's
 * `name`, `email` and `locale`, and `country`); each as the token had it, checked here.
 */
export interface BuyerProfile {
  name?: unknown;
  email?: unknown;
  locale?: unknown;
  country?: unknown;
}

export interface NewBuyer {
  id: string;
  name: string;
  country: string;
  language: string;
  email?: string;
}

/** The contract's `Language`. */
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A BCP 47 tag, cased as it should be, without extensions (`pt-BR`); null for none. */
function localeOf(claim: unknown): Intl.Locale | null {
  if (typeof claim !== 'string' || claim.length > 35) return null;
  try {
    const locale = new Intl.Locale(claim.replace(/_/g, '-'));
    return LANGUAGE.test(locale.baseName) ? locale : null;
  } catch {
    return null;
  }
}

/**
 * The buyer `id` whose token carries `profile`, to add on their first request; or what keeps
 * them from being added, said as the token's refusal ends ("its name claim is missing").
 * `name` and a country (`country`, else the region of `locale`) are needed; `locale` gives
 * the language (else `defaultLanguage`); `email`, where answers are mailed, is optional.
 */
export function buyerFromProfile(
  id: string,
  profile: BuyerProfile,
  defaultLanguage: string,
): NewBuyer | string {
  if (!ID.test(id)) {
    return 'its sub is not an id this backend can add a buyer by (1 to 64 letters, digits, "-" or "_")';
  }
  const name = typeof profile.name === 'string' ? profile.name.trim() : '';
  if (!name) return 'it has no name claim to add the buyer by';
  if (name.length > NAME_MAX || hasUnstorableCharacter(name)) {
    return `its name claim is not a name (at most ${NAME_MAX} characters)`;
  }
  let language = defaultLanguage;
  let region: string | undefined;
  if (profile.locale !== undefined) {
    const locale = localeOf(profile.locale);
    if (!locale) return 'its locale claim is not a BCP 47 language tag';
    language = locale.baseName;
    // A country's region (`BR`), not a wider one's (`419`, Latin America).
    region = locale.region && /^[A-Z]{2}$/.test(locale.region) ? locale.region : undefined;
  }
  let country = region;
  if (profile.country !== undefined) {
    if (typeof profile.country !== 'string' || !/^[A-Za-z]{2}$/.test(profile.country)) {
      return 'its country claim is not an ISO 3166-1 alpha-2 code';
    }
    country = profile.country.toUpperCase();
  }
  if (!country) return 'it has no country claim (nor a locale with a region) to add the buyer by';
  const buyer: NewBuyer = { id, name, country, language };
  if (profile.email !== undefined) {
    if (typeof profile.email !== 'string' || !isEmailAddress(profile.email)) {
      return 'its email claim is not an email address';
    }
    buyer.email = profile.email;
  }
  return buyer;
}
