import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertCors, assertMatchesContract, startServer, type TestServer } from './helpers.js';

describe('public API v1 answers as the contract says', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.base}/v1${path}`, { headers });

  for (const [path, operationId, maxAge] of [
    ['/partners', 'listPartners', 3600],
    ['/commutes', 'listCommutes', 86400],
    ['/categories', 'listCategories', 3600],
    ['/jobs', 'searchJobs', 300],
    ['/jobs/suggestions?q=pf', 'suggestJobs', 300],
  ] as const) {
    test(`GET ${path}: schema, CORS, ETag, Cache-Control, 304`, async () => {
      const response = await get(path);
      assertCors(response);
      assert.equal(response.headers.get('cache-control'), `public, max-age=${maxAge}`);
      const etag = response.headers.get('etag');
      assert.ok(etag);
      await assertMatchesContract(response, operationId, 200);

      const again = await get(path, { 'if-none-match': etag });
      assert.equal(again.status, 304);
      assert.equal(await again.text(), '');
      assertCors(again);
    });
  }

  test('partners are sorted by name, carry no origins, and a district names its towns', async () => {
    const { items } = (await (await get('/partners')).json()) as { items: { id: string; name: string; district?: string; origins?: unknown }[] };
    assert.equal(items.length, 9);
    assert.deepEqual(items.map((partner) => partner.name), [...items.map((partner) => partner.name)].sort((a, b) => a.localeCompare(b, 'de')));
    assert.ok(items.every((partner) => !('origins' in partner)));
    assert.ok(items.some((partner) => partner.district === 'landkreis-bautzen'));
  });

  test('search folds umlauts both ways, and a district includes its towns', async () => {
    const total = async (query: string) => ((await (await get(`/jobs?${query}`)).json()) as { total: number }).total;
    const folded = await total('q=b%C3%BCro');
    assert.ok(folded > 0);
    assert.equal(await total('q=buero'), folded);
    assert.equal(await total('q=BURO'), folded);

    const district = (await (await get('/jobs?partner=landkreis-bautzen&pageSize=100')).json()) as { total: number; facets: { partner: Record<string, number> } };
    const { items: partners } = (await (await get('/partners')).json()) as { items: { id: string; district?: string }[] };
    const towns = partners.filter((partner) => partner.district === 'landkreis-bautzen').map((partner) => partner.id);
    const townJobs = await Promise.all(towns.map((town) => total(`partner=${town}`)));
    const own = await total('partner=landkreis-bautzen');
    assert.ok(townJobs.reduce((sum, count) => sum + count, 0) > 0);
    assert.equal(own, district.total);
    assert.equal(district.facets.partner['landkreis-bautzen'], district.total);
  });

  test('paging is stable and a page past the end is empty with the true total', async () => {
    const first = (await (await get('/jobs?pageSize=5&page=1')).json()) as { items: { id: string }[]; total: number };
    const second = (await (await get('/jobs?pageSize=5&page=2')).json()) as { items: { id: string }[] };
    assert.equal(first.items.length, 5);
    assert.ok(second.items.every((job) => !first.items.some((seen) => seen.id === job.id)));
    const past = await get('/jobs?page=9999&pageSize=100');
    const body = (await assertMatchesContract(past, 'searchJobs', 200)) as { items: unknown[]; total: number };
    assert.equal(body.items.length, 0);
    assert.equal(body.total, first.total);
  });

  test('unknown partner or category ids match nothing; malformed parameters are 400 with the Error shape', async () => {
    const unknown = (await assertMatchesContract(await get('/jobs?partner=bernsdorf&category=space-travel'), 'searchJobs', 200)) as { total: number };
    assert.equal(unknown.total, 0);
    for (const query of ['pageSize=101', 'pageSize=0', 'page=abc', 'type=freelance', 'sort=random', 'partner=Kamenz!', `q=${'x'.repeat(201)}`, 'category=%3Cscript%3E']) {
      const response = await get(`/jobs?${query}`);
      assertCors(response);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      await assertMatchesContract(response, 'searchJobs', 400);
    }
  });

  test('GET /jobs/{id}: a job, 404 when unknown, 400 when malformed', async () => {
    const { items } = (await (await get('/jobs?pageSize=1')).json()) as { items: { id: string }[] };
    const response = await get(`/jobs/${items[0]!.id}`);
    assert.ok(response.headers.get('etag'));
    await assertMatchesContract(response, 'getJob', 200);
    await assertMatchesContract(await get('/jobs/no-such-job'), 'getJob', 404);
    await assertMatchesContract(await get('/jobs/%3Cscript%3E'), 'getJob', 400);
  });

  test('GET /challenge is 204 without a body while switched off, never cached, without ETag', async () => {
    const response = await get('/challenge');
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.headers.get('etag'), null);
    assertCors(response);
    await assertMatchesContract(response, 'getChallenge', 204);
  });

  test('preflight from any origin is 204 with the contract headers', async () => {
    const response = await fetch(`${server.base}/v1/inquiries`, {
      method: 'OPTIONS',
      headers: { origin: 'https://anywhere.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, idempotency-key' },
    });
    assert.equal(response.status, 204);
    assertCors(response);
    assert.match(response.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.match(response.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
    assert.ok(Number(response.headers.get('access-control-max-age')) > 0);
  });

  test('the server also serves health, the contract, its reference page, the demo and the bundle', async () => {
    assert.deepEqual(await (await fetch(`${server.base}/health`)).json(), { status: 'ok', database: server.database.kind });
    const yaml = await fetch(`${server.base}/api/openapi.yaml`);
    assert.match(await yaml.text(), /^openapi: 3\.1/);
    const reference = await (await fetch(`${server.base}/api/`)).text();
    assert.match(reference, /<h1>Wachstumsregion Dresden API/);
    assert.doesNotMatch(reference, /<script|https?:\/\/cdn/i);
    const demo = await fetch(`${server.base}/`);
    assert.equal(demo.status, 200);
    assert.match(demo.headers.get('content-type') ?? '', /text\/html/);
    const missing = await fetch(`${server.base}/v1/nothing-here`);
    assert.equal(missing.status, 404);
    assertCors(missing);
    assert.deepEqual(Object.keys((await missing.json()) as object).sort(), ['error', 'message']);
  });
});
