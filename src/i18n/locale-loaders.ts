// Lazy loaders for the generated locale modules: only the active locale is fetched. Static
// import() paths (one per locale) so bundlers and dev servers see each chunk. The modules are
// built from locales/*.xlf by `npm run i18n:build` (part of start, test and build).
import type { LocaleModule } from '@lit/localize/internal/types.js';
import type { SupportedLocale } from './languages.js';

export const localeLoaders: Partial<Record<SupportedLocale, () => Promise<LocaleModule>>> = {
  de: () => import('./generated/locales/de.js'),
  fr: () => import('./generated/locales/fr.js'),
  es: () => import('./generated/locales/es.js'),
  it: () => import('./generated/locales/it.js'),
  nl: () => import('./generated/locales/nl.js'),
  pl: () => import('./generated/locales/pl.js'),
  pt: () => import('./generated/locales/pt.js'),
  sv: () => import('./generated/locales/sv.js'),
  ar: () => import('./generated/locales/ar.js'),
};
