/**
 * Values that have broken servers before: what a fuzzer adds to the ones a schema describes. Some are valid for
 * some fields (a `'; DROP TABLE` is a fine message); the fuzzer only checks that every answer is one the contract
 * declares, never which one.
 */

/** Texts with control characters, broken Unicode, injection attempts, paths, escapes and edge-case numbers. */
export const hostileStrings: readonly string[] = [
  '',
  ' ',
  '\t',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31mred',
  '\u0085',
  '\u009f',
  '\r\n',
  'two\nlines',
  '\ud800',
  'x\udfffy',
  '\ufeffbom',
  '\u202eevil',
  'a\u0308',
  '😀',
  '\uffff',
  "'; DROP TABLE inquiries;--",
  "' OR '1'='1",
  '"; SELECT pg_sleep(10);--',
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%00',
  '%zz',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '=HYPERLINK("http://evil.example")',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '0x10',
  '١٢٣',
  '9'.repeat(400),
  'x'.repeat(5001),
];

/**
 * Date-times that a regular expression may let through and a calendar may not: leap seconds, days a month does
 * not have, hours past 23, offsets past a day, missing zones, lowercase separators.
 */
export const hostileDateTimes: readonly string[] = [
  '2026-12-31T23:59:60Z',
  '2026-12-31T23:59:60.999Z',
  '2026-06-30T23:59:60Z',
  '2026-12-31T00:59:60+01:00',
  '2026-02-30T00:00:00Z',
  '2026-02-29T00:00:00Z',
  '2024-02-29T00:00:00Z',
  '2026-04-31T12:00:00Z',
  '2026-13-01T00:00:00Z',
  '2026-00-10T00:00:00Z',
  '2026-01-01T24:00:00Z',
  '2026-01-01T00:60:00Z',
  '2026-01-01T00:00:00',
  '2026-01-01',
  '2026-01-01T00:00:00+24:00',
  '2026-01-01T00:00:00+23:59',
  '2026-01-01t00:00:00z',
  '2026-01-01 00:00:00Z',
  '2026-01-01T00:00:00.123456789Z',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '+275760-09-13T00:00:00Z',
  'yesterday',
];

/** Numbers past every range and type: huge, tiny, fractional, negative, beyond the safe integers. */
export const hostileNumbers: readonly number[] = [0, -1, 1.5, -0.5, 1e308, -1e308, 5e-324, 2 ** 53 + 2, -(2 ** 53) - 2, 2 ** 31, 2 ** 63];

/** How numbers look on the wire when a client or a proxy writes them oddly (query strings and headers are text). */
export const hostileNumberTexts: readonly string[] = ['', ' 5', '5 ', '+5', '05', '1e3', '1.0', '0x10', 'Infinity', '-0', '١', '1,5', '99999999999999999999999'];

/**
 * Percent escapes a URL decoder must survive: invalid hex, truncated UTF-8, overlong UTF-8, an encoded surrogate,
 * NUL, an encoded slash. (An encoded dot segment, `%2e%2e`, fetch resolves before sending.)
 */
export const rawEscapes: readonly string[] = ['%zz', '%', '%E0%A4%A', '%C0%AF', '%00', '%ED%A0%80', 'a%2Fb', '%FF%FE'];
