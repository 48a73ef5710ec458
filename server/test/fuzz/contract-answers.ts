import type { ValidateFunction } from 'ajv';
import { createAjv } from '../../src/validation.js';
import type { ContractOperation, ContractResponse } from './contract-operations.js';
import type { Schema } from './schema-arbitrary.js';

/** An answer as read off the wire. */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

// Answers are JSON as sent: no coercion, and the server's own formats (a date-time must also be a date).
const ajv = createAjv(false);
const validators = new WeakMap<Schema, ValidateFunction>();
function validatorOf(schema: Schema): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    validate = ajv.compile(schema as object);
    validators.set(schema, validate);
  }
  return validate;
}
const problemsOf = (validate: ValidateFunction) => ajv.errorsText(validate.errors, { dataVar: '' });

/** A header's text as its schema's type: the contract's `Retry-After` is an integer. */
const headerValue = (schema: Schema, text: string): unknown => (schema.type === 'integer' || schema.type === 'number' ? (/^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text) : text);

/**
 * What is wrong with an answer by the contract: a 5xx, a status the operation does not declare (nor every
 * operation may answer), no CORS header, a declared header missing or malformed, a content type it does not declare, a body
 * where none is declared or one that breaks its schema. Empty when the answer is one the contract allows.
 */
export function contractViolations(operation: ContractOperation, generic: Record<string, ContractResponse>, answer: Answer): string[] {
  if (answer.status >= 500) return [`answered ${answer.status}: ${answer.text.slice(0, 300)}`];
  const declared = operation.responses[String(answer.status)] ?? generic[String(answer.status)];
  if (!declared) return [`answered ${answer.status}, which ${operation.id} does not declare (${Object.keys(operation.responses).join(', ')}): ${answer.text.slice(0, 300)}`];

  const violations: string[] = [];
  // The contract's promise to partner pages: every answer, errors included, is readable cross-origin.
  if (answer.headers.get('access-control-allow-origin') !== '*') violations.push(`${answer.status} lacks Access-Control-Allow-Origin: *`);
  for (const [name, header] of Object.entries(declared.headers ?? {})) {
    const text = answer.headers.get(name);
    if (text === null) {
      if (header.required) violations.push(`${answer.status} lacks the required header ${name}`);
      continue;
    }
    const validate = validatorOf(header.schema);
    if (!validate(headerValue(header.schema, text))) violations.push(`header ${name}: ${JSON.stringify(text)} ${problemsOf(validate)}`);
  }

  const mediaType = answer.headers.get('content-type')?.split(';')[0]!.trim().toLowerCase();
  if (!declared.content) {
    if (answer.text !== '') violations.push(`${answer.status} has no body in the contract, but got ${mediaType}: ${answer.text.slice(0, 200)}`);
    return violations;
  }
  const content = mediaType === undefined ? undefined : declared.content[mediaType];
  if (!content) return [...violations, `${answer.status} answered ${mediaType ?? 'no content type'}, the contract declares ${Object.keys(declared.content).join(', ')}`];
  if (!content.schema) return violations;
  let body: unknown = answer.text;
  if (mediaType === 'application/json') {
    try {
      body = JSON.parse(answer.text);
    } catch {
      return [...violations, `${answer.status} is not JSON: ${answer.text.slice(0, 200)}`];
    }
  }
  const validate = validatorOf(content.schema);
  if (!validate(body)) violations.push(`${answer.status} body breaks its schema: ${problemsOf(validate)}: ${answer.text.slice(0, 300)}`);
  return violations;
}
