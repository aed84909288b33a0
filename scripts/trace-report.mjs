// What a page's main thread did between two moments, from a Chrome trace and a V8 CPU profile
// recorded together (`npm run bench -- --trace`: from a page's last response before it was
// usable to the moment it was). Times in the trace and the profile are Chrome's monotonic clock,
// in microseconds, the clock of the DevTools protocol's network events too.

/**
 * From the trace alone: when the page was usable (its `usable` mark, see navigation.mjs) and
 * the last response (not a picture) that ended before it: `{ usable, last: { url, end } }`, µs.
 */
export function lastResponseBeforeUsable(trace) {
  const events = trace.traceEvents ?? trace;
  const mark = events.find(
    (event) => event.name === 'usable' && event.cat?.includes('user_timing'),
  );
  const usable = mark?.ts;
  let last = null;
  if (!mark) return { usable, last };
  // The page's renderer only (the browser's own pages have theirs).
  for (const { done, at: end, url } of pageRequests(events, mark.pid)) {
    if (!done || end > usable || /\.(svg|png|jpe?g|webp|ico)$/.test(url)) continue;
    if (!last || end > last.end) last = { url, end };
  }
  return { usable, last };
}

/**
 * The requests of the renderer `pid` (any, when undefined): each send and each network finish
 * (the event itself may come later, when the body was read), `{ done, at, url }` in µs.
 */
function pageRequests(events, pid) {
  const page = events.filter((event) => pid === undefined || event.pid === pid);
  const urls = new Map();
  const moments = [];
  for (const event of page) {
    if (event.name !== 'ResourceSendRequest') continue;
    urls.set(event.args.data.requestId, event.args.data.url);
    moments.push({ done: false, at: event.ts, url: event.args.data.url });
  }
  for (const event of page) {
    if (event.name !== 'ResourceFinish') continue;
    const at = event.args.data.finishTime ? event.args.data.finishTime * 1e6 : event.ts;
    moments.push({ done: true, at, url: urls.get(event.args.data.requestId) ?? '' });
  }
  return moments;
}

/** The renderer main thread of the page (the one with the `usable` mark and the most events). */
function mainThread(events) {
  const pid = events.find((event) => event.name === 'usable')?.pid;
  const mains = events.filter(
    (event) =>
      event.name === 'thread_name' &&
      event.args?.name === 'CrRendererMain' &&
      (pid === undefined || event.pid === pid),
  );
  let best = null;
  let most = -1;
  for (const main of mains) {
    const count = events.filter(
      (event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X',
    ).length;
    if (count > most) [best, most] = [main, count];
  }
  return best;
}

/**
 * The main thread's tasks that overlap [from, to] (µs): each with its start, duration and the
 * time of its own spent per kind of work (the events' self times, summed by name, over 0.5 ms),
 * clipped to the window. Also the window's total per kind of work.
 */
export function mainThreadTasks(trace, from, to) {
  const events = trace.traceEvents ?? trace;
  const main = mainThread(events);
  const complete = events
    .filter((event) => event.pid === main?.pid && event.tid === main?.tid && event.ph === 'X')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = complete.filter(
    (event) => event.name === 'RunTask' && event.ts < to && event.ts + event.dur > from,
  );
  const total = new Map();
  const result = tasks.map((task) => {
    const end = task.ts + task.dur;
    const inside = complete.filter(
      (event) => event !== task && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= end,
    );
    const self = new Map([['(task)', task.dur]]);
    const stack = [task];
    for (const event of inside) {
      while (stack.length > 1 && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
      const parent = stack.at(-1);
      const name = (e) => (e === task ? '(task)' : e.name);
      self.set(name(parent), (self.get(name(parent)) ?? 0) - event.dur);
      self.set(event.name, (self.get(event.name) ?? 0) + event.dur);
      stack.push(event);
    }
    for (const [name, us] of self) total.set(name, (total.get(name) ?? 0) + us);
    return {
      start: task.ts,
      dur: task.dur,
      parts: [...self].filter(([, us]) => us >= 500).sort((a, b) => b[1] - a[1]),
    };
  });
  return { tasks: result, total: [...total].sort((a, b) => b[1] - a[1]) };
}

/**
 * The functions with the most self time in [from, to] (µs) of a CPU profile; with `source(url)`
 * (a script's text, or null), each minified one is shown with the code where it starts.
 */
export function topFunctions(profile, from, to, { count = 15, source = () => null } = {}) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  let time = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    time += delta;
    if (time < from || time > to) return;
    const { functionName, url, lineNumber, columnNumber } = nodes.get(id).callFrame;
    const file = url.split('/').pop();
    const line = url ? source(url)?.split('\n')[lineNumber] : undefined;
    const code = line ? ` «${line.slice(columnNumber, columnNumber + 60)}»` : '';
    const key = `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}:${columnNumber + 1}` : ''}${code}`;
    // A sample stands for the time until the next one.
    const next = profile.timeDeltas[index + 1] ?? 0;
    self.set(key, (self.get(key) ?? 0) + next);
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, count);
}

/**
 * The page's requests in the trace, as moments: each send and each network finish, `{ at, text }`
 * in µs on the trace's clock (`> send /path`, `< done /path`), sorted.
 */
export function requestMoments(trace) {
  const events = trace.traceEvents ?? trace;
  const pid = events.find((event) => event.name === 'usable')?.pid;
  const path = (url) => (url ? new URL(url).pathname : '?');
  return pageRequests(events, pid)
    .map(({ done, at, url }) => ({ at, text: `${done ? '< done' : '> send'} ${path(url)}` }))
    .sort((a, b) => a.at - b.at);
}
