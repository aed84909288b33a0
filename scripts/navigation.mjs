// Navigation → usable, and the request waves behind it, for `npm run bench` (scripts/bench.mjs).
// Each case is a page as an integrator writes it (the element in the HTML, the SDK's script
// tag, configure() in the page's own module script), loaded in a fresh browser context (an
// empty HTTP cache) on a network profile: localhost as is, or an emulated mobile network
// (Chrome's own throttling, which applies to 127.0.0.1 too).
// The page notes the painted frame in which the element is usable (its `ready` selector is
// found, shadow roots included); Chrome's DevTools protocol reports every request's start, end
// and initiator.

/** Network profiles: Chrome's `Network.emulateNetworkConditions`, or none. */
export const PROFILES = {
  localhost: null,
  // 150 ms round trip, 1.6 Mbit/s down and up (throughput is in bytes per second).
  mobile: { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 200_000 },
};

/**
 * Sequential waves: a request's wave is one more than the highest wave among the requests that
 * had ended when it started (the document is wave 0). A request can only depend on responses
 * that had arrived, so the highest wave is the number of round trips a page waits for one after
 * the other (a request started late for other reasons counts as waiting, too: the user waits).
 * Takes and returns `{ start, end }` (ms, same clock) with `wave` added, sorted by start.
 */
export function assignWaves(requests) {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  const done = [];
  for (const request of sorted) {
    let wave = -1;
    for (const before of done) if (before.end <= request.start) wave = Math.max(wave, before.wave);
    request.wave = wave + 1;
    done.push(request);
  }
  return sorted;
}

/** What the page logs to the console when it is usable, before the time (ms from navigation). */
const USABLE = 'bench:usable ';

/**
 * The page's script: at the painted frame, marks `usable` and logs it to the console. The bench
 * hears that log over the DevTools protocol: waiting with Playwright's waitForFunction put its
 * injected script (~35 ms of evaluation) and a poll in every frame on the page's main thread,
 * right after the load event, in the middle of the element's first render.
 */
const usableScript = (ready) => `<script>
(() => {
  const deep = (root, selector) => {
    const found = root.querySelector(selector);
    if (found) return found;
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) { const inner = deep(element.shadowRoot, selector); if (inner) return inner; }
    }
    return null;
  };
  const poll = () => {
    // There and shown: not in a hidden box (display: none, visibility: hidden) that a later
    // frame shows.
    const found = deep(document, ${JSON.stringify(ready)});
    if (!found?.checkVisibility({ visibilityProperty: true })) return requestAnimationFrame(poll);
    // The frame whose animation callback saw it is painted before this timeout runs.
    setTimeout(() => { console.debug(${JSON.stringify(USABLE)} + performance.mark('usable').startTime); }, 0);
  };
  requestAnimationFrame(poll);
})();
</script>`;

/**
 * A page's HTML: the usable-time probe, then `head` (script tags), then `body`.
 * Stored by the caller under `/nav/<file>.html`.
 */
export function pageHtml({ ready, head, body }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
${usableScript(ready)}
${head}
</head><body>
${body}
</body></html>`;
}

/**
 * Loads `url` in a fresh context on `profile`; resolves with the time to usable (ms from
 * navigation) and the requests (ms from the document's request), once the network has been
 * quiet for `settleMs` after the element became usable. With `again`, loads it once more in the
 * same context, its HTTP cache kept, as a second page view: `second`, the same figures. With
 * `trace`, the first view's Chrome trace (`trace`, parsed) and CPU profile (`profile`), and
 * `origin`, its document request's start on their clock (µs).
 */
export async function navigate(
  browser,
  url,
  profile,
  { settleMs = 400, timeoutMs = 30_000, again = false, trace = false } = {},
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  if (profile) await cdp.send('Network.emulateNetworkConditions', profile);
  const requests = new Map();
  let lastActivity = Date.now();
  cdp.on('Network.requestWillBeSent', (event) => {
    lastActivity = Date.now();
    const { pathname, search } = new URL(event.request.url);
    if (pathname === '/favicon.ico') return;
    const initiator = event.initiator;
    const from =
      initiator.url ??
      initiator.stack?.callFrames?.[0]?.url ??
      initiator.stack?.parent?.callFrames?.[0]?.url;
    requests.set(event.requestId, {
      path: pathname + search,
      type: event.type,
      method: event.request.method,
      start: event.timestamp * 1000,
      end: Infinity,
      initiator: `${initiator.type}${from ? ` ${new URL(from).pathname}` : ''}`,
      fromCache: false,
      bytes: 0,
    });
  });
  cdp.on('Network.requestServedFromCache', (event) => {
    const request = requests.get(event.requestId);
    if (request) request.fromCache = true;
  });
  cdp.on('Network.responseReceived', (event) => {
    const request = requests.get(event.requestId);
    if (request) {
      request.status = event.response.status;
      if (event.response.fromDiskCache) request.fromCache = true;
    }
  });
  cdp.on('Network.loadingFinished', (event) => {
    lastActivity = Date.now();
    const request = requests.get(event.requestId);
    if (request) {
      request.end = event.timestamp * 1000;
      request.bytes = event.encodedDataLength;
    }
  });
  cdp.on('Network.loadingFailed', (event) => {
    lastActivity = Date.now();
    const request = requests.get(event.requestId);
    if (request) {
      request.end = event.timestamp * 1000;
      request.failed = event.errorText;
    }
  });

  /** One view of the page: its time to usable and its requests (ms from its document's). */
  const view = async (traced = false) => {
    requests.clear();
    if (traced) {
      await browser.startTracing(page, {
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'v8.execute',
          'blink.user_timing',
        ],
      });
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const usableLogged = page
      .waitForEvent('console', {
        predicate: (message) => message.text().startsWith(USABLE),
        timeout: timeoutMs,
      })
      .then(
        (message) => Number(message.text().slice(USABLE.length)),
        () => NaN,
      );
    await page.goto(url);
    const usable = await usableLogged;
    const settleUntil = Date.now() + 10_000;
    const inFlight = () => [...requests.values()].some((request) => request.end === Infinity);
    while (Date.now() < settleUntil && (inFlight() || Date.now() - lastActivity < settleMs)) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const list = [...requests.values()];
    const origin = Math.min(...list.map((request) => request.start));
    for (const request of list) {
      request.start -= origin;
      request.end -= origin;
    }
    if (!traced) return { usable, requests: assignWaves(list) };
    const { profile } = await cdp.send('Profiler.stop');
    const trace = JSON.parse((await browser.stopTracing()).toString());
    return { usable, requests: assignWaves(list), trace, profile, origin: origin * 1000 };
  };
  const first = await view(trace);
  // The same page again in the same browser (its HTTP cache kept), as a second page view.
  const second = again ? await view() : null;
  await context.close();
  return { ...first, second, errors };
}

/**
 * The waves of code and data the page waited for until `until` (ms), after its script tag:
 * requests that had ended by then, pictures left out (they show as they come; the element is
 * usable without them).
 */
export function wavesAfterScript(run, until = run.usable) {
  const counted = run.requests.filter(
    (request) => request.end <= until && request.type !== 'Image',
  );
  return Math.max(...counted.map((request) => request.wave)) - scriptWave(run.requests);
}

/** The wave of the page's script tag: its first request for a script. */
export function scriptWave(requests) {
  return requests.find((request) => request.type === 'Script')?.wave ?? 1;
}

/** One navigation's requests as lines of a waterfall. */
export function waterfall(requests, usable) {
  const lines = [];
  let usableShown = false;
  for (const request of requests) {
    if (!usableShown && request.start > usable) {
      lines.push(`        ${usable.toFixed(0).padStart(5)}  ── usable ──`);
      usableShown = true;
    }
    const end = Number.isFinite(request.end) ? request.end.toFixed(0) : '…';
    const flags = [
      request.fromCache ? 'cache' : '',
      request.type === 'Image' ? 'image' : '',
      request.status && request.status !== 200 ? String(request.status) : '',
      request.failed ?? '',
    ]
      .filter(Boolean)
      .join(' ');
    lines.push(
      `  ${String(request.wave).padStart(4)}  ${request.start.toFixed(0).padStart(5)}–${end.padEnd(5)} ${request.method} ${request.path}${flags ? ` [${flags}]` : ''}  ← ${request.initiator}`,
    );
  }
  if (!usableShown) lines.push(`        ${usable.toFixed(0).padStart(5)}  ── usable ──`);
  return lines;
}
