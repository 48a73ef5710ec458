import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { backupFolder, configFromEnv } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { onPostgres } from './test-database.js';
import { Backups } from '../src/maintenance/backups.js';
import { admin, assertMatchesContract, inquiryBody, postInquiry, startServer, type TestServer } from './helpers.js';

describe('backups', { skip: onPostgres && 'built-in backups are SQLite’s' }, () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('an on-demand backup taken while inquiries are written holds them, and opens as a database of its own', async () => {
    const sent = Array.from({ length: 40 }, (_, n) => inquiryBody({ email: `person${n}@example.org` }));
    // Half are written before the backup starts, the rest while it runs.
    for (const body of sent.slice(0, 20)) assert.equal((await postInquiry(server.base, body)).status, 201);
    const [answer] = await Promise.all([admin(server.base, '/backups', { method: 'POST' }), ...sent.slice(20).map((body) => postInquiry(server.base, body))]);
    const { file } = (await assertMatchesContract(answer!, 'adminCreateBackup', 201)) as { file: string };
    assert.match(file, /^wr-\d{8}T\d{6}Z(-\d+)?\.sqlite$/);
    assert.deepEqual(server.backups.list(), [file]);

    const copy = new Database(join(server.backups.folder, file), { readonly: true });
    try {
      assert.equal((copy.pragma('integrity_check') as { integrity_check: string }[])[0]?.integrity_check, 'ok');
      const emails = (copy.prepare("SELECT json_extract(data, '$.email') AS email FROM inquiries").all() as { email: string }[]).map((row) => row.email);
      // A snapshot: every inquiry written before it began, and whatever of the rest it caught, nothing torn.
      for (const body of sent.slice(0, 20)) assert.ok(emails.includes(body.email as string), `${body.email} missing from the backup`);
      assert.ok(emails.length >= 20 && emails.length <= 40);
      assert.ok((copy.prepare('SELECT count(*) AS n FROM partners').get() as { n: number }).n > 0);
    } finally {
      copy.close();
    }
    const { items } = (await (await admin(server.base, '/audit')).json()) as { items: { action: string; targetId?: string }[] };
    assert.deepEqual(items[0], { ...items[0], action: 'backup.create', targetId: file });
    assert.equal((await admin(server.base, '/backups', { method: 'POST' }, null)).status, 401);
  });
});

describe('backup folder', { skip: onPostgres && 'built-in backups are SQLite’s' }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'wr-backups-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  test('keeps only the newest BACKUP_KEEP files, never overwrites one within the same second, leaves no partial file', async () => {
    const db = await openDatabase({ kind: 'sqlite', path: join(folder, 'wr.sqlite') });
    try {
      let clock = new Date('2026-11-24T19:00:00Z');
      const backups = new Backups(db, join(folder, 'backups'), 3, { now: () => clock });
      const names: string[] = [];
      for (let hour = 0; hour < 4; hour++) {
        clock = new Date(Date.UTC(2026, 10, 24, 19 + hour));
        names.push(await backups.create());
      }
      names.push(await backups.create());
      assert.deepEqual(names, ['wr-20261124T190000Z.sqlite', 'wr-20261124T200000Z.sqlite', 'wr-20261124T210000Z.sqlite', 'wr-20261124T220000Z.sqlite', 'wr-20261124T220000Z-2.sqlite']);
      assert.deepEqual(readdirSync(join(folder, 'backups')).sort(), names.slice(2).sort());
      assert.ok(!existsSync(join(folder, 'backups', '.wr-20261124T220000Z.sqlite.partial')));
    } finally {
      await db.close();
    }
  });

  test('configuration: defaults, BACKUP_DIR, and the folder beside the database', () => {
    const config = configFromEnv({ DATABASE_URL: 'file:/srv/wr/wr.sqlite' });
    assert.equal(config.backupIntervalHours, 24);
    assert.equal(config.backupKeep, 7);
    assert.equal(backupFolder(config), '/srv/wr/backups');
    assert.equal(backupFolder(configFromEnv({ BACKUP_DIR: '/mnt/backup/wr' })), '/mnt/backup/wr');
    assert.equal(configFromEnv({ BACKUP_INTERVAL_HOURS: '0' }).backupIntervalHours, 0);
    assert.throws(() => configFromEnv({ BACKUP_KEEP: 'three' }), /BACKUP_KEEP/);
  });
});

describe('backups over PostgreSQL', { skip: !onPostgres && 'PostgreSQL only' }, () => {
  test('are refused with the reason, and none is scheduled', async () => {
    const server = await startServer();
    try {
      const answer = await admin(server.base, '/backups', { method: 'POST' });
      const body = (await assertMatchesContract(answer, 'adminCreateBackup', 409)) as { message: string };
      assert.match(body.message, /pg_dump/);
      assert.equal(server.backups.available, false);
    } finally {
      await server.close();
    }
  });
});
