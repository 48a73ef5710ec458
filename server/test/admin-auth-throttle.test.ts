import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FailedAuthLimiter } from '../src/routes/auth-throttle.js';
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

test('the limiter forgets the oldest addresses beyond its size', () => {
  const limiter = new FailedAuthLimiter(1, 60_000, { now: () => new Date(0) }, 2);
  limiter.fail('a');
  limiter.fail('b');
  limiter.fail('c');
  assert.equal(limiter.retryAfter('a'), 0, 'forgotten');
  assert.equal(limiter.retryAfter('c'), 60);
});
