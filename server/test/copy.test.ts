import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { copyDatabase } from '../src/db/copy-cli.js';
import { openDatabase, type Database } from '../src/db/database.js';
import { admin, inquiryBody, postInquiry, startServer } from './helpers.js';
import { freshTarget, onPostgres, rowsOf } from './test-database.js';

/** A table's rows as comparable text, in a fixed order, without what each backend numbers or generates itself. */
async function rows(database: Database, table: string, orderBy: string): Promise<string> {
  const all = await rowsOf<Record<string, unknown>>(database, `SELECT * FROM ${table} ORDER BY ${orderBy}`);
  return JSON.stringify(all.map(({ seq: _seq, source: _source, external_id: _externalId, ...row }) => row));
}

test('an SQLite database moves into an empty PostgreSQL with every row, and the server goes on there', { skip: !onPostgres && 'PostgreSQL only (npm run test:postgres)' }, async () => {
  const folder = mkdtempSync(join(tmpdir(), 'wr-copy-'));
  try {
    // A server that has lived on SQLite for a while: inquiries (one with its mail queued), an admin edit, a token.
    const old = await startServer({ database: { kind: 'sqlite', path: join(folder, 'old.sqlite') } });
    const inquiries: { id: string }[] = [];
    let token: { token: string };
    // Closed even when an assertion fails: an open server would keep the test process alive for ever.
    try {
      for (const email of ['eva.berg@example.org', 'tom.weber@example.org', 'lena.krause@example.org']) inquiries.push((await (await postInquiry(old.base, inquiryBody({ email }))).json()) as { id: string });
      assert.equal((await admin(old.base, '/categories/glass', { method: 'PUT', body: JSON.stringify({ id: 'glass', name: { de: 'Glas', en: 'Glass' } }) })).status, 201);
      token = (await (await admin(old.base, '/partners/kamenz/tokens', { method: 'POST' })).json()) as { token: string };
    } finally {
      await old.close();
    }

    const from = await openDatabase({ kind: 'sqlite', path: join(folder, 'old.sqlite') });
    const copied = await freshTarget(folder);
    const to = await openDatabase(copied);
    try {
      const report = await copyDatabase(from, to);
      const counted = Object.fromEntries(report.tables.map(({ name, rows: n }) => [name, n]));
      assert.equal(counted.inquiries, 3);
      assert.equal(counted.outbox, 6, 'two offices per inquiry');
      assert.ok(counted.jobs! > 100 && counted.partner_tokens === 1 && counted.audit_log! >= 2);
      for (const [table, order] of [['partners', 'id'], ['jobs', 'id'], ['inquiries', 'id'], ['idempotency_keys', 'key'], ['outbox', 'inquiry_id, recipient'], ['audit_log', 'seq'], ['partner_tokens', 'id'], ['categories', 'id'], ['commutes', 'from_id, to_id']] as const) {
        assert.equal(await rows(to, table, order), await rows(from, table, order), `${table} copied as it was`);
      }
      // A second copy into the same database is refused: it is not empty any more.
      await assert.rejects(copyDatabase(from, to), /not empty/);
    } finally {
      await from.close();
      await to.close();
    }

    // The server over the copy: the same inquiries in the same order, the token works, new rows number on.
    const moved = await startServer({ database: copied });
    try {
      const listed = (await (await admin(moved.base, '/inquiries')).json()) as { items: { id: string }[] };
      assert.deepEqual(listed.items.map((item) => item.id), inquiries.map((inquiry) => inquiry.id));
      assert.equal((await admin(moved.base, '/me', {}, token.token)).status, 200);
      assert.ok(moved.region.categories.some((category) => category.id === 'glass'));
      assert.equal((await postInquiry(moved.base, inquiryBody({ email: 'neu@example.org' }))).status, 201, 'the outbox and inquiry numbers go on after the copied ones');
      assert.equal((await admin(moved.base, '/categories/glass', { method: 'DELETE' })).status, 204);
    } finally {
      await moved.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
