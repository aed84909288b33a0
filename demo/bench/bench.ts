// The inbox benchmark's page (driven by scripts/bench-inbox.mjs): either <seller-question-inbox>
// on a backend with 10,000 questions, or, as the baseline, a bare @lit-labs/virtualizer list of
// 10,000 rows of the same shape. Exposes `window.bench` for the script to call.
import { html, LitElement, css } from 'lit';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { createClient } from '../../src/api/client.js';
import { countryName, formatDuration, languageName } from '../../src/i18n/format.js';
import '../../src/seller-question-inbox.js';
import type { SqInboxList } from '../../src/components/seller-question-inbox/list.js';
import type { SellerQuestionInbox } from '../../src/seller-question-inbox.js';

const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((entries) => {
  for (const entry of entries.getEntries()) {
    longTasks.push({ start: entry.startTime, duration: entry.duration });
  }
}).observe({ type: 'longtask', buffered: true });

/** Long animation frames, with what ran in them: where a long task's time went. */
interface FrameEntry extends PerformanceEntry {
  renderStart: number;
  styleAndLayoutStart: number;
  scripts: {
    duration: number;
    invoker: string;
    sourceFunctionName: string;
    forcedStyleAndLayoutDuration: number;
  }[];
}
const longFrames: {
  start: number;
  duration: number;
  render: number;
  styleAndLayout: number;
  scripts: string[];
}[] = [];
if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
  new PerformanceObserver((entries) => {
    for (const entry of entries.getEntries() as FrameEntry[]) {
      const end = entry.startTime + entry.duration;
      longFrames.push({
        start: entry.startTime,
        duration: entry.duration,
        render: entry.renderStart ? end - entry.renderStart : 0,
        styleAndLayout: entry.styleAndLayoutStart ? end - entry.styleAndLayoutStart : 0,
        scripts: entry.scripts
          .filter((script) => script.duration >= 5)
          .map(
            (script) =>
              `${script.invoker}${script.sourceFunctionName ? ` ${script.sourceFunctionName}` : ''} ${script.duration.toFixed(0)}` +
              (script.forcedStyleAndLayoutDuration >= 5
                ? ` (forced layout ${script.forcedStyleAndLayoutDuration.toFixed(0)})`
                : ''),
          ),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
}

interface Row {
  id: string;
  buyer: string;
  meta: string;
  about: string;
  snippet: string;
  /** The response time remaining, in the list that loads its rows. */
  due?: string;
}

/** The baseline: the virtualizer alone, rows of the inbox's shape, no data loading. */
class BenchBareList extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .rows {
      block-size: 100%;
    }
    .row {
      inline-size: 100%;
      block-size: 5.5rem;
      padding: 0.5rem 1rem;
      box-sizing: border-box;
      border-block-end: 1px solid #ccc;
      overflow: hidden;
      white-space: nowrap;
    }
  `;
  items: Row[] = [];
  override render() {
    return html`<div class="rows">
      ${virtualize({
        items: this.items,
        layout: flow(),
        scroller: true,
        renderItem: (row: Row) =>
          html`<div class="row">
            <div><strong>${row.buyer}</strong> ${row.due ?? ''}</div>
            <div>${row.meta}</div>
            <div>${row.about}</div>
            <div>${row.snippet}</div>
          </div>`,
      })}
    </div>`;
  }
}
customElements.define('bench-bare-list', BenchBareList);

const frame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => {
      setTimeout(resolve, 0);
    });
  });

/** Resolves after the first painted frame in which `ready()` holds. */
async function paintedWhen(ready: () => boolean): Promise<number> {
  for (;;) {
    const shown = await new Promise<boolean>((resolve) => {
      requestAnimationFrame(() => {
        resolve(ready());
      });
    });
    // The frame whose rAF saw the rows is painted before this timeout runs.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (shown) return performance.now();
  }
}

function countNodes(root: Node, elementsOnly = false): number {
  let count = 0;
  const walk = (node: Node) => {
    if (!elementsOnly || node.nodeType === Node.ELEMENT_NODE) count++;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return count;
}

let inbox: SellerQuestionInbox | null = null;
const list = () => inbox?.shadowRoot?.querySelector<SqInboxList>('sq-inbox-list') ?? null;
const rows = () => [...(list()?.shadowRoot?.querySelectorAll('[role=option]') ?? [])];

/** Runs one change and returns the time until its rows are in the DOM, styled and laid out. */
async function timed(change: () => void, check: () => boolean) {
  const start = performance.now();
  change();
  const handler = performance.now() - start;
  // Lit and the virtualizer finish in microtasks; a task boundary comes after them.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const rendered = performance.now() - start;
  list()?.shadowRoot?.querySelector('[role=listbox]')?.getBoundingClientRect();
  const inDom = performance.now() - start;
  await frame();
  const painted = performance.now() - start;
  return { handler, rendered, inDom, painted, correct: check() };
}

let bareRows: Row[] = [];

const bench = {
  /** With `?inbox`: ms from navigation until the inbox's rows were painted. */
  fromNavigation: null as number | null,

  /** With `?ab`: the inbox's first paint (ms), made once the loaded page is idle. */
  abFirstPaint: null as number | null,

  /**
   * The baseline's rows: the same questions' texts as the inbox shows, so both lay out the same
   * text. Handed over before `bare()`, so that copying them into the page is not measured.
   */
  setBareRows(items: Row[]) {
    bareRows = items;
  },

  async bare() {
    const element = new BenchBareList();
    element.items = bareRows;
    const start = performance.now();
    document.body.append(element);
    const end = await paintedWhen(() => !!element.shadowRoot?.querySelector('.row'));
    return { firstPaint: end - start };
  },

  /**
   * The least any list of these questions does that loads them from the backend and formats
   * them: the bare list, given the first page fetched and parsed (no checks) and formatted with
   * the same Intl formatters as the inbox (countries, languages, durations), in one task.
   */
  async bareLoading(apiBase: string, token: string) {
    const element = new BenchBareList();
    const start = performance.now();
    document.body.append(element);
    const response = await fetch(`${apiBase}/questions?sort=due&limit=40`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const page = (await response.json()) as {
      items: {
        id: string;
        buyer: { name: string; country: string; language: string };
        topic: string;
        product?: { name: string };
        orderNumber?: string;
        snippet: string;
        replyDueAt?: string;
      }[];
    };
    const now = Date.now();
    element.items = page.items.map((question) => ({
      id: question.id,
      buyer: question.buyer.name,
      meta: `${countryName(question.buyer.country)} · ${languageName(question.buyer.language)}`,
      about: `${question.topic} · ${question.product?.name ?? question.orderNumber ?? ''}`,
      snippet: question.snippet,
      due: question.replyDueAt
        ? formatDuration(Math.abs(Date.parse(question.replyDueAt) - now))
        : '',
    }));
    element.requestUpdate();
    const end = await paintedWhen(() => !!element.shadowRoot?.querySelector('.row'));
    return { firstPaint: end - start };
  },

  async inbox(apiBase: string, token: string) {
    const client = createClient({ baseUrl: apiBase, getToken: () => token });
    const element = document.createElement('seller-question-inbox');
    element.client = client;
    inbox = element;
    const start = performance.now();
    document.body.append(element);
    const end = await paintedWhen(() => rows().length > 0);
    const firstList = performance
      .getEntriesByType('resource')
      .find((entry) => entry.name.includes('/questions?')) as PerformanceResourceTiming | undefined;
    return {
      firstPaint: end - start,
      firstPageWait: firstList ? firstList.responseEnd - firstList.startTime : null,
      afterFirstPage: firstList ? end - firstList.responseEnd : null,
    };
  },

  async loaded(total: number) {
    const start = performance.now();
    while ((list()?.items.length ?? 0) < total)
      await new Promise((resolve) => setTimeout(resolve, 50));
    return { loadedAfter: start };
  },

  async filter(category: string) {
    const select = list()!.shadowRoot!.querySelector('select')!;
    return timed(
      () => {
        select.value = category;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      },
      () =>
        rows().length > 0 &&
        list()!.items.every((question) => !category || question.category === category),
    );
  },

  async keystroke(text: string) {
    const input = list()!.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    return timed(
      () => {
        input.value = text;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      },
      // Cheap on purpose (it runs between measurements): the rows shown contain the text.
      () => rows().every((row) => row.textContent.toLowerCase().includes(text.toLowerCase())),
    );
  },

  nodes() {
    return { all: countNodes(document), elements: countNodes(document, true) };
  },

  longTasks(since = 0) {
    return longTasks.filter((task) => task.start >= since);
  },

  longFrames(since = 0) {
    return longFrames.filter((frame) => frame.start >= since);
  },

  now() {
    return performance.now();
  },
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;

// `index.html?inbox`: the inbox is made as the page loads, as in a page with it in its HTML;
// the time from navigation to its painted rows is kept for the script.
if (new URLSearchParams(location.search).has('inbox')) {
  void bench.inbox('/api/v1', 'seller:seller-1').then(() => {
    bench.fromNavigation = performance.now();
  });
}

// `index.html?ab` (scripts/ab-inbox.mjs, through tachometer): once the loaded page has been idle
// for a while, the inbox's first paint as `bench.inbox()` measures it.
if (new URLSearchParams(location.search).has('ab')) {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  void (async () => {
    if (document.readyState !== 'complete')
      await new Promise((resolve) => {
        addEventListener('load', resolve, { once: true });
      });
    await sleep(500);
    await new Promise((resolve) => {
      requestIdleCallback(resolve, { timeout: 2000 });
    });
    bench.abFirstPaint = (await bench.inbox('/api/v1', 'seller:seller-1')).firstPaint;
  })();
}
