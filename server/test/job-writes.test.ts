import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Job } from '@wachstumsregion/domain/contract';
import { importJobs } from '../src/import/import-jobs.js';
import { importedJobId } from '../src/import/job-id.js';
import { admin, assertMatchesContract, kamenzJob, startServer, testClock, type TestServer } from './helpers.js';

const json = (body: unknown) => ({ method: 'PUT', body: JSON.stringify(body) });
describe('jobs written by hand', () => {
  const clock = testClock();
  let server: TestServer;
  let kamenz: string;
  before(async () => {
    server = await startServer({}, { clock });
    kamenz = ((await (await admin(server.base, '/partners/kamenz/tokens', { method: 'POST' })).json()) as { token: string }).token;
  });
  after(() => server.close());

  test('cannot take the id an import will derive, so no office can block another source’s import', async () => {
    const squatted = importedJobId('ba-jobsuche', '10001-1009999999-S');
    const single = await admin(server.base, `/jobs/${squatted}`, json(kamenzJob(squatted)), kamenz);
    await assertMatchesContract(single.clone(), 'adminPutJob', 400);
    assert.match(((await single.json()) as { message: string }).message, /ids imports derive/);
    const bulk = await admin(server.base, '/jobs', { method: 'POST', body: JSON.stringify({ items: [kamenzJob('kamenz-ok-1'), kamenzJob(squatted)] }) }, kamenz);
    assert.equal(bulk.status, 400);
    assert.equal(server.region.job('kamenz-ok-1'), undefined, 'all or nothing');
    // So the import goes through.
    const result = await importJobs(server.database, server.region, 'ba-jobsuche', [{ ...kamenzJob('x'), id: undefined, externalId: '10001-1009999999-S' }]);
    assert.deepEqual(result.inserted, [squatted]);
    // The imported job itself may still be edited under its id by the office it belongs to.
    const imported = server.region.job(squatted)!;
    assert.equal((await admin(server.base, `/jobs/${squatted}`, json({ ...imported, title: 'Sachbearbeitung (m/w/d)' }), kamenz)).status, 200);
    // Ids that merely look alike elsewhere stay free.
    assert.equal((await admin(server.base, '/jobs/kamenz-2026-sachbearbeitung', json(kamenzJob('kamenz-2026-sachbearbeitung')), kamenz)).status, 201);
  });

  test('a future publishedAt is dated now, so no job is pinned to the top of every list', async () => {
    const future = new Date(clock.now().getTime() + 30 * 24 * 60 * 60 * 1000).toISOString();
    const saved = (await (await admin(server.base, '/jobs/kamenz-pinned', json(kamenzJob('kamenz-pinned', { publishedAt: future })), kamenz)).json()) as Job;
    const now = clock.now().getTime();
    assert.ok(Math.abs(Date.parse(saved.publishedAt) - now) < 60_000, `saved as ${saved.publishedAt}`);
    await admin(server.base, '/jobs', { method: 'POST', body: JSON.stringify({ items: [kamenzJob('kamenz-pinned-2', { publishedAt: future })] }) }, kamenz);
    const listed = (await (await fetch(`${server.base}/v1/jobs/kamenz-pinned-2`)).json()) as Job;
    assert.ok(Date.parse(listed.publishedAt) <= clock.now().getTime(), `listed as ${listed.publishedAt}`);
    // A past date is kept as it was.
    const past = (await (await admin(server.base, '/jobs/kamenz-older', json(kamenzJob('kamenz-older')), kamenz)).json()) as Job;
    assert.equal(past.publishedAt, kamenzJob('x').publishedAt);
  });
});
