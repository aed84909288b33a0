// The inbox's Export: the seller picks days and what to export, and downloads a CSV a
// spreadsheet opens with the right characters and numbers in the seller's language; a failure
// keeps the dialog and its choices for another try.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { SqInboxExport } from '../../../src/components/seller-question-inbox/export.js';
import type { SqInboxPerformance } from '../../../src/components/seller-question-inbox/performance.js';
import { setLocale } from '../../../src/index.js';
import type { MockBackend } from '../../../src/mocks/index.js';
import { API_BASE, useMockBackend, worker } from '../../support/backend.js';
import { waitFor } from '../../support/elements.js';
import { clearInboxDrafts, mountInbox, performanceOf } from '../../support/inbox.js';

interface Download {
  name: string;
  url: string;
  bytes: Uint8Array;
}

/**
 * Catches what the page downloads: the link's file name and the bytes of the Blob behind its
 * object URL (the download itself is prevented), and which object URLs were revoked.
 */
function catchDownloads() {
  const blobs = new Map<string, Blob>();
  const downloads: Download[] = [];
  const revoked: string[] = [];
  const createObjectURL = URL.createObjectURL.bind(URL);
  const revokeObjectURL = URL.revokeObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    revoked.push(url);
    revokeObjectURL(url);
  };
  const onClick = (event: Event) => {
    const link = event.composedPath()[0];
    if (!(link instanceof HTMLAnchorElement) || !link.download) return;
    event.preventDefault();
    const blob = blobs.get(link.href);
    if (!blob) throw new Error(`No Blob for ${link.href}`);
    void blob.arrayBuffer().then((buffer) => {
      downloads.push({ name: link.download, url: link.href, bytes: new Uint8Array(buffer) });
    });
  };
  document.addEventListener('click', onClick, true);
  return {
    downloads,
    revoked,
    restore() {
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
      document.removeEventListener('click', onClick, true);
    },
  };
}

/** The text of a download, its byte order mark kept. */
const textOf = (download: Download) =>
  new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(download.bytes);

async function openExport(performance: SqInboxPerformance): Promise<SqInboxExport> {
  // The header's code loads on demand beside the list's first page, and the inbox hands over
  // its client after that page.
  await waitFor(
    () => performance.shadowRoot?.querySelector('[part=export]') && performance.client,
    'the Export button and the client',
  );
  const root = performance.shadowRoot!;
  root.querySelector<HTMLButtonElement>('[part=export]')!.click();
  await waitFor(() => root.querySelector('sq-inbox-export'), 'the export dialog');
  const dialog = root.querySelector<SqInboxExport>('sq-inbox-export')!;
  await waitFor(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'the dialog open');
  return dialog;
}

function inDialog(dialog: SqInboxExport, selector: string): HTMLElement {
  const found = dialog.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`No ${selector} in the export dialog`);
  return found;
}
const inputIn = (dialog: SqInboxExport, selector: string) =>
  inDialog(dialog, selector) as HTMLInputElement;

async function setDay(dialog: SqInboxExport, which: 'first' | 'last', day: string) {
  const input = inputIn(dialog, `#${which}`);
  input.value = day;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await dialog.updateComplete;
}

const localDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

describe('<seller-question-inbox> export', () => {
  let backend: MockBackend;
  let caught: ReturnType<typeof catchDownloads>;
  beforeEach(async () => {
    clearInboxDrafts();
    backend = await useMockBackend();
    caught = catchDownloads();
  });
  afterEach(async () => {
    caught.restore();
    await setLocale('en');
  });

  it('downloads the questions of the last 90 days as German CSV a spreadsheet opens', async () => {
    // The newest question's buyer calls themselves a formula.
    const newest = [...backend.state.questions].sort((a, b) =>
      b.createdAt.localeCompare(a.createdAt),
    )[0]!;
    const evil = '=HYPERLINK("http://evil.example";"Jürgen Größe")';
    backend.state.buyers.find((buyer) => buyer.id === newest.buyerId)!.name = evil;
    await setLocale('de');
    const el = await mountInbox();
    const performance = await performanceOf(el);
    const dialog = await openExport(performance);
    await expect(dialog.shadowRoot!.querySelector('dialog')).to.be.accessible();
    inDialog(dialog, '[data-preset=last_90]').click();
    await dialog.updateComplete;
    const today = new Date();
    const first = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 89);
    expect(inputIn(dialog, '#first').value).to.equal(localDay(first));
    expect(inputIn(dialog, '#last').value).to.equal(localDay(today));
    inDialog(dialog, 'button.primary').click();
    await waitFor(() => caught.downloads.length === 1, 'the download');
    const [download] = caught.downloads;
    expect(download!.name).to.equal(`questions-${localDay(first)}-${localDay(today)}.csv`);
    // UTF-8 with a byte order mark, CRLF line ends.
    expect([...download!.bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = textOf(download!);
    expect(text.replaceAll('\r\n', '')).not.to.match(/[\r\n]/);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).to.match(/^Fragen-ID;Erstellt \([^)]+\);Kategorie;Thema;Produkt;/);
    // One row for each of the shop's questions created in the range.
    const since = first.getTime();
    const expected = backend.state.questions.filter(
      (question) => Date.parse(question.createdAt) >= since,
    );
    expect(lines.length - 1).to.equal(expected.length);
    // The formula is text, its quotes doubled, its umlauts intact.
    const evilLine = lines.find((line) => line.startsWith(`${newest.id};`))!;
    expect(evilLine).to.include(`;"'=HYPERLINK(""http://evil.example"";""Jürgen Größe"")";`);
    // Times year first, in one column.
    expect(evilLine.split(';')[1]).to.match(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    // Downloaded: the dialog closes and the object URL is let go.
    await waitFor(() => !dialog.shadowRoot!.querySelector('dialog')!.open, 'the dialog closed');
    await waitFor(() => caught.revoked.includes(download!.url), 'the URL revoked');
  });

  it('downloads the performance figures of last month with decimal commas in German', async () => {
    await setLocale('de');
    const el = await mountInbox();
    const dialog = await openExport(await performanceOf(el));
    inputIn(dialog, 'input[value=metrics]').click();
    inDialog(dialog, '[data-preset=last_month]').click();
    await dialog.updateComplete;
    inDialog(dialog, 'button.primary').click();
    await waitFor(() => caught.downloads.length === 1, 'the download');
    const text = textOf(caught.downloads[0]!);
    expect(caught.downloads[0]!.name).to.match(/^metrics-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.startsWith('\uFEFFKennzahl;Wert\r\n')).to.equal(true);
    expect(text).to.match(/\r\nKontostatus;[^\r\n]+\r\n$/);
    // A label with a comma is one quoted cell (a spreadsheet set to "," would split it).
    for (const label of ['Verspätete Antworten (%)', '"Kundenzufriedenheit, CSAT (%)"']) {
      const line = text.split('\r\n').find((candidate) => candidate.startsWith(`${label};`));
      // A number with a decimal comma (or none), never a point; or "not enough data".
      expect(line, label).to.match(/;(\d+(,\d)?|Nicht genügend Daten)$/);
    }
  });

  it('refuses days in the wrong order without asking the backend', async () => {
    let requests = 0;
    worker.use(
      http.get(`${API_BASE}/exports/questions`, () => {
        requests++;
        return undefined;
      }),
    );
    const el = await mountInbox();
    const dialog = await openExport(await performanceOf(el));
    await setDay(dialog, 'first', '2026-03-10');
    await setDay(dialog, 'last', '2026-03-01');
    inDialog(dialog, 'button.primary').click();
    await dialog.updateComplete;
    expect(inDialog(dialog, '#days-error').textContent).to.include(
      'The first day must not be after the last.',
    );
    expect(inDialog(dialog, '#first').getAttribute('aria-invalid')).to.equal('true');
    expect(requests).to.equal(0);
    expect(caught.downloads).to.deep.equal([]);
  });

  it('keeps the focus on Download while it prepares, and Cancel stops it with the dialog kept', async () => {
    let requested = 0;
    // The export's first page never comes: it is on its way until Cancel aborts it.
    worker.use(
      http.get(`${API_BASE}/exports/questions`, () => {
        requested += 1;
        return new Promise<Response>(() => undefined);
      }),
    );
    const el = await mountInbox();
    const dialog = await openExport(await performanceOf(el));
    const download = inDialog(dialog, 'button.primary');
    download.focus();
    download.click();
    await waitFor(() => requested === 1 && download.getAttribute('aria-busy') === 'true', 'busy');
    // Busy, but not disabled: a disabled button would drop the focus to the page.
    expect(download.getAttribute('aria-disabled')).to.equal('true');
    expect(download.hasAttribute('disabled')).to.equal(false);
    expect(dialog.shadowRoot!.activeElement).to.equal(download);
    // A second click while it prepares asks for nothing more.
    download.click();
    await dialog.updateComplete;
    expect(requested).to.equal(1);
    const cancel = inDialog(dialog, '.actions button:not(.primary)') as HTMLButtonElement;
    expect(cancel.disabled).to.equal(false);
    cancel.click();
    // Stopped: no longer busy, and no failure to report (the seller asked for it).
    await waitFor(() => download.getAttribute('aria-busy') === 'false', 'no longer busy');
    expect(download.getAttribute('aria-disabled')).to.equal('false');
    expect(download.textContent.trim()).to.equal('Download');
    expect(dialog.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(dialog.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    expect(caught.downloads).to.deep.equal([]);
    // Cancel again, with nothing under way, closes the dialog.
    cancel.click();
    await waitFor(() => !dialog.shadowRoot!.querySelector('dialog')!.open, 'the dialog closed');
  });

  it('keeps the dialog and its choices when the download fails, and downloads on Try again', async () => {
    worker.use(
      http.get(`${API_BASE}/exports/questions`, () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Unavailable', status: 503, code: 'unavailable' },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const el = await mountInbox();
    const dialog = await openExport(await performanceOf(el));
    const today = new Date();
    const first = localDay(new Date(today.getFullYear(), today.getMonth(), today.getDate() - 12));
    await setDay(dialog, 'first', first);
    inDialog(dialog, 'button.primary').click();
    await waitFor(() => dialog.shadowRoot!.querySelector('[role=alert]'), 'the failure shown');
    expect(inDialog(dialog, '[role=alert]').textContent.trim()).not.to.equal('');
    expect(dialog.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    expect(inputIn(dialog, '#first').value).to.equal(first);
    expect(inputIn(dialog, '#last').value).to.equal(localDay(today));
    expect(inputIn(dialog, 'input[value=questions]').checked).to.equal(true);
    expect(caught.downloads).to.deep.equal([]);
    // The backend is back: the same choices download.
    worker.resetHandlers(...backend.handlers);
    const retry = inDialog(dialog, 'button.primary');
    expect(retry.textContent.trim()).to.equal('Try again');
    retry.click();
    await waitFor(() => caught.downloads.length === 1, 'the download');
    expect(caught.downloads[0]!.name).to.equal(`questions-${first}-${localDay(today)}.csv`);
  });
});
