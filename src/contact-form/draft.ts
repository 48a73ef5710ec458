import { emptyValues, type InquiryValues } from './rules.js';

/** What survives a reload in the same tab: the values, and the key and solved challenge of a send under way. */
export interface Draft {
  values: InquiryValues;
  /** The inquiry's Idempotency-Key once a send was tried; kept until the server confirms, so a resend is one inquiry. */
  key?: string;
  /** The challenge solution sent with that key; a resend carries the same body. */
  altcha?: string;
}

/** One draft per page and preselected partner, so two forms on different pages do not share what was typed. */
export function draftKey(partner: string | undefined): string {
  return `wr-contact-form:${location.pathname}:${partner ?? ''}`;
}

/**
 * The stored draft, or undefined. Storage may be switched off or full (private modes, strict privacy settings):
 * then the form works without a draft rather than failing.
 */
export function loadDraft(key: string): Draft | undefined {
  try {
    const raw = sessionStorage.getItem(key);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<Draft>;
    const values = { ...emptyValues, ...(typeof parsed.values === 'object' && parsed.values ? parsed.values : {}) };
    // Read as the types the form needs: the storage is the page's, anything may have been written there.
    for (const field of ['name', 'email', 'phone', 'livesIn', 'field', 'message'] as const) values[field] = String(values[field] ?? '');
    values.partners = Array.isArray(values.partners) ? values.partners.filter((id): id is string => typeof id === 'string') : [];
    values.wish = ['live', 'work', 'both'].includes(values.wish) ? values.wish : '';
    values.consent = values.consent === true;
    return {
      values,
      key: typeof parsed.key === 'string' ? parsed.key : undefined,
      altcha: typeof parsed.altcha === 'string' ? parsed.altcha : undefined,
    };
  } catch {
    return undefined;
  }
}

export function saveDraft(key: string, draft: Draft): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // No storage: the form still works, only a reload loses what was typed.
  }
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Nothing stored.
  }
}
