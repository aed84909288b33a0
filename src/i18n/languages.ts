// The languages the product ships: the UI's locales and the official templates' languages.
export const SOURCE_LOCALE = 'en';
export const SUPPORTED_LOCALES = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pl',
  'pt',
  'sv',
  'ar',
] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** The tag Intl formats with, where the bare language would pick another region's conventions. */
const INTL_TAGS: Partial<Record<SupportedLocale, string>> = { pt: 'pt-PT' };

export function intlTag(locale: SupportedLocale): string {
  return INTL_TAGS[locale] ?? locale;
}
