import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { admin, assertMatchesContract, startServer, type TestServer } from './helpers.js';

const job = (overrides: Record<string, unknown> = {}) => ({
  id: 'date-job',
  title: 'Elektroniker/in (m/w/d)',
  employer: { name: 'Elektro GmbH' },
  partner: 'kamenz',
  location: { city: 'Kamenz' },
  category: 'crafts',
  employmentType: 'full-time',
  publishedAt: '2026-01-05T08:00:00Z',
  description: 'Wir suchen Verstärkung.',
  ...overrides,
});

/** RFC 3339 lets these through a pattern; a calendar, or `Date`, does not read them. */
const unreadable = ['2026-12-31T23:59:60Z', '2026-06-30T23:59:60.5Z', '2026-12-31T00:59:60+01:00', '2026-02-30T00:00:00Z', '2026-04-31T12:00:00Z'];

describe('date-time parameters and fields either parse or are answered 400 naming them', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  for (const [path, name, operationId] of [
    ['/inquiries?from=', 'querystring/from', 'adminListInquiries'],
    ['/inquiries?to=', 'querystring/to', 'adminListInquiries'],
    ['/inquiries?limit=5&from=', 'querystring/from', 'adminListInquiries'],
    ['/audit?since=', 'querystring/since', 'adminListAudit'],
  ] as const) {
    test(`GET /v1/admin${path}…`, async () => {
      for (const value of unreadable) {
        const response = await admin(server.base, `${path}${encodeURIComponent(value)}`);
        const body = (await assertMatchesContract(response, operationId, 400)) as { message: string };
        assert.match(body.message, new RegExp(`^${name} `), value);
      }
      // An offset, fractions and a leap day are read.
      for (const value of ['2026-01-01T00:00:00+01:00', '2026-01-01T00:00:00.250Z', '2024-02-29T23:59:59Z']) {
        await assertMatchesContract(await admin(server.base, `${path}${encodeURIComponent(value)}`), operationId, 200);
      }
    });
  }

  test('a job whose publishedAt or validThrough no calendar has is refused and not stored', async () => {
    for (const field of ['publishedAt', 'validThrough']) {
      for (const value of unreadable) {
        const response = await admin(server.base, '/jobs/date-job', { method: 'PUT', body: JSON.stringify(job({ [field]: value })) });
        const body = (await assertMatchesContract(response, 'adminPutJob', 400)) as { message: string };
        assert.match(body.message, new RegExp(`^body/${field} `), `${field}: ${value}`);
        assert.equal(server.region.job('date-job'), undefined);
      }
    }
    await assertMatchesContract(await admin(server.base, '/jobs/date-job', { method: 'PUT', body: JSON.stringify(job()) }), 'adminPutJob', 201);
  });
});
