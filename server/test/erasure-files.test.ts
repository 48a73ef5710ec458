import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { applyRetention } from '../src/maintenance/retention.js';
import { admin, inquiryBody, postInquiry, startServer, testClock, type TestServer } from './helpers.js';
import { rowsOf } from './test-database.js';

/**
 * The files the database keeps on disk for the test server: SQLite's database, WAL and shared-memory files, or
 * every fork and segment of the PostgreSQL relations of the test's schema (tables, indexes, TOAST), after a
 * checkpoint has written PostgreSQL's buffers out.
 */
async function databaseFiles(server: TestServer): Promise<string[]> {
  const { database } = server;
  if (database.target.kind === 'sqlite') {
    const file = database.target.path;
    return readdirSync(dirname(file))
      .filter((name) => name.startsWith(basename(file)))
      .map((name) => join(dirname(file), name));
  }
  const data = process.env.PG_DATA;
  assert.ok(data, 'the PostgreSQL run says where its cluster is (scripts/with-postgres.mjs)');
  await sql`CHECKPOINT`.execute(database.db);
  const relations = await rowsOf<{ path: string }>(
    database,
    `SELECT pg_relation_filepath(c.oid) AS path FROM pg_class c
     WHERE c.relnamespace = current_schema()::regnamespace
        OR c.oid IN (SELECT reltoastrelid FROM pg_class WHERE relnamespace = current_schema()::regnamespace)
        OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid IN (SELECT reltoastrelid FROM pg_class WHERE relnamespace = current_schema()::regnamespace))`,
  );
  const files: string[] = [];
  for (const { path } of relations) {
    if (!path) continue;
    const folder = join(data, dirname(path));
    // The main fork, its 1 GB segments (`.1`, …) and the free-space and visibility maps.
    files.push(...readdirSync(folder).filter((name) => name === basename(path) || name.startsWith(`${basename(path)}.`) || name.startsWith(`${basename(path)}_`)).map((name) => join(folder, name)));
  }
  return files.filter((file) => existsSync(file));
}

/** The files (by name) whose bytes contain the text, case-insensitively (the e-mail key is folded). */
async function filesHolding(server: TestServer, text: string): Promise<string[]> {
  const needle = Buffer.from(text.toLowerCase(), 'latin1');
  const files = await databaseFiles(server);
  assert.ok(files.length > 0, 'the database has files to look into');
  return files.filter((file) => Buffer.from(readFileSync(file).toString('latin1').toLowerCase(), 'latin1').includes(needle)).map((file) => basename(file));
}

/** A person whose every field carries one unique word, so any trace of them in a file can be found. */
function witness() {
  const word = `zeugin${randomBytes(6).toString('hex')}`;
  return { word, body: inquiryBody({ name: `Erika ${word}`, email: `${word}@example.org`, phone: '+49 351 1234567', message: `Bitte löschen: ${word}` }) };
}

describe('every way of erasing leaves no copy of the person in the database files', () => {
  let server: TestServer;
  const clock = testClock();
  before(async () => {
    server = await startServer({}, { clock });
  });
  after(() => server.close());

  const sent = async () => {
    const person = witness();
    const response = await postInquiry(server.base, person.body);
    assert.equal(response.status, 201);
    const { id } = (await response.json()) as { id: string };
    assert.notDeepEqual(await filesHolding(server, person.word), [], 'the inquiry is on disk before it is erased');
    return { ...person, id };
  };

  test('the admin’s “Löschen” of one inquiry: the inquiry, its replay record and its mails', async () => {
    const kept = await sent();
    const person = await sent();
    assert.equal((await admin(server.base, `/inquiries/${person.id}`, { method: 'DELETE' })).status, 204);
    assert.deepEqual(await filesHolding(server, person.word), []);
    assert.deepEqual(await rowsOf(server.database, `SELECT key FROM idempotency_keys WHERE body LIKE '%${person.word}%'`), []);
    // Nobody else's data goes with it.
    assert.notDeepEqual(await filesHolding(server, kept.word), []);
  });

  test('erasure by e-mail address', async () => {
    const person = await sent();
    const erased = await admin(server.base, '/erasures', { method: 'POST', body: JSON.stringify({ email: `${person.word}@example.org` }) });
    assert.deepEqual(await erased.json(), { deleted: 1 });
    assert.deepEqual(await filesHolding(server, person.word), []);
  });

  test('retention, once the inquiry and its replay record are old enough', async () => {
    const person = await sent();
    clock.advance(181 * 24 * 60 * 60 * 1000);
    assert.ok((await applyRetention(server.inquiries, server.audit, 180, clock.now())) >= 1);
    assert.deepEqual(await filesHolding(server, person.word), []);
  });
});
