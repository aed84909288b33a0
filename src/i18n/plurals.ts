// Counted phrases with the plural forms of the reader's language (Polish and Arabic have
// several). Every CLDR category has its own message, so translators can fill each one.
// (The hours, "48 hours", are in format-number.ts: a buyer element's first view shows them.)
import { formatNumber, pluralCategory as category } from './format-number.js';
import { msg, str } from './localize.js';

/** "1 item", "3 items" (Polish "3 produkty", "5 produktów"...). */
export function itemCount(count: number): string {
  const n = formatNumber(count);
  switch (category(count)) {
    case 'zero':
      return msg(str`${n} items`, { id: 'plural.items.zero' });
    case 'one':
      return msg(str`${n} item`, { id: 'plural.items.one' });
    case 'two':
      return msg(str`${n} items`, { id: 'plural.items.two' });
    case 'few':
      return msg(str`${n} items`, { id: 'plural.items.few' });
    case 'many':
      return msg(str`${n} items`, { id: 'plural.items.many' });
    default:
      return msg(str`${n} items`, { id: 'plural.items.other' });
  }
}

/** "1 question", "12 questions". */
export function questionCount(count: number): string {
  const n = formatNumber(count);
  switch (category(count)) {
    case 'zero':
      return msg(str`${n} questions`, { id: 'plural.questions.zero' });
    case 'one':
      return msg(str`${n} question`, { id: 'plural.questions.one' });
    case 'two':
      return msg(str`${n} questions`, { id: 'plural.questions.two' });
    case 'few':
      return msg(str`${n} questions`, { id: 'plural.questions.few' });
    case 'many':
      return msg(str`${n} questions`, { id: 'plural.questions.many' });
    default:
      return msg(str`${n} questions`, { id: 'plural.questions.other' });
  }
}
