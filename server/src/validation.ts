import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { FastifySchemaCompiler } from 'fastify';

/**
 * Two Ajv instances for the contract's JSON Schema 2020-12 (OpenAPI 3.1). Query strings, path parameters and
 * headers are text on the wire, so their values are coerced to the schema's types; bodies are JSON and must be
 * right as sent: `"consent": "true"` is a mistyped field, not a yes. Nothing is removed from a body (an
 * unknown property is an error the client must hear about), and every error is collected so that `422`
 * can name every invalid field.
 */
export function createAjv(coerceTypes: boolean): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, removeAdditional: false, useDefaults: coerceTypes, coerceTypes: coerceTypes ? 'array' : false });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  ajv.addFormat('date-time', { type: 'string', validate: isReadableDateTime });
  return ajv;
}

const rfc3339DateTime = fullFormats['date-time'] as { validate: (text: string) => boolean };

/**
 * RFC 3339 allows a leap second (`2026-12-31T23:59:60Z`) and so does ajv-formats, but `Date` cannot read one:
 * such a value would pass the schema and then become an Invalid Date inside the server. A date-time is valid here
 * only when it is RFC 3339 and `Date.parse` reads it too, so every date-time parameter or field either parses or
 * is answered `400` naming it. (Days a month does not have, `2026-02-30`, ajv-formats refuses itself.)
 */
export function isReadableDateTime(text: string): boolean {
  return rfc3339DateTime.validate(text) && !Number.isNaN(Date.parse(text));
}

const textAjv = createAjv(true);
const bodyAjv = createAjv(false);

type ObjectSchema = { properties?: Record<string, unknown>; required?: string[] };

/**
 * Node gives header names in lowercase; the contract writes `Idempotency-Key`. Fastify lowercases header schemas
 * itself only with its own compiler, so this one does it too.
 */
function lowerCaseHeaders(schema: ObjectSchema): ObjectSchema {
  return {
    ...schema,
    ...(schema.properties && { properties: Object.fromEntries(Object.entries(schema.properties).map(([name, value]) => [name.toLowerCase(), value])) }),
    ...(schema.required && { required: schema.required.map((name) => name.toLowerCase()) }),
  };
}

/** Fastify's validator compiler, with the Ajv that fits each part of the request. */
export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  if (httpPart === 'body') return bodyAjv.compile(schema as object) as ValidateFunction;
  return textAjv.compile(httpPart === 'headers' ? lowerCaseHeaders(schema as ObjectSchema) : (schema as object)) as ValidateFunction;
};

/** Compiles a schema from the contract for a check the server makes outside Fastify's validation step. */
export function compileTextSchema(schema: object): ValidateFunction {
  return textAjv.compile(schema);
}
