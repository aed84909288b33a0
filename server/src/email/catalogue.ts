// The email texts in the recipient's language, from the elements' message catalogue: the
// messages are declared once with msg() in src/i18n/email-messages.ts (English there), and
// their translations are read from locales/*.xlf, the files translators fill for the elements.
// The XLIFF is read directly (once per process, at the first email): no build step, and every
// language is at hand at once, whereas the elements' generated locale modules hold one active
// locale per page.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MsgFn } from '@lit/localize/internal/types.js';
import { joinStringsAndValues, type StrResult } from '@lit/localize/internal/str-tag.js';
import { emailTexts, type EmailTexts } from '../../../src/i18n/email-messages.js';
import {
  SOURCE_LOCALE,
  SUPPORTED_LOCALES,
  type SupportedLocale,
} from '../../../src/i18n/languages.js';

const LOCALES_DIR = fileURLToPath(new URL('../../../locales/', import.meta.url));

/** A translation: plain text, or text with the source's values in the translation's order. */
type Translation = string | { strings: string[]; values: number[] };

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};
const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);

/** The targets of one XLIFF file by message id. */
export function parseXliff(xml: string): Map<string, Translation> {
  const found = new Map<string, Translation>();
  for (const match of xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const target = /<target>([\s\S]*?)<\/target>/.exec(match[2]!)?.[1];
    if (target === undefined) continue;
    const strings: string[] = [];
    const values: number[] = [];
    let rest = target;
    for (;;) {
      const placeholder = /<x id="(\d+)"[^>]*\/>/.exec(rest);
      if (!placeholder) break;
      strings.push(unescapeXml(rest.slice(0, placeholder.index)));
      values.push(Number(placeholder[1]));
      rest = rest.slice(placeholder.index + placeholder[0].length);
    }
    strings.push(unescapeXml(rest));
    found.set(match[1]!, values.length === 0 ? strings[0]! : { strings, values });
  }
  return found;
}

/** A msg() that answers from `table`, falling back to the English source. */
function msgFrom(table: Map<string, Translation> | undefined): MsgFn {
  return ((template: string | StrResult, options?: { id?: string }) => {
    const localized = options?.id === undefined ? undefined : table?.get(options.id);
    if (typeof template === 'string') return typeof localized === 'string' ? localized : template;
    if (localized === undefined) return joinStringsAndValues(template.strings, template.values);
    if (typeof localized === 'string') return localized;
    return joinStringsAndValues(
      localized.strings as unknown as TemplateStringsArray,
      template.values,
      localized.values,
    );
  }) as MsgFn;
}

let loaded: Map<SupportedLocale, EmailTexts> | undefined;

/** The email texts in `locale` (one of the supported locales; English for any other). */
export function textsFor(locale: SupportedLocale): EmailTexts {
  if (!loaded) {
    loaded = new Map([[SOURCE_LOCALE, emailTexts(msgFrom(undefined))]]);
    for (const other of SUPPORTED_LOCALES) {
      if (other === SOURCE_LOCALE) continue;
      const xml = readFileSync(`${LOCALES_DIR}${other}.xlf`, 'utf8');
      loaded.set(other, emailTexts(msgFrom(parseXliff(xml))));
    }
  }
  return loaded.get(locale) ?? loaded.get(SOURCE_LOCALE)!;
}
