import { solveChallenge } from 'altcha-lib/v1';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { admin, assertCors, assertMatchesContract, inquiryBody, newKey, postInquiry, startServer, type TestServer } from './helpers.js';

describe('POST /inquiries', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('stores a valid inquiry and answers 201 with a receipt; the office reads it by id', async () => {
    const response = await postInquiry(server.base, inquiryBody({ message: 'Gibt es Bauland in Pulsnitz?', phone: '+49 170 1234567' }));
    assertCors(response);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.headers.get('etag'), null);
    const receipt = (await assertMatchesContract(response, 'createInquiry', 201)) as { id: string; receivedAt: string };
    const { items } = (await (await admin(server.base, '/inquiries')).json()) as { items: { id: string; message?: string }[] };
    assert.equal(items.find((item) => item.id === receipt.id)?.message, 'Gibt es Bauland in Pulsnitz?');
  });

  test('a retry with the same key and the same body (any key order, new altcha) replays the first answer', async () => {
    const key = newKey();
    const before = await server.inquiries.count();
    const first = (await (await postInquiry(server.base, inquiryBody(), { key })).json()) as object;
    const { name, email, ...rest } = inquiryBody();
    const retry = await postInquiry(server.base, { ...rest, email, name, altcha: 'ignored-when-off' }, { key });
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await assertMatchesContract(retry, 'createInquiry', 201), first);
    assert.equal(await server.inquiries.count(), before + 1);
  });

  test('the same key with another body is 409, and nothing more is stored', async () => {
    const key = newKey();
    await postInquiry(server.base, inquiryBody(), { key });
    const before = await server.inquiries.count();
    const response = await postInquiry(server.base, inquiryBody({ name: 'Someone Else' }), { key });
    assertCors(response);
    await assertMatchesContract(response, 'createInquiry', 409);
    assert.equal(await server.inquiries.count(), before);
  });

  test('after a 422 the client may correct the inquiry and send it with the same key', async () => {
    const key = newKey();
    assert.equal((await postInquiry(server.base, inquiryBody({ email: 'not-an-address' }), { key })).status, 422);
    assert.equal((await postInquiry(server.base, inquiryBody(), { key })).status, 201);
  });

  test('422 names every invalid field with the contract codes', async () => {
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [inquiryBody({ name: '   ', email: 'x@', consent: false }), { name: 'required', email: 'invalid', consent: 'consent-required' }],
      [inquiryBody({ partners: [] }), { partners: 'required' }],
      [inquiryBody({ partners: ['kamenz', 'bernsdorf'] }), { partners: 'unknown-partner' }],
      [inquiryBody({ partners: ['kamenz', 'kamenz'] }), { partners: 'invalid' }],
      [inquiryBody({ partners: Array.from({ length: 21 }, (_, index) => `p${index}`) }), { partners: 'too-long' }],
      [inquiryBody({ message: 'x'.repeat(5001) }), { message: 'too-long' }],
      [inquiryBody({ consent: 'true', wish: 'everything', locale: 'fr' }), { consent: 'consent-required', wish: 'invalid', locale: 'invalid' }],
      [inquiryBody({ admin: true }), { admin: 'invalid' }],
      [{ consent: true }, { name: 'required', email: 'required', partners: 'required', wish: 'required', locale: 'required' }],
      [inquiryBody({ name: 42, phone: ['+49'] }), { name: 'invalid', phone: 'invalid' }],
    ];
    const before = await server.inquiries.count();
    for (const [body, errors] of cases) {
      const response = await postInquiry(server.base, body);
      const answer = (await assertMatchesContract(response, 'createInquiry', 422)) as { errors: Record<string, string> };
      assert.deepEqual(answer.errors, errors, JSON.stringify(body).slice(0, 80));
    }
    assert.equal(await server.inquiries.count(), before);
  });

  test('control characters are refused with 400 naming the field, line breaks only in the message, and text is stored in NFC', async () => {
    const before = await server.inquiries.count();
    for (const [field, value, reason] of [
      ['name', 'Anna\u0000 Schulze', /body\/name contains the control character U\+0000/],
      ['livesIn', 'Hamburg\u0085', /body\/livesIn contains the control character U\+0085/],
      ['name', 'Anna\nBcc: x@example.org', /body\/name must be one line/],
      ['message', 'Hallo\u001b[31m', /body\/message contains the control character U\+001B/],
    ] as const) {
      const response = await postInquiry(server.base, inquiryBody({ [field]: value }));
      const body = (await assertMatchesContract(response, 'createInquiry', 400)) as { message: string };
      assert.match(body.message, reason);
    }
    assert.equal(await server.inquiries.count(), before, 'nothing stored');

    // A name typed with a combining diaeresis on one device and composed on another is one name, and one body.
    const key = newKey();
    const decomposed = await postInquiry(server.base, inquiryBody({ name: 'Jo\u0308rg Mu\u0308ller', message: 'Zeile eins\nZeile zwei\tmit Tab' }), { key });
    const { id } = (await assertMatchesContract(decomposed, 'createInquiry', 201)) as { id: string };
    const composed = await postInquiry(server.base, inquiryBody({ name: 'Jörg Müller', message: 'Zeile eins\nZeile zwei\tmit Tab' }), { key });
    assert.equal(composed.headers.get('idempotent-replayed'), 'true');
    const { items } = (await (await admin(server.base, '/inquiries')).json()) as { items: { id: string; name: string; message?: string }[] };
    const stored = items.find((item) => item.id === id)!;
    assert.equal(stored.name, 'Jörg Müller');
    assert.equal(stored.name.length, 'Jörg Müller'.normalize('NFC').length);
    assert.equal(stored.message, 'Zeile eins\nZeile zwei\tmit Tab');
  });

  test('an admin write with a control character is 400 naming the field; a description may have line breaks', async () => {
    const job = server.region.jobs[0]!;
    const bad = await admin(server.base, `/jobs/${job.id}`, { method: 'PUT', body: JSON.stringify({ ...job, title: 'Koch\u0007 (m/w/d)' }) });
    assert.equal(bad.status, 400);
    assert.match(((await bad.json()) as { message: string }).message, /body\/title contains the control character U\+0007/);
    const bulk = await admin(server.base, '/jobs', { method: 'POST', body: JSON.stringify({ items: [job, { ...job, id: 'other', employer: { name: 'Firma\r\nGmbH' } }] }) });
    assert.match(((await bulk.json()) as { message: string }).message, /body\/items\/1\/employer\/name must be one line/);
    const good = await admin(server.base, `/jobs/${job.id}`, { method: 'PUT', body: JSON.stringify({ ...job, description: 'Absatz eins.\n\nAbsatz zwei.' }) });
    assert.equal(good.status, 200);
  });

  test('a filled honeypot is answered 201 but not stored', async () => {
    const before = await server.inquiries.count();
    const response = await postInquiry(server.base, inquiryBody({ website: 'http://spam.example' }));
    await assertMatchesContract(response, 'createInquiry', 201);
    assert.equal(await server.inquiries.count(), before);
  });
});

describe('POST /inquiries with the proof-of-work challenge switched on', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ altchaHmacKey: 'test-hmac-key', altchaMaxNumber: 2000 });
  });
  after(() => server.close());

  async function solved(): Promise<string> {
    const response = await fetch(`${server.base}/v1/challenge`);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.headers.get('etag'), null);
    const challenge = (await assertMatchesContract(response, 'getChallenge', 200)) as { algorithm: string; challenge: string; salt: string; signature: string; maxnumber: number };
    const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
    assert.ok(solution);
    return Buffer.from(JSON.stringify({ ...challenge, number: solution.number })).toString('base64');
  }

  test('requires a solved challenge, accepts it once, refuses it the second time', async () => {
    const missing = (await assertMatchesContract(await postInquiry(server.base, inquiryBody()), 'createInquiry', 422)) as { errors: object };
    assert.deepEqual(missing.errors, { altcha: 'required' });
    const forged = (await assertMatchesContract(await postInquiry(server.base, inquiryBody({ altcha: Buffer.from('{"x":1}').toString('base64') })), 'createInquiry', 422)) as { errors: object };
    assert.deepEqual(forged.errors, { altcha: 'invalid' });

    const altcha = await solved();
    await assertMatchesContract(await postInquiry(server.base, inquiryBody({ altcha })), 'createInquiry', 201);
    const reused = (await assertMatchesContract(await postInquiry(server.base, inquiryBody({ altcha, name: 'Bot' })), 'createInquiry', 422)) as { errors: object };
    assert.deepEqual(reused.errors, { altcha: 'invalid' });
  });

  test('a replay with a new challenge still replays', async () => {
    const key = newKey();
    const first = await postInquiry(server.base, inquiryBody({ altcha: await solved() }), { key });
    assert.equal(first.status, 201);
    const retry = await postInquiry(server.base, inquiryBody({ altcha: await solved() }), { key });
    assert.equal(retry.status, 201);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
  });
});
