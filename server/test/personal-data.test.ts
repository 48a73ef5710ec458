import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { configFromEnv } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import { Backups } from '../src/maintenance/backups.js';
import { applyRetention } from '../src/maintenance/retention.js';
import { startMaintenance } from '../src/maintenance/schedule.js';
import { AuditLog } from '../src/store/audit-log.js';
import { InquiryStore, type StoredInquiry } from '../src/store/inquiry-store.js';
import { freshDatabase, rowsOf, tableNames } from './test-database.js';
import { admin, assertMatchesContract, inquiryBody, newKey, postInquiry, startServer, testClock, testEpoch, type TestServer } from './helpers.js';

const json = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body) });

/** Every table's rows as text, to look for any trace of a person. */
async function everything(database: Database): Promise<string> {
  const texts = [];
  for (const name of await tableNames(database)) texts.push(JSON.stringify(await rowsOf(database, `SELECT * FROM "${name}"`)));
  return texts.join('\n');
}

describe('erasure by e-mail address', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('deletes all of a person’s inquiries and idempotency records in one request, and nobody else’s', async () => {
    const key = newKey();
    assert.equal((await postInquiry(server.base, inquiryBody({ email: 'Eva.Berg@Example.org', name: 'Eva Berg' }), { key })).status, 201);
    assert.equal((await postInquiry(server.base, inquiryBody({ email: 'eva.berg@example.org', name: 'Eva Berg', partners: ['kamenz'] }))).status, 201);
    // Caught by the honeypot: no inquiry, but the idempotency record holds the address.
    assert.equal((await postInquiry(server.base, inquiryBody({ email: 'EVA.BERG@example.org', website: 'x' }))).status, 201);
    assert.equal((await postInquiry(server.base, inquiryBody({ email: 'other@example.org', name: 'Otto Other' }))).status, 201);
    assert.match(await everything(server.database), /eva\.berg/i);

    const erased = await admin(server.base, '/erasures', json({ email: '  eva.BERG@example.ORG ' }));
    assert.equal(erased.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await assertMatchesContract(erased, 'adminEraseByEmail', 200), { deleted: 2 });

    const left = await everything(server.database);
    assert.doesNotMatch(left, /eva\.berg/i);
    assert.doesNotMatch(left, /Eva Berg/);
    assert.match(left, /other@example\.org/);
    const { items } = (await (await admin(server.base, '/inquiries')).json()) as { items: { email: string }[] };
    assert.deepEqual(items.map((item) => item.email), ['other@example.org']);
    // The erased key is free again: the same key now makes a new inquiry rather than a replay.
    const again = await postInquiry(server.base, inquiryBody({ email: 'eva.berg@example.org' }), { key });
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), null);

    assert.deepEqual(await assertMatchesContract(await admin(server.base, '/erasures', json({ email: 'nobody@example.org' })), 'adminEraseByEmail', 200), { deleted: 0 });
  });

  test('needs the token and an address', async () => {
    assert.equal((await admin(server.base, '/erasures', json({ email: 'a@b.de' }), null)).status, 401);
    assert.equal((await admin(server.base, '/erasures', json({}))).status, 400);
    assert.equal((await admin(server.base, '/erasures', json({ email: 'no-at-sign' }))).status, 400);
  });
});

describe('audit log', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('admin writes and erasures are recorded without personal data, newest first', async () => {
    assert.equal((await postInquiry(server.base, inquiryBody({ email: 'mara.klein@example.org', name: 'Mara Klein', message: 'Ich suche eine Wohnung.' }))).status, 201);
    const receipt = (await (await postInquiry(server.base, inquiryBody({ email: 'jan.roth@example.org', name: 'Jan Roth' }))).json()) as { id: string };
    const category = { id: 'fishing', name: { de: 'Fischerei', en: 'Fishing' } };
    assert.ok((await admin(server.base, '/categories/fishing', { method: 'PUT', body: JSON.stringify(category) })).ok);
    assert.equal((await admin(server.base, '/categories/fishing', { method: 'DELETE' })).status, 204);
    assert.equal((await admin(server.base, `/inquiries/${receipt.id}`, { method: 'DELETE' })).status, 204);
    assert.equal((await admin(server.base, '/erasures', json({ email: 'mara.klein@example.org' }))).status, 200);
    // A failed write leaves no entry.
    assert.equal((await admin(server.base, '/jobs/nope', { method: 'DELETE' })).status, 404);

    const answer = await admin(server.base, '/audit');
    assert.equal(answer.headers.get('cache-control'), 'no-store');
    const { items } = (await assertMatchesContract(answer, 'adminListAudit', 200)) as { items: Record<string, unknown>[] };
    assert.deepEqual(
      items.map(({ at: _at, ...rest }) => rest),
      [
        { action: 'inquiry.erase-by-email', targetKind: 'inquiry', count: 1, who: 'region' },
        { action: 'inquiry.delete', targetKind: 'inquiry', targetId: receipt.id, count: 1, who: 'region' },
        { action: 'category.delete', targetKind: 'category', targetId: 'fishing', who: 'region' },
        { action: 'category.put', targetKind: 'category', targetId: 'fishing', who: 'region' },
      ],
    );
    const text = JSON.stringify(await rowsOf(server.database, 'SELECT * FROM audit_log'));
    for (const personal of ['mara', 'Mara', 'Klein', 'jan.roth', 'Wohnung', '@']) assert.ok(!text.includes(personal), `audit log holds ${personal}`);

    const limited = (await (await admin(server.base, '/audit?limit=1')).json()) as { items: unknown[] };
    assert.equal(limited.items.length, 1);
    assert.equal((await admin(server.base, '/audit', {}, null)).status, 401);
    assert.equal((await admin(server.base, '/audit?limit=0')).status, 400);
  });
});

describe('retention', () => {
  const folder = mkdtempSync(join(tmpdir(), 'wr-retention-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  test('deletes inquiries older than the period, by a fake clock, and notes it in the audit log', async () => {
    const db = await freshDatabase(join(folder, 'retention'));
    try {
      let clock = new Date('2026-01-01T12:00:00Z');
      const inquiries = new InquiryStore(db, { now: () => clock });
      const audit = new AuditLog(db, { now: () => clock });
      const body: Omit<StoredInquiry, 'id' | 'receivedAt'> = { name: 'Alt', email: 'alt@example.org', partners: ['kamenz'], wish: 'live', consent: true, locale: 'de' };
      await inquiries.accept('k-old', '{"email":"alt@example.org"}', body);
      clock = new Date('2026-03-01T12:00:00Z');
      await inquiries.accept('k-mid', '{"email":"mid@example.org"}', { ...body, email: 'mid@example.org' });
      clock = new Date('2026-06-29T12:00:00Z');
      await inquiries.accept('k-new', '{"email":"neu@example.org"}', { ...body, email: 'neu@example.org' });

      clock = new Date('2026-06-30T12:00:00Z');
      // 0 switches retention off.
      assert.equal(await applyRetention(inquiries, audit, 0, clock), 0);
      assert.equal(await inquiries.count(), 3);
      // 180 days before 30 June 12:00 is 1 January 12:00: exactly that old is kept, older goes.
      assert.equal(await applyRetention(inquiries, audit, 180, new Date('2026-06-30T11:59:59Z')), 0);
      assert.equal(await applyRetention(inquiries, audit, 180, new Date('2026-06-30T12:00:01Z')), 1);
      assert.deepEqual((await inquiries.list()).map((inquiry) => inquiry.email), ['mid@example.org', 'neu@example.org']);
      // Expired idempotency records go as well (they hold the same data); the recent one stays for replays.
      const keys = (await db.db.selectFrom('idempotency_keys').select('key').orderBy('key').execute()).map((row) => row.key);
      assert.deepEqual(keys, ['k-new']);
      assert.equal(await applyRetention(inquiries, audit, 30, clock), 1);
      assert.equal(await applyRetention(inquiries, audit, 30, clock), 0);
      assert.deepEqual((await audit.list()).map(({ action, count }) => ({ action, count })), [
        { action: 'retention.delete', count: 1 },
        { action: 'retention.delete', count: 1 },
      ]);
    } finally {
      await db.close();
    }
  });

  test('the server’s schedule applies retention at once on start, and stops', async () => {
    const db = await freshDatabase(join(folder, 'schedule'));
    try {
      const clock = testClock();
      const inquiries = new InquiryStore(db, clock);
      const audit = new AuditLog(db, clock);
      const body: Omit<StoredInquiry, 'id' | 'receivedAt'> = { name: 'Alt', email: 'alt@example.org', partners: ['kamenz'], wish: 'live', consent: true, locale: 'de' };
      clock.advance(-200 * 24 * 60 * 60 * 1000);
      await inquiries.accept('k-1', '{}', body);
      clock.set(testEpoch);
      await inquiries.accept('k-2', '{}', body);
      const logged: string[] = [];
      const log = { info: (_data: unknown, message: string) => logged.push(message), error: (_data: unknown, message: string) => logged.push(message) };
      const { stop, started } = startMaintenance({ inquiries, audit, backups: new Backups(db, join(folder, 'backups'), 1, clock), retentionDays: 180, backupIntervalHours: 24, log: log as never, clock });
      await started;
      stop();
      assert.equal(await inquiries.count(), 1);
      assert.deepEqual(logged, ['retention: deleted old inquiries']);
    } finally {
      await db.close();
    }
  });

  test('RETENTION_DAYS defaults to 180, 0 switches it off, nonsense is refused', () => {
    assert.equal(configFromEnv({}).retentionDays, 180);
    assert.equal(configFromEnv({ RETENTION_DAYS: '0' }).retentionDays, 0);
    assert.equal(configFromEnv({ RETENTION_DAYS: '30' }).retentionDays, 30);
    assert.throws(() => configFromEnv({ RETENTION_DAYS: '-1' }), /RETENTION_DAYS/);
  });
});
