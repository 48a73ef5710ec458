import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Job } from '@wachstumsregion/domain/contract';
import { openDatabase } from '../src/db/database.js';
import { applyLegacySqliteSteps, legacySchemaVersion } from '../src/db/legacy-sqlite-migrations.js';
import { importedJobId } from '../src/import/job-id.js';
import { admin, assertMatchesContract, kamenzJob as job, startServer, type TestServer } from './helpers.js';
import { onPostgres } from './test-database.js';

test('the migration keeps every job when one source repeats an externalId, renames all but one, then makes the pair unique', { skip: onPostgres && 'SQLite files only' }, async () => {
  const folder = mkdtempSync(join(tmpdir(), 'wr-dup-'));
  try {
    const path = join(folder, 'wr.sqlite');
    // A database as a server before that step left it.
    const old = new Database(path);
    applyLegacySqliteSteps(old, legacySchemaVersion - 1);
    old.prepare("INSERT INTO partners (id, data) VALUES ('kamenz', '{}')").run();
    const insert = old.prepare('INSERT INTO jobs (id, partner, data) VALUES (?, ?, ?)');
    const derived = importedJobId('personio', '1001');
    const rows = [
      // Hand-made: two different openings that share a reference; the newer keeps it.
      job('job-0002', { source: 'manual', externalId: 'REF-2027-179', publishedAt: '2026-09-01T08:00:00Z' }),
      job('job-0172', { source: 'manual', externalId: 'REF-2027-179', publishedAt: '2026-10-20T08:00:00Z' }),
      // An imported opening copied by hand later: the imported one keeps it, however new the copy is.
      job(derived, { source: 'personio', externalId: '1001', publishedAt: '2026-08-01T08:00:00Z' }),
      job('copy-by-hand', { source: 'personio', externalId: '1001', publishedAt: '2026-11-01T08:00:00Z' }),
      // Not duplicates: another source, no source, no externalId.
      job('other-source', { source: 'json', externalId: 'REF-2027-179' }),
      job('no-source', { externalId: 'REF-2027-179' }),
      job('no-external-id', { source: 'manual' }),
    ];
    for (const row of rows) insert.run(row.id, row.partner, JSON.stringify(row));
    old.close();

    const database = await openDatabase({ kind: 'sqlite', path });
    const db = database.sqlite!;
    try {
      const stored = new Map((db.prepare('SELECT id, data FROM jobs').all() as { id: string; data: string }[]).map((row) => [row.id, JSON.parse(row.data) as Job]));
      assert.equal(stored.size, rows.length, 'no job is lost');
      assert.equal(stored.get('job-0172')!.externalId, 'REF-2027-179');
      assert.equal(stored.get('job-0002')!.externalId, 'REF-2027-179~job-0002');
      assert.equal(stored.get(derived)!.externalId, '1001');
      assert.equal(stored.get('copy-by-hand')!.externalId, '1001~copy-by-hand');
      for (const id of ['other-source', 'no-source']) assert.equal(stored.get(id)!.externalId, 'REF-2027-179');
      // Everything else of a renamed job is as it was.
      assert.deepEqual({ ...stored.get('job-0002')!, externalId: 'REF-2027-179' }, rows[0]);

      const audited = db.prepare("SELECT target_id AS id FROM audit_log WHERE action = 'job.rename-external-id' ORDER BY target_id").all() as { id: string }[];
      assert.deepEqual(audited.map((row) => row.id), ['copy-by-hand', 'job-0002']);

      const write = db.prepare('INSERT INTO jobs (id, partner, data) VALUES (?, ?, ?)');
      assert.throws(() => write.run('third', 'kamenz', JSON.stringify(job('third', { source: 'manual', externalId: 'REF-2027-179' }))), /UNIQUE/);
      write.run('fine', 'kamenz', JSON.stringify(job('fine', { externalId: 'REF-2027-179' })));
      write.run('fine-too', 'kamenz', JSON.stringify(job('fine-too', { source: 'manual' })));
    } finally {
      await database.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

describe('admin API: one source lists an opening once', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());
  const put = (body: Job) => admin(server.base, `/jobs/${body.id}`, { method: 'PUT', body: JSON.stringify(body) });
  const post = (items: Job[]) => admin(server.base, '/jobs', { method: 'POST', body: JSON.stringify({ items }) });

  test('PUT answers 409 when another job holds the source’s externalId, and saves the job that holds it', async () => {
    assert.equal((await put(job('ext-a', { source: 'manual', externalId: 'X-1' }))).status, 201);
    const refused = await assertMatchesContract(await put(job('ext-b', { source: 'manual', externalId: 'X-1' })), 'adminPutJob', 409);
    assert.deepEqual(refused, { error: 'conflict', message: 'The job ext-a already has the externalId X-1 of the source manual; one source lists an opening once.' });
    assert.equal((await admin(server.base, '/jobs/ext-b', { method: 'DELETE' })).status, 404, 'nothing was written');
    assert.equal((await put(job('ext-a', { source: 'manual', externalId: 'X-1', title: 'geändert' }))).status, 200);
    assert.equal((await put(job('ext-b', { source: 'json', externalId: 'X-1' }))).status, 201, 'another source may use the same id');
    assert.equal((await put(job('ext-c', { externalId: 'X-1' }))).status, 201, 'without a source nothing is unique');
  });

  test('POST answers 409 for a pair held by a job outside the write, or twice inside it, and writes nothing', async () => {
    await assertMatchesContract(await post([job('bulk-1', { source: 'manual', externalId: 'B-1' }), job('bulk-2', { source: 'manual', externalId: 'X-1' })]), 'adminPutJobs', 409);
    await assertMatchesContract(await post([job('bulk-1', { source: 'manual', externalId: 'B-1' }), job('bulk-2', { source: 'manual', externalId: 'B-1' })]), 'adminPutJobs', 409);
    assert.equal((await admin(server.base, '/jobs/bulk-1', { method: 'DELETE' })).status, 404, 'all or nothing');
    // Handing the pair over inside one write is fine when the old holder gives it up first.
    assert.equal((await post([job('ext-a', { source: 'manual', externalId: 'X-2' }), job('bulk-3', { source: 'manual', externalId: 'X-1' })])).status, 200);
    // In the other order the database refuses mid-write; still a 409, and still nothing written.
    const swapped = await post([job('bulk-4', { source: 'manual', externalId: 'X-2' }), job('ext-a', { source: 'manual', externalId: 'X-3' })]);
    assert.equal(swapped.status, 409);
    assert.equal((await admin(server.base, '/jobs/bulk-4', { method: 'DELETE' })).status, 404);
  });
});
