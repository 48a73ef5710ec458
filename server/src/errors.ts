import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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
  503: 'unavailable',
};

export function errorCode(status: number): string {
  return codes[status] ?? (STATUS_CODES[status] ?? 'error').toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
}

/** Messages a client may read for Fastify's own failures; anything else it hears is generic. */
const messages: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is larger than this operation accepts.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Send the body as application/json.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The body is empty; send JSON.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The Content-Length does not match the body.',
};

/** Node's errors for a connection that could not be made or was lost. */
const connectionCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EPIPE', 'EAI_AGAIN']);

/**
 * Whether an error says the database cannot be reached or is busy, rather than that the request is wrong: the
 * connection failed or broke, PostgreSQL is shutting down, starting or cancelled a query at its timeout, the
 * pool waited too long, SQLite stayed locked. Such a request may succeed when retried.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (connectionCodes.has(code) || code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === '57014' || code === '53300') return true;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return true;
  }
  if (error instanceof AggregateError) return error.errors.some(isDatabaseUnavailable);
  return typeof message === 'string' && /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly/i.test(message);
}

/** Seconds a client is asked to wait before retrying while the database is away. */
export const unavailableRetryAfter = 5;

/**
 * Every error answer is `{ error, message }` JSON and is never cached. A 4xx keeps a message that helps the
 * client (validation errors name the parameter); a 5xx is logged in full and answered with a generic message,
 * so no stack trace, SQL or file path reaches a client.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'the database is unavailable');
      reply.header('cache-control', 'no-store').header('retry-after', String(unavailableRetryAfter)).removeHeader('etag');
      return reply.code(503).send({ error: 'unavailable', message: `The database is not reachable at the moment; try again in ${unavailableRetryAfter} seconds. Nothing was stored.` });
    }
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

/**
 * Fastify's `frameworkErrors`: a URL its router cannot read (an invalid percent-escape such as `%zz` or `%E0%A4%A`)
 * or a path segment past `maxParamLength` is answered before any route, plugin or hook runs, by default with a
 * body of its own shape that repeats the URL. This answers it as every other malformed request is: `400` with
 * `{ error, message }`, never cached, readable cross-origin (the CORS plugin's hook does not run here).
 */
export function answerFrameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const message = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A path segment of the URL is too long.' : 'The URL cannot be decoded (an invalid percent-escape?).';
  void reply
    .code(400)
    .headers({ 'cache-control': 'no-store', 'access-control-allow-origin': '*', 'access-control-expose-headers': 'Retry-After, ETag, Idempotent-Replayed' })
    .send({ error: errorCode(400), message });
}
