import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { admin, assertMatchesContract, newKey, partnerOrigin, startServer, type TestServer } from './helpers.js';

describe('a request without the body its operation requires', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('no Content-Type and no bytes is 400 naming the body, on every operation that takes one; nothing is written', async () => {
    const audited = (await server.audit.list()).length;
    for (const [path, method, operationId] of [
      ['/partners/kamenz', 'PUT', 'adminPutPartner'],
      ['/commutes/kamenz/pulsnitz', 'PUT', 'adminPutCommute'],
      ['/categories/crafts', 'PUT', 'adminPutCategory'],
      ['/jobs/some-job', 'PUT', 'adminPutJob'],
      ['/jobs', 'POST', 'adminPutJobs'],
      ['/erasures', 'POST', 'adminEraseByEmail'],
    ] as const) {
      const body = (await assertMatchesContract(await admin(server.base, path, { method }), operationId, 400)) as { message: string };
      assert.match(body.message, /no body/);
    }
    assert.equal((await server.audit.list()).length, audited);
    const inquiry = await fetch(`${server.base}/v1/inquiries`, { method: 'POST', headers: { origin: partnerOrigin, 'idempotency-key': newKey() } });
    await assertMatchesContract(inquiry, 'createInquiry', 400);
  });
});
