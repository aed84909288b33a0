// The SDK's own localization runtime. Elements call `msg()` / `str` exactly as with
// @lit/localize (so `lit-localize extract` finds every message), but the translations, the
// active locale and its loading live here, not in @lit/localize's page-global runtime. That
// runtime can be configured only once per page, and a host page may already use it for its own
// strings; the SDK then neither breaks the host nor goes untranslated.
import type { LocaleModule, MsgFn } from '@lit/localize/internal/types.js';
import { joinStringsAndValues, type StrResult } from '@lit/localize/internal/str-tag.js';
import { SOURCE_LOCALE, SUPPORTED_LOCALES, type SupportedLocale } from './languages.js';
import { localeLoaders } from './locale-loaders.js';

export { str } from '@lit/localize/internal/str-tag.js';

/** Fired on `window` once a new locale is active (after its translations loaded). */
export const LOCALE_CHANGED_EVENT = 'sq-locale-changed';

let active: SupportedLocale = SOURCE_LOCALE;
let templates: LocaleModule['templates'] | undefined;
let requested: SupportedLocale = SOURCE_LOCALE;
let explicit = false;

/**
 * Looks up the active locale's translation by the message's id; the English source when there
 * is none. Every message of the SDK has an explicit id (a check in `npm test` enforces it), so
 * no id is ever derived from the text, and a translation may reorder the `str` values.
 */
export const msg = ((template: string | StrResult, options?: { id?: string }) => {
  const source = typeof template === 'string' ? null : template;
  const localized = options?.id === undefined ? undefined : templates?.[options.id];
  if (typeof localized === 'string') return localized;
  if (localized && 'strTag' in localized && source) {
    return joinStringsAndValues(localized.strings, source.values, localized.values as number[]);
  }
  return source ? joinStringsAndValues(source.strings, source.values) : template;
}) as MsgFn;

export function getLocale(): SupportedLocale {
  return active;
}

/**
 * The supported locale for a BCP 47 tag: exact, else by language (`de-AT` -> `de`,
 * `pt-BR` -> `pt`), else English.
 */
export function matchLocale(tag: string | null | undefined): SupportedLocale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (SUPPORTED_LOCALES as readonly string[]).includes(language)
    ? (language as SupportedLocale)
    : SOURCE_LOCALE;
}

const RTL_LOCALES: readonly SupportedLocale[] = ['ar'];

/** Whether the locale is written right to left (the elements then lay out mirrored). */
export function isRtl(locale: SupportedLocale = active): boolean {
  return RTL_LOCALES.includes(locale);
}

async function activate(locale: SupportedLocale): Promise<SupportedLocale> {
  requested = locale;
  const loader = locale === SOURCE_LOCALE ? undefined : localeLoaders[locale];
  const loaded = loader ? (await loader()).templates : undefined;
  // A later request won while this one loaded: it decides.
  if (requested !== locale) return active;
  templates = loaded;
  if (active !== locale) {
    active = locale;
    globalThis.dispatchEvent(new Event(LOCALE_CHANGED_EVENT));
  }
  return active;
}

/**
 * Switches every seller-questions element on the page to `locale` (any BCP 47 tag; the closest
 * supported locale is used). Only that locale's translations are fetched. Resolves with the
 * locale now active. After this call the elements stop following `<html lang>` changes.
 */
export function setLocale(locale: string): Promise<SupportedLocale> {
  explicit = true;
  return activate(matchLocale(locale));
}

let observer: MutationObserver | undefined;

/**
 * Follows `<html lang>` (until `setLocale()` is called): at the first element's connection and
 * whenever the attribute changes.
 */
export function followDocumentLanguage(): void {
  if (observer || typeof document === 'undefined') return;
  const root = document.documentElement;
  const follow = () => {
    if (!explicit) void activate(matchLocale(root.lang));
  };
  observer = new MutationObserver(follow);
  observer.observe(root, { attributes: true, attributeFilter: ['lang'] });
  follow();
}
