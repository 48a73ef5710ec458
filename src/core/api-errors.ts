/** What went wrong with a request, in the terms a widget needs to tell the visitor. */
export type ApiErrorKind = 'missing-api' | 'network' | 'timeout' | 'http' | 'invalid';

/** Base of every error the API client throws; widgets switch on `kind` to choose their words. */
export abstract class ApiError extends Error {
  abstract readonly kind: ApiErrorKind;
}

/** No API base is set: the webmaster has not given the element an `api` or the script a `data-api`. */
export class MissingApiError extends ApiError {
  readonly kind = 'missing-api';
  constructor() {
    super('No API base: set the api attribute, data-api on the script tag, or call configure({ api })');
    this.name = 'MissingApiError';
  }
}

/** The request never got an answer: offline, DNS, a dropped connection, a blocker extension. */
export class NetworkError extends ApiError {
  readonly kind = 'network';
  constructor(readonly url: string, options?: ErrorOptions) {
    super(`No answer from ${url}`, options);
    this.name = 'NetworkError';
  }
}

/** The API did not answer within the configured timeout. */
export class TimeoutError extends ApiError {
  readonly kind = 'timeout';
  constructor(readonly url: string, readonly timeout: number) {
    super(`No answer from ${url} within ${timeout} ms`);
    this.name = 'TimeoutError';
  }
}

/** The answer of an error status, with what the contract's error bodies say. */
export class HttpError extends ApiError {
  readonly kind = 'http';
  constructor(
    readonly url: string,
    readonly status: number,
    /** `error` and `message` of the contract's Error body, when there was one. */
    readonly body: { error?: string; message?: string; errors?: Record<string, string> } | undefined,
    /** Seconds to wait, from a `Retry-After` header. */
    readonly retryAfter: number | undefined,
  ) {
    super(`${url} answered ${status}${body?.message ? `: ${body.message}` : ''}`);
    this.name = 'HttpError';
  }
}

/** The answer was not what the contract promises (malformed JSON, missing fields). */
export class InvalidAnswerError extends ApiError {
  readonly kind = 'invalid';
  constructor(readonly url: string, readonly reason: string) {
    super(`Unexpected answer from ${url}: ${reason}`);
    this.name = 'InvalidAnswerError';
  }
}

/** True for the rejection of a request that its caller cancelled; widgets ignore those. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
