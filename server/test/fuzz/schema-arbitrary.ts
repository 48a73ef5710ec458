import fc from 'fast-check';
import type { ValidateFunction } from 'ajv';
import { createAjv } from '../../src/validation.js';
import { hostileDateTimes, hostileNumbers, hostileStrings } from './hostile-values.js';

/**
 * The part of JSON Schema 2020-12 the contract uses: objects, arrays, strings with pattern, format, enum and
 * lengths, numbers with bounds, booleans, `const` and `allOf`. Enough to generate values; not a validator.
 */
export interface Schema {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  examples?: unknown[];
}

/** Generated texts and lists stay short: the fuzzer is after odd values, not large ones (those are its own case). */
const maxGeneratedLength = 40;
const maxGeneratedItems = 3;

/** `allOf` of object schemas as one schema (the contract's `AdminPartner`, `CreatedPartnerToken`). */
export function flattened(schema: Schema): Schema {
  if (!schema.allOf) return schema;
  const { allOf, ...rest } = schema;
  return allOf.map(flattened).reduce<Schema>(
    (merged, part) => ({ ...merged, ...part, properties: { ...merged.properties, ...part.properties }, required: [...(merged.required ?? []), ...(part.required ?? [])] }),
    rest,
  );
}

function typeOf(schema: Schema): string | undefined {
  if (schema.type) return schema.type;
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  if (schema.pattern !== undefined || schema.format !== undefined || schema.maxLength !== undefined) return 'string';
  if (schema.minimum !== undefined || schema.maximum !== undefined) return 'number';
  return undefined;
}

// The server's own rules for bodies decide what "valid" means, formats included.
const ajv = createAjv(false);
const validators = new WeakMap<Schema, ValidateFunction>();
/** Whether the server's Ajv accepts a value for a schema. */
export function accepts(schema: Schema, value: unknown): boolean {
  let validate = validators.get(schema);
  if (!validate) {
    validate = ajv.compile(schema as object);
    validators.set(schema, validate);
  }
  return validate(value);
}

/** Printable text: control characters are a case of their own (`hostileStrings`). */
const printable = fc.string({ unit: 'grapheme', maxLength: maxGeneratedLength }).map((text) => text.replace(/[\p{Cc}\p{Cs}]/gu, ''));
const wordish = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzäöüßABCXYZ0123456789 -./'), maxLength: maxGeneratedLength });

const dateTimes = fc.oneof(
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }).map((date) => date.toISOString()),
  fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T23:59:59Z'), noInvalidDate: true }).map((date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z')),
  fc.tuple(fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: -12, max: 14 })).map(
    ([date, hours]) => `${new Date(date.getTime() + hours * 3_600_000).toISOString().slice(0, 19)}${hours < 0 ? '-' : '+'}${String(Math.abs(hours)).padStart(2, '0')}:00`,
  ),
);

function stringCandidates(schema: Schema): fc.Arbitrary<string> {
  const candidates: fc.Arbitrary<string>[] = [];
  if (schema.format === 'date-time') candidates.push(dateTimes);
  else if (schema.format === 'email') candidates.push(fc.emailAddress(), fc.constantFrom('anna.schulze@example.org', 'Büro@Example.DE'));
  else if (schema.format === 'uri') candidates.push(fc.webUrl({ validSchemes: ['https', 'http'] }));
  // fast-check generates from a pattern without lookaheads (`(?!…)`); what they exclude the filter below drops.
  else if (schema.pattern !== undefined) candidates.push(fc.stringMatching(new RegExp(schema.pattern.replace(/\(\?[=!][^()]*\)/g, ''), 'u'), { size: 'small' }));
  else candidates.push(printable, wordish);
  // The contract's examples now and then: real ids and values, but not so often that every key is the same.
  const examples = (schema.examples ?? []).filter((example): example is string => typeof example === 'string');
  return fc.oneof({ weight: 4, arbitrary: fc.oneof(...candidates) }, { weight: examples.length ? 1 : 0, arbitrary: examples.length ? fc.constantFrom(...examples) : fc.constant('') });
}

/** Values the schema accepts, most of them ordinary, some at its edges. */
export function validValue(input: Schema): fc.Arbitrary<unknown> {
  const schema = flattened(input);
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (typeOf(schema)) {
    case 'object': {
      const properties = schema.properties ?? {};
      const model = Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, validValue(property)]));
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((name) => name in properties) });
    }
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.min(schema.maxItems ?? Infinity, minLength + maxGeneratedItems);
      const item = validValue(schema.items ?? {});
      return schema.uniqueItems ? fc.uniqueArray(item, { minLength, maxLength, selector: (value) => JSON.stringify(value) }) : fc.array(item, { minLength, maxLength });
    }
    case 'string':
      return stringCandidates(schema).filter((text) => accepts(schema, text));
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? Math.max(1_000_000, schema.minimum ?? 0) });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A value of another JSON type than the schema's. */
function wrongType(schema: Schema): fc.Arbitrary<unknown> {
  const all: Record<string, fc.Arbitrary<unknown>> = {
    string: fc.constantFrom('1', 'true', ''),
    number: fc.constantFrom(...hostileNumbers),
    boolean: fc.boolean(),
    null: fc.constant(null),
    array: fc.constantFrom([], ['a'], [1, 2]),
    object: fc.constantFrom({}, { a: 1 }),
  };
  const own = typeOf(schema) === 'integer' ? 'number' : typeOf(schema);
  return fc.oneof(...Object.entries(all).filter(([type]) => type !== own).map(([, value]) => value));
}

/** Values the schema should refuse (and a few hostile ones it may accept): wrong types, out of range, too long. */
export function brokenValue(input: Schema): fc.Arbitrary<unknown> {
  const schema = flattened(input);
  const broken: fc.Arbitrary<unknown>[] = [wrongType(schema), fc.constantFrom(...hostileStrings)];
  if (schema.enum) broken.push(fc.constantFrom('', 'ALL', `${String(schema.enum[0])} `, String(schema.enum[0]).toUpperCase()));
  switch (typeOf(schema)) {
    case 'object': {
      const properties = schema.properties ?? {};
      const names = Object.keys(properties);
      const valid = validValue(schema) as fc.Arbitrary<Record<string, unknown>>;
      const required = (schema.required ?? []).filter((name) => name in properties);
      if (required.length) broken.push(fc.tuple(valid, fc.constantFrom(...required)).map(([value, name]) => Object.fromEntries(Object.entries(value).filter(([key]) => key !== name))));
      broken.push(valid.map((value) => ({ ...value, unknownProperty: 'x' })), valid.map((value) => ({ ...value, ['__proto__']: { admin: true } })));
      if (names.length) broken.push(fc.tuple(valid, fc.constantFrom(...names)).chain(([value, name]) => brokenValue(properties[name]!).map((bad) => ({ ...value, [name]: bad }))));
      break;
    }
    case 'array': {
      const item = schema.items ?? {};
      broken.push(fc.array(brokenValue(item), { minLength: 1, maxLength: maxGeneratedItems }));
      if (schema.minItems) broken.push(fc.constant([]));
      if (schema.maxItems !== undefined && schema.maxItems <= 100) broken.push(validValue(item).map((value) => Array.from({ length: schema.maxItems! + 1 }, () => value)));
      if (schema.uniqueItems) broken.push(validValue(item).map((value) => [value, value]));
      break;
    }
    case 'string': {
      if (schema.maxLength !== undefined) broken.push(fc.integer({ min: 1, max: 64 }).map((extra) => 'a'.repeat(schema.maxLength! + extra)));
      if (schema.minLength) broken.push(fc.constant('a'.repeat(schema.minLength - 1)));
      if (schema.format === 'date-time') broken.push(fc.constantFrom(...hostileDateTimes));
      if (schema.pattern !== undefined || schema.format !== undefined) broken.push(printable);
      break;
    }
    case 'integer':
    case 'number': {
      if (schema.minimum !== undefined) broken.push(fc.double({ min: schema.minimum - 1e6, max: schema.minimum - 1, noNaN: true }).map((value) => Math.round(value)));
      if (schema.maximum !== undefined) broken.push(fc.integer({ min: 1, max: 1e6 }).map((extra) => schema.maximum! + extra));
      broken.push(fc.constantFrom(...hostileNumbers));
      break;
    }
  }
  return fc.oneof(...broken);
}

/** Mostly valid values, some broken at the top or in one place deep inside: what clients with bugs send. */
export function fuzzedValue(schema: Schema): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: validValue(schema) }, { weight: 2, arbitrary: brokenValue(schema) });
}
