import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { configFromEnv } from '../src/config.js';
import { NewerSchemaError, openDatabase } from '../src/db/database.js';
import { databaseTargetFrom, describeTarget } from '../src/db/database-url.js';
import { applyLegacySqliteSteps, legacySchemaVersion } from '../src/db/legacy-sqlite-migrations.js';
import { migrations } from '../src/db/migrations.js';
import { freshTarget, onPostgres, rowsOf } from './test-database.js';

const withFolder = async (run: (folder: string) => Promise<void>) => {
  const folder = mkdtempSync(join(tmpdir(), 'wr-db-'));
  try {
    await run(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
};

const migrationCount = Object.keys(migrations({ kind: 'sqlite', clock: { now: () => new Date() } })).length;

test('the schema is migrated once, and a database a newer server migrated is refused', async () => {
  await withFolder(async (folder) => {
    const target = await freshTarget(folder, join('nested', 'wr.sqlite'));
    const first = await openDatabase(target);
    assert.equal((await rowsOf(first, 'SELECT name FROM kysely_migration')).length, migrationCount);
    await first.close();
    const again = await openDatabase(target);
    assert.equal((await rowsOf(again, 'SELECT name FROM kysely_migration')).length, migrationCount, 'nothing ran twice');
    await again.db.insertInto('kysely_migration' as never).values({ name: '9999-from-a-newer-server', timestamp: new Date().toISOString() } as never).execute();
    await again.close();
    await assert.rejects(openDatabase(target), NewerSchemaError);
  });
});

test('an SQLite file is WAL with full sync and secure delete', { skip: onPostgres && 'SQLite files only' }, async () => {
  await withFolder(async (folder) => {
    const database = await openDatabase({ kind: 'sqlite', path: join(folder, 'wr.sqlite') });
    try {
      assert.equal(database.sqlite!.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(database.sqlite!.pragma('synchronous', { simple: true }), 2, 'FULL');
      assert.equal(database.sqlite!.pragma('secure_delete', { simple: true }), 1);
    } finally {
      await database.close();
    }
  });
});

test('an SQLite file an older server left is brought up to date, its rows kept', { skip: onPostgres && 'SQLite files only' }, async () => {
  await withFolder(async (folder) => {
    const path = join(folder, 'old.sqlite');
    const old = new BetterSqlite3(path);
    applyLegacySqliteSteps(old, legacySchemaVersion);
    old.prepare('INSERT INTO inquiries (id, received_at, partners, data) VALUES (?, ?, ?, ?)').run('inq_1', '2026-11-01T10:00:00Z', '["kamenz"]', JSON.stringify({ id: 'inq_1', email: ' Eva.Berg@Example.org ' }));
    old.close();
    const database = await openDatabase({ kind: 'sqlite', path });
    try {
      assert.equal((await rowsOf(database, "SELECT name FROM sqlite_master WHERE name = 'schema_version'")).length, 0, 'an older server would refuse the file now');
      assert.deepEqual(await rowsOf(database, 'SELECT id, email_key FROM inquiries'), [{ id: 'inq_1', email_key: 'eva.berg@example.org' }]);
    } finally {
      await database.close();
    }
  });
});

test('DATABASE_URL chooses SQLite or PostgreSQL, and refuses what is neither', () => {
  assert.deepEqual(databaseTargetFrom('file:data/wr.sqlite', '/srv/app'), { kind: 'sqlite', path: '/srv/app/data/wr.sqlite' });
  assert.deepEqual(databaseTargetFrom('data/wr.sqlite', '/srv/app'), { kind: 'sqlite', path: '/srv/app/data/wr.sqlite' });
  assert.deepEqual(databaseTargetFrom('file:///var/lib/wr.sqlite', '/srv/app'), { kind: 'sqlite', path: '/var/lib/wr.sqlite' });
  assert.deepEqual(databaseTargetFrom(':memory:'), { kind: 'sqlite', path: ':memory:' });
  assert.deepEqual(databaseTargetFrom('file::memory:'), { kind: 'sqlite', path: ':memory:' });
  for (const url of ['postgres://wr:secret@db.example.org:5432/wr', 'postgresql://wr@10.0.0.5/wr?sslmode=verify-full', 'postgres://wr@localhost/wr?sslmode=require']) {
    assert.deepEqual(databaseTargetFrom(url), { kind: 'postgres', url });
  }
  for (const [url, reason] of [
    ['mysql://wr@localhost/wr', /"mysql:"/],
    ['postgress://wr@localhost/wr', /"postgress:"/],
    ['sqlite:data/wr.sqlite', /"sqlite:"/],
    ['postgres:wr', /names no PostgreSQL host/],
    ['postgres://wr@localhost/wr?sslmode=sometimes', /sslmode=sometimes/],
    ['   ', /empty/],
  ] as const) {
    assert.throws(() => databaseTargetFrom(url), (error: Error) => reason.test(error.message) && /Accepted: file:PATH/.test(error.message) && /postgres:\/\//.test(error.message), url);
  }
  // The server stops at start with that message, rather than writing a file into a folder named "postgres:".
  assert.throws(() => configFromEnv({ DATABASE_URL: 'postgre://wr@localhost/wr' }), /Accepted:/);
  assert.equal(describeTarget({ kind: 'postgres', url: 'postgres://wr:secret@db.example.org:6432/wr' }), 'PostgreSQL db.example.org:6432/wr', 'never the password');
});

test('an unreachable PostgreSQL is named, and the server waits for it rather than crashing', async () => {
  const attempts: string[] = [];
  // Port 9 on loopback: nothing listens there.
  const started = Date.now();
  await assert.rejects(
    openDatabase({ kind: 'postgres', url: 'postgres://wr:secret@127.0.0.1:9/wr' }, { connectTimeoutMs: 2_500, onUnreachable: (message) => attempts.push(message) }),
    (error: Error) => /PostgreSQL 127\.0\.0\.1:9\/wr is not reachable/.test(error.message) && !error.message.includes('secret'),
  );
  assert.ok(attempts.length >= 1, 'each failed attempt is reported');
  assert.match(attempts[0]!, /ECONNREFUSED/);
  assert.ok(Date.now() - started >= 900, 'it tried again after a pause');
});
