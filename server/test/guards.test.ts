import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { admin, adminToken, assertCors, assertMatchesContract, inquiryBody, newKey, postInquiry, startServer, type TestServer } from './helpers.js';

describe('what does not belong is kept out', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ inquiryRateLimit: 1000 });
  });
  after(() => server.close());

  const healthy = async () => assert.deepEqual(await (await fetch(`${server.base}/health`)).json(), { status: 'ok', database: server.database.kind });

  test('inquiries from a foreign site, or without Origin, are 403 with CORS headers; nothing is stored', async () => {
    const before = await server.inquiries.count();
    for (const origin of ['https://evil.example', 'https://www.kamenz.de.evil.example', 'null', null]) {
      const response = await postInquiry(server.base, inquiryBody(), { origin });
      assertCors(response);
      await assertMatchesContract(response, 'createInquiry', 403);
    }
    assert.equal(await server.inquiries.count(), before);
  });

  test('ALLOWED_ORIGINS and the server’s own origin may send', async () => {
    const own = await startServer({ allowedOrigins: ['https://widgets.example.org'] });
    try {
      assert.equal((await postInquiry(own.base, inquiryBody(), { origin: 'https://widgets.example.org' })).status, 201);
      assert.equal((await postInquiry(own.base, inquiryBody(), { origin: own.base })).status, 201);
    } finally {
      await own.close();
    }
  });

  test('an e-mail address with characters that would bend a mailto: link is 422 invalid; plain ones pass', async () => {
    for (const email of ['victim%40example.org?bcc=attacker%40evil.example&x=@example.org', 'a?cc=b@example.org', 'a#x@example.org', 'a&b@example.org']) {
      const response = await postInquiry(server.base, inquiryBody({ email }));
      assert.equal(response.status, 422, email);
      assert.equal(((await response.json()) as { errors: Record<string, string> }).errors.email, 'invalid');
    }
    for (const email of ["anna.o'neil+jobs@example.org", 'A_B-C@mail.example.de']) assert.equal((await postInquiry(server.base, inquiryBody({ email }))).status, 201, email);
  });

  test('the admin API refuses a missing or wrong token, and is switched off without ADMIN_TOKEN', async () => {
    for (const token of [null, 'wrong', `${adminToken}x`, adminToken.slice(0, -1), '']) {
      const response = await admin(server.base, '/inquiries', {}, token);
      assert.equal(response.status, 401);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.deepEqual(Object.keys((await response.json()) as object).sort(), ['error', 'message']);
    }
    const before = server.region.partners.length;
    const write = await admin(server.base, '/partners/bernsdorf', { method: 'PUT', body: JSON.stringify({ id: 'bernsdorf' }) }, 'wrong');
    assert.equal(write.status, 401);
    assert.equal(server.region.partners.length, before);

    const off = await startServer({ adminToken: undefined });
    try {
      for (const token of [null, 'anything']) assert.equal((await admin(off.base, '/inquiries', {}, token)).status, 404);
      assert.equal((await admin(off.base, '/jobs/x', { method: 'DELETE' }, 'anything')).status, 404);
    } finally {
      await off.close();
    }
  });

  test('malformed, oversized, mistyped and hostile bodies are 4xx, stored nowhere, and the server stays healthy', async () => {
    const before = await server.inquiries.count();
    const cases: { body: string; status: number; headers?: Record<string, string> }[] = [
      { body: '{"name": "Anna",', status: 400 },
      { body: '', status: 400 },
      { body: 'null', status: 422 },
      { body: '[1,2,3]', status: 422 },
      { body: '"just a string"', status: 422 },
      { body: JSON.stringify(inquiryBody({ message: 'x'.repeat(17 * 1024) })), status: 413 },
      { body: JSON.stringify(inquiryBody()), status: 415, headers: { 'content-type': 'text/plain' } },
      { body: 'name=Anna', status: 415, headers: { 'content-type': 'application/x-www-form-urlencoded' } },
      { body: '{"__proto__": {"admin": true}, "name": "Anna"}', status: 400 },
      { body: '{"constructor": {"prototype": {"admin": true}}}', status: 400 },
      { body: JSON.stringify(inquiryBody({ name: "Robert'); DROP TABLE inquiries;--", partners: ["kamenz' OR '1'='1"] })), status: 422 },
      { body: JSON.stringify(inquiryBody({ message: { $gt: '' } })), status: 422 },
      { body: `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`, status: 422 },
    ];
    for (const { body, status, headers } of cases) {
      const response = await postInquiry(server.base, body, { headers });
      assert.equal(response.status, status, body.slice(0, 60));
      assertCors(response);
      const answer = (await response.json()) as Record<string, unknown>;
      assert.ok(typeof answer.error === 'string' && /^[a-z]+(-[a-z]+)*$/.test(answer.error), JSON.stringify(answer));
      assert.doesNotMatch(JSON.stringify(answer), /SQLITE|at .*\.ts:|node_modules|\/work\//);
    }
    for (const key of [null, 'short', 'has space in it', 'ü'.repeat(10), 'x'.repeat(129)]) {
      const response = await postInquiry(server.base, inquiryBody(), { key });
      await assertMatchesContract(response, 'createInquiry', 400);
    }
    assert.equal(await server.inquiries.count(), before);
    assert.equal(({} as Record<string, unknown>).admin, undefined);
    await healthy();
  });

  test('hostile queries and paths are 4xx, never 5xx', async () => {
    const paths = [
      "/v1/jobs?q=%27%20OR%201%3D1--",
      '/v1/jobs?page=-1',
      '/v1/jobs?page=1e309',
      '/v1/jobs?pageSize=10&pageSize=20',
      '/v1/jobs?partner=' + 'a,'.repeat(600) + 'a',
      '/v1/jobs/' + 'x'.repeat(500),
      '/v1/jobs/..%2F..%2Fetc%2Fpasswd',
      '/dist/..%2F..%2Fpackage.json',
      '/v1/admin/inquiries?from=yesterday',
    ];
    for (const path of paths) {
      const response = await fetch(`${server.base}${path}`);
      assert.ok(response.status < 500, `${path} → ${response.status}`);
      assertCors(response);
    }
    // Search words are matched as text, never as code: this finds what "or" and "1" find.
    const injected = (await (await fetch(`${server.base}/v1/jobs?q=%27%20OR%201%3D1--`)).json()) as { total: number };
    const plain = (await (await fetch(`${server.base}/v1/jobs?q=or%201`)).json()) as { total: number };
    assert.equal(injected.total, plain.total);
    await healthy();
  });

  test('a flood from one address meets 429 with Retry-After; replays do not count', async () => {
    const flooded = await startServer({ inquiryRateLimit: 5 });
    try {
      const key = newKey();
      assert.equal((await postInquiry(flooded.base, inquiryBody(), { key })).status, 201);
      for (let replay = 0; replay < 8; replay++) assert.equal((await postInquiry(flooded.base, inquiryBody(), { key })).status, 201);
      const statuses: number[] = [];
      let limited: Response | undefined;
      for (let index = 0; index < 20; index++) {
        const response = await postInquiry(flooded.base, inquiryBody());
        statuses.push(response.status);
        if (response.status === 429) limited ??= response;
        else await response.arrayBuffer();
      }
      assert.deepEqual(statuses.slice(0, 4), [201, 201, 201, 201]);
      assert.ok(limited, `no 429 in ${statuses.join(',')}`);
      assertCors(limited);
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
      await assertMatchesContract(limited, 'createInquiry', 429);
      assert.equal(await flooded.inquiries.count(), 5);
      assert.equal((await fetch(`${flooded.base}/v1/partners`)).status, 200);
    } finally {
      await flooded.close();
    }
  });
});
