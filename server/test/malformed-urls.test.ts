import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { admin, assertCors, assertMatchesContract, startServer, type TestServer } from './helpers.js';

const job = (id: string) => ({
  id,
  title: 'Elektroniker/in (m/w/d)',
  employer: { name: 'Elektro GmbH' },
  partner: 'kamenz',
  location: { city: 'Kamenz' },
  category: 'crafts',
  employmentType: 'full-time',
  publishedAt: '2026-01-05T08:00:00Z',
  description: 'Wir suchen Verstärkung.',
});

describe('URLs the router cannot read, and ids as long as the contract allows', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('an invalid percent-escape in the path is 400 with the Error shape, CORS and no-store, not echoed', async () => {
    for (const [path, operationId] of [
      ['/v1/jobs/%zz', 'getJob'],
      ['/v1/jobs/%E0%A4%A', 'getJob'],
      ['/v1/admin/inquiries/%ED%A0%80', 'adminDeleteInquiry'],
    ] as const) {
      const response = await fetch(`${server.base}${path}`, { method: operationId === 'getJob' ? 'GET' : 'DELETE' });
      assertCors(response);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const body = (await assertMatchesContract(response, operationId, 400)) as { message: string };
      assert.ok(!body.message.includes(path), body.message);
    }
  });

  test('a job id of 128 characters is saved and read; one of 129 is 400, not "nothing here"', async () => {
    const longest = `j${'x'.repeat(127)}`;
    await assertMatchesContract(await admin(server.base, `/jobs/${longest}`, { method: 'PUT', body: JSON.stringify(job(longest)) }), 'adminPutJob', 201);
    await assertMatchesContract(await fetch(`${server.base}/v1/jobs/${longest}`), 'getJob', 200);
    await assertMatchesContract(await fetch(`${server.base}/v1/jobs/${longest}y`), 'getJob', 400);
    await assertMatchesContract(await admin(server.base, `/jobs/${longest}`, { method: 'DELETE' }), 'adminDeleteJob', 204);
  });

  test('a job id no URL can address (`.`, `..`) is refused; `...` is an id like any other', async () => {
    for (const id of ['.', '..']) {
      await assertMatchesContract(await admin(server.base, '/jobs', { method: 'POST', body: JSON.stringify({ items: [job(id)] }) }), 'adminPutJobs', 400);
    }
    await assertMatchesContract(await admin(server.base, '/jobs', { method: 'POST', body: JSON.stringify({ items: [job('...')] }) }), 'adminPutJobs', 200);
    await assertMatchesContract(await fetch(`${server.base}/v1/jobs/...`), 'getJob', 200);
  });
});
