import type { ErrorObject } from 'ajv';

/** The contract's `ValidationErrorCode`s. */
export type FieldErrorCode = 'required' | 'invalid' | 'too-long' | 'unknown-partner' | 'consent-required';
export type FieldErrors = Record<string, FieldErrorCode>;

function codeFor(error: ErrorObject): FieldErrorCode {
  switch (error.keyword) {
    case 'required':
    case 'minLength':
    case 'minItems':
      return 'required';
    case 'maxLength':
    case 'maxItems':
      return 'too-long';
    default:
      return 'invalid';
  }
}

function fieldOf(error: ErrorObject): string {
  if (error.keyword === 'required') return String(error.params.missingProperty);
  if (error.keyword === 'additionalProperties') return String(error.params.additionalProperty);
  return error.instancePath.split('/')[1] ?? 'body';
}

/** Turns the contract schema's findings into one code per field (the first finding of a field wins). */
export function fieldErrorsFromSchema(errors: readonly ErrorObject[]): FieldErrors {
  const result: FieldErrors = {};
  for (const error of errors) {
    const field = fieldOf(error) || 'body';
    // The contract gives consent its own code, whatever is wrong with it.
    result[field] ??= field === 'consent' ? 'consent-required' : codeFor(error);
  }
  return result;
}

/**
 * What the schema cannot say: white space only counts as missing, and partner ids must name partners that exist
 * now (the list is data). Runs on any body that is an object, valid or not, so one `422` names every field.
 */
export function fieldErrorsFromRules(body: unknown, partnerIds: ReadonlySet<string>): FieldErrors {
  const result: FieldErrors = {};
  if (!body || typeof body !== 'object' || Array.isArray(body)) return result;
  const inquiry = body as Record<string, unknown>;
  for (const field of ['name', 'email']) {
    const value = inquiry[field];
    if (typeof value === 'string' && !value.trim()) result[field] = 'required';
  }
  const partners = inquiry.partners;
  if (Array.isArray(partners) && partners.every((id) => typeof id === 'string') && partners.some((id) => !partnerIds.has(id))) {
    result.partners = 'unknown-partner';
  }
  return result;
}

/** Schema findings first; a rule finding adds a field or replaces a generic `invalid`. */
export function mergeFieldErrors(schema: FieldErrors, rules: FieldErrors): FieldErrors {
  const merged = { ...schema };
  for (const [field, code] of Object.entries(rules)) {
    if (!merged[field] || (merged[field] === 'invalid' && code !== 'invalid') || (field === 'email' && code === 'required')) merged[field] = code;
  }
  return merged;
}
