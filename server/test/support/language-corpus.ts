// Texts for comparing src/backend/language.ts with eld itself (language-detector.test.ts): the
// demo seed's messages, phrasebook and templates, lines written for the ten product languages
// and for a dozen others, and edge cases (emoji, numbers, links, long and odd input).
import { QUESTIONS } from '../../../src/mocks/seed-data.js';
import { SELLER_PHRASES } from '../../../src/mocks/phrase-data.js';
import { OFFICIAL_TEMPLATES, SIGN_OFF } from '../../../src/mocks/template-data.js';
import { buildSeedState } from '../../../src/mocks/seed.js';

/** Lines per language (ISO 639-1) as a buyer or seller would write them. */
export const WRITTEN: Record<string, string[]> = {
  en: [
    'When will my parcel arrive? I ordered it last Monday.',
    'Does the linen shirt run small or large?',
    'Could you send it gift-wrapped, please?',
    "I haven't received a tracking number yet.",
    'The colour in the photo looks darker than the one I got.',
    'Can I return the jacket if it does not fit?',
    'Thanks, that answers my question perfectly!',
    'Is this available in a larger size?',
    'We ship within two working days from our warehouse in Leeds.',
    'Sorry for the delay, your refund was issued this morning.',
    'Is the cotton organic and where is it made?',
    'My order arrived damaged, the box was crushed.',
  ],
  de: [
    'Wann kommt mein Paket an?',
    'Ist der Artikel noch auf Lager und wann wird er verschickt?',
    'Kann ich die Jacke umtauschen, wenn sie nicht passt?',
    'Die Farbe sieht auf dem Foto ganz anders aus.',
    'Vielen Dank für die schnelle Antwort!',
    'Gibt es das Hemd auch in Größe XL?',
    'Meine Bestellung ist beschädigt angekommen.',
    'Wir versenden innerhalb von zwei Werktagen.',
    'Könnten Sie mir bitte die Rechnung noch einmal schicken?',
    'Ich warte seit einer Woche auf die Rückerstattung.',
    'Danke schön',
    'Prima, danke',
  ],
  fr: [
    'Quand est-ce que mon colis va arriver ?',
    'Est-ce que la chemise taille petit ou grand ?',
    "Je n'ai toujours pas reçu de numéro de suivi.",
    'Pouvez-vous faire un emballage cadeau, s’il vous plaît ?',
    'Merci beaucoup pour votre réponse rapide !',
    'Le produit est arrivé abîmé, que dois-je faire ?',
    'Nous expédions sous deux jours ouvrés.',
    'Est-il possible de changer l’adresse de livraison ?',
    'La couleur est plus claire que sur la photo.',
    'Super, merci !',
    'Je voudrais retourner la veste, elle est trop grande.',
    'Votre remboursement a été effectué ce matin.',
  ],
  es: [
    '¿Cuándo llegará mi pedido?',
    'Sí, el artículo está disponible y se envía mañana.',
    '¿Tienen esta camisa en una talla más grande?',
    'El paquete llegó dañado, ¿qué puedo hacer?',
    'Muchas gracias por la respuesta tan rápida.',
    'Todavía no he recibido el número de seguimiento.',
    '¿Puedo devolver el producto si no me queda bien?',
    'Enviamos en un plazo de dos días laborables.',
    'El color es más oscuro que en la foto.',
    '¿Es algodón orgánico?',
    'Le hemos devuelto el dinero esta mañana.',
    'Quisiera cambiar la dirección de envío, por favor.',
  ],
  it: [
    'Quando arriverà il mio pacco?',
    'La camicia veste piccola o grande?',
    'Non ho ancora ricevuto il numero di tracciamento.',
    'Grazie mille per la risposta veloce!',
    'Il prodotto è arrivato danneggiato, cosa devo fare?',
    'Posso restituire la giacca se non mi sta bene?',
    'Spediamo entro due giorni lavorativi.',
    'Il colore è più scuro rispetto alla foto.',
    'È possibile cambiare l’indirizzo di consegna?',
    'Avete questa maglia in una taglia più grande?',
    'Il rimborso è stato emesso stamattina.',
    'Perfetto, grazie',
  ],
  nl: [
    'Wanneer wordt mijn pakket bezorgd?',
    'Valt het overhemd klein of groot uit?',
    'Ik heb nog geen track-and-trace code ontvangen.',
    'Bedankt voor het snelle antwoord!',
    'Het product is beschadigd aangekomen, wat moet ik doen?',
    'Kan ik de jas retourneren als hij niet past?',
    'Wij verzenden binnen twee werkdagen.',
    'De kleur is donkerder dan op de foto.',
    'Is het mogelijk om het bezorgadres te wijzigen?',
    'Hebben jullie dit ook in een grotere maat?',
    'Uw terugbetaling is vanochtend verwerkt.',
    'Top, dank je wel',
  ],
  pl: [
    'Kiedy dotrze moja paczka?',
    'Czy koszula jest mała czy duża w rozmiarze?',
    'Nadal nie otrzymałem numeru przesyłki.',
    'Dziękuję bardzo za szybką odpowiedź!',
    'Produkt przyszedł uszkodzony, co mam zrobić?',
    'Czy mogę zwrócić kurtkę, jeśli nie pasuje?',
    'Wysyłamy w ciągu dwóch dni roboczych.',
    'Kolor jest ciemniejszy niż na zdjęciu.',
    'Czy można zmienić adres dostawy?',
    'Czy macie to w większym rozmiarze?',
    'Zwrot pieniędzy został zlecony dziś rano.',
    'Super, dzięki',
  ],
  pt: [
    'Quando é que a minha encomenda chega?',
    'A camisa veste pequeno ou grande?',
    'Ainda não recebi o número de seguimento.',
    'Muito obrigado pela resposta rápida!',
    'O produto chegou danificado, o que devo fazer?',
    'Posso devolver o casaco se não servir?',
    'Enviamos no prazo de dois dias úteis.',
    'A cor é mais escura do que na foto.',
    'É possível alterar a morada de entrega?',
    'Vocês têm isto num tamanho maior?',
    'O seu reembolso foi processado esta manhã.',
    'Quando vai chegar o meu pedido? Comprei na segunda-feira.',
  ],
  sv: [
    'När kommer mitt paket fram?',
    'Är skjortan liten eller stor i storleken?',
    'Jag har fortfarande inte fått något spårningsnummer.',
    'Tack så mycket för det snabba svaret!',
    'Produkten kom fram skadad, vad ska jag göra?',
    'Kan jag returnera jackan om den inte passar?',
    'Vi skickar inom två arbetsdagar.',
    'Färgen är mörkare än på bilden.',
    'Går det att ändra leveransadressen?',
    'Har ni den här i en större storlek?',
    'Din återbetalning gjordes i morse.',
    'Toppen, tack',
  ],
  ar: [
    'متى يصل طلبي؟',
    'هل القميص صغير أم كبير في المقاس؟',
    'لم أستلم رقم التتبع حتى الآن.',
    'شكرا جزيلا على الرد السريع!',
    'وصل المنتج تالفا، ماذا أفعل؟',
    'هل يمكنني إرجاع السترة إذا لم تناسبني؟',
    'نقوم بالشحن خلال يومي عمل.',
    'اللون أغمق مما في الصورة.',
    'هل يمكن تغيير عنوان التوصيل؟',
    'هل لديكم هذا بمقاس أكبر؟',
    'تم رد المبلغ صباح اليوم.',
    'شكرا',
  ],
  da: [
    'Hvornår kommer min pakke frem til mig?',
    'Tak for det hurtige svar, det var en stor hjælp.',
    'Kan jeg bytte skjorten til en større størrelse?',
  ],
  no: [
    'Når kommer pakken min fram? Jeg bestilte den på mandag.',
    'Kan jeg returnere jakken hvis den ikke passer?',
    'Tusen takk for et raskt svar!',
  ],
  fi: [
    'Milloin pakettini saapuu perille?',
    'Voinko palauttaa takin, jos se ei sovi?',
    'Kiitos nopeasta vastauksesta!',
  ],
  cs: [
    'Kdy mi dorazí balíček? Objednal jsem ho v pondělí.',
    'Mohu bundu vrátit, pokud mi nebude sedět?',
    'Děkuji za rychlou odpověď!',
  ],
  tr: [
    'Siparişim ne zaman gelecek? Pazartesi sipariş verdim.',
    'Ceket olmazsa iade edebilir miyim?',
    'Hızlı cevabınız için çok teşekkürler!',
  ],
  ru: [
    'Когда придёт моя посылка? Я заказал её в понедельник.',
    'Можно ли вернуть куртку, если она не подойдёт?',
    'Спасибо за быстрый ответ!',
  ],
  uk: [
    'Коли прийде моя посилка? Я замовив її в понеділок.',
    'Чи можна повернути куртку, якщо вона не підійде?',
    'Дякую за швидку відповідь!',
  ],
  el: [
    'Πότε θα φτάσει το δέμα μου; Το παρήγγειλα τη Δευτέρα.',
    'Μπορώ να επιστρέψω το μπουφάν αν δεν μου κάνει;',
    'Ευχαριστώ πολύ για τη γρήγορη απάντηση!',
  ],
  he: [
    'מתי תגיע החבילה שלי? הזמנתי אותה ביום שני.',
    'אפשר להחזיר את המעיל אם הוא לא מתאים?',
    'תודה רבה על התשובה המהירה!',
  ],
  ja: [
    '荷物はいつ届きますか？月曜日に注文しました。',
    'サイズが合わなければ返品できますか？',
    '迅速なご返信ありがとうございます！',
  ],
  zh: [
    '我的包裹什么时候到？我星期一下的订单。',
    '如果夹克不合适，我可以退货吗？',
    '非常感谢您的快速回复！',
  ],
  ko: [
    '제 택배는 언제 도착하나요? 월요일에 주문했어요.',
    '재킷이 맞지 않으면 반품할 수 있나요?',
    '빠른 답변 감사합니다!',
  ],
  hu: [
    'Mikor érkezik meg a csomagom? Hétfőn rendeltem.',
    'Visszaküldhetem a kabátot, ha nem jó rám?',
    'Köszönöm a gyors választ!',
  ],
  ro: [
    'Când ajunge coletul meu? L-am comandat luni.',
    'Pot returna geaca dacă nu mi se potrivește?',
    'Mulțumesc pentru răspunsul rapid!',
  ],
  hi: [
    'मेरा पार्सल कब पहुंचेगा? मैंने सोमवार को ऑर्डर किया था।',
    'अगर जैकेट फिट नहीं हुई तो क्या मैं उसे लौटा सकता हूं?',
  ],
  th: ['พัสดุของฉันจะมาถึงเมื่อไหร่ ฉันสั่งเมื่อวันจันทร์', 'ขอบคุณมากสำหรับคำตอบที่รวดเร็ว'],
  vi: [
    'Khi nào bưu kiện của tôi sẽ đến? Tôi đã đặt hàng vào thứ Hai.',
    'Cảm ơn bạn rất nhiều vì đã trả lời nhanh!',
  ],
};

/** Input that is not a plain sentence. */
export const ODD: string[] = [
  '',
  '   ',
  '12345 67890',
  'ok',
  '👍👍👍 super merci 🙏 à bientôt 😀',
  'Order #A-1234-XY, tracking 1Z999AA10123456784, see https://track.example.com/1Z999AA1',
  'mail me at anna.schmidt@example.de bitte, danke schön für alles',
  "don't won't can't isn't it’s we’re l'été aujourd'hui",
  'Supercalifragilisticexpialidocious'.repeat(4) + ' is a very long word indeed',
  'Das ist ein Satz. '.repeat(80),
  'ＦＵＬＬＷＩＤＴＨ ｔｅｘｔ ｈｅｒｅ ａｎｄ ｍｏｒｅ',
  'lone \ud800 surrogate and \udc00 another one at the end \ud83d',
  'Mixed: Hello, wie geht es dir? Très bien, merci!',
  'ÄÖÜ äöü ß ÉÈÊ éèê Ññ Ç ç Łł Śś Żż Ąą Ęę',
  '1,68 m, 92 cm, 74 cm, M, S, XL',
];

function strings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    if (value.includes(' ')) into.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) strings(item, into);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) strings(item, into);
  }
}

/** The first `count` words of a text. */
function firstWords(text: string, count: number): string {
  return text.split(/\s+/).slice(0, count).join(' ');
}

/** Every text of the corpus, each once. */
export function corpus(): string[] {
  const texts = new Set<string>();
  const state = buildSeedState();
  for (const question of state.questions)
    for (const message of question.messages) {
      texts.add(message.text);
    }
  strings(QUESTIONS, texts);
  strings(SELLER_PHRASES, texts);
  strings(OFFICIAL_TEMPLATES, texts);
  strings(SIGN_OFF, texts);
  for (const lines of Object.values(WRITTEN)) for (const line of lines) texts.add(line);
  for (const text of ODD) texts.add(text);
  // Short forms near the detector's thresholds: the first 2, 3, 4 and 6 words of each.
  for (const text of [...texts]) {
    for (const count of [2, 3, 4, 6]) texts.add(firstWords(text, count));
  }
  return [...texts];
}
