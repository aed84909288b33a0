import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { createClient } from '../../src/api/client.js';
import { LiveUpdatesController } from '../../src/controllers/live-updates.js';
import { API_BASE } from '../support/backend.js';
import { pretendPageVisible, waitFor } from '../support/elements.js';

/** Just enough of an element to hold a controller. */
function fakeHost(): ReactiveControllerHost {
  return {
    addController: () => undefined,
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  };
}

describe('LiveUpdatesController', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = pretendPageVisible();
  });
  afterEach(() => {
    restore();
  });

  it('waits a jittered backoff after a failed poll, so clients do not come back in step', async () => {
    // A backend that is down: every poll fails.
    const client = createClient({
      baseUrl: API_BASE,
      retries: 0,
      fetch: () => Promise.resolve(new Response(null, { status: 503 })),
    });
    const waitAfterFailure = async (random: number) => {
      const waits: { poll: () => void; ms: number }[] = [];
      const live = new LiveUpdatesController(fakeHost(), {
        client: () => client,
        onChanges: () => undefined,
        onReset: () => undefined,
        random: () => random,
        setTimer: (poll, ms) => {
          waits.push({ poll, ms });
          return setTimeout(() => undefined, 0);
        },
      });
      live.hostConnected();
      waits[0]!.poll();
      await waitFor(() => waits.length > 1, 'the next poll scheduled');
      live.hostDisconnected();
      return waits.map((wait) => wait.ms);
    };
    // Between half and all of twice the 10 s interval.
    expect(await waitAfterFailure(0)).to.deep.equal([0, 10_000]);
    expect(await waitAfterFailure(0.5)).to.deep.equal([0, 15_000]);
  });
});
