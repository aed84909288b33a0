import { expect } from '@open-wc/testing';
import { createClient } from '../../src/api/client.js';
import { LiveUpdatesController } from '../../src/controllers/live-updates.js';
import { API_BASE } from '../support/backend.js';
import { fakeHost, pretendPageVisible, waitFor } from '../support/elements.js';

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

  describe('following a list that carries the feed cursor', () => {
    /** A backend whose feed is at cursor 7; records the query of every feed request. */
    function feedBackend() {
      const asked: string[] = [];
      const client = createClient({
        baseUrl: API_BASE,
        retries: 0,
        fetch: (input) => {
          asked.push(new URL(input instanceof Request ? input.url : input, location.href).search);
          return Promise.resolve(Response.json({ changes: [], cursor: '7', pollAfterSeconds: 10 }));
        },
      });
      return { asked, client };
    }

    function follower(client: ReturnType<typeof createClient>) {
      const polls: (() => void)[] = [];
      let resets = 0;
      const live = new LiveUpdatesController(fakeHost(), {
        client: () => client,
        onChanges: () => undefined,
        onReset: () => resets++,
        setTimer: (poll) => {
          polls.push(poll);
          return setTimeout(() => undefined, 0);
        },
      });
      return { live, polls, resets: () => resets };
    }

    it('polls from the cursor of the page, without asking the feed for one first', async () => {
      const { asked, client } = feedBackend();
      const { live, polls, resets } = follower(client);
      let deliver!: (page: { changesCursor: string }) => void;
      const page = new Promise<{ changesCursor: string }>((resolve) => (deliver = resolve));
      const followed = live.follow(page);
      live.hostConnected();
      // The first poll is due while the page is on its way: it waits for the page's cursor.
      polls[0]!();
      deliver({ changesCursor: '5' });
      expect(await followed).to.equal(true);
      await waitFor(() => asked.length === 1, 'the first poll');
      expect(asked).to.deep.equal(['?since=5']);
      live.hostDisconnected();
      expect(resets()).to.equal(0);
    });

    it('takes a cursor before the list is loaded again when the page has none', async () => {
      const { asked, client } = feedBackend();
      const { live, polls, resets } = follower(client);
      live.hostConnected();
      const followed = live.follow(Promise.resolve({}));
      polls[0]!();
      // False: the cursor was taken, now the host loads its list again.
      expect(await followed).to.equal(false);
      expect(asked).to.deep.equal(['']);
      await waitFor(() => asked.length === 2, 'the first poll');
      expect(asked[1]).to.equal('?since=7');
      live.hostDisconnected();
      expect(resets()).to.equal(0);
    });
  });
});
