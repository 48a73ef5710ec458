import assert from 'node:assert/strict';
import { createServer, type AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { applyRetention } from '../src/maintenance/retention.js';
import { officeMail } from '../src/mail/inquiry-mail.js';
import { errorCode, outboxWorker, retryDelayMs, startOutboxWorker, type OutboxWorker } from '../src/mail/outbox-worker.js';
import { configFromEnv } from '../src/config.js';
import { Outbox } from '../src/store/outbox.js';
import type { StoredInquiry } from '../src/store/inquiry-store.js';
import { admin, assertMatchesContract, inquiryBody, postInquiry, startServer, type TestServer } from './helpers.js';
import { senderTo, startMailbox } from './mailbox.js';
import { rowsOf } from './test-database.js';

/** A port that was free a moment ago and has nobody listening: connections to it are refused. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`) back to text; the space between two is dropped. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_match, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
    );
}

/** A raw message's header value (unfolded, decoded), for checks without a MIME parser. */
function header(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((candidate) => candidate.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line === undefined ? undefined : decodeWords(line.slice(name.length + 1).trim());
}

/** The decoded body of a single-part text mail (nodemailer uses quoted-printable for non-ASCII text). */
function body(raw: string): string {
  const text = raw.split(/\r?\n\r?\n/).slice(1).join('\n\n');
  if (!/quoted-printable/i.test(header(raw, 'Content-Transfer-Encoding') ?? '')) return text;
  return Buffer.from(text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
}

const officeEmail = (server: TestServer, id: string) => server.region.partners.find((partner) => partner.id === id)!.contact!.email;
const partnerName = (server: TestServer) => (id: string) => server.region.partners.find((partner) => partner.id === id)?.name ?? id;
type OutboxRow = { inquiry_id: string; recipient: string; attempts: number; sent_at: string | null; last_error: string | null; failed_at: string | null };
const outboxRows = (server: TestServer) => rowsOf<OutboxRow>(server.database, 'SELECT * FROM outbox ORDER BY seq');

describe('mail to the offices', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('a new inquiry is queued with it and reaches each named office’s mailbox exactly once', async () => {
    const mailbox = await startMailbox();
    const sender = senderTo(mailbox.port);
    try {
      const response = await postInquiry(server.base, inquiryBody({ message: 'Wir ziehen im Frühjahr um.\nGibt es Kitaplätze?', phone: '0351 123456', field: 'Pflege' }));
      assert.equal(response.status, 201);
      const { id } = (await response.json()) as { id: string };
      assert.deepEqual((await outboxRows(server)).map((row) => [row.inquiry_id, row.recipient]), [
        [id, officeEmail(server, 'kamenz')],
        [id, officeEmail(server, 'pulsnitz')],
      ]);

      const worker = outboxWorker({ outbox: new Outbox(server.database), audit: server.audit, send: sender.send, partnerName: partnerName(server) });
      assert.deepEqual(await worker.deliverDue(), { sent: 2, failed: 0 });
      assert.deepEqual(await worker.deliverDue(), { sent: 0, failed: 0 });

      assert.deepEqual(mailbox.received.map((mail) => mail.to).sort(), [[officeEmail(server, 'kamenz')], [officeEmail(server, 'pulsnitz')]].sort());
      for (const mail of mailbox.received) {
        assert.equal(mail.from, 'noreply@wachstumsregion.test');
        assert.match(header(mail.raw, 'Reply-To') ?? '', /Anna Schulze.*<anna\.schulze@example\.org>/);
        assert.match(header(mail.raw, 'Subject') ?? '', new RegExp(id));
        assert.match(header(mail.raw, 'Content-Type') ?? '', /^text\/plain/);
        const text = body(mail.raw);
        assert.match(text, /Guten Tag/);
        assert.match(text, new RegExp(`Referenz: ${id}`));
        assert.match(text, /Name: Anna Schulze/);
        assert.match(text, /Telefon: 0351 123456/);
        assert.match(text, /Berufsfeld: Pflege/);
        assert.match(text, /Wunsch: hier wohnen/);
        assert.match(text, /Anfrage an: Kamenz, Pulsnitz/);
        assert.match(text, /Wir ziehen im Frühjahr um\.\r?\nGibt es Kitaplätze\?/);
      }
      assert.ok((await outboxRows(server)).every((row) => row.sent_at && row.attempts === 1 && row.last_error === null));
    } finally {
      sender.close();
      await mailbox.close();
    }
  });

  test('an English inquiry is told in English; a honeypot catch is told to nobody', async () => {
    const before = (await outboxRows(server)).length;
    assert.equal((await postInquiry(server.base, inquiryBody({ website: 'https://spam.example' }))).status, 201);
    assert.equal((await outboxRows(server)).length, before);

    const mailbox = await startMailbox();
    const sender = senderTo(mailbox.port);
    try {
      assert.equal((await postInquiry(server.base, inquiryBody({ locale: 'en', partners: ['kamenz'], wish: 'both' }))).status, 201);
      const worker = outboxWorker({ outbox: new Outbox(server.database), audit: server.audit, send: sender.send, partnerName: partnerName(server) });
      assert.deepEqual(await worker.deliverDue(), { sent: 1, failed: 0 });
      assert.equal(mailbox.received.length, 1);
      const text = body(mailbox.received[0]!.raw);
      assert.match(header(mailbox.received[0]!.raw, 'Subject') ?? '', /^New inquiry/);
      assert.match(text, /^Hello,/);
      assert.match(text, /Wish: to live and work here/);
    } finally {
      sender.close();
      await mailbox.close();
    }
  });
});

describe('mail to the offices while the mail server is down', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('nothing is lost: failures are retried with backoff and delivered once the server is up', async () => {
    const port = await closedPort();
    const sender = senderTo(port);
    // The worker's own clock, moved by hand: it starts a second after the server's, so the new rows are due.
    let clock = new Date(server.clock.now().getTime() + 1000);
    const worker = outboxWorker({ outbox: new Outbox(server.database), audit: server.audit, send: sender.send, partnerName: partnerName(server), clock: { now: () => clock } });
    const response = await postInquiry(server.base, inquiryBody({ email: 'lena.vogt@example.org', name: 'Lena Vogt', partners: ['kamenz', 'pulsnitz'] }));
    const { id } = (await response.json()) as { id: string };

    assert.deepEqual(await worker.deliverDue(), { sent: 0, failed: 2 });
    let rows = await outboxRows(server);
    assert.ok(rows.every((row) => row.attempts === 1 && row.sent_at === null));
    // Only a code is kept, and the audit log names the inquiry and the attempt, nobody's address.
    assert.ok(rows.every((row) => row.last_error && !row.last_error.includes('@')), JSON.stringify(rows.map((row) => row.last_error)));
    const audit = await rowsOf(server.database, "SELECT * FROM audit_log WHERE action = 'mail.fail'");
    assert.equal(audit.length, 2);
    assert.doesNotMatch(JSON.stringify(audit), /@|Lena|Vogt/);
    assert.match(JSON.stringify(audit), new RegExp(id));

    // Not due again before the backoff has passed.
    clock = new Date(clock.getTime() + 30_000);
    assert.deepEqual(await worker.deliverDue(), { sent: 0, failed: 0 });
    clock = new Date(clock.getTime() + 31_000);
    assert.deepEqual(await worker.deliverDue(), { sent: 0, failed: 2 });
    assert.ok((await outboxRows(server)).every((row) => row.attempts === 2));

    const mailbox = await startMailbox(port);
    try {
      clock = new Date(clock.getTime() + retryDelayMs(2));
      assert.deepEqual(await worker.deliverDue(), { sent: 2, failed: 0 });
      assert.deepEqual(await worker.deliverDue(), { sent: 0, failed: 0 });
      assert.deepEqual(mailbox.received.map((mail) => mail.to[0]).sort(), [officeEmail(server, 'kamenz'), officeEmail(server, 'pulsnitz')].sort());
      rows = await outboxRows(server);
      assert.ok(rows.every((row) => row.sent_at && row.attempts === 3 && row.last_error === null));
    } finally {
      sender.close();
      await mailbox.close();
    }
  });

  test('a mail that keeps failing is given up after MAIL_GIVE_UP_HOURS, audited, and shown to the admin', async () => {
    const port = await closedPort();
    const sender = senderTo(port);
    let clock = new Date(server.clock.now().getTime() + 1000);
    const worker = outboxWorker({ outbox: new Outbox(server.database), audit: server.audit, send: sender.send, partnerName: partnerName(server), giveUpAfterMs: 72 * 3600_000, clock: { now: () => clock } });
    try {
      const response = await postInquiry(server.base, inquiryBody({ email: 'tom.weber@example.org', name: 'Tom Weber', partners: ['radeberg'] }));
      const { id } = (await response.json()) as { id: string };
      const mine = async () => (await outboxRows(server)).filter((row) => row.inquiry_id === id);
      const start = clock.getTime();
      let runs = 0;
      // Retried with the backoff until 72 hours after the first failure, then given up: a bounded number of tries.
      while ((await mine())[0]!.failed_at === null && runs < 100) {
        await worker.deliverDue();
        runs++;
        clock = new Date(clock.getTime() + retryDelayMs((await mine())[0]!.attempts));
      }
      const [row] = await mine();
      assert.ok(row!.failed_at, 'given up');
      assert.ok(Date.parse(row!.failed_at!) - start >= 72 * 3600_000 && Date.parse(row!.failed_at!) - start < 80 * 3600_000, row!.failed_at!);
      assert.ok(row!.attempts >= 15 && row!.attempts <= 25, `${row!.attempts} attempts`);
      const attempts = row!.attempts;
      clock = new Date(clock.getTime() + 7 * 24 * 3600_000);
      await worker.deliverDue();
      assert.equal((await mine())[0]!.attempts, attempts, 'not tried again');
      const audit = await server.database.db.selectFrom('audit_log').select('count').where('action', '=', 'mail.give-up').where('target_id', '=', id).execute();
      assert.equal(audit.length, 1);
      assert.equal(audit[0]!.count, attempts);

      const state = (await assertMatchesContract(await admin(server.base, '/outbox'), 'adminOutboxState', 200)) as { mail: string; failed: number; pending: number; items: { inquiryId: string; state: string; lastError?: string }[] };
      assert.equal(state.mail, 'off', 'the test server has no SMTP_URL');
      assert.ok(state.failed >= 1);
      const item = state.items.find((entry) => entry.inquiryId === id);
      assert.equal(item?.state, 'failed');
      assert.match(item?.lastError ?? '', /^E[A-Z]+/, 'an error code');
      assert.equal(state.items[0]!.state, 'failed', 'given-up mails first');
      assert.doesNotMatch(JSON.stringify(state), /@/);
    } finally {
      sender.close();
    }
  });

  test('the outbox state is the region’s only', async () => {
    const { token } = (await (await admin(server.base, '/partners/kamenz/tokens', { method: 'POST' })).json()) as { token: string };
    assert.equal((await admin(server.base, '/outbox', {}, token)).status, 403);
  });

  test('the backoff doubles from a minute and stops growing at six hours', () => {
    assert.deepEqual([1, 2, 3, 4].map(retryDelayMs), [60_000, 120_000, 240_000, 480_000]);
    assert.equal(retryDelayMs(9), 256 * 60_000);
    assert.equal(retryDelayMs(10), 6 * 60 * 60 * 1000);
    assert.equal(retryDelayMs(60), 6 * 60 * 60 * 1000);
  });

  test('an error is kept as a code only, never its message', () => {
    assert.equal(errorCode(Object.assign(new Error('Recipient <a@b.de> rejected'), { code: 'EENVELOPE', responseCode: 550 })), 'EENVELOPE 550');
    assert.equal(errorCode(new Error('anna@example.org')), 'ERROR');
    assert.equal(errorCode(Object.assign(new Error('x'), { code: 'anna@example.org' })), 'ERROR');
  });
});

describe('the outbox and personal data', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('erasure by e-mail and retention delete the person’s outbox rows', async () => {
    assert.equal((await postInquiry(server.base, inquiryBody({ email: 'eva.berg@example.org', name: 'Eva Berg' }))).status, 201);
    assert.equal((await postInquiry(server.base, inquiryBody({ email: 'otto@example.org', name: 'Otto Other', partners: ['kamenz'] }))).status, 201);
    assert.equal((await outboxRows(server)).length, 3);
    const erased = await admin(server.base, '/erasures', { method: 'POST', body: JSON.stringify({ email: 'EVA.berg@example.org' }) });
    assert.equal(erased.status, 200);
    assert.deepEqual((await outboxRows(server)).map((row) => row.recipient), [officeEmail(server, 'kamenz')]);

    // Retention: everything received before a day from now is old with a period of one day.
    assert.equal(await applyRetention(server.inquiries, server.audit, 1, new Date(server.clock.now().getTime() + 2 * 24 * 60 * 60 * 1000)), 1);
    assert.equal((await outboxRows(server)).length, 0);

    // Deleting one inquiry takes its rows too.
    const { id } = (await (await postInquiry(server.base, inquiryBody())).json()) as { id: string };
    assert.equal((await outboxRows(server)).length, 2);
    assert.equal((await admin(server.base, `/inquiries/${id}`, { method: 'DELETE' })).status, 204);
    assert.equal((await outboxRows(server)).length, 0);
  });

  test('a header cannot be injected through the visitor’s name', () => {
    const inquiry = { id: 'inq_x', receivedAt: '2026-11-24T12:00:00Z', name: 'Eve\r\nBcc: all@example.org', email: 'eve@example.org', partners: ['kamenz'], wish: 'work', consent: true, locale: 'de' } as StoredInquiry;
    const mail = officeMail(inquiry, 'office@example.de', (id) => id);
    assert.equal(mail.replyTo.name, 'Eve Bcc: all@example.org');
    assert.doesNotMatch(mail.subject, /[\r\n]/);
  });
});

describe('mail settings and schedule', () => {
  test('mail is off without SMTP_URL, and SMTP_URL needs MAIL_FROM', () => {
    assert.equal(configFromEnv({}).smtpUrl, undefined);
    assert.throws(() => configFromEnv({ SMTP_URL: 'smtp://mail.example.de:587' }), /MAIL_FROM/);
    const config = configFromEnv({ SMTP_URL: 'smtp://u:p@mail.example.de:587', MAIL_FROM: 'WR <noreply@example.de>', MAIL_INTERVAL_SECONDS: '5' });
    assert.deepEqual([config.smtpUrl, config.mailFrom, config.mailIntervalSeconds], ['smtp://u:p@mail.example.de:587', 'WR <noreply@example.de>', 5]);
  });

  test('the worker runs at start and on its timer until stopped', async () => {
    let runs = 0;
    const worker = { deliverDue: async () => (runs++, { sent: 0, failed: 0 }) } as OutboxWorker;
    const stop = startOutboxWorker(worker, 20);
    assert.equal(runs, 1);
    for (let waited = 0; runs < 3 && waited < 2000; waited += 5) await new Promise((resolve) => setTimeout(resolve, 5));
    stop();
    const seen = runs;
    assert.ok(seen >= 3, `ran ${seen} times`);
    // Nothing to wait for here but time: three more intervals without a run.
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.equal(runs, seen);
  });
});

describe('the outbox worker', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('an inquiry arriving during a run is sent by a pass right after it, and idle() waits for both', async () => {
    const sent: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const worker = outboxWorker({
      outbox: new Outbox(server.database),
      audit: server.audit,
      send: async (mail) => {
        await gate;
        sent.push(`${mail.to} ${mail.subject.match(/inq_[\w-]+/)![0]}`);
      },
      partnerName: (id) => id,
    });
    const first = (await (await postInquiry(server.base, inquiryBody({ partners: ['kamenz'] }))).json()) as { id: string };
    const running = worker.deliverDue();
    const second = (await (await postInquiry(server.base, inquiryBody({ partners: ['pulsnitz'] }))).json()) as { id: string };
    assert.equal(worker.deliverDue(), running);
    release();
    assert.deepEqual(await running, { sent: 1, failed: 0 });
    await worker.idle();
    assert.deepEqual(sent, [`${officeEmail(server, 'kamenz')} ${first.id}`, `${officeEmail(server, 'pulsnitz')} ${second.id}`]);
    assert.equal(await new Outbox(server.database).pending(), 0);
  });
});
