import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createSampleData } from '@wachstumsregion/domain/sample-data';
import { buildApp, type App } from '../src/app.js';
import { configFromEnv, type ServerConfig } from '../src/config.js';
import { openDatabase, type Database } from '../src/db/database.js';
import type { DatabaseTarget } from '../src/db/database-url.js';
import { seedIfEmpty } from '../src/db/seed.js';
import { outboxWorker } from '../src/mail/outbox-worker.js';
import { Outbox } from '../src/store/outbox.js';
import { TaskClaims } from '../src/store/task-claims.js';
import { admin, adminToken, inquiryBody, newKey, partnerOrigin, postInquiry, testClock } from './helpers.js';
import { senderTo, startMailbox } from './mailbox.js';
import { freshTarget, onPostgres, postgresCluster } from './test-database.js';

/** One server instance of several over one database, as behind a load balancer. */
interface Instance extends App {
  base: string;
  database: Database;
  close(): Promise<void>;
}

async function startInstance(target: DatabaseTarget, overrides: Partial<ServerConfig> = {}, clock = testClock()): Promise<Instance> {
  const config: ServerConfig = { ...configFromEnv({}), database: target, adminToken, ...overrides };
  const database = await openDatabase(target, { clock });
  const built = await buildApp({ config, database, logger: false, clock });
  await seedIfEmpty(built.region, config.seed, clock.now());
  const base = await built.app.listen({ port: 0, host: '127.0.0.1' });
  return {
    ...built,
    base,
    database,
    async close() {
      await built.app.close();
      await database.close();
    },
  };
}

/** Asks until `check` holds, at most `withinMs`; answers how long it took. */
async function eventually(check: () => Promise<boolean>, withinMs: number, what: string): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > withinMs) assert.fail(`${what}: not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const json = (method: string, body: unknown) => ({ method, body: JSON.stringify(body) });

describe('several instances over one PostgreSQL', { skip: !onPostgres && 'PostgreSQL only (npm run test:postgres)' }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'wr-instances-'));
  let target: DatabaseTarget;
  let a: Instance;
  let b: Instance;

  before(async () => {
    target = await freshTarget(folder);
    // Started together on an empty database: one migrates and seeds, the other waits and finds it done.
    [a, b] = await Promise.all([startInstance(target, { inquiryRateLimit: 1000 }), startInstance(target, { inquiryRateLimit: 1000 })]);
  });
  after(async () => {
    await Promise.all([a?.close(), b?.close()]);
    rmSync(folder, { recursive: true, force: true });
  });

  test('started together on an empty database, the schema and the seed are written exactly once', async () => {
    const sample = createSampleData(new Date());
    const partners = await a.database.db.selectFrom('partners').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const jobs = await a.database.db.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(partners.n), sample.partners.length);
    assert.equal(Number(jobs.n), sample.jobs.length);
    const migrations = await a.database.db.selectFrom('kysely_migration' as never).select('name' as never).execute();
    assert.equal(new Set(migrations.map((row) => (row as { name: string }).name)).size, migrations.length, 'each migration once');
    assert.equal(a.region.jobs.length, b.region.jobs.length);
  });

  test('what one instance writes, the other serves within a second: a new partner and its origin, a job, a deletion', async () => {
    const partner = { id: 'weisswasser', name: 'Weißwasser/O.L.', kind: 'town', lat: 51.5, lon: 14.64, website: 'https://www.weisswasser.example', contact: { office: 'Stadtverwaltung', email: 'rueckkehr@weisswasser.example' }, origins: ['https://www.weisswasser.example'] };
    assert.equal((await admin(a.base, '/partners/weisswasser', json('PUT', partner))).status, 201);
    const took = await eventually(async () => {
      const { items } = (await (await fetch(`${b.base}/v1/partners`)).json()) as { items: { id: string }[] };
      return items.some((item) => item.id === 'weisswasser');
    }, 1000, 'B lists the new partner');
    assert.ok(took < 1000);
    // B takes inquiries from the new partner's site at once: its origin travelled with it.
    const sent = await postInquiry(b.base, inquiryBody({ partners: ['weisswasser'] }), { origin: 'https://www.weisswasser.example' });
    assert.equal(sent.status, 201);

    const job = { ...a.region.jobs[0]!, id: 'weisswasser-1', partner: 'weisswasser', title: 'Glasmacher (m/w/d)', location: { city: 'Weißwasser' } };
    assert.equal((await admin(a.base, '/jobs/weisswasser-1', json('PUT', job))).status, 201);
    await eventually(async () => ((await (await fetch(`${b.base}/v1/jobs?q=glasmacher`)).json()) as { total: number }).total === 1, 1000, 'B finds the new job');
    assert.equal((await admin(b.base, '/jobs/weisswasser-1', { method: 'DELETE' })).status, 204);
    await eventually(async () => ((await (await fetch(`${a.base}/v1/jobs?q=glasmacher`)).json()) as { total: number }).total === 0, 1000, 'A no longer finds it');
  });

  test('an Idempotency-Key holds across instances, also when both get it at once', async () => {
    const key = newKey();
    const body = inquiryBody({ email: 'lena.krause@example.org', name: 'Lena Krause' });
    const first = await postInquiry(a.base, body, { key });
    const again = await postInquiry(b.base, body, { key });
    assert.equal(first.status, 201);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(((await again.json()) as { id: string }).id, ((await first.json()) as { id: string }).id);
    assert.equal((await postInquiry(b.base, { ...body, message: 'anders' }, { key })).status, 409);

    const raced = newKey();
    const answers = await Promise.all([a, b, a, b].map((instance) => postInquiry(instance.base, inquiryBody({ email: 'race@example.org' }), { key: raced })));
    const ids = new Set(await Promise.all(answers.map(async (answer) => (assert.equal(answer.status, 201), ((await answer.json()) as { id: string }).id))));
    assert.equal(ids.size, 1, 'one inquiry, one id');
    const stored = await a.database.db.selectFrom('inquiries').select('id').where('email_key', '=', 'race@example.org').execute();
    assert.equal(stored.length, 1);
  });

  test('the inquiry rate limit and the admin sign-in throttle are one allowance for all instances', async () => {
    const limited = await freshTarget(folder);
    const [c, d] = await Promise.all([startInstance(limited, { inquiryRateLimit: 4, adminAuthFailureLimit: 3 }), startInstance(limited, { inquiryRateLimit: 4, adminAuthFailureLimit: 3 })]);
    try {
      // Both see the loopback address: one client, sending to either instance.
      const statuses: number[] = [];
      for (const [n, instance] of [c, c, d, c, d, c].entries()) statuses.push((await postInquiry(instance.base, inquiryBody({ email: `limit${n}@example.org` }))).status);
      assert.deepEqual(statuses, [201, 201, 201, 201, 429, 429]);
      for (const instance of [c, d, c]) assert.equal((await admin(instance.base, '/me', {}, 'wrong-token')).status, 401);
      assert.equal((await admin(d.base, '/me')).status, 429, 'blocked on the other instance too, even with the right token');
    } finally {
      await Promise.all([c.close(), d.close()]);
    }
  });

  test('a revoked partner token stops working on every instance at once', async () => {
    const created = (await (await admin(a.base, '/partners/kamenz/tokens', { method: 'POST' })).json()) as { id: string; token: string };
    assert.equal((await admin(b.base, '/me', {}, created.token)).status, 200);
    assert.equal((await admin(a.base, `/partners/kamenz/tokens/${created.id}`, { method: 'DELETE' })).status, 204);
    assert.equal((await admin(b.base, '/me', {}, created.token)).status, 401);
  });

  test('an erasure on one instance leaves nothing of the person on the other', async () => {
    assert.equal((await postInquiry(b.base, inquiryBody({ email: 'erase.me@example.org' }))).status, 201);
    assert.equal((await admin(a.base, '/erasures', json('POST', { email: 'Erase.Me@example.org' }))).status, 200);
    const { items } = (await (await admin(b.base, '/inquiries')).json()) as { items: { email: string }[] };
    assert.ok(!items.some((item) => item.email === 'erase.me@example.org'));
  });

  test('the outbox is worked by both without sending a mail twice, and a mail claimed by an instance that died is sent by another', async () => {
    const mailbox = await startMailbox();
    const sender = senderTo(mailbox.port);
    try {
      for (let n = 0; n < 6; n++) assert.equal((await postInquiry(n % 2 ? a.base : b.base, inquiryBody({ email: `mail${n}@example.org`, partners: ['kamenz'] }), { origin: partnerOrigin })).status, 201);
      const workerOf = (instance: Instance) => outboxWorker({ outbox: new Outbox(instance.database), audit: instance.audit, send: sender.send, partnerName: (id) => id, clock: instance.clock });
      const [one, two] = await Promise.all([workerOf(a).deliverDue(), workerOf(b).deliverDue()]);
      assert.equal(one.failed + two.failed, 0, JSON.stringify([one, two]));
      const expected = (await a.database.db.selectFrom('outbox').select('seq').execute()).length;
      assert.equal(one.sent + two.sent, expected);
      const ids = mailbox.received.map((mail) => /^Message-ID:\s*(<[^>]*>)/im.exec(mail.raw)?.[1]);
      assert.equal(new Set(ids).size, ids.length, 'no mail twice');
      assert.equal(ids.length, expected);
      assert.ok(ids.every((id) => /^<inq_[\w-]+\.[0-9a-f]{12}@wachstumsregion\.test>$/.test(id ?? '')), 'a Message-ID derived from the inquiry and the office');

      // An instance claims a new mail and dies before sending it: after the lease, the other sends it.
      assert.equal((await postInquiry(a.base, inquiryBody({ email: 'orphan@example.org', partners: ['pulsnitz'] }))).status, 201);
      const claimed = await new Outbox(a.database).claimDue(a.clock.now(), { instance: 'died', leaseMs: 60_000 });
      assert.equal(claimed.length, 1);
      assert.equal((await workerOf(b).deliverDue()).sent, 0, 'claimed by another: not sent');
      (b.clock as ReturnType<typeof testClock>).advance(61_000);
      assert.equal((await workerOf(b).deliverDue()).sent, 1, 'the lease ran out: sent');
    } finally {
      sender.close();
      await mailbox.close();
    }
  });

  test('a scheduled task runs once per interval in the network, whichever instance asks first', async () => {
    const claimsA = new TaskClaims(a.database, a.clock);
    const claimsB = new TaskClaims(b.database, b.clock);
    const won = await Promise.all([claimsA.claim('test-task', 3_600_000), claimsB.claim('test-task', 3_600_000), claimsA.claim('test-task', 3_600_000)]);
    assert.deepEqual(won.filter(Boolean).length, 1);
    assert.equal(await claimsB.claim('test-task', 3_600_000), false);
  });
});

describe('when PostgreSQL goes away', { skip: !onPostgres && 'PostgreSQL only (npm run test:postgres)' }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'wr-faults-'));
  let a: Instance;
  let b: Instance;
  before(async () => {
    const target = await freshTarget(folder);
    a = await startInstance(target);
    b = await startInstance(target);
  });
  after(async () => {
    await Promise.all([a?.close(), b?.close()]);
    rmSync(folder, { recursive: true, force: true });
  });

  test('reads and writes that need it answer 503 with Retry-After, /health says why, and all recovers without a restart', async () => {
    postgresCluster('stop');
    try {
      const started = Date.now();
      const inquiry = await postInquiry(a.base, inquiryBody());
      assert.equal(inquiry.status, 503);
      assert.equal(inquiry.headers.get('retry-after'), '5');
      assert.equal(((await inquiry.json()) as { error: string }).error, 'unavailable');
      const list = await admin(a.base, '/inquiries');
      assert.equal(list.status, 503);
      const health = await fetch(`${a.base}/health`);
      assert.equal(health.status, 503);
      assert.match(((await health.json()) as { reason: string }).reason, /not reachable/);
      assert.ok(Date.now() - started < 15_000, 'no request hangs');
      // The jobs are served from memory meanwhile: visitors still see them.
      assert.equal((await fetch(`${a.base}/v1/jobs?q=pflege`)).status, 200);
    } finally {
      postgresCluster('start');
    }
    await eventually(async () => (await fetch(`${a.base}/health`)).status === 200, 10_000, 'A is healthy again');
    assert.equal((await postInquiry(a.base, inquiryBody())).status, 201);
    // The instances listen again: a write on B reaches A.
    const category = { id: 'glass', name: { de: 'Glas', en: 'Glass' } };
    await eventually(async () => (await admin(b.base, '/categories/glass', json('PUT', category))).ok, 10_000, 'B writes again');
    await eventually(async () => ((await (await fetch(`${a.base}/v1/categories`)).json()) as { items: { id: string }[] }).items.some((item) => item.id === 'glass'), 35_000, 'A hears of it');
  });
});
