import { solveChallenge } from 'altcha-lib/v1';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Job, JobPage } from '@wachstumsregion/domain/contract';
import { admin, inquiryBody, postInquiry, startServer, testClock, testEpoch, type TestServer } from './helpers.js';

// The server takes every "now" from the clock it is given. These tests move that clock, never the machine's, and
// CI runs them again under `faketime -f '+400d'`: code that read the machine's time would fail there.
const minute = 60 * 1000;
const day = 24 * 60 * minute;

describe('one clock for the whole server', () => {
  const clock = testClock();
  let server: TestServer;
  before(async () => {
    server = await startServer({ inquiryRateLimit: 2, altchaHmacKey: 'clock-test-key', altchaMaxNumber: 1000 }, { clock });
  });
  after(() => server.close());

  test('the seed is dated by the clock: every sample job is published before it and none has expired', async () => {
    const jobs = server.region.jobs;
    assert.ok(jobs.length > 100);
    assert.ok(jobs.every((job) => Date.parse(job.publishedAt) <= Date.parse(testEpoch) && Date.parse(job.publishedAt) > Date.parse(testEpoch) - 61 * day));
    assert.ok(jobs.every((job) => !job.validThrough || Date.parse(job.validThrough) > Date.parse(testEpoch)));
  });

  test('a job leaves the search and its page when the clock passes its validThrough', async () => {
    const job: Job = {
      id: 'clock-job',
      title: 'Uhrmacher (m/w/d)',
      employer: { name: 'Glashütter Werkstatt' },
      partner: 'kamenz',
      location: { city: 'Kamenz' },
      category: 'crafts',
      employmentType: 'full-time',
      publishedAt: new Date(clock.now().getTime() - day).toISOString(),
      validThrough: new Date(clock.now().getTime() + 2 * day).toISOString(),
      description: 'Uhren reparieren.',
    };
    assert.equal((await admin(server.base, `/jobs/${job.id}`, { method: 'PUT', body: JSON.stringify(job) })).status, 201);
    const found = async () => ((await (await fetch(`${server.base}/v1/jobs?q=Uhrmacher`)).json()) as JobPage).total;
    assert.equal(await found(), 1);
    assert.equal((await fetch(`${server.base}/v1/jobs/${job.id}`)).status, 200);
    clock.advance(3 * day);
    try {
      // The remembered answer expires with the job too.
      assert.equal(await found(), 0);
      assert.equal((await fetch(`${server.base}/v1/jobs/${job.id}`)).status, 404);
      const expired = (await (await admin(server.base, '/jobs?status=expired&q=Uhrmacher')).json()) as { items: Job[] };
      assert.deepEqual(expired.items.map((item) => item.id), [job.id]);
    } finally {
      clock.advance(-3 * day);
    }
  });

  test('the inquiry rate limit counts its window by the clock', async () => {
    const altcha = await solved(server);
    assert.equal((await postInquiry(server.base, inquiryBody({ altcha: await solved(server) }))).status, 201);
    assert.equal((await postInquiry(server.base, inquiryBody({ altcha: await solved(server) }))).status, 201);
    assert.equal((await postInquiry(server.base, inquiryBody({ altcha }))).status, 429);
    clock.advance(10 * minute + 1);
    assert.equal((await postInquiry(server.base, inquiryBody({ altcha: await solved(server) }))).status, 201, 'a new window');
  });

  test('a challenge expires 20 minutes after it was made, by the clock', async () => {
    clock.advance(10 * minute + 1); // a fresh rate-limit window
    const altcha = await solved(server);
    clock.advance(21 * minute);
    const late = await postInquiry(server.base, inquiryBody({ altcha }));
    assert.equal(late.status, 422);
    assert.deepEqual(((await late.json()) as { errors: object }).errors, { altcha: 'invalid' });
    assert.equal((await postInquiry(server.base, inquiryBody({ altcha: await solved(server) }))).status, 201);
  });

  test('inquiries, the audit log and backups carry the clock’s time', async () => {
    clock.set('2027-03-01T09:30:00Z');
    const receipt = (await (await postInquiry(server.base, inquiryBody({ altcha: await solved(server) }))).json()) as { receivedAt: string };
    assert.match(receipt.receivedAt, /^2027-03-01T09:3/);
    // Built-in backups are SQLite's; over PostgreSQL another admin write shows the audit log's time.
    if (server.backups.available) {
      const backup = (await (await admin(server.base, '/backups', { method: 'POST' })).json()) as { file: string };
      assert.match(backup.file, /^wr-20270301T093\d{3}Z\.sqlite$/);
    } else {
      assert.equal((await admin(server.base, '/categories/fishing', { method: 'PUT', body: JSON.stringify({ id: 'fishing', name: { de: 'Fischerei', en: 'Fishing' } }) })).status, 201);
    }
    const [entry] = await server.audit.list({ limit: 1 });
    assert.equal(entry?.action, server.backups.available ? 'backup.create' : 'category.put');
    assert.match(entry!.at, /^2027-03-01T09:3/);
  });
});

async function solved(server: TestServer): Promise<string> {
  const challenge = (await (await fetch(`${server.base}/v1/challenge`)).json()) as { algorithm: string; challenge: string; salt: string; maxnumber: number };
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
  assert.ok(solution);
  return Buffer.from(JSON.stringify({ ...challenge, number: solution.number })).toString('base64');
}
