import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

/**
 * Two Ajv instances for the contract's JSON Schema 2020-12 (OpenAPI 3.1). Query strings, path parameters and
 * headers are text on the wire, so their values are coerced to the schema's types; bodies are JSON and must be
 * right as sent: `"consent": "true"` is a mistyped field, not a yes. Nothing is removed from a body (an
 * unknown property is an error the client must hear about), and every error is collected so that `422`
 * can name every invalid field.
 */
function createAjv(coerceTypes: boolean): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, removeAdditional: false, useDefaults: coerceTypes, coerceTypes: coerceTypes ? 'array' : false });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  return ajv;
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
