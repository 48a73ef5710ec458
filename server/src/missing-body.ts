import type { FastifyRequest } from 'fastify';

/** A request without the body its operation requires; answered `400`. */
export class MissingBodyError extends Error {
  readonly statusCode = 400;
}

/**
 * Every request body of the contract is required, but Fastify validates a body only by its content type: a request
 * with neither (no `Content-Type`, no bytes) reaches the handler with no body at all, which would read it and fail
 * with a 500. A preValidation hook: such a request is answered `400` before any handler runs.
 */
export async function refuseMissingBody(request: FastifyRequest): Promise<void> {
  if (request.body === undefined && request.routeOptions.schema?.body !== undefined) throw new MissingBodyError('The request has no body; send it as application/json.');
}
