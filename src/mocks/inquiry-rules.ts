/** Field error codes of the contract's `422` answer. */
export type InquiryErrorCode = 'required' | 'invalid' | 'too-long' | 'unknown-partner' | 'consent-required';

const maxLengths: Record<string, number> = { name: 200, email: 254, phone: 50, livesIn: 200, field: 200, message: 5000, altcha: 20000, website: 500 };
const known = new Set([...Object.keys(maxLengths), 'partners', 'wish', 'consent', 'locale']);
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks an inquiry body as the contract's `POST /inquiries` does; an empty result means it is valid. */
export function validateInquiry(body: unknown, partnerIds: ReadonlySet<string>): Record<string, InquiryErrorCode> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { body: 'invalid' };
  const inquiry = body as Record<string, unknown>;
  const errors: Record<string, InquiryErrorCode> = {};

  for (const key of Object.keys(inquiry)) if (!known.has(key)) errors[key] = 'invalid';
  for (const [key, max] of Object.entries(maxLengths)) {
    const value = inquiry[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') errors[key] = 'invalid';
    else if (value.length > max) errors[key] = 'too-long';
  }
  for (const key of ['name', 'email']) {
    if (typeof inquiry[key] !== 'string' || !(inquiry[key] as string).trim()) errors[key] = 'required';
  }
  if (!errors.email && !emailPattern.test(inquiry.email as string)) errors.email = 'invalid';

  const partners = inquiry.partners;
  if (!Array.isArray(partners) || partners.length === 0) errors.partners = 'required';
  else if (partners.length > 20) errors.partners = 'too-long';
  else if (partners.some((id) => typeof id !== 'string')) errors.partners = 'invalid';
  else if (partners.some((id) => !partnerIds.has(id))) errors.partners = 'unknown-partner';

  if (inquiry.wish === undefined) errors.wish = 'required';
  else if (!['live', 'work', 'both'].includes(inquiry.wish as string)) errors.wish = 'invalid';
  if (inquiry.consent !== true) errors.consent = 'consent-required';
  if (inquiry.locale === undefined) errors.locale = 'required';
  else if (!['de', 'en'].includes(inquiry.locale as string)) errors.locale = 'invalid';
  return errors;
}
