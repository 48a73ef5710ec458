import type { Texts } from '../core/i18n/translation.js';
import type { InquiryRequest } from '../core/types.js';

/** The optional fields a webmaster may show or hide with the `fields` attribute. */
export const optionalFields = ['phone', 'lives-in', 'field', 'message'] as const;
export type OptionalField = (typeof optionalFields)[number];

/** What the visitor typed, as the form keeps it (and the draft stores it). */
export interface InquiryValues {
  name: string;
  email: string;
  phone: string;
  livesIn: string;
  partners: string[];
  wish: '' | InquiryRequest['wish'];
  field: string;
  message: string;
  consent: boolean;
}

/** A field of the form that can carry an error; its input has the same id. */
export type FieldName = keyof InquiryValues;
export const fieldOrder: readonly FieldName[] = ['name', 'email', 'phone', 'livesIn', 'partners', 'wish', 'field', 'message', 'consent'];

/** The contract's limits, so the visitor hears about them before the server does. */
export const maxLengths = { name: 200, email: 254, phone: 50, livesIn: 200, field: 200, message: 5000 } as const;

export const emptyValues: InquiryValues = { name: '', email: '', phone: '', livesIn: '', partners: [], wish: '', field: '', message: '', consent: false };

/** As the contract: letters, digits and . _ + - ' before the @ (no ? % & # that would bend a mailto: link), a dot after. */
const emailPattern = /^[A-Za-z0-9._+'-]+@[^\s@]+\.[^\s@]+$/;
const phonePattern = /^[+()\d\s\-/.]*$/;

/** An error code of a field: the contract's `422` codes plus the client's own. */
export type ErrorCode = 'required' | 'invalid' | 'too-long' | 'unknown-partner' | 'consent-required';
export type FieldErrors = Partial<Record<FieldName, ErrorCode>>;

/** Checks the values as the contract does; only the fields shown are checked. */
export function validate(values: InquiryValues, shown: ReadonlySet<OptionalField>): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.name.trim()) errors.name = 'required';
  if (!values.email.trim()) errors.email = 'required';
  else if (!emailPattern.test(values.email.trim())) errors.email = 'invalid';
  if (shown.has('phone') && !phonePattern.test(values.phone)) errors.phone = 'invalid';
  for (const [field, max] of Object.entries(maxLengths) as [keyof typeof maxLengths, number][]) {
    if (!errors[field] && values[field].trim().length > max) errors[field] = 'too-long';
  }
  if (values.partners.length === 0) errors.partners = 'required';
  if (!values.wish) errors.wish = 'required';
  if (!values.consent) errors.consent = 'consent-required';
  return errors;
}

/** The request body: trimmed texts, empty optional fields left out. */
/**
 * What the server stores of a typed text: control characters (pasted along from other programs) dropped, line
 * breaks only where the text may have several lines; the server refuses either with 400.
 */
export function plainText(value: string, multiLine = false): string {
  const text = value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '');
  return (multiLine ? text : text.replace(/[\r\n]+/g, ' ')).trim();
}

export function inquiryBody(values: InquiryValues, shown: ReadonlySet<OptionalField>, locale: InquiryRequest['locale']): InquiryRequest {
  const body: InquiryRequest = {
    name: plainText(values.name),
    email: plainText(values.email),
    partners: [...values.partners],
    wish: values.wish as InquiryRequest['wish'],
    consent: true,
    locale,
  };
  const optional: [OptionalField, 'phone' | 'livesIn' | 'field' | 'message'][] = [
    ['phone', 'phone'],
    ['lives-in', 'livesIn'],
    ['field', 'field'],
    ['message', 'message'],
  ];
  for (const [attribute, key] of optional) {
    const value = plainText(values[key], key === 'message');
    if (shown.has(attribute) && value) body[key] = value;
  }
  return body;
}

/** The label of a field, for messages that name it. */
export function fieldLabel(t: Texts<'contactForm'>, field: FieldName): string {
  const c = t.contactForm;
  const labels: Record<FieldName, string> = {
    name: c.name,
    email: c.email,
    phone: c.phone,
    livesIn: c.livesIn,
    partners: c.partners,
    wish: c.wish,
    field: c.field,
    message: c.message,
    consent: c.privacyLink,
  };
  return labels[field];
}

/** What is wrong with a field, in the visitor's language. */
export function errorText(t: Texts<'contactForm'>, field: FieldName, code: ErrorCode): string {
  const c = t.contactForm;
  if (code === 'required' || code === 'consent-required') {
    if (field in c.required) return c.required[field as keyof typeof c.required];
  }
  if (code === 'unknown-partner') return c.unknownPartner;
  if (code === 'too-long' && field in maxLengths) return c.tooLong(fieldLabel(t, field), maxLengths[field as keyof typeof maxLengths]);
  if (field === 'email') return c.emailInvalid;
  if (field === 'phone') return c.phoneInvalid;
  return c.invalid(fieldLabel(t, field));
}

/** Maps a `422` answer's field names onto the form's fields; names the form does not show come back apart. */
export function serverErrors(errors: Record<string, string>): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  const codes: readonly string[] = ['required', 'invalid', 'too-long', 'unknown-partner', 'consent-required'];
  for (const [name, code] of Object.entries(errors)) {
    if ((fieldOrder as readonly string[]).includes(name)) fields[name as FieldName] = (codes.includes(code) ? code : 'invalid') as ErrorCode;
    else other.push(name);
  }
  return { fields, other };
}
