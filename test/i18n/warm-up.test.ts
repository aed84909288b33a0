import { expect } from '@open-wc/testing';
import { afterNextPaint, nextTask } from '../../src/controllers/next-task.js';
import { formatDuration } from '../../src/i18n/format.js';
import { warmUpIntl } from '../../src/i18n/warm-up.js';

/** Runs `body` with a global replaced, then puts the original back. */
async function withGlobal<T>(name: string, value: unknown, body: () => Promise<T>): Promise<T> {
  const owner = globalThis as Record<string, unknown>;
  const original = Object.getOwnPropertyDescriptor(owner, name);
  Object.defineProperty(owner, name, { value, configurable: true, writable: true });
  try {
    return await body();
  } finally {
    if (original) Object.defineProperty(owner, name, original);
    else Reflect.deleteProperty(owner, name);
  }
}

/** Calls `body` with a global replaced (only while it runs: no other code sees it). */
function withGlobalNow<T>(name: string, value: unknown, body: () => T): T {
  const owner = globalThis as Record<string, unknown>;
  const original = Object.getOwnPropertyDescriptor(owner, name);
  Object.defineProperty(owner, name, { value, configurable: true, writable: true });
  try {
    return body();
  } finally {
    if (original) Object.defineProperty(owner, name, original);
    else Reflect.deleteProperty(owner, name);
  }
}

/** Whether `wait` resolves only after a long chain of microtasks: in a later task, then. */
async function resolvesInALaterTask(wait: () => Promise<void>): Promise<boolean> {
  let chain = 0;
  const step = (): void => {
    if (++chain < 200) queueMicrotask(step);
  };
  const waited = wait().then(() => chain);
  queueMicrotask(step);
  return (await waited) >= 200;
}

describe('yielding to the browser (nextTask)', () => {
  it('resolves in a later task, after every pending microtask', async () => {
    expect(await resolvesInALaterTask(nextTask)).to.equal(true);
    // The check itself can fail: a promise that resolves at once is caught.
    expect(await resolvesInALaterTask(() => Promise.resolve())).to.equal(false);
  });

  it('uses no timer (a hidden tab holds timers back), with or without scheduler.postTask', async () => {
    const noTimers = () => {
      throw new Error('nextTask used a timer');
    };
    await withGlobal('setTimeout', noTimers, async () => {
      expect(await resolvesInALaterTask(nextTask)).to.equal(true);
      await withGlobal('scheduler', undefined, async () => {
        expect(await resolvesInALaterTask(nextTask)).to.equal(true);
      });
    });
  });
});

describe('waiting for the next frame to be painted (afterNextPaint)', () => {
  it('resolves in a task after the next frame, not before it', async () => {
    let framed = false;
    requestAnimationFrame(() => {
      framed = true;
    });
    let resolved = false;
    const waited = afterNextPaint().then(() => {
      resolved = true;
      return framed;
    });
    // A task queued now runs before it: the frame and a task after it are still to come.
    await nextTask();
    expect(resolved).to.equal(false);
    expect(await waited).to.equal(true);
  });

  it('in a hidden page, which paints no frames, resolves in the next task', async () => {
    const never = () => 0;
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      await withGlobal('requestAnimationFrame', never, async () => {
        expect(await resolvesInALaterTask(afterNextPaint)).to.equal(true);
      });
    } finally {
      Reflect.deleteProperty(document, 'visibilityState');
    }
    expect(document.visibilityState).to.equal('visible');
  });

  it('resolves through a one-second timer when no frame comes (the page was hidden meanwhile)', async () => {
    const timers: { delay: number | undefined; fire: () => void }[] = [];
    const fakeTimer = (fire: () => void, delay?: number) => timers.push({ delay, fire });
    let resolved = false;
    const waiting = withGlobalNow('setTimeout', fakeTimer, () =>
      withGlobalNow('requestAnimationFrame', () => 0, afterNextPaint),
    ).then(() => {
      resolved = true;
    });
    // No frame came, and the timer has not fired: still waiting, however many tasks pass.
    await nextTask();
    await nextTask();
    expect(resolved).to.equal(false);
    expect(timers.map((timer) => timer.delay)).to.deep.equal([1000]);
    timers[0]!.fire();
    await waiting;
    expect(resolved).to.equal(true);
  });
});

describe('warming up Intl in short steps (warmUpIntl)', () => {
  it('makes the formatters once per locale and page', async () => {
    const first = warmUpIntl('fr-FR');
    expect(warmUpIntl('fr-FR')).to.equal(first);
    expect(warmUpIntl('de-DE')).not.to.equal(first);
    await first;
    expect(formatDuration(5 * 3_600_000 + 12 * 60_000, 'fr-FR')).to.match(/5\s?h.*12\s?min/);
  });

  it('never rejects: a step the browser cannot do is skipped, and the later steps still run', async () => {
    const asked: string[] = [];
    const RealDisplayNames = Intl.DisplayNames;
    const supportedLocalesOf = RealDisplayNames.supportedLocalesOf.bind(RealDisplayNames);
    const spy = (locales: string | string[]) => {
      asked.push(String(locales));
      return supportedLocalesOf(locales);
    };
    const throwing = function () {
      throw new RangeError('no Intl.Locale in this browser');
    };
    await withGlobal(
      'Intl',
      {
        ...Object.fromEntries(
          Object.getOwnPropertyNames(Intl).map((key) => [key, Intl[key as keyof typeof Intl]]),
        ),
        Locale: throwing,
        DisplayNames: Object.assign(
          function (...args: ConstructorParameters<typeof Intl.DisplayNames>) {
            return new RealDisplayNames(...args);
          },
          { supportedLocalesOf: spy },
        ),
      },
      async () => {
        await warmUpIntl('nl-BE');
      },
    );
    expect(asked).to.deep.equal(['nl-BE']);
  });
});
