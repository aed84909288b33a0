// The demo pages' start: with the backend down, one clear state (why, and that it tries again),
// and the page goes on by itself once the backend answers.
import { expect } from '@open-wc/testing';
import { startWithRetry } from '../../demo/startup.js';
import { waitFor } from '../support/elements.js';

describe('demo start', () => {
  let starting: HTMLElement;
  beforeEach(() => {
    starting = document.createElement('p');
    starting.className = 'loading';
    starting.textContent = 'Starting the demo backend…';
    document.body.append(starting);
  });
  afterEach(() => {
    starting.remove();
    document.querySelector('.startup-error')?.remove();
  });

  it('shows why in place of "Starting…", tries again by itself, and goes on once it starts', async () => {
    let attempts = 0;
    const started = startWithRetry(() => {
      attempts++;
      return attempts < 3
        ? Promise.reject(new Error('GET /api/v1/_demo/catalog: 502'))
        : Promise.resolve('backend');
    });
    await waitFor(() => document.querySelector('.startup-error'), 'the notice');
    const notice = document.querySelector<HTMLElement>('.startup-error')!;
    expect(notice.textContent).to.include('GET /api/v1/_demo/catalog: 502');
    expect(notice.querySelector('[role=alert]')!.textContent).to.include('Trying again in 1 s.');
    expect(starting.hidden, '"Starting…" beside the error').to.be.true;

    // Tried again by itself after a second, then at once when asked.
    await waitFor(() => attempts === 2, 'the second attempt', 3000);
    notice.querySelector('button')!.click();
    expect(await started).to.equal('backend');
    expect(attempts).to.equal(3);
    expect(document.querySelector('.startup-error')).to.equal(null);
    expect(starting.hidden).to.be.false;
  });
});
