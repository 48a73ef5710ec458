import { html } from 'lit';
import type { AdminText } from './admin-text.js';
import { describeAdminError } from './error-text.js';

/** A failed load in words, announced at once, with a button that tries again. */
export function problemBox(t: AdminText, problem: unknown, retry: () => void, words = describeAdminError(t, problem)) {
  return html`<div class="problem" role="alert"><p>${words}</p><button type="button" class="button" @click=${retry}>${t.retry}</button></div>`;
}

/** A date and time in the page's language, inside `<time>` so the exact value stays in the markup. */
export function when(t: AdminText, value: string | undefined) {
  if (!value) return t.never;
  return html`<time datetime=${value}>${new Intl.DateTimeFormat(t.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value))}</time>`;
}
