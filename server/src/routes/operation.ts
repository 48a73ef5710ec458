import type { RawServerDefault, RouteGenericInterface, RouteOptions } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Route options for one operation of the contract; fastify-openapi-glue adds method, url and schemas. */
export type OperationOptions = Omit<RouteOptions, 'method' | 'url'>;

/** Types a handler's request by its route generic (params, body, query), then erases that for the route table. */
export function operation<T extends RouteGenericInterface = RouteGenericInterface>(
  options: Omit<RouteOptions<RawServerDefault, IncomingMessage, ServerResponse, T>, 'method' | 'url'>,
): OperationOptions {
  return options as unknown as OperationOptions;
}
