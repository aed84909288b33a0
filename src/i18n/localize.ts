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

// Bidirectional text. Text from people and from the backend (names, titles, addresses, order
// and tracking numbers, questions) goes into the elements' own sentences and boxes. In a box of
// the other direction, the Unicode bidirectional algorithm lets its neutral characters take the
// box's direction: in Arabic, "Is this shirt 100% linen?" showed as "?Is this shirt 100% linen"
// and "10435 Berlin" as "Berlin 10435". Wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL
// ISOLATE (U+2068, U+2069: what <bdi> does in markup, and ICU's MessageFormat 2 to its
// placeholders), the text keeps its own direction and is one unit to the sentence around it. In
// a left-to-right locale only a text with right-to-left characters is wrapped: a German name in
// German stays as it was, byte for byte.

/**
 * A character of the block of the right-to-left scripts, U+0590–U+08FF: Hebrew, Arabic, Syriac,
 * Thaana, N'Ko, Samaritan, Mandaic (their digits too: a number of them is set apart in
 * left-to-right text as well, which does no harm).
 */
const RTL_TEXT = /[\u0590-\u08ff]/;

/**
 * A text from people or the backend (a name, a title, an address's line, a question), as it
 * goes into the elements' text in the active locale, alone or as a value of a message: wrapped
 * in an isolate in a right-to-left locale (an Arabic name set apart shows as it would anyway),
 * and in a left-to-right one when it holds a right-to-left character; else unchanged.
 */
export function isolate(text: string): string {
  return isRtl() || RTL_TEXT.test(text) ? `\u2068${text}\u2069` : text;
}

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
