import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { databasePathFrom } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';

test('the database is WAL with full sync, migrated once, and refuses a newer schema', () => {
  const folder = mkdtempSync(join(tmpdir(), 'wr-db-'));
  try {
    const path = join(folder, 'nested', 'wr.sqlite');
    const db = openDatabase(path);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(db.pragma('synchronous', { simple: true }), 2, 'FULL');
    const version = (db.prepare('SELECT version FROM schema_version').get() as { version: number }).version;
    db.close();
    const again = openDatabase(path);
    assert.equal((again.prepare('SELECT count(*) AS n FROM schema_version').get() as { n: number }).n, 1);
    again.prepare('UPDATE schema_version SET version = ?').run(version + 1);
    again.close();
    assert.throws(() => openDatabase(path), /newer than this server/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('DATABASE_URL is read as a file path relative to the working folder', () => {
  assert.equal(databasePathFrom('file:data/wr.sqlite', '/srv/app'), '/srv/app/data/wr.sqlite');
  assert.equal(databasePathFrom('data/wr.sqlite', '/srv/app'), '/srv/app/data/wr.sqlite');
  assert.equal(databasePathFrom('file:///var/lib/wr.sqlite', '/srv/app'), '/var/lib/wr.sqlite');
  assert.equal(databasePathFrom(':memory:'), ':memory:');
});
