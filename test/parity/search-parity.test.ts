// The server and the browser's mock API answer the same queries over the same data with the same jobs in the
// same order: both run the domain's search, and this test keeps it so. Node's test runner, through tsx.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { getResponse } from 'msw';
import type { JobPage, JobSuggestions } from '@wachstumsregion/domain/contract';
import { createSampleData } from '@wachstumsregion/domain/sample-data';
import { createMockApi } from '../../src/mocks/handlers.ts';
import { startServer, testClock, testEpoch, type TestServer } from '../../server/test/helpers.ts';
import { qualityQueries } from '../search-quality/queries.ts';

const base = 'https://api.wr.test/v1';
let server: TestServer;
before(async () => {
  server = await startServer({}, { clock: testClock() });
});
after(() => server.close());

test('the same queries give the same ids in the same order from the server and from the mock', async () => {
  const mock = createMockApi(base, createSampleData(new Date(testEpoch)), testClock());
  const queries = [
    ...new Set(qualityQueries.map((query) => query.q)),
    'Pflege', 'Pflege&sort=newest', 'Erzieher&partner=landkreis-bautzen', 'Verkauf&type=part-time', '&category=health', '', 'Orgelbbauerxx',
  ];
  let compared = 0;
  for (const q of queries) {
    const path = `/jobs?pageSize=20&q=${q.includes('&') ? q.replace(/^([^&]*)/, (words) => encodeURIComponent(words)) : encodeURIComponent(q)}`;
    const fromServer = (await (await fetch(`${server.base}/v1${path}`)).json()) as JobPage;
    const fromMock = (await (await getResponse(mock.handlers, new Request(`${base}${path}`)))!.json()) as JobPage;
    assert.deepEqual(fromMock.items.map((job) => job.id), fromServer.items.map((job) => job.id), q);
    assert.equal(fromMock.total, fromServer.total, q);
    assert.deepEqual(fromMock.hints, fromServer.hints, q);
    compared++;
  }
  assert.ok(compared > 200);
  for (const typed of ['pf', 'erz', 'Bäc', 'software en']) {
    const path = `/jobs/suggestions?q=${encodeURIComponent(typed)}`;
    const fromServer = (await (await fetch(`${server.base}/v1${path}`)).json()) as JobSuggestions;
    const fromMock = (await (await getResponse(mock.handlers, new Request(`${base}${path}`)))!.json()) as JobSuggestions;
    assert.deepEqual(fromMock, fromServer, typed);
  }
});
