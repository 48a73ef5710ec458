import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openDatabase } from '../src/db/database.js';
import { seedIfEmpty } from '../src/db/seed.js';
import { RegionStore } from '../src/store/region-store.js';
import { testEpoch } from './helpers.js';
import { snapshot, storedJobs } from './import-helpers.js';

const run = promisify(execFile);
const serverFolder = fileURLToPath(new URL('..', import.meta.url));
const fixturePath = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));

async function cli(databasePath: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/import/cli.ts', ...args], { cwd: serverFolder, env: { ...process.env, DATABASE_URL: `file:${databasePath}` } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

test('the import command: Personio, BA and JSON files into the database; a broken file writes nothing', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'wr-import-'));
  const databasePath = join(folder, 'wr.sqlite');
  try {
    const db = openDatabase(databasePath);
    seedIfEmpty(new RegionStore(db), 'demo', new Date(testEpoch));
    db.close();

    const personio = await cli(databasePath, ['--source', 'personio', '--file', fixturePath('personio-1.xml'), '--employer', 'Lausitz Digital GmbH', '--partner', 'kamenz', '--job-page', 'https://lausitz-digital.jobs.personio.de']);
    assert.equal(personio.code, 0, personio.stderr);
    assert.deepEqual(JSON.parse(personio.stdout), { source: 'personio', inserted: 3, updated: 0, unchanged: 0, retired: 0, duplicates: [], skipped: [] });

    const ba = await cli(databasePath, ['--source', 'ba-jobsuche', '--file', fixturePath('ba-search-1.json'), '--details', fixturePath('ba-details-1.json')]);
    assert.equal(ba.code, 0, ba.stderr);
    assert.equal(JSON.parse(ba.stdout).inserted, 4);
    assert.equal(JSON.parse(ba.stdout).skipped.length, 1);

    const own = await cli(databasePath, ['--source', 'json', '--as', 'stadtwerke', '--file', fixturePath('own-1.json')]);
    assert.equal(own.code, 0, own.stderr);

    const check = openDatabase(databasePath);
    const before = snapshot(check);
    assert.equal(storedJobs(check, 'personio').size, 3);
    check.close();

    const dry = await cli(databasePath, ['--source', 'personio', '--file', fixturePath('personio-2.xml'), '--employer', 'Lausitz Digital GmbH', '--partner', 'kamenz', '--job-page', 'https://lausitz-digital.jobs.personio.de', '--dry-run']);
    assert.equal(dry.code, 0, dry.stderr);
    assert.deepEqual({ ...JSON.parse(dry.stdout), duplicates: undefined, skipped: undefined }, { dryRun: true, source: 'personio', inserted: 1, updated: 1, unchanged: 1, retired: 1, duplicates: undefined, skipped: undefined });

    const broken = await cli(databasePath, ['--source', 'personio', '--file', fixturePath('personio-broken.xml'), '--employer', 'Lausitz Digital GmbH', '--partner', 'kamenz']);
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /Import failed, nothing written: Not well-formed XML/);
    const unknownPartner = await cli(databasePath, ['--source', 'personio', '--file', fixturePath('personio-2.xml'), '--employer', 'X', '--partner', 'atlantis']);
    assert.equal(unknownPartner.code, 1);
    assert.match(unknownPartner.stderr, /partner "atlantis" does not exist/);
    const usage = await cli(databasePath, []);
    assert.equal(usage.code, 2);
    assert.match(usage.stdout, /--source personio/);

    const after = openDatabase(databasePath);
    assert.equal(snapshot(after), before, 'the dry run and the failures changed nothing');
    after.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
