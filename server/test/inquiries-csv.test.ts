import assert from 'node:assert/strict';
import { parse, type Options } from 'csv-parse/sync';
import fc from 'fast-check';
import { after, before, describe, test } from 'node:test';
import { inquiriesAsCsv } from '../src/inquiry/inquiries-csv.js';
import type { StoredInquiry } from '../src/store/inquiry-store.js';
import { admin, inquiryBody, postInquiry, startServer, type TestServer } from './helpers.js';

const seed = Number(process.env.FUZZ_SEED ?? 20261203);
const formulaStart = /^[=+\-@\t\r]/;

/** Text a visitor might type, leaning on what matters here: formula characters, both separators, quotes, breaks. */
const hostileText = fc.string({ unit: fc.oneof(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ',', ';', '"', "'", ' ', 'a', 'Ä', '1', '(', ')'), fc.string({ maxLength: 1 })), maxLength: 40 });

const inquiry = fc.record({
  id: fc.uuid(),
  receivedAt: fc.constant('2026-11-24T12:00:00Z'),
  name: hostileText,
  email: fc.constant('anna@example.org'),
  phone: fc.option(hostileText, { nil: undefined }),
  livesIn: fc.option(hostileText, { nil: undefined }),
  partners: fc.array(hostileText, { minLength: 1, maxLength: 3 }),
  wish: fc.constant('live'),
  field: fc.option(hostileText, { nil: undefined }),
  message: fc.option(hostileText, { nil: undefined }),
  locale: fc.constant('de'),
}) as fc.Arbitrary<StoredInquiry>;

/** Readers a CSV may meet: RFC 4180 with our comma, German Excel's semicolon, and naive splitters of either. */
const readers: Record<string, Options> = {
  'comma, quotes honoured': { delimiter: ',', bom: true },
  'semicolon, quotes honoured where they open a cell': { delimiter: ';', bom: true, relax_quotes: true, relax_column_count: true },
  'comma, quotes ignored': { delimiter: ',', bom: true, quote: false, relax_column_count: true, record_delimiter: ['\r\n', '\n', '\r'] },
  'semicolon, quotes ignored': { delimiter: ';', bom: true, quote: false, relax_column_count: true, record_delimiter: ['\r\n', '\n', '\r'] },
};

/**
 * The rows a reader builds. One that honours quotes only where they open a cell may meet a quote that never
 * closes (our `";"` read at the semicolon); Excel then runs the cell to the end of the file, and so does this.
 */
function read(csv: string, options: Options): string[][] {
  try {
    return parse(csv, options) as string[][];
  } catch (error) {
    if ((error as { code?: string }).code !== 'CSV_QUOTE_NOT_CLOSED') throw error;
    return parse(`${csv}"`, options) as string[][];
  }
}

/** The apostrophes the export puts before formula characters, taken out again (on both sides, so a visitor's own count the same). */
const withoutGuards = (text: string) => text.replace(/'(?=[=+\-@\t\r])/g, '');
const cellText = (value: unknown) => (Array.isArray(value) ? value.join(' ') : value === undefined ? '' : String(value));

describe('the inquiries CSV', () => {
  test('read with commas and quotes, every cell holds what the visitor typed', () => {
    fc.assert(
      fc.property(fc.array(inquiry, { maxLength: 5 }), (items) => {
        const rows = parse(inquiriesAsCsv(items), readers['comma, quotes honoured']!) as string[][];
        assert.equal(rows.length, items.length + 1);
        items.forEach((item, index) => {
          const row = rows[index + 1]!;
          assert.equal(row.length, 11);
          assert.deepEqual(row.map(withoutGuards), (['id', 'receivedAt', 'name', 'email', 'phone', 'livesIn', 'partners', 'wish', 'field', 'message', 'locale'] as const).map((column) => withoutGuards(cellText(item[column]))));
        });
      }),
      { seed, numRuns: 500 },
    );
  });

  for (const [reader, options] of Object.entries(readers)) {
    test(`read ${reader}, no cell starts a formula`, () => {
      fc.assert(
        fc.property(fc.array(inquiry, { minLength: 1, maxLength: 5 }), (items) => {
          const rows = read(inquiriesAsCsv(items), { ...options, relax_quotes: true });
          for (const field of rows.flat()) assert.doesNotMatch(field.replace(/^"+/, ''), formulaStart, `a cell ${JSON.stringify(field)}`);
        }),
        { seed, numRuns: 500 },
      );
    });
  }

  test('the finding: a message of semicolon-separated formulas stays text in German Excel', () => {
    const csv = inquiriesAsCsv([{ id: 'x', receivedAt: '2026-11-24T12:00:00Z', name: 'A', email: 'a@example.org', partners: ['kamenz'], wish: 'live', locale: 'de', message: 'Hallo;=1+1;@SUMME(1+1)' } as StoredInquiry]);
    const cells = read(csv, readers['semicolon, quotes honoured where they open a cell']!).flat();
    assert.ok(cells.some((field) => field.startsWith("'=1+1")) && cells.some((field) => field.startsWith("'@SUMME")), cells.join(' | '));
  });
});

describe('the CSV export of the admin API', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('a hostile message arrives in the export as text under either separator', async () => {
    assert.equal((await postInquiry(server.base, inquiryBody({ name: '=HYPERLINK("http://evil.example")', message: 'Hallo;=1+1;@SUMME(1+1)\n-2+3,+4' }))).status, 201);
    const csv = await (await admin(server.base, '/inquiries?format=csv')).text();
    for (const delimiter of [',', ';']) {
      const cells = read(csv, { delimiter, bom: true, relax_quotes: true, relax_column_count: true }).flat();
      for (const field of cells) assert.doesNotMatch(field.replace(/^"+/, ''), formulaStart, `${delimiter}: ${JSON.stringify(field)}`);
    }
  });
});
