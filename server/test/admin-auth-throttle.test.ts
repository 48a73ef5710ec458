import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FailedAuthLimiter } from '../src/routes/auth-throttle.js';
import { RateWindows } from '../src/store/rate-windows.js';
import { freshDatabase } from './test-database.js';
import { admin, assertMatchesContract, startServer, testClock } from './helpers.js';

test('repeated wrong admin tokens from one address get 429 with Retry-After; valid tokens before are not counted', async () => {
  const server = await startServer({ adminAuthFailureLimit: 3 });
  try {
    // Valid calls count for nothing, however many.
    for (let i = 0; i < 10; i++) assert.equal((await admin(server.base, '/me')).status, 200);
    for (const token of ['wrong-1', null, 'wrong-3']) assert.equal((await admin(server.base, '/me', {}, token)).status, 401);
    const blocked = await admin(server.base, '/inquiries', {}, 'wrong-4');
    await assertMatchesContract(blocked.clone(), 'adminListInquiries', 429);
    const wait = Number(blocked.headers.get('retry-after'));
    assert.ok(wait > 0 && wait <= 600, `Retry-After ${wait}`);
    assert.equal(blocked.headers.get('cache-control'), 'no-store');
    // Blocked before the token is looked at: a right guess must not show as 200 among the 429s.
    assert.equal((await admin(server.base, '/me')).status, 429);
  } finally {
    await server.close();
  }
});

test('the block ends with its window, and 0 switches the limit off', async () => {
  const clock = testClock();
  const server = await startServer({ adminAuthFailureLimit: 2 }, { clock });
  try {
    for (let i = 0; i < 2; i++) assert.equal((await admin(server.base, '/me', {}, 'wrong')).status, 401);
    assert.equal((await admin(server.base, '/me', {}, 'wrong')).status, 429);
    clock.advance(10 * 60 * 1000 + 1);
    assert.equal((await admin(server.base, '/me')).status, 200);
    assert.equal((await admin(server.base, '/me', {}, 'wrong')).status, 401, 'a new window');
  } finally {
    await server.close();
  }
  const open = await startServer({ adminAuthFailureLimit: 0 });
  try {
    for (let i = 0; i < 15; i++) assert.equal((await admin(open.base, '/me', {}, 'wrong')).status, 401);
  } finally {
    await open.close();
  }
});

test('the failures are counted in the database: a new limiter on it sees them, and ended windows are deleted', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'wr-throttle-'));
  const clock = testClock();
  const database = await freshDatabase(folder, clock);
  try {
    const windows = new RateWindows(database, clock);
    const now = () => clock.now().getTime();
    await new FailedAuthLimiter(windows, 2, 60_000, now).fail('192.0.2.1');
    await new FailedAuthLimiter(windows, 2, 60_000, now).fail('192.0.2.1');
    // Another limiter over the same database (another instance, or this one after a restart) counts them.
    const other = new FailedAuthLimiter(new RateWindows(database, clock), 2, 60_000, now);
    assert.equal(await other.retryAfter('192.0.2.1'), 60);
    assert.equal(await other.retryAfter('192.0.2.2'), 0);
    clock.advance(61_000);
    assert.equal(await other.retryAfter('192.0.2.1'), 0, 'the window has ended');
    for (let n = 0; n < 200; n++) await windows.hit('admin-auth-failures', `198.51.100.${n}`, 60_000);
    const left = await database.db.selectFrom('rate_windows').select('key').where('key', '=', '192.0.2.1').execute();
    assert.deepEqual(left, [], 'an ended window is deleted, so a flood of addresses cannot fill the table');
  } finally {
    await database.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
