import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { admin, assertMatchesContract, inquiryBody, postInquiry, startServer, type TestServer } from './helpers.js';
import { rowsOf } from './test-database.js';

const job = (id: string, partner: string) => ({
  id,
  title: 'Elektroniker/in (m/w/d)',
  employer: { name: 'Elektro GmbH' },
  partner,
  location: { city: 'Kamenz', postalCode: '01917' },
  category: 'crafts',
  employmentType: 'full-time',
  publishedAt: '2026-01-05T08:00:00Z',
  description: 'Wir suchen Verstärkung.',
});

describe('partner tokens', () => {
  let server: TestServer;
  let kamenz: string;
  let kamenzTokenId: string;
  let pulsnitz: string;
  const ids: Record<string, string> = {};
  const json = (body: unknown) => ({ body: JSON.stringify(body) });

  before(async () => {
    server = await startServer();
    const created = (await assertMatchesContract(await admin(server.base, '/partners/kamenz/tokens', { method: 'POST' }), 'adminCreatePartnerToken', 201)) as { id: string; token: string; partner: string };
    assert.equal(created.partner, 'kamenz');
    kamenz = created.token;
    kamenzTokenId = created.id;
    pulsnitz = ((await (await admin(server.base, '/partners/pulsnitz/tokens', { method: 'POST' })).json()) as { token: string }).token;
    // One inquiry for Kamenz alone, one for Kamenz and Pulsnitz, one for Pulsnitz alone.
    for (const [name, partners] of [['kamenz', ['kamenz']], ['both', ['kamenz', 'pulsnitz']], ['pulsnitz', ['pulsnitz']]] as const) {
      const response = await postInquiry(server.base, inquiryBody({ partners, email: `${name}@example.org` }));
      assert.equal(response.status, 201);
      ids[name] = ((await response.json()) as { id: string }).id;
    }
    for (const [id, partner] of [['k-1', 'kamenz'], ['p-1', 'pulsnitz']] as const) assert.equal((await admin(server.base, `/jobs/${id}`, { method: 'PUT', ...json(job(id, partner)) })).status, 201);
  });
  after(() => server.close());

  test('the list never shows a secret, and only the hash is stored', async () => {
    const listed = (await assertMatchesContract(await admin(server.base, '/partners/kamenz/tokens'), 'adminListPartnerTokens', 200)) as { items: Record<string, unknown>[] };
    assert.deepEqual(listed.items.map((item) => item.id), [kamenzTokenId]);
    assert.ok(listed.items.every((item) => !('token' in item)));
    const stored = JSON.stringify(await rowsOf(server.database, 'SELECT * FROM partner_tokens'));
    assert.ok(!stored.includes(kamenz) && !stored.includes(pulsnitz));
    assert.equal((await admin(server.base, '/partners/nowhere/tokens')).status, 404);
  });

  test('a partner’s token reads only inquiries naming its partner, JSON and CSV', async () => {
    const own = (await assertMatchesContract(await admin(server.base, '/inquiries', {}, kamenz), 'adminListInquiries', 200)) as { items: { id: string }[] };
    assert.deepEqual(own.items.map((item) => item.id).sort(), [ids.kamenz, ids.both].sort());
    const theirs = (await (await admin(server.base, '/inquiries', {}, pulsnitz)).json()) as { items: { id: string }[] };
    assert.deepEqual(theirs.items.map((item) => item.id).sort(), [ids.both, ids.pulsnitz].sort());
    const csv = await (await admin(server.base, '/inquiries?format=csv', {}, kamenz)).text();
    assert.ok(!csv.includes('pulsnitz@example.org') && csv.includes('kamenz@example.org'));
    assert.equal((await admin(server.base, '/inquiries?partner=pulsnitz', {}, kamenz)).status, 403);
    assert.equal((await admin(server.base, '/inquiries?partner=kamenz', {}, kamenz)).status, 200);
  });

  test('a partner’s token cannot delete another partner’s inquiry, nor one shared with others', async () => {
    assert.equal((await admin(server.base, `/inquiries/${ids.pulsnitz}`, { method: 'DELETE' }, kamenz)).status, 404);
    assert.equal((await admin(server.base, `/inquiries/${ids.both}`, { method: 'DELETE' }, kamenz)).status, 403);
    assert.equal((await server.inquiries.list()).length, 3);
    assert.equal((await admin(server.base, `/inquiries/${ids.kamenz}`, { method: 'DELETE' }, kamenz)).status, 204);
    assert.deepEqual((await server.inquiries.list()).map((item) => item.id).sort(), [ids.both, ids.pulsnitz].sort());
  });

  test('a partner’s token writes only its own jobs, single and bulk, all or none', async () => {
    assert.equal((await admin(server.base, '/jobs/k-2', { method: 'PUT', ...json(job('k-2', 'kamenz')) }, kamenz)).status, 201);
    assert.equal((await admin(server.base, '/jobs/k-3', { method: 'PUT', ...json(job('k-3', 'pulsnitz')) }, kamenz)).status, 403);
    // Taking over another partner's job by naming itself is refused too.
    assert.equal((await admin(server.base, '/jobs/p-1', { method: 'PUT', ...json(job('p-1', 'kamenz')) }, kamenz)).status, 403);
    assert.equal((await admin(server.base, '/jobs/p-1', { method: 'DELETE' }, kamenz)).status, 403);
    assert.equal(server.region.job('p-1')?.partner, 'pulsnitz');
    const bulk = await admin(server.base, '/jobs', { method: 'POST', ...json({ items: [job('k-4', 'kamenz'), job('p-2', 'pulsnitz')] }) }, kamenz);
    assert.equal(bulk.status, 403);
    assert.equal(server.region.job('k-4'), undefined);
    assert.equal((await admin(server.base, '/jobs', { method: 'POST', ...json({ items: [job('k-4', 'kamenz'), job('k-5', 'kamenz')] }) }, kamenz)).status, 200);
    assert.equal((await admin(server.base, '/jobs/k-1', { method: 'DELETE' }, kamenz)).status, 204);
    assert.equal(server.region.job('k-1'), undefined);
  });

  test('a partner’s token reaches no region-only operation', async () => {
    const calls: [string, string, unknown?][] = [
      ['GET', '/partners'],
      ['PUT', '/partners/kamenz', { id: 'kamenz' }],
      ['DELETE', '/partners/pulsnitz'],
      ['PUT', '/commutes/kamenz/pulsnitz', { from: 'kamenz', to: 'pulsnitz', minutes: 1 }],
      ['DELETE', '/commutes/kamenz/pulsnitz'],
      ['PUT', '/categories/crafts', { id: 'crafts' }],
      ['DELETE', '/categories/crafts'],
      ['GET', '/partners/kamenz/tokens'],
      ['POST', '/partners/kamenz/tokens'],
      ['DELETE', `/partners/kamenz/tokens/${kamenzTokenId}`],
      ['POST', '/erasures', { email: 'pulsnitz@example.org' }],
      ['GET', '/audit'],
      ['POST', '/backups'],
    ];
    for (const [method, path, body] of calls) {
      const response = await admin(server.base, path, { method, ...(body ? json(body) : {}) }, kamenz);
      assert.equal(response.status, 403, `${method} ${path}`);
      assert.equal(((await response.json()) as { error: string }).error, 'forbidden');
    }
    assert.ok(server.region.partnerIds().has('pulsnitz'));
    assert.equal((await server.inquiries.list({ partner: 'pulsnitz' })).length, 2);
  });

  test('the audit log names who acted, never a token', async () => {
    const entries = (await assertMatchesContract(await admin(server.base, '/audit'), 'adminListAudit', 200)) as { items: { action: string; who?: string; targetId?: string }[] };
    assert.equal(entries.items.find((entry) => entry.action === 'job.delete' && entry.targetId === 'k-1')?.who, 'partner:kamenz');
    assert.equal(entries.items.find((entry) => entry.action === 'job.put' && entry.targetId === 'p-1')?.who, 'region');
    assert.equal(entries.items.find((entry) => entry.action === 'token.create')?.who, 'region');
    const text = JSON.stringify(entries);
    assert.ok(!text.includes(kamenz) && !text.includes(pulsnitz));
  });

  test('a wrong token is 401, and a deleted token stops working at once', async () => {
    assert.equal((await admin(server.base, '/inquiries', {}, `${kamenz}x`)).status, 401);
    assert.equal((await admin(server.base, '/inquiries', {}, 'wrp_nonsense')).status, 401);
    assert.equal((await admin(server.base, '/inquiries', {}, null)).status, 401);
    assert.equal((await admin(server.base, `/partners/kamenz/tokens/${kamenzTokenId}`, { method: 'DELETE' }, pulsnitz)).status, 403);
    assert.equal((await admin(server.base, `/partners/pulsnitz/tokens/${kamenzTokenId}`, { method: 'DELETE' })).status, 404);
    assert.equal((await admin(server.base, `/partners/kamenz/tokens/${kamenzTokenId}`, { method: 'DELETE' })).status, 204);
    assert.equal((await admin(server.base, '/inquiries', {}, kamenz)).status, 401);
    assert.equal((await admin(server.base, '/inquiries', {}, pulsnitz)).status, 200);
  });

  test('deleting a partner takes its tokens along', async () => {
    assert.equal((await admin(server.base, '/partners/pulsnitz', { method: 'DELETE' })).status, 204);
    assert.equal((await admin(server.base, '/inquiries', {}, pulsnitz)).status, 401);
  });
});
