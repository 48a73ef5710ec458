import fc from 'fast-check';
import type { ContractOperation, ContractParameter } from './contract-operations.js';
import { hostileNumberTexts, rawEscapes } from './hostile-values.js';
import { brokenValue, fuzzedValue, type Schema, validValue } from './schema-arbitrary.js';

/** One HTTP request, as fetch will send it (the caller's token is added per caller). */
export interface FuzzRequest {
  method: string;
  /** Path and query under the server's root, already encoded. */
  path: string;
  headers: Record<string, string>;
  /** The body as sent; without a `content-type` header it is sent as bytes, so fetch adds none either. */
  body?: string;
  /** Send it a second time with the first answer's ETag as `If-None-Match` (the 304 path). */
  revalidate: boolean;
}

/** Ids the server holds, so that some requests find a record instead of answering 404. */
export interface IdPools {
  partners: string[];
  categories: string[];
  jobs: string[];
  inquiries: string[];
  tokens: { partner: string; id: string }[];
}

/** A site the seed registers for a partner, so inquiries from it are accepted. */
const partnerSite = 'https://www.kamenz.de';

/** The largest body any operation but the bulk import accepts (Fastify's `bodyLimit`), plus one. */
const overLimit = 1024 * 1024 + 1;

/** A text as `encodeURIComponent` takes it: a lone surrogate would make it throw, so it becomes U+FFFD. */
const wellFormed = (text: string) => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
const encoded = (text: string) => encodeURIComponent(wellFormed(text));
/** A header value as fetch lets it through: Latin-1 without CR, LF or NUL. */
const headerSafe = (text: string) => text.replace(/[^\t\x20-\x7e\x80-\xff]/g, '?');

/** How a value of a parameter is written on the wire: text, one entry per item for a list. */
function wireTexts(value: unknown): string[] {
  const text = (item: unknown) => (item !== null && typeof item === 'object' ? JSON.stringify(item) : String(item));
  return Array.isArray(value) ? value.map(text) : [text(value)];
}

/** Now and then a value, mostly none (fast-check's `option` is the other way round: mostly a value). */
const nowAndThen = <T>(arbitrary: fc.Arbitrary<T>, oneIn: number) => fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

const isNumeric = (schema: Schema) => schema.type === 'integer' || schema.type === 'number';

/**
 * The texts one query or header parameter is sent with: none or one valid for a well-formed request, else also
 * one broken, or several.
 */
function parameterTexts(parameter: ContractParameter, wellFormed: boolean): fc.Arbitrary<string[]> {
  const { schema } = parameter;
  const valid = validValue(schema).map(wireTexts);
  if (wellFormed) return fc.oneof({ weight: parameter.required ? 0 : 1, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: valid });
  return fc.oneof(
    { weight: parameter.required ? 1 : 4, arbitrary: fc.constant<string[]>([]) },
    { weight: 5, arbitrary: valid },
    { weight: 2, arbitrary: brokenValue(schema).map(wireTexts) },
    { weight: isNumeric(schema) ? 1 : 0, arbitrary: fc.constantFrom(...hostileNumberTexts).map((text) => [text]) },
    // The same parameter twice: an array where a scalar goes.
    { weight: 1, arbitrary: fc.tuple(valid, valid).map(([first, second]) => [...first, ...second]) },
  );
}

/** Which pool a path parameter's ids come from. */
function poolOf(template: string, name: string, pools: IdPools): string[] {
  if (name === 'from' || name === 'to') return pools.partners;
  if (name === 'tokenId') return pools.tokens.map((token) => token.id);
  if (template.startsWith('/admin/partners/')) return pools.partners;
  if (template.startsWith('/admin/categories/')) return pools.categories;
  if (template.startsWith('/admin/inquiries/')) return pools.inquiries;
  if (template.includes('/jobs/')) return pools.jobs;
  return [];
}

/**
 * A path parameter's value; never empty, `.` or `..`: fetch, like every URL parser, reads those as another path
 * (`/jobs/` is `/jobs`, `/jobs/..` is `/`), so they never reach the operation.
 */
function pathValue(template: string, parameter: ContractParameter, pools: IdPools, wellFormed: boolean): fc.Arbitrary<string> {
  const known = poolOf(template, parameter.name, pools);
  return fc.oneof(
    { weight: known.length ? 4 : 0, arbitrary: known.length ? fc.constantFrom(...known) : fc.constant('') },
    { weight: 3, arbitrary: validValue(parameter.schema).map((value) => wireTexts(value).join(',')) },
    { weight: wellFormed ? 0 : 2, arbitrary: brokenValue(parameter.schema).map((value) => wireTexts(value).join(',')) },
  ).filter((value) => value !== '' && value !== '.' && value !== '..');
}

/** A body made to fit the server's data: the path's ids, partners and categories that exist. */
function alignedWithData(value: unknown, params: Record<string, string>, pools: IdPools, choices: number[]): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  let next = 0;
  const pick = (list: string[]) => list[choices[next++ % choices.length]! % list.length]!;
  const body = { ...(value as Record<string, unknown>) };
  for (const name of ['id', 'from', 'to']) if (name in body && params[name] !== undefined) body[name] = params[name];
  if (typeof body.partner === 'string' && pools.partners.length) body.partner = pick(pools.partners);
  if (typeof body.district === 'string' && pools.partners.length) body.district = pick(pools.partners);
  if (typeof body.category === 'string' && pools.categories.length) body.category = pick(pools.categories);
  if (Array.isArray(body.partners) && pools.partners.length) body.partners = [...new Set(body.partners.map(() => pick(pools.partners)))];
  if (Array.isArray(body.items)) body.items = body.items.map((item, index) => alignedWithData(item, {}, pools, [...choices.slice(index), ...choices.slice(0, index)]));
  return body;
}

const contentTypes = fc.oneof(
  { weight: 12, arbitrary: fc.constant('application/json') },
  { weight: 1, arbitrary: fc.constantFrom('application/json; charset=utf-8', 'APPLICATION/JSON', 'application/json; charset=latin1', 'application/merge-patch+json') },
  { weight: 2, arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'text/csv', '') },
);

const notJson = fc.constantFrom('{"name": "Anna",', '', ' ', 'null', '[1,2,3]', '"text"', '{}', 'name=Anna', '<job/>', `{"a":${'['.repeat(3000)}${']'.repeat(3000)}}`, '\u0000', '{"a":1}{"b":2}');

function bodyOf(operation: ContractOperation, params: fc.Arbitrary<Record<string, string>>, pools: IdPools, wellFormed: boolean) {
  const schema = operation.body!;
  const json = fc
    .tuple(params, wellFormed ? validValue(schema) : fuzzedValue(schema), fc.integer({ min: 0, max: 3 }), fc.array(fc.nat(), { minLength: 8, maxLength: 8 }))
    .map(([values, body, align, choices]) => ({ params: values, text: JSON.stringify(align > 0 ? alignedWithData(body, values, pools, choices) : body) }));
  if (wellFormed) return fc.tuple(json, fc.constant('application/json'));
  return fc.tuple(
    fc.oneof(
      { weight: 10, arbitrary: json },
      { weight: 1, arbitrary: fc.tuple(params, notJson).map(([values, text]) => ({ params: values, text })) },
      { weight: 1, arbitrary: params.map((values) => ({ params: values, text: JSON.stringify({ padding: 'x'.repeat(overLimit) }) })) },
    ),
    fc.option(contentTypes, { freq: 12, nil: undefined }),
  );
}

/**
 * Requests for one operation, built from its parameters' and body's schemas: half of them well-formed (valid
 * values, many of them ids of `pools`, so that records are found and written), half fuzzed: broken values (wrong
 * types, out of range, too long, hostile text), invalid escapes, repeated parameters, missing or unknown fields,
 * bodies that are not JSON or not labelled as such.
 */
export function requestsFor(operation: ContractOperation, pools: IdPools): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(requests(operation, pools, true), requests(operation, pools, false));
}

function requests(operation: ContractOperation, pools: IdPools, wellFormed: boolean): fc.Arbitrary<FuzzRequest> {
  const inPath = operation.parameters.filter((parameter) => parameter.in === 'path');
  const inQuery = operation.parameters.filter((parameter) => parameter.in === 'query');
  const inHeaders = operation.parameters.filter((parameter) => parameter.in === 'header');

  const independent = fc.record(Object.fromEntries(inPath.map((parameter) => [parameter.name, pathValue(operation.template, parameter, pools, wellFormed)])) as Record<string, fc.Arbitrary<string>>);
  // A token's id with its own partner, so that revoking can succeed.
  const params: fc.Arbitrary<Record<string, string>> =
    inPath.some((parameter) => parameter.name === 'tokenId') && pools.tokens.length
      ? fc.oneof(independent, fc.constantFrom(...pools.tokens).map((token) => ({ id: token.partner, tokenId: token.id })))
      : independent;
  const withBody = operation.body
    ? bodyOf(operation, params, pools, wellFormed).map(([body, contentType]) => ({ params: body.params, body: body.text, contentType }))
    : params.map((values) => ({ params: values, body: undefined, contentType: undefined }));

  const never = fc.constant(undefined);
  const query = fc.tuple(
    fc.tuple(...inQuery.map((parameter) => parameterTexts(parameter, wellFormed).map((texts) => texts.map((text) => `${encoded(parameter.name)}=${encoded(text)}`)))),
    wellFormed ? never : nowAndThen(fc.constantFrom('unknown=1', 'q', '=', '&'), 8),
    // An escape no decoder can read, where a parameter goes.
    wellFormed ? never : nowAndThen(fc.tuple(fc.constantFrom(...(inQuery.length ? inQuery.map((parameter) => parameter.name) : ['x'])), fc.constantFrom(...rawEscapes)).map(([name, escape]) => `${name}=${escape}`), 8),
  ).map(([parts, odd, escape]) => [...parts.flat(), ...(odd ? [odd] : []), ...(escape ? [escape] : [])].join('&'));

  const headers = fc.tuple(
    fc.tuple(...inHeaders.map((parameter) => parameterTexts(parameter, wellFormed).map((texts) => [parameter.name.toLowerCase(), texts] as const))),
    wellFormed ? fc.constant(partnerSite) : fc.oneof({ weight: 6, arbitrary: fc.constant(partnerSite) }, fc.constant(undefined), fc.constantFrom('https://evil.example', 'null', `${partnerSite}.evil.example`)),
    nowAndThen(fc.constantFrom('application/json', 'text/csv', '*/*', 'text/html', 'application/xml', 'text/csv;q=0.1, application/json'), 2),
  );

  return fc.record({ withBody, query, headers, rawSegment: wellFormed ? never : nowAndThen(fc.constantFrom(...rawEscapes), 15), revalidate: fc.boolean() }).map(({ withBody, query, headers: [named, origin, accept], rawSegment, revalidate }) => {
    const names = inPath.map((parameter) => parameter.name);
    // Now and then one path parameter is sent as an undecodable escape instead of its value.
    const path = operation.template.replace(/\{([^}]+)\}/g, (_match, name: string) => (rawSegment !== undefined && name === names[0] ? rawSegment : encoded(withBody.params[name] ?? '')));
    const sent: Record<string, string> = {};
    for (const [name, texts] of named) if (texts.length) sent[name] = headerSafe(texts.join(', '));
    if (origin) sent.origin = origin;
    if (accept) sent.accept = accept;
    if (withBody.body !== undefined && withBody.contentType) sent['content-type'] = withBody.contentType;
    return {
      method: operation.method,
      path: `/v1${path}${query ? `?${query}` : ''}`,
      headers: sent,
      ...(withBody.body !== undefined ? { body: withBody.body } : {}),
      revalidate: revalidate && operation.method === 'GET',
    };
  });
}
