// Lazy loaders for the generated locale modules: only the active locale is fetched. Static
// import() paths (one per locale) so bundlers and dev servers see each chunk.
import type { LocaleModule } from '@lit/localize/internal/types.js';
import type { SupportedLocale } from './languages.js';

export const localeLoaders: Partial<Record<SupportedLocale, () => Promise<LocaleModule>>> = {};
