// The client checks the responses every element needs first against schemas it has at hand, and
// loads the others with the first request that needs them. In a file of its own: once a page has
// loaded them, they cannot fail to load there any more.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { BadResponseError, NetworkError } from '../../src/api/errors.js';
import { API_BASE, rejectionOf, sellerClient, useMockBackend, worker } from '../support/backend.js';

describe('client: response schemas loaded on demand', () => {
  it('checks first responses without them; a response that needs them fails as lost while they cannot load, and is checked once they can', async () => {
    const backend = await useMockBackend();
    const schemaRequests: string[] = [];
    worker.use(
      http.get(/\/response-schemas\.(js|ts)/, ({ request }) => {
        schemaRequests.push(request.url);
        return HttpResponse.error();
      }),
    );
    const client = sellerClient({ retries: 0 });
    expect((await client.getConfig()).slaHours).to.equal(48);
    expect((await client.getViewer()).role).to.equal('seller');
    expect(schemaRequests).to.have.length(0);

    const lost = await rejectionOf(client.listQuestions({ limit: 1 }));
    expect(lost).to.be.instanceOf(NetworkError);
    expect(schemaRequests.length).to.be.greaterThan(0);

    // The connection is back: the same request works and its response is checked.
    worker.resetHandlers(...backend.handlers);
    const page = await client.listQuestions({ limit: 1 });
    expect(page.items).to.have.length(1);
    worker.use(
      http.get(`${API_BASE}/questions`, () =>
        HttpResponse.json({ ...page, items: [{ ...page.items[0], status: 'snoozed' }] }),
      ),
    );
    const wrong = await rejectionOf(client.listQuestions());
    expect(wrong).to.be.instanceOf(BadResponseError);
    expect((wrong as BadResponseError).reason).to.match(/^\/items\/0\/status: expected one of/);
  });
});
