import type { FastifyError, FastifyInstance } from 'fastify';
import { STATUS_CODES } from 'node:http';

/** The contract's error codes by HTTP status; others fall back to a slug of the status text. */
const codes: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'validation-failed',
  429: 'rate-limited',
  500: 'internal',
};

export function errorCode(status: number): string {
  return codes[status] ?? (STATUS_CODES[status] ?? 'error').toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
}

/** Messages a client may read for Fastify's own failures; anything else it hears is generic. */
const messages: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body exceeds 16384 bytes.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Send the body as application/json.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The body is empty; send JSON.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The Content-Length does not match the body.',
};

/**
 * Every error answer is `{ error, message }` JSON and is never cached. A 4xx keeps a message that helps the
 * client (validation errors name the parameter); a 5xx is logged in full and answered with a generic message,
 * so no stack trace, SQL or file path reaches a client.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: error.code, status }, error.message);
    let message: string;
    if (status >= 500) message = 'An unexpected error occurred.';
    else if (error.validation) message = `${error.validationContext ?? 'request'}${error.message.replace(/^[a-z]+(?=\/)/, '')}`;
    else if (error.code && messages[error.code]) message = messages[error.code]!;
    else if (error.code?.startsWith('FST_') || error instanceof SyntaxError) message = status === 400 ? 'The request is malformed (invalid JSON?).' : STATUS_CODES[status] ?? 'Error';
    else message = error.message;
    reply.header('cache-control', 'no-store').removeHeader('etag');
    return reply.code(status).send({ error: errorCode(status), message });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.header('cache-control', 'no-store');
    return reply.code(404).send({ error: 'not-found', message: `Nothing at ${request.method} ${request.url.split('?')[0]!.slice(0, 200)}.` });
  });
}
