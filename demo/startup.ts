// Starting a demo page's backend: while it cannot start (the server is down, or still starting),
// the page says why in place of "Starting the demo backend…", tries again by itself, a little
// later each time, and offers to try again at once; once it starts, the notice goes.

/** Where the pages say they are starting. */
const STARTING = '.loading, [data-t=starting]';

/** Seconds before the next attempt after `failures` failed ones: 1, 2, 4, 8, then 10. */
const delayAfter = (failures: number) => Math.min(2 ** (failures - 1), 10);

export async function startWithRetry<T>(start: () => Promise<T>): Promise<T> {
  let notice: HTMLElement | null = null;
  for (let failures = 1; ; failures++) {
    try {
      const started = await start();
      notice?.remove();
      for (const element of document.querySelectorAll<HTMLElement>(STARTING))
        element.hidden = false;
      return started;
    } catch (error) {
      notice ??= createNotice();
      await waitToRetry(notice, error, delayAfter(failures));
    }
  }
}

function createNotice(): HTMLElement {
  // One state at a time: the problem replaces "Starting…" until the backend starts.
  for (const element of document.querySelectorAll<HTMLElement>(STARTING)) element.hidden = true;
  const notice = document.createElement('div');
  notice.className = 'startup-error';
  const text = document.createElement('p');
  text.setAttribute('role', 'alert');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Try again now';
  notice.append(text, button);
  document.body.prepend(notice);
  return notice;
}

/** Says why and when it tries again; resolves then, or when the visitor asks. */
function waitToRetry(notice: HTMLElement, error: unknown, seconds: number): Promise<void> {
  const text = notice.querySelector('p')!;
  const button = notice.querySelector('button')!;
  const reason = (error instanceof Error ? error.message : String(error)).trim();
  text.textContent = `The demo could not start its backend: ${reason}. Trying again in ${seconds} s.`;
  return new Promise((resolve) => {
    const again = () => {
      clearTimeout(timer);
      button.removeEventListener('click', again);
      text.textContent = 'Trying again…';
      resolve();
    };
    const timer = setTimeout(again, seconds * 1000);
    button.addEventListener('click', again);
  });
}
