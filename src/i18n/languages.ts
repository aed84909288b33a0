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
