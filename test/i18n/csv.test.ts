// The CSV a seller's spreadsheet opens: the file format (BOM, CRLF, RFC 4180 quoting, the
// separator of the locale, formula cells made inert) and the exports' rows and figures in the
// reader's language and number format.
import { expect } from '@open-wc/testing';
import type { QuestionExportRow, SellerMetrics } from '../../src/api/types.js';
import {
  exportFileName,
  metricsCsv,
  questionsCsv,
} from '../../src/components/seller-question-inbox/export-csv.js';
import { presetDays, rangeOfDays } from '../../src/components/seller-question-inbox/export.js';
import { csvCell, csvDateTime, csvNumber, csvSeparator, toCsv } from '../../src/i18n/csv.js';
import { setLocale } from '../../src/index.js';

const row = (overrides: Partial<QuestionExportRow> = {}): QuestionExportRow => ({
  id: 'q-1',
  createdAt: '2026-11-30T13:05:00.000Z',
  category: 'after_sale',
  topic: 'item_damaged',
  product: { id: 'p-1', name: 'Leinenkleid „Größe 38“' },
  order: { id: 'o-1', number: 'SQ-1001' },
  buyerName: 'Jürgen Müller',
  status: 'resolved',
  handler: 'seller',
  language: 'de',
  messageCount: 3,
  firstAnswerAt: '2026-11-30T15:00:00.000Z',
  late: false,
  satisfied: true,
  resolvedAt: '2026-12-01T08:00:00.000Z',
  updatedAt: '2026-12-01T08:00:00.000Z',
  ...overrides,
});

const metrics: SellerMetrics = {
  windowDays: 30,
  windowStart: '2026-10-31T23:00:00.000Z',
  windowEnd: '2026-11-30T23:00:00.000Z',
  ratings: { satisfied: 7, total: 8 },
  csat: 7 / 8,
  responses: { needed: 3, late: 1 },
  delayedRate: 1 / 3,
  standing: 'warning',
  awaiting: { pre_sale: 0, after_sale: 0, order_service: 0 },
};

/** The lines of a CSV file (without the BOM), each split at the separator. */
const cells = (text: string, separator: string) =>
  text
    .slice(1)
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.split(separator));

describe('CSV', () => {
  it('uses ; where the locale writes decimals with a comma, else ,', () => {
    for (const locale of ['de', 'fr', 'es', 'it', 'nl', 'pl', 'pt-PT', 'sv']) {
      expect(csvSeparator(locale), locale).to.equal(';');
    }
    for (const locale of ['en', 'en-GB', 'ar']) expect(csvSeparator(locale), locale).to.equal(',');
  });

  it('quotes per RFC 4180 only what needs it, doubling quotes', () => {
    expect(csvCell('plain', ';')).to.equal('plain');
    expect(csvCell('a;b', ';')).to.equal('"a;b"');
    // The other separator too: a spreadsheet set to that one would split the cell there.
    expect(csvCell('a,b', ';')).to.equal('"a,b"');
    expect(csvCell('a;b', ',')).to.equal('"a;b"');
    expect(csvCell('a,b', ',')).to.equal('"a,b"');
    expect(csvCell('say "hi"', ',')).to.equal('"say ""hi"""');
    expect(csvCell('two\nlines', ',')).to.equal('"two\nlines"');
    expect(csvCell('two\r\nlines', ',')).to.equal('"two\r\nlines"');
  });

  it('makes a cell a spreadsheet would run as a formula plain text', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","Click")', ';')).to.equal(
      `"'=HYPERLINK(""http://evil.example"",""Click"")"`,
    );
    expect(csvCell('+49 30 1234', ',')).to.equal("'+49 30 1234");
    expect(csvCell('-2+3', ',')).to.equal("'-2+3");
    expect(csvCell('@SUM(A1)', ',')).to.equal("'@SUM(A1)");
    expect(csvCell('\tcmd', ',')).to.equal("'\tcmd");
    expect(csvCell('\r=1', ',')).to.equal(`"'\r=1"`);
    // Not at the start: harmless.
    expect(csvCell('a=b', ',')).to.equal('a=b');
    // After the other separator: one quoted cell in either kind of file, so no spreadsheet,
    // whichever list separator it is set to, starts a cell with the formula.
    expect(csvCell("Eve;=cmd|' /C calc'!A0", ',')).to.equal(`"Eve;=cmd|' /C calc'!A0"`);
    expect(csvCell('Tee, =1+1', ';')).to.equal('"Tee, =1+1"');
    // A formatted number keeps its decimal comma unquoted in a ; file.
    expect(csvCell(csvNumber(12.5, 'de', 1).number, ';', true)).to.equal('12,5');
    // A formatted number is passed as it is.
    expect(toCsv([[csvNumber(-2.5, 'de', 1)]], ';')).to.equal('\uFEFF-2,5\r\n');
  });

  it('writes a BOM, CRLF after every line, and numbers without grouping', () => {
    const text = toCsv(
      [
        ['a', 'b'],
        [csvNumber(1234.5, 'de', 1), csvNumber(1234.5, 'en', 1)],
      ],
      ';',
    );
    expect(text).to.equal('\uFEFFa;b\r\n1234,5;1234.5\r\n');
    expect(csvNumber(12.345, 'fr', 1).number).to.equal('12,3');
    expect(csvNumber(7, 'ar').number).to.equal('7');
  });

  it('writes times year first, 24 hours, in the given time zone', () => {
    expect(csvDateTime('2026-11-30T23:30:00Z', 'Europe/Berlin')).to.equal('2026-12-01 00:30');
    expect(csvDateTime('2026-07-01T12:00:00Z', 'America/New_York')).to.equal('2026-07-01 08:00');
    expect(csvDateTime('2026-07-01T00:05:00Z', 'UTC')).to.equal('2026-07-01 00:05');
  });
});

describe('the exports as CSV', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  it('writes the questions in German: ; separator, German words, umlauts, times in the zone', async () => {
    await setLocale('de');
    const text = questionsCsv(
      [
        row(),
        row({
          id: 'q-2',
          buyerName: '=HYPERLINK("http://evil.example";"Jürgen")',
          product: null,
          order: null,
          status: 'awaiting_seller',
          category: 'pre_sale',
          topic: 'product',
          language: 'fr',
          firstAnswerAt: null,
          late: true,
          satisfied: null,
          resolvedAt: null,
        }),
      ],
      { timeZone: 'Europe/Berlin' },
    );
    expect(text.startsWith('\uFEFF')).to.equal(true);
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replaceAll('\r\n', '')).not.to.include('\n');
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).to.equal(
      'Fragen-ID;Erstellt (Europe/Berlin);Kategorie;Thema;Produkt;Bestellung;Käufer;Status;Sprache;Nachrichten;Erste Antwort (Europe/Berlin);Verspätet beantwortet;Bewertung;Gelöst (Europe/Berlin);Letzte Änderung (Europe/Berlin)',
    );
    expect(lines[1]).to.equal(
      'q-1;2026-11-30 14:05;Probleme nach dem Kauf;Artikel kam beschädigt an;Leinenkleid „Größe 38“;SQ-1001;Jürgen Müller;Gelöst;Deutsch;3;2026-11-30 16:00;Nein;Zufrieden;2026-12-01 09:00;2026-12-01 09:00',
    );
    // The buyer's name is text, not a formula; its ; is quoted.
    expect(lines[2]).to.include(`;"'=HYPERLINK(""http://evil.example"";""Jürgen"")";`);
    expect(lines[2]).to.include(';Französisch;3;;Ja;;;');
  });

  it('writes the metrics in German with decimal commas, and in English with points', async () => {
    const days = { first: '2026-11-01', last: '2026-11-30' };
    await setLocale('de');
    const german = cells(metricsCsv(metrics, days, { timeZone: 'Europe/Berlin' }), ';');
    expect(german).to.deep.equal([
      ['Kennzahl', 'Wert'],
      ['Von', '2026-11-01'],
      ['Bis', '2026-11-30'],
      ['Zeitzone', 'Europe/Berlin'],
      // A label with a comma is quoted in a ";" file too (a spreadsheet set to "," would split it).
      ['"Fragen, die eine Antwort brauchten"', '3'],
      ['Verspätet oder noch nicht beantwortet', '1'],
      ['Verspätete Antworten (%)', '33,3'],
      ['Bewertungen: zufrieden', '7'],
      ['Bewertungen: alle', '8'],
      ['"Kundenzufriedenheit, CSAT (%)"', '87,5'],
      ['Kontostatus', 'Handlungsbedarf'],
    ]);
    await setLocale('en');
    const english = metricsCsv({ ...metrics, csat: null }, days, { timeZone: 'UTC' })
      .slice(1)
      .split('\r\n');
    expect(english[6]).to.equal('Delayed responses (%),33.3');
    // A label with the separator in it is quoted.
    expect(english[9]).to.equal('"Customer satisfaction, CSAT (%)",Not enough data');
    expect(exportFileName('questions', days)).to.equal('questions-2026-11-01-2026-11-30.csv');
  });

  it('turns local days into a range that holds both days whole and ends no later than now', () => {
    const range = rangeOfDays(
      { first: '2026-11-01', last: '2026-11-30' },
      Date.parse('2027-01-01'),
    );
    expect(Date.parse(range.from)).to.equal(new Date(2026, 10, 1).getTime() - 1);
    expect(Date.parse(range.to)).to.equal(new Date(2026, 11, 1).getTime());
    const now = new Date(2026, 10, 30, 15, 0).getTime();
    expect(Date.parse(rangeOfDays({ first: '2026-11-30', last: '2026-11-30' }, now).to)).to.equal(
      now,
    );
    expect(presetDays('last_7', '2026-11-30')).to.deep.equal({
      first: '2026-11-24',
      last: '2026-11-30',
    });
    expect(presetDays('last_month', '2026-03-15')).to.deep.equal({
      first: '2026-02-01',
      last: '2026-02-28',
    });
    expect(presetDays('last_month', '2026-01-05')).to.deep.equal({
      first: '2025-12-01',
      last: '2025-12-31',
    });
  });
});
