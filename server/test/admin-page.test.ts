import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { admin, assertMatchesContract, inquiryBody, postInquiry, startServer, type TestServer } from './helpers.js';

describe('what the admin page needs', () => {
  let server: TestServer;
  let kamenz: string;
  const page = mkdtempSync(join(tmpdir(), 'wr-admin-page-'));
  const sent: { id: string; partners: string[] }[] = [];

  before(async () => {
    // A stand-in for `npm run build:admin`: the server's headers are under test here, not the page.
    mkdirSync(join(page, 'assets'));
    writeFileSync(join(page, 'index.html'), '<!doctype html><html lang="de"><title>Admin</title><script type="module" src="/admin/assets/admin.js"></script></html>');
    writeFileSync(join(page, 'assets', 'admin.js'), 'export {};');
    server = await startServer({}, { adminRoot: page });
    kamenz = ((await (await admin(server.base, '/partners/kamenz/tokens', { method: 'POST' })).json()) as { token: string }).token;
    // Seven inquiries, sent within the same second or two: paging must not lose or repeat one on a tie.
    for (let index = 0; index < 7; index++) {
      const partners = index % 2 ? ['kamenz'] : ['pulsnitz'];
      const response = await postInquiry(server.base, inquiryBody({ partners, email: `person${index}@example.org` }));
      assert.equal(response.status, 201);
      sent.push({ id: ((await response.json()) as { id: string }).id, partners });
    }
  });
  after(async () => {
    await server.close();
    rmSync(page, { recursive: true, force: true });
  });

  test('GET /v1/admin/me tells the region from a partner office, and refuses a wrong token', async () => {
    assert.deepEqual(await assertMatchesContract(await admin(server.base, '/me'), 'adminWhoAmI', 200), { role: 'region' });
    const office = await admin(server.base, '/me', {}, kamenz);
    assert.equal(office.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await assertMatchesContract(office, 'adminWhoAmI', 200), { role: 'partner', partner: 'kamenz' });
    assert.equal((await admin(server.base, '/me', {}, 'wrong-token')).status, 401);
    assert.equal((await admin(server.base, '/me', {}, null)).status, 401);
  });

  test('the inquiry list pages by cursor, newest first, without losing or repeating one', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const query = `/inquiries?order=newest&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const body = (await assertMatchesContract(await admin(server.base, query), 'adminListInquiries', 200)) as { items: { id: string }[]; total: number; next?: string };
      assert.equal(body.total, 7);
      assert.ok(body.items.length <= 3);
      seen.push(...body.items.map((item) => item.id));
      cursor = body.next;
      pages++;
    } while (cursor);
    assert.equal(pages, 3);
    assert.deepEqual(seen, sent.map((inquiry) => inquiry.id).reverse());
  });

  test('old callers still get everything, oldest first, without paging fields', async () => {
    const body = (await (await admin(server.base, '/inquiries')).json()) as Record<string, unknown> & { items: { id: string }[] };
    assert.deepEqual(body.items.map((item) => item.id), sent.map((inquiry) => inquiry.id));
    assert.deepEqual(Object.keys(body), ['items']);
  });

  test('a partner’s pages hold only its inquiries; a cursor from other filters is refused', async () => {
    const first = (await (await admin(server.base, '/inquiries?limit=2', {}, kamenz)).json()) as { items: { id: string }[]; total: number; next: string };
    const own = sent.filter((inquiry) => inquiry.partners.includes('kamenz')).map((inquiry) => inquiry.id);
    assert.equal(first.total, own.length);
    const second = (await (await admin(server.base, `/inquiries?limit=2&cursor=${first.next}`, {}, kamenz)).json()) as { items: { id: string }[]; next?: string };
    assert.deepEqual([...first.items, ...second.items].map((item) => item.id), own.slice(0, 4));
    assert.equal((await admin(server.base, `/inquiries?limit=2&cursor=${first.next}`)).status, 400);
    assert.equal((await admin(server.base, `/inquiries?limit=2&order=newest&cursor=${first.next}`, {}, kamenz)).status, 400);
    assert.equal((await admin(server.base, '/inquiries?limit=2&cursor=bm9uc2Vuc2U')).status, 400);
  });

  test('/admin/ is served with a strict CSP, no caching and no framing', async () => {
    for (const path of ['/admin/', '/admin', '/admin/assets/admin.js']) {
      const response = await fetch(`${server.base}${path}`);
      assert.equal(response.status, 200, path);
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.match(csp, /style-src 'self'(;|$)/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.equal(response.headers.get('x-frame-options'), 'DENY');
      assert.equal(response.headers.get('cache-control'), 'no-store');
    }
    const html = await fetch(`${server.base}/admin/`);
    assert.match(html.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(await html.text(), /<html lang="de">/);
  });
});
