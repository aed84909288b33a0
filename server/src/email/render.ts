// The notification emails, as text and HTML, in the recipient's language. Every value that
// comes from people (a buyer's question, a seller's answer, names) is escaped in the HTML part;
// the texts around them come from the message catalogue (catalogue.ts).
import {
  intlTag,
  SOURCE_LOCALE,
  SUPPORTED_LOCALES,
  type SupportedLocale,
} from '../../../src/i18n/languages.js';
import { textsFor } from './catalogue.js';
import type { OutgoingMail } from './mailer.js';

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );
}

/** A profile language (`de`, `pt-BR`, anything) as the locale its emails are written in. */
export function emailLocale(language: string | null | undefined): SupportedLocale {
  // As the elements match a page's language: by the primary subtag, else English.
  const primary = (language ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (SUPPORTED_LOCALES as readonly string[]).includes(primary)
    ? (primary as SupportedLocale)
    : SOURCE_LOCALE;
}

/** A deadline as the recipient reads it: in their language's conventions, in UTC. */
export function formatDue(iso: string, locale: SupportedLocale): string {
  return new Intl.DateTimeFormat(intlTag(locale), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** A template's `{placeholders}` filled, each value URL-encoded (missing ones empty). */
export function fillLink(template: string, values: Record<string, string | null | undefined>) {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => encodeURIComponent(values[key] ?? ''));
}

/** Subjects are one line, whatever a name contains. */
const oneLine = (text: string) => text.replace(/[\r\n\t]+/g, ' ').trim();

/** At most `max` characters (code points, as the API counts) of a person's text. */
function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join('').trimEnd()}…`;
}

export interface Block {
  /** A sentence from the catalogue (already holding its values). */
  lead?: string;
  /** A person's text, quoted. */
  quote?: string;
  /** A sentence after the quote. */
  note?: string;
  link?: { label: string; url: string };
}

export interface Composed {
  subject: string;
  blocks: Block[];
  /** The unsubscribe link (also in List-Unsubscribe). */
  unsubscribeUrl: string;
}

/** Text and HTML parts, with the one-click unsubscribe headers (RFC 8058). */
export function compose(locale: SupportedLocale, to: string, mail: Composed): OutgoingMail {
  const t = textsFor(locale);
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const text: string[] = [];
  const html: string[] = [];
  for (const block of mail.blocks) {
    if (block.lead) {
      text.push(block.lead);
      html.push(`<p>${escapeHtml(block.lead)}</p>`);
    }
    if (block.quote !== undefined) {
      const quote = clip(block.quote, 2000);
      text.push(
        quote
          .split(/\r?\n/)
          .map((line) => `> ${line}`)
          .join('\n'),
      );
      html.push(
        `<blockquote style="margin:0 0 16px;padding:8px 12px;border-inline-start:3px solid #c8c8c8;white-space:pre-wrap">${escapeHtml(quote)}</blockquote>`,
      );
    }
    if (block.note) {
      text.push(block.note);
      html.push(`<p>${escapeHtml(block.note)}</p>`);
    }
    if (block.link) {
      text.push(`${block.link.label}: ${block.link.url}`);
      html.push(
        `<p><a href="${escapeHtml(block.link.url)}">${escapeHtml(block.link.label)}</a></p>`,
      );
    }
  }
  const subject = oneLine(mail.subject);
  const footer = t.footer();
  const unsubscribe = t.unsubscribe();
  return {
    to,
    subject,
    text: `${text.join('\n\n')}\n\n-- \n${footer}\n${unsubscribe}: ${mail.unsubscribeUrl}\n`,
    html:
      `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8">` +
      `<title>${escapeHtml(subject)}</title></head>` +
      `<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;max-width:640px">` +
      html.join('') +
      `<hr style="border:0;border-top:1px solid #ddd;margin:24px 0 12px">` +
      `<p style="font-size:13px;color:#555">${escapeHtml(footer)} ` +
      `<a href="${escapeHtml(mail.unsubscribeUrl)}">${escapeHtml(unsubscribe)}</a></p>` +
      `</body></html>`,
    headers: {
      'List-Unsubscribe': `<${mail.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
    },
  };
}

export { clip };
