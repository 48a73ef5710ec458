import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { retryableImport } from '../../src/core/lazy-import.js';
import { useMockApi, worker } from '../support/mock-api.js';

// The mechanism behind every lazy part (the job dialog's body, the suggestions, the map's tiles, the challenge
// solver, the English texts): Firefox keeps a failed dynamic import as failed, so a plain retry never loads.
describe('retryableImport', () => {
  beforeEach(() => useMockApi());

  it('loads a chunk on a later try after it failed, with a request of its own each time', async () => {
    const requests: string[] = [];
    let blocked = true;
    worker.use(
      http.get(/\/test\/support\/lazy-chunk\.(js|ts)/, ({ request }) => {
        requests.push(new URL(request.url).search);
        return blocked ? HttpResponse.error() : undefined;
      }),
    );
    const load = retryableImport(() => import('../support/lazy-chunk.js'));
    let failures = 0;
    for (let attempt = 0; attempt < 2; attempt++) await load().catch(() => failures++);
    expect(failures, 'both tries fail while the chunk cannot be had').to.equal(2);
    expect(requests.length, 'each try asked the network').to.equal(2);

    blocked = false;
    const [module, again] = await Promise.all([load(), load()]);
    expect(module.loaded).to.equal('the lazy chunk');
    expect(again, 'callers at the same time get the one module').to.equal(module);
    expect(await load(), 'and so do later ones').to.equal(module);
    expect(requests, 'without asking again').to.have.length(3);
  });
});
