import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Job } from '@wachstumsregion/domain/contract';
import { admin, assertMatchesContract, startServer, type TestServer } from './helpers.js';

type JobList = { items: Job[]; total: number; next?: string };

const expiredJob = (id: string, partner: string, overrides: Partial<Job> = {}): Job => ({
  id,
  title: 'Abgelaufene Stelle: Schweißer (m/w/d)',
  employer: { name: 'Metallbau Großröhrsdorf GmbH' },
  partner,
  location: { city: 'Kamenz' },
  category: 'crafts',
  employmentType: 'full-time',
  publishedAt: '2025-01-05T08:00:00Z',
  validThrough: '2025-03-31T21:59:59Z',
  description: 'Längst besetzt.',
  source: 'manual',
  externalId: 'ALT-2025-001',
  ...overrides,
});

describe('admin API: the job list', () => {
  let server: TestServer;
  let kamenz: string;
  const list = async (query: string, token?: string | null) => (await assertMatchesContract(await admin(server.base, `/jobs${query}`, {}, token), 'adminListJobs', 200)) as JobList;

  before(async () => {
    server = await startServer();
    kamenz = ((await (await admin(server.base, '/partners/kamenz/tokens', { method: 'POST' })).json()) as { token: string }).token;
    for (const job of [expiredJob('old-kamenz', 'kamenz'), expiredJob('old-pulsnitz', 'pulsnitz', { externalId: 'ALT-2025-002', location: { city: 'Pulsnitz' } })]) {
      assert.equal((await admin(server.base, `/jobs/${job.id}`, { method: 'PUT', body: JSON.stringify(job) })).status, 201);
    }
  });
  after(() => server.close());

  test('the region pages through every job, expired ones too, newest first, each once', async () => {
    const first = await list('');
    assert.equal(first.total, 322);
    assert.equal(first.items.length, 50, '50 without a limit');
    const seen: Job[] = [];
    let page: JobList = await list('?limit=100');
    seen.push(...page.items);
    while (page.next) {
      page = await list(`?limit=100&cursor=${page.next}`);
      assert.equal(page.total, 322);
      seen.push(...page.items);
    }
    assert.equal(seen.length, 322);
    assert.equal(new Set(seen.map((job) => job.id)).size, 322);
    const times = seen.map((job) => Date.parse(job.publishedAt));
    assert.deepEqual(times, [...times].sort((a, b) => b - a));
    assert.deepEqual(seen.slice(-2).map((job) => job.id), ['old-kamenz', 'old-pulsnitz']);
    // The public search hides them.
    const search = (await (await fetch(`${server.base}/v1/jobs?q=Abgelaufene`)).json()) as { total: number };
    assert.equal(search.total, 0);
  });

  test('status, words and partner narrow the list; a district includes its towns', async () => {
    assert.deepEqual((await list('?status=expired')).items.map((job) => job.id), ['old-kamenz', 'old-pulsnitz']);
    const active = await list('?status=active&limit=1000');
    assert.equal(active.total, 320);
    assert.ok(!active.items.some((job) => job.id.startsWith('old-')));
    // Words fold as in the public search and look in the title, employer, city, id and externalId.
    assert.deepEqual((await list('?q=schweisser%20grossrohrsdorf')).items.map((job) => job.id), ['old-kamenz', 'old-pulsnitz']);
    assert.deepEqual((await list('?q=alt-2025-002')).items.map((job) => job.id), ['old-pulsnitz']);
    assert.deepEqual((await list('?q=old-kamenz')).items.map((job) => job.id), ['old-kamenz']);
    assert.equal((await list('?q=nirgendwo-zu-finden')).total, 0);
    const district = await list('?partner=landkreis-bautzen&status=expired');
    assert.deepEqual(district.items.map((job) => job.id), ['old-kamenz', 'old-pulsnitz']);
    assert.deepEqual((await list('?partner=pulsnitz&status=expired')).items.map((job) => job.id), ['old-pulsnitz']);
  });

  test('a cursor belongs to its filters; wrong parameters are 400', async () => {
    const page = await list('?limit=10');
    assert.ok(page.next);
    assert.equal((await admin(server.base, `/jobs?limit=10&status=active&cursor=${page.next}`)).status, 400);
    assert.equal((await admin(server.base, '/jobs?cursor=bm9wZQ')).status, 400);
    assert.equal((await admin(server.base, '/jobs?status=old')).status, 400);
    assert.equal((await admin(server.base, '/jobs?limit=0')).status, 400);
    assert.equal((await admin(server.base, '/jobs')).headers.get('cache-control'), 'no-store');
    assert.equal((await admin(server.base, '/jobs', {}, null)).status, 401);
  });

  test('a partner’s token lists only its own partner’s jobs, expired ones too', async () => {
    const own = await list('?limit=1000', kamenz);
    assert.ok(own.total > 1);
    assert.ok(own.items.every((job) => job.partner === 'kamenz'));
    assert.ok(own.items.some((job) => job.id === 'old-kamenz'));
    assert.deepEqual((await list('?status=expired&partner=kamenz', kamenz)).items.map((job) => job.id), ['old-kamenz']);
    await assertMatchesContract(await admin(server.base, '/jobs?partner=pulsnitz', {}, kamenz), 'adminListJobs', 403);
    // The district's filter does not widen an office's view to its towns' jobs, nor the other way round.
    await assertMatchesContract(await admin(server.base, '/jobs?partner=landkreis-bautzen', {}, kamenz), 'adminListJobs', 403);
  });
});
