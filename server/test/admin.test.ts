import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { admin, assertMatchesContract, inquiryBody, postInquiry, startServer, type TestServer } from './helpers.js';

const bernsdorf = {
  id: 'bernsdorf',
  name: 'Bernsdorf',
  kind: 'town',
  lat: 51.374,
  lon: 14.065,
  district: 'landkreis-bautzen',
  website: 'https://www.bernsdorf.de',
  contact: { office: 'Stadtverwaltung Bernsdorf', email: 'wirtschaft@bernsdorf.de' },
  origins: ['https://www.bernsdorf.de'],
};

const job = {
  id: 'bd-2026-001',
  title: 'Elektroniker/in (m/w/d)',
  employer: { name: 'Bernsdorfer Elektro GmbH' },
  partner: 'bernsdorf',
  location: { city: 'Bernsdorf', postalCode: '02994' },
  category: 'crafts',
  employmentType: 'full-time',
  publishedAt: '2026-01-05T08:00:00Z',
  description: 'Wir suchen Verstärkung.',
};

describe('admin API', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());
  const json = (body: unknown) => ({ body: JSON.stringify(body) });

  test('a tenth partner joins by one request, shows publicly without origins, and can send inquiries at once', async () => {
    assert.equal((await postInquiry(server.base, inquiryBody(), { origin: 'https://www.bernsdorf.de' })).status, 403);
    const created = await admin(server.base, '/partners/bernsdorf', { method: 'PUT', ...json(bernsdorf) });
    assert.equal(created.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await assertMatchesContract(created, 'adminPutPartner', 201), bernsdorf);
    await assertMatchesContract(await admin(server.base, '/partners/bernsdorf', { method: 'PUT', ...json(bernsdorf) }), 'adminPutPartner', 200);

    const { items } = (await (await fetch(`${server.base}/v1/partners`)).json()) as { items: Record<string, unknown>[] };
    assert.equal(items.length, 10);
    assert.equal(items.find((partner) => partner.id === 'bernsdorf')?.origins, undefined);
    const listed = (await assertMatchesContract(await admin(server.base, '/partners'), 'adminListPartners', 200)) as { items: { id: string; origins?: string[] }[] };
    assert.deepEqual(listed.items.find((partner) => partner.id === 'bernsdorf')?.origins, ['https://www.bernsdorf.de']);

    assert.equal((await postInquiry(server.base, inquiryBody({ partners: ['bernsdorf'] }), { origin: 'https://www.bernsdorf.de' })).status, 201);
  });

  test('partner writes are checked: id mismatch, unknown district, invalid fields', async () => {
    assert.equal((await admin(server.base, '/partners/other', { method: 'PUT', ...json(bernsdorf) })).status, 400);
    assert.equal((await admin(server.base, '/partners/bernsdorf', { method: 'PUT', ...json({ ...bernsdorf, district: 'nowhere' }) })).status, 409);
    assert.equal((await admin(server.base, '/partners/bernsdorf', { method: 'PUT', ...json({ ...bernsdorf, lat: 'north' }) })).status, 400);
    assert.equal((await admin(server.base, '/partners/bernsdorf', { method: 'PUT', ...json({ ...bernsdorf, origins: ['https://x.de/path'] }) })).status, 400);
    assert.equal((await admin(server.base, '/partners/bernsdorf', { method: 'PUT', body: '{' })).status, 400);
  });

  test('jobs one at a time and in bulk; a job for a district town counts for the district', async () => {
    await admin(server.base, '/partners/bernsdorf', { method: 'PUT', ...json(bernsdorf) });
    await assertMatchesContract(await admin(server.base, `/jobs/${job.id}`, { method: 'PUT', ...json(job) }), 'adminPutJob', 201);
    assert.equal((await admin(server.base, `/jobs/${job.id}`, { method: 'PUT', ...json({ ...job, partner: 'atlantis' }) })).status, 409);
    assert.equal((await admin(server.base, `/jobs/${job.id}`, { method: 'PUT', ...json({ ...job, category: 'space' }) })).status, 409);
    const found = (await (await fetch(`${server.base}/v1/jobs?partner=landkreis-bautzen&q=bernsdorfer`)).json()) as { total: number };
    assert.equal(found.total, 1);

    const bulk = Array.from({ length: 50 }, (_, index) => ({ ...job, id: `bd-bulk-${index}`, title: `Bulkstelle ${index}` }));
    const saved = (await assertMatchesContract(await admin(server.base, '/jobs', { method: 'POST', ...json({ items: bulk }) }), 'adminPutJobs', 200)) as { saved: number };
    assert.equal(saved.saved, 50);
    assert.equal(((await (await fetch(`${server.base}/v1/jobs?q=bulkstelle`)).json()) as { total: number }).total, 50);
    // All or nothing: one bad job keeps the whole batch out.
    const broken = [...bulk.map((item) => ({ ...item, id: `${item.id}-b` })), { ...job, id: 'bad', partner: 'atlantis' }];
    assert.equal((await admin(server.base, '/jobs', { method: 'POST', ...json({ items: broken }) })).status, 409);
    assert.equal(((await (await fetch(`${server.base}/v1/jobs?q=bulkstelle`)).json()) as { total: number }).total, 50);

    assert.equal((await admin(server.base, `/jobs/${job.id}`, { method: 'DELETE' })).status, 204);
    assert.equal((await fetch(`${server.base}/v1/jobs/${job.id}`)).status, 404);
    // A remembered search answer does not outlive a change of the data.
    assert.equal((await admin(server.base, '/jobs/bd-bulk-0', { method: 'DELETE' })).status, 204);
    assert.equal(((await (await fetch(`${server.base}/v1/jobs?q=bulkstelle`)).json()) as { total: number }).total, 49);
    assert.equal((await admin(server.base, `/jobs/${job.id}`, { method: 'DELETE' })).status, 404);
  });

  test('commutes and categories', async () => {
    await admin(server.base, '/partners/bernsdorf', { method: 'PUT', ...json(bernsdorf) });
    const commute = { from: 'bernsdorf', to: 'dresden', train: 55, car: 45 };
    await assertMatchesContract(await admin(server.base, '/commutes/bernsdorf/dresden', { method: 'PUT', ...json(commute) }), 'adminPutCommute', 201);
    const { items } = (await (await fetch(`${server.base}/v1/commutes`)).json()) as { items: object[] };
    assert.ok(items.some((row) => JSON.stringify(row) === JSON.stringify(commute)));
    assert.equal((await admin(server.base, '/commutes/bernsdorf/kamenz', { method: 'PUT', ...json(commute) })).status, 400);
    assert.equal((await admin(server.base, '/commutes/bernsdorf/dresden', { method: 'DELETE' })).status, 204);

    const category = { id: 'research', name: { de: 'Forschung', en: 'Research' } };
    await assertMatchesContract(await admin(server.base, '/categories/research', { method: 'PUT', ...json(category) }), 'adminPutCategory', 201);
    assert.ok(((await (await fetch(`${server.base}/v1/categories`)).json()) as { items: { id: string }[] }).items.some((item) => item.id === 'research'));
    assert.equal((await admin(server.base, '/categories/crafts', { method: 'DELETE' })).status, 409);
    assert.equal((await admin(server.base, '/categories/research', { method: 'DELETE' })).status, 204);
  });

  test('inquiries: filter by partner and date, CSV, and erasure', async () => {
    const sent = (await (await postInquiry(server.base, inquiryBody({ partners: ['radeburg'], name: '=HYPERLINK("x")', message: 'Zeile 1\n"Zeile" 2, mit Komma' }))).json()) as { id: string; receivedAt: string };
    const byPartner = (await assertMatchesContract(await admin(server.base, '/inquiries?partner=radeburg'), 'adminListInquiries', 200)) as { items: { id: string }[] };
    assert.deepEqual(byPartner.items.map((item) => item.id), [sent.id]);
    const future = (await (await admin(server.base, `/inquiries?from=${encodeURIComponent('2999-01-01T00:00:00Z')}`)).json()) as { items: unknown[] };
    assert.equal(future.items.length, 0);
    const window = (await (await admin(server.base, `/inquiries?partner=radeburg&from=${encodeURIComponent(sent.receivedAt)}&to=${encodeURIComponent(sent.receivedAt)}`)).json()) as { items: unknown[] };
    assert.equal(window.items.length, 1);
    // The same instant written with an offset and fractions of a second.
    const instant = new Date(sent.receivedAt);
    const local = new Date(instant.getTime() + 3600_000).toISOString().replace('Z', '').replace(/\.\d+$/, '.000+01:00');
    const offset = (await (await admin(server.base, `/inquiries?partner=radeburg&from=${encodeURIComponent(local)}&to=${encodeURIComponent(local)}`)).json()) as { items: unknown[] };
    assert.equal(offset.items.length, 1);

    for (const csv of [await admin(server.base, '/inquiries?partner=radeburg&format=csv'), await admin(server.base, '/inquiries?partner=radeburg', { headers: { accept: 'text/csv' } })]) {
      assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
      const bytes = Buffer.from(await csv.arrayBuffer());
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM for spreadsheets');
      const text = bytes.subarray(3).toString('utf8');
      assert.match(text, /^id,receivedAt,name,email/);
      assert.ok(text.includes(`'=HYPERLINK(""x"")`), 'a formula is defused');
      assert.ok(text.includes('"Zeile 1\n""Zeile"" 2, mit Komma"'));
    }

    assert.equal((await admin(server.base, `/inquiries/${sent.id}`, { method: 'DELETE' })).status, 204);
    assert.equal((await admin(server.base, `/inquiries/${sent.id}`, { method: 'DELETE' })).status, 404);
    assert.equal(((await (await admin(server.base, '/inquiries?partner=radeburg')).json()) as { items: unknown[] }).items.length, 0);
  });

  test('deleting a partner removes its jobs and lets its inquiries stay readable', async () => {
    await admin(server.base, '/partners/bernsdorf', { method: 'PUT', ...json(bernsdorf) });
    await admin(server.base, `/jobs/${job.id}`, { method: 'PUT', ...json(job) });
    assert.equal((await admin(server.base, '/partners/bernsdorf', { method: 'DELETE' })).status, 204);
    assert.equal((await fetch(`${server.base}/v1/jobs/${job.id}`)).status, 404);
    assert.ok(!((await (await fetch(`${server.base}/v1/partners`)).json()) as { items: { id: string }[] }).items.some((partner) => partner.id === 'bernsdorf'));
    assert.equal((await postInquiry(server.base, inquiryBody(), { origin: 'https://www.bernsdorf.de' })).status, 403);
  });
});
