import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Job, Partner } from '@wachstumsregion/domain/contract';
import { parseJobQuery, parseSuggestQuery, QueryError, type JobQuery } from '@wachstumsregion/domain/search';
import { decodeCursor, encodeCursor } from '../src/inquiry/inquiry-cursor.js';
import { decodeJobCursor, listAdminJobs, type AdminJobFilter } from '../src/routes/admin-job-list.js';
import { compileTextSchema } from '../src/validation.js';
import { contractOperations } from './fuzz/contract-operations.js';
import { validValue } from './fuzz/schema-arbitrary.js';

/** Property tests of what reads a query: the search's parameters and the list cursors. `FUZZ_SEED` fixes the runs. */
const settings = { seed: Number(process.env.FUZZ_SEED ?? 20261124), numRuns: 300 };

const slug = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((text) => text.length <= 64);
/** Query strings as a client, a crawler or an attacker may write them: any text, escapes and repetitions included. */
const anyQuery = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.tuple(fc.constantFrom('q', 'partner', 'category', 'type', 'page', 'pageSize', 'sort', 'limit', 'x'), fc.string({ unit: 'binary', maxLength: 120 })), { maxLength: 8 }).map((entries) => new URLSearchParams(entries).toString()),
);

/** Whether a function throws nothing but a `QueryError` (answered 400); anything else would be a 500. */
function throwsOnlyQueryErrors(read: () => unknown): boolean {
  try {
    read();
    return true;
  } catch (error) {
    return error instanceof QueryError;
  }
}

/** Query strings of an operation that the contract's schemas accept, as the server's Ajv reads them. */
function acceptedQueries(operationId: string): fc.Arbitrary<URLSearchParams> {
  const operation = contractOperations().find((candidate) => candidate.id === operationId)!;
  const parameters = operation.parameters.filter((parameter) => parameter.in === 'query');
  const validate = compileTextSchema({ type: 'object', properties: Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter.schema])), required: parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name) });
  const model = Object.fromEntries(parameters.map((parameter) => [parameter.name, validValue(parameter.schema).map(String)]));
  return fc
    .record(model, { requiredKeys: parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name) })
    .filter((values) => validate({ ...values }))
    .map((values) => new URLSearchParams(values as Record<string, string>));
}

describe('GET /jobs and /jobs/suggestions: the query parsers', () => {
  test('any query string is read or refused with a QueryError, never another error', () => {
    fc.assert(
      fc.property(anyQuery, (query) => throwsOnlyQueryErrors(() => parseJobQuery(new URLSearchParams(query))) && throwsOnlyQueryErrors(() => parseSuggestQuery(new URLSearchParams(query)))),
      settings,
    );
  });

  test('whatever the contract accepts, the parsers read (no 400 the contract does not foresee)', () => {
    fc.assert(fc.property(acceptedQueries('searchJobs'), (params) => void parseJobQuery(params)), settings);
    fc.assert(fc.property(acceptedQueries('suggestJobs'), (params) => void parseSuggestQuery(params)), settings);
  });

  const jobQuery: fc.Arbitrary<JobQuery> = fc.record(
    {
      q: fc.string({ minLength: 1, maxLength: 200 }).filter((text) => text.trim() === text && text !== ''),
      partner: fc.uniqueArray(slug, { minLength: 1, maxLength: 5 }),
      category: slug,
      type: fc.constantFrom('full-time', 'part-time', 'apprenticeship', 'internship', 'mini-job'),
      page: fc.integer({ min: 1, max: 100_000 }),
      pageSize: fc.integer({ min: 1, max: 100 }),
      sort: fc.constantFrom('newest', 'relevance'),
    } as const,
    { requiredKeys: ['page', 'pageSize'] },
  );

  test('a query written from a JobQuery reads back as the same JobQuery', () => {
    fc.assert(
      fc.property(jobQuery, (query) => {
        const params = new URLSearchParams();
        for (const [name, value] of Object.entries(query)) params.set(name, Array.isArray(value) ? value.join(',') : String(value));
        assert.deepEqual(parseJobQuery(params), { q: undefined, partner: undefined, category: undefined, type: undefined, ...query });
      }),
      settings,
    );
  });

  test('out-of-range numbers and unknown enumeration values are refused', () => {
    const outOfRange = fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 101 }), fc.double({ noInteger: true }));
    fc.assert(fc.property(outOfRange, (pageSize) => throwsQueryError(() => parseJobQuery(new URLSearchParams({ pageSize: String(pageSize) })))), settings);
    fc.assert(fc.property(fc.string({ minLength: 1 }).filter((text) => !['newest', 'relevance'].includes(text)), (sort) => throwsQueryError(() => parseJobQuery(new URLSearchParams({ sort })))), settings);
    fc.assert(fc.property(fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 11 })), (limit) => throwsQueryError(() => parseSuggestQuery(new URLSearchParams({ q: 'pf', limit: String(limit) })))), settings);
  });

  test('suggestions take 2 to 100 characters, counted as the contract counts them (code points)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 0, maxLength: 140 }), (q) => {
        const length = [...q].length;
        if (length >= 2 && length <= 100) assert.equal(parseSuggestQuery(new URLSearchParams({ q })).q, q);
        else assert.ok(throwsQueryError(() => parseSuggestQuery(new URLSearchParams({ q }))));
      }),
      settings,
    );
  });
});

function throwsQueryError(read: () => unknown): boolean {
  try {
    read();
    return false;
  } catch (error) {
    return error instanceof QueryError;
  }
}

describe('GET /admin/inquiries: the cursor', () => {
  const filter = fc.record({ partner: slug, from: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), to: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()) }, { requiredKeys: [], noNullPrototype: true });
  const order = fc.constantFrom('oldest' as const, 'newest' as const);
  const position = fc.record({ receivedAt: fc.date({ noInvalidDate: true }).map((date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z')), arrival: fc.maxSafeNat() }, { noNullPrototype: true });

  test('a cursor reads back as the position it was made from, with the same filters and order', () => {
    fc.assert(fc.property(position, filter, order, (at, where, how) => assert.deepEqual(decodeCursor(encodeCursor(at, where, how), where, how), at)), settings);
  });

  test('a cursor made for other filters or another order is refused', () => {
    fc.assert(
      fc.property(position, filter, filter, order, order, (at, made, used, madeOrder, usedOrder) => {
        fc.pre(JSON.stringify([made.partner, made.from, made.to, madeOrder]) !== JSON.stringify([used.partner, used.from, used.to, usedOrder]));
        assert.equal(decodeCursor(encodeCursor(at, made, madeOrder), used, usedOrder), undefined);
      }),
      settings,
    );
  });

  test('any text, and any JSON in base64url, is read as a position or refused, never thrown', () => {
    const forged = fc.jsonValue().map((value) => Buffer.from(JSON.stringify(value)).toString('base64url'));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), forged), filter, order, (cursor, where, how) => {
        const read = decodeCursor(cursor, where, how);
        assert.ok(read === undefined || (typeof read.receivedAt === 'string' && Number.isSafeInteger(read.arrival)));
      }),
      settings,
    );
  });
});

describe('GET /admin/jobs: the cursor and its pages', () => {
  const partners: Partner[] = [
    { id: 'landkreis-bautzen', name: 'Landkreis Bautzen', kind: 'district', lat: 51.18, lon: 14.42, website: 'https://www.landkreis-bautzen.de', contact: { office: 'WF', email: 'wf@lra-bautzen.de' } },
    { id: 'kamenz', name: 'Kamenz', kind: 'town', district: 'landkreis-bautzen', lat: 51.27, lon: 14.09, website: 'https://www.kamenz.de', contact: { office: 'WF', email: 'wf@kamenz.de' } },
    { id: 'dresden', name: 'Dresden', kind: 'city', lat: 51.05, lon: 13.74, website: 'https://www.dresden.de', contact: { office: 'WF', email: 'wf@dresden.de' } },
  ];
  const now = Date.parse('2026-11-24T12:00:00Z');
  const moment = fc.integer({ min: now - 10 * 86_400_000, max: now + 10 * 86_400_000 }).map((time) => new Date(Math.floor(time / 1000) * 1000).toISOString());
  const jobs = fc
    .uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[a-z0-9]{1,6}$/),
        title: fc.constantFrom('Pflegefachkraft', 'Bäcker', 'Elektroniker'),
        partner: fc.constantFrom(...partners.map((partner) => partner.id)),
        // Few distinct dates, so that ties on publishedAt (broken by id) are common.
        publishedAt: fc.constantFrom('2026-11-01T08:00:00Z', '2026-11-02T08:00:00Z', '2026-11-03T08:00:00Z'),
        validThrough: fc.option(moment, { nil: undefined }),
      }),
      { selector: (job) => job.id, maxLength: 30 },
    )
    .map((records) =>
      records
        .map(({ validThrough, ...record }): Job => ({ ...record, employer: { name: 'GmbH' }, location: { city: 'Kamenz' }, category: 'crafts', employmentType: 'full-time', description: 'x', ...(validThrough ? { validThrough } : {}) }))
        // The store keeps them newest first, then by id.
        .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.id.localeCompare(b.id)),
    );
  const filter: fc.Arbitrary<AdminJobFilter> = fc.record(
    { partner: fc.constantFrom(...partners.map((partner) => partner.id)), status: fc.constantFrom('active' as const, 'expired' as const, 'all' as const), q: fc.constantFrom('pflege', 'bäcker', 'b') },
    { requiredKeys: ['status'] },
  );

  test('following `next` page by page answers every matching job exactly once, in order', () => {
    fc.assert(
      fc.property(jobs, filter, fc.integer({ min: 1, max: 7 }), (list, where, limit) => {
        const all = listAdminJobs(list, partners, where, 1000, undefined, now);
        const walked: string[] = [];
        let page = listAdminJobs(list, partners, where, limit, undefined, now);
        for (;;) {
          walked.push(...page.items.map((job) => job.id));
          assert.equal(page.total, all.total);
          if (!page.next) break;
          const after = decodeJobCursor(page.next, where);
          assert.ok(after, 'a cursor the list made is read back');
          page = listAdminJobs(list, partners, where, limit, after, now);
        }
        assert.deepEqual(walked, all.items.map((job) => job.id));
      }),
      settings,
    );
  });

  test('any text is read as a position or refused, never thrown; a cursor of other filters is refused', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), filter, (cursor, where) => void decodeJobCursor(cursor, where)), settings);
    fc.assert(
      fc.property(jobs, filter, filter, (list, made, used) => {
        fc.pre(JSON.stringify(made) !== JSON.stringify(used));
        const { next } = listAdminJobs(list, partners, made, 1, undefined, now);
        fc.pre(next !== undefined);
        assert.equal(decodeJobCursor(next!, used), undefined);
      }),
      settings,
    );
  });
});
