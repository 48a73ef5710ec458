import { ApiError, HttpError } from '../core/api-errors.js';
import type { AdminText } from './admin-text.js';

/** What went wrong, in words for the person at the keyboard, with the server's own reason where it helps. */
export function describeAdminError(t: AdminText, error: unknown): string {
  if (!(error instanceof ApiError)) return t.errorServer;
  if (error.kind === 'network') return t.errorNetwork;
  if (error.kind === 'timeout') return t.errorTimeout;
  if (error.kind === 'invalid') return t.errorInvalid;
  if (!(error instanceof HttpError)) return t.errorServer;
  const reason = error.body?.message ?? '';
  switch (error.status) {
    case 400:
    case 422:
      return error.body?.errors ? t.errorFields : t.errorRejected(reason);
    case 401:
      return t.errorUnauthorized;
    case 403:
      return t.errorForbidden;
    case 404:
      return t.errorNotFound;
    case 409:
      return t.errorConflict(reason);
    default:
      return t.errorServer;
  }
}

/**
 * The form fields a refusal names: the `errors` of a 422, or the field in Ajv's message of a 400
 * (`body/contact/email must match format "email"` names `contact.email`).
 */
export function invalidFields(error: unknown): Record<string, string> {
  if (!(error instanceof HttpError) || (error.status !== 400 && error.status !== 422)) return {};
  if (error.body?.errors) return { ...error.body.errors };
  const path = /\bbody\/([A-Za-z0-9/]+)/.exec(error.body?.message ?? '')?.[1];
  if (!path) return {};
  return { [path.split('/').filter((part) => !/^\d+$/.test(part)).join('.')]: error.body?.message ?? '' };
}
