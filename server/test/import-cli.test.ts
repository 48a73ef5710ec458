import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openDatabase } from '../src/db/database.js';
import type { DatabaseTarget } from '../src/db/database-url.js';
import { seedIfEmpty } from '../src/db/seed.js';
import { RegionStore } from '../src/store/region-store.js';
import { testEpoch } from './helpers.js';
import { snapshot, storedJobs } from './import-helpers.js';
import { freshTarget } from './test-database.js';

const run = promisify(execFile);
const serverFolder = fileURLToPath(new URL('..', import.meta.url));
const fixturePath = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));

async function cli(target: DatabaseTarget, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/import/cli.ts', ...args], { cwd: serverFolder, env: { ...process.env, DATABASE_URL: target.kind === 'postgres' ? target.url : `file:${target.path}` } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

test('the import command: Personio, BA and JSON files into the database; a broken file writes nothing', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'wr-import-'));
  try {
    // The suite's backend: an SQLite file, or a schema of the test PostgreSQL, named to the command by DATABASE_URL.
    const target = await freshTarget(folder);
    const db = await openDatabase(target);
    await seedIfEmpty(await RegionStore.open(db), 'demo', new Date(testEpoch));
    await db.close();

    const personio = await cli(target, ['--source', 'personio', '--file', fixturePath('personio-1.xml'), '--employer', 'Lausitz Digital GmbH', '--partner', 'kamenz', '--job-page', 'https://lausitz-digital.jobs.personio.de']);
    assert.equal(personio.code, 0, personio.stderr);
    assert.deepEqual(JSON.parse(personio.stdout), { source: 'personio', inserted: 3, updated: 0, unchanged: 0, retired: 0, duplicates: [], skipped: [] });

    const ba = await cli(target, ['--source', 'ba-jobsuche', '--file', fixturePath('ba-search-1.json'), '--details', fixturePath('ba-details-1.json')]);
    assert.equal(ba.code, 0, ba.stderr);
    assert.equal(JSON.parse(ba.stdout).inserted, 4);
    assert.equal(JSON.parse(ba.stdout).skipped.length, 1);

    const own = await cli(target, ['--source', 'json', '--as', 'stadtwerke', '--file', fixturePath('own-1.json')]);
    assert.equal(own.code, 0, own.stderr);

    const check = await openDatabase(target);
    const before = await snapshot(check);
    assert.equal((await storedJobs(check, 'personio')).size, 3);
    await check.close();

    const dry = await cli(target, ['--source', 'personio', '--file', fixturePath('personio-2.xml'), '--employer', 'Lausitz Digital GmbH', '--partner', 'kamenz', '--job-page', 'https://lausitz-digital.jobs.personio.de', '--dry-run']);
    assert.equal(dry.code, 0, dry.stderr);
    assert.deepEqual({ ...JSON.parse(dry.stdout), duplicates: undefined, skipped: undefined }, { dryRun: true, source: 'personio', inserted: 1, updated: 1, unchanged: 1, retired: 1, duplicates: undefined, skipped: undefined });

    const broken = await cli(target, ['--source', 'personio', '--file', fixturePath('personio-broken.xml'), '--employer', 'Lausitz Digital GmbH', '--partner', 'kamenz']);
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /Import failed, nothing written: Not well-formed XML/);
    const unknownPartner = await cli(target, ['--source', 'personio', '--file', fixturePath('personio-2.xml'), '--employer', 'X', '--partner', 'atlantis']);
    assert.equal(unknownPartner.code, 1);
    assert.match(unknownPartner.stderr, /partner "atlantis" does not exist/);
    const usage = await cli(target, []);
    assert.equal(usage.code, 2);
    assert.match(usage.stdout, /--source personio/);

    const after = await openDatabase(target);
    assert.equal(await snapshot(after), before, 'the dry run and the failures changed nothing');
    await after.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
