// The count's words in the reader's language, every CLDR plural category its own message (the
// verb agrees with the number in Polish, Arabic...).
import { formatNumber } from '../../i18n/format-number.js';
import { getLocale, msg, str } from '../../i18n/localize.js';

/** "3 questions awaiting your answer". */
export function awaitingText(count: number): string {
  const n = formatNumber(count);
  switch (new Intl.PluralRules(getLocale()).select(count)) {
    case 'zero':
      return msg(str`${n} questions awaiting your answer`, { id: 'count.awaiting.zero' });
    case 'one':
      return msg(str`${n} question awaiting your answer`, { id: 'count.awaiting.one' });
    case 'two':
      return msg(str`${n} questions awaiting your answer`, { id: 'count.awaiting.two' });
    case 'few':
      return msg(str`${n} questions awaiting your answer`, { id: 'count.awaiting.few' });
    case 'many':
      return msg(str`${n} questions awaiting your answer`, { id: 'count.awaiting.many' });
    default:
      return msg(str`${n} questions awaiting your answer`, { id: 'count.awaiting.other' });
  }
}

/** "3 unread questions". */
export function unreadText(count: number): string {
  const n = formatNumber(count);
  switch (new Intl.PluralRules(getLocale()).select(count)) {
    case 'zero':
      return msg(str`${n} unread questions`, { id: 'count.unread.zero' });
    case 'one':
      return msg(str`${n} unread question`, { id: 'count.unread.one' });
    case 'two':
      return msg(str`${n} unread questions`, { id: 'count.unread.two' });
    case 'few':
      return msg(str`${n} unread questions`, { id: 'count.unread.few' });
    case 'many':
      return msg(str`${n} unread questions`, { id: 'count.unread.many' });
    default:
      return msg(str`${n} unread questions`, { id: 'count.unread.other' });
  }
}
