import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Job } from '@wachstumsregion/domain/contract';
import { dereferencedContract } from '../contract.js';

let validator: ValidateFunction | undefined;

/** The contract's Job schema, checked as a JSON body is (no coercion, every error collected). */
export function jobValidator(): ValidateFunction {
  if (validator) return validator;
  const ajv = new Ajv2020({ strict: false, allErrors: true, removeAdditional: false, coerceTypes: false });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  validator = ajv.compile(dereferencedContract().components.schemas.Job as object);
  return validator;
}

/** Throws with every schema error of a job, naming it, unless it is a valid contract Job. */
export function assertJob(value: unknown, label: string): asserts value is Job {
  const validate = jobValidator();
  if (validate(value)) return;
  const errors = (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`).join('; ');
  throw new Error(`${label} is not a valid job: ${errors}`);
}
