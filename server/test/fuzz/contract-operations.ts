import { dereferencedContract } from '../../src/contract.js';
import type { Schema } from './schema-arbitrary.js';

export interface ContractParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: Schema;
}

export interface ContractHeader {
  required?: boolean;
  schema: Schema;
}

export interface ContractResponse {
  headers?: Record<string, ContractHeader>;
  content?: Record<string, { schema?: Schema }>;
}

/** One operation of the contract as the fuzzer needs it: where it is, what it takes, what it may answer. */
export interface ContractOperation {
  id: string;
  method: string;
  /** The path under `/v1`, with `{name}` placeholders. */
  template: string;
  parameters: ContractParameter[];
  /** The schema of its JSON body, for operations that take one. */
  body?: Schema;
  responses: Record<string, ContractResponse>;
}

type RawOperation = { operationId: string; parameters?: ContractParameter[]; requestBody?: { content: Record<string, { schema: Schema }> }; responses: Record<string, ContractResponse> };

const methods = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Every operation of the dereferenced contract, in the contract's order. */
export function contractOperations(): ContractOperation[] {
  const spec = dereferencedContract() as unknown as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(spec.paths).flatMap(([template, item]) => {
    const shared = (item.parameters ?? []) as ContractParameter[];
    return methods
      .filter((method) => item[method])
      .map((method) => {
        const operation = item[method] as RawOperation;
        // An operation's own parameter replaces the path item's of the same name and place (OpenAPI's rule).
        const own = operation.parameters ?? [];
        const parameters = [...shared.filter((parameter) => !own.some((mine) => mine.name === parameter.name && mine.in === parameter.in)), ...own];
        return { id: operation.operationId, method: method.toUpperCase(), template, parameters, body: operation.requestBody?.content['application/json']?.schema, responses: operation.responses };
      });
  });
}

/** The answers the contract allows for every operation ("Any operation may answer 429 …"), by status. */
export function genericResponses(): Record<string, ContractResponse> {
  const spec = dereferencedContract() as unknown as { components: { responses: Record<string, ContractResponse> } };
  return { '429': spec.components.responses.TooManyRequests! };
}
