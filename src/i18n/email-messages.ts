// The texts of the reference server's notification emails, in the same message catalogue as
// the elements (locales/*.xlf): `npm run i18n:extract` finds these msg() calls, translators
// fill them with the elements' strings, and `npm run i18n:check` holds them to every locale.
// No element imports this module. The server (server/src/email/catalogue.ts) passes a `msg`
// that looks up the recipient's language in the XLIFF files, so many languages can be
// rendered at once in one process.
import type { MsgFn } from '@lit/localize/internal/types.js';
import { str } from '@lit/localize/internal/str-tag.js';

/** Every email text, for one language (`msg` decides which). */
export function emailTexts(msg: MsgFn) {
  return {
    newQuestionSubject: (buyer: string) =>
      msg(str`New question from ${buyer}`, { id: 'email.new_question.subject' }),
    newQuestionIntro: (buyer: string, about: string) =>
      msg(str`${buyer} asked about ${about}:`, { id: 'email.new_question.intro' }),
    answerBy: (due: string) => msg(str`Please answer by ${due}.`, { id: 'email.answer_by' }),
    openQuestion: () => msg('Open the question', { id: 'email.open_question' }),
    warnSubject: (buyer: string, due: string) =>
      msg(str`Reminder: answer ${buyer} by ${due}`, { id: 'email.warn.subject' }),
    urgentSubject: (buyer: string, due: string) =>
      msg(str`Urgent: answer ${buyer} by ${due}`, { id: 'email.urgent.subject' }),
    waitingIntro: (buyer: string) =>
      msg(str`${buyer} is still waiting for your answer:`, { id: 'email.waiting.intro' }),
    answerSubject: (shop: string) =>
      msg(str`${shop} answered your question`, { id: 'email.answer.subject' }),
    answerIntro: (shop: string) => msg(str`${shop} wrote:`, { id: 'email.answer.intro' }),
    platformAnswerSubject: () =>
      msg('Customer service answered your question', { id: 'email.answer_platform.subject' }),
    platformAnswerIntro: () =>
      msg('Customer service wrote:', { id: 'email.answer_platform.intro' }),
    viewConversation: () => msg('View the conversation', { id: 'email.view_conversation' }),
    replyOnSite: (shop: string) =>
      msg(str`You can reply where you asked, on the pages of ${shop}.`, {
        id: 'email.reply_on_site',
      }),
    digestSubject: (shop: string, count: string) =>
      msg(str`New questions for ${shop}: ${count}`, { id: 'email.digest.subject' }),
    digestIntro: () =>
      msg('These questions came in since the last summary:', { id: 'email.digest.intro' }),
    aboutShop: () => msg('the shop', { id: 'email.about_shop' }),
    aboutOrder: (number: string) => msg(str`order ${number}`, { id: 'email.about_order' }),
    footer: () =>
      msg('You get this email because of your notification settings.', { id: 'email.footer' }),
    unsubscribe: () => msg('Unsubscribe from these emails', { id: 'email.unsubscribe' }),
    unsubscribeConfirm: () => msg('Stop these emails?', { id: 'email.unsubscribe.confirm' }),
    unsubscribeButton: () => msg('Unsubscribe', { id: 'email.unsubscribe.button' }),
    unsubscribed: () =>
      msg('You will no longer get these emails.', { id: 'email.unsubscribe.done' }),
  };
}

export type EmailTexts = ReturnType<typeof emailTexts>;
