import { ApiError, HttpError } from './api-errors.js';
import type { Texts } from './i18n/translation.js';

/** What went wrong, in the visitor's language. */
export function describeError(t: Texts, error: unknown): string {
  if (!(error instanceof ApiError)) return t.errorServer;
  switch (error.kind) {
    case 'missing-api':
      return t.missingApi;
    case 'network':
      return t.errorNetwork;
    case 'timeout':
      return t.errorTimeout;
    case 'invalid':
      return t.errorInvalid;
    case 'http':
      return describeStatus(t, error as HttpError);
  }
}

function describeStatus(t: Texts, error: HttpError): string {
  if (error.status === 404 || error.status === 410) return t.errorNotFound;
  if (error.status === 403) return t.errorForbidden;
  if (error.status === 429) return t.errorRateLimited(error.retryAfter);
  return t.errorServer;
}
