import { createHash } from 'node:crypto';
import type { StoredInquiry } from '../store/inquiry-store.js';

/** A mail as nodemailer takes it, without the sender (set by the transport's configuration). */
export interface OfficeMail {
  to: string;
  replyTo: { name: string; address: string };
  subject: string;
  text: string;
  /**
   * The left part of the `Message-ID`, the same for every attempt at this inquiry's mail to this office: if an
   * instance dies between the mail server's `250` and marking the mail sent, another sends it again, and the
   * office's mail client folds the copy into the first. The transport adds the sender's domain.
   */
  messageKey: string;
}

/** `inq_….a1b2c3d4e5f6`: the inquiry, and a hash of the office (never its address). */
export function officeMessageKey(inquiryId: string, recipient: string): string {
  return `${inquiryId}.${createHash('sha256').update(recipient.trim().toLowerCase()).digest('hex').slice(0, 12)}`;
}

type Language = 'de' | 'en';

const words = {
  de: {
    subject: (names: string) => `Neue Anfrage über die Wachstumsregion Dresden: ${names}`,
    intro: 'über das Formular der Wachstumsregion Dresden ist eine neue Anfrage eingegangen. Antworten Sie direkt auf diese E-Mail, um der Person zu schreiben.',
    greeting: 'Guten Tag,',
    reference: 'Referenz',
    received: 'Eingegangen',
    name: 'Name',
    email: 'E-Mail',
    phone: 'Telefon',
    livesIn: 'Wohnt derzeit in',
    partners: 'Anfrage an',
    wish: 'Wunsch',
    field: 'Berufsfeld',
    language: 'Sprache',
    message: 'Nachricht',
    wishes: { live: 'hier wohnen', work: 'hier arbeiten', both: 'hier wohnen und arbeiten' },
    languages: { de: 'Deutsch', en: 'Englisch' },
    footer: 'Diese Daten dienen nur der Beantwortung der Anfrage. Bitte löschen Sie die E-Mail, wenn sie nicht mehr gebraucht wird.',
  },
  en: {
    subject: (names: string) => `New inquiry through Wachstumsregion Dresden: ${names}`,
    intro: 'a new inquiry came in through the Wachstumsregion Dresden form. Reply to this e-mail to write to the person.',
    greeting: 'Hello,',
    reference: 'Reference',
    received: 'Received',
    name: 'Name',
    email: 'E-mail',
    phone: 'Phone',
    livesIn: 'Lives in',
    partners: 'Inquiry to',
    wish: 'Wish',
    field: 'Field of work',
    language: 'Language',
    message: 'Message',
    wishes: { live: 'to live here', work: 'to work here', both: 'to live and work here' },
    languages: { de: 'German', en: 'English' },
    footer: 'This data is only for answering the inquiry. Please delete the e-mail once it is no longer needed.',
  },
} as const;

/** Line breaks in a header would let a visitor add headers of their own; a name is one line. */
const oneLine = (value: string) => value.replace(/[\r\n]+/g, ' ').trim();

/**
 * The plain-text mail telling one office of an inquiry, in the inquiry's language (an office answers in the
 * visitor's language); `Reply-To` is the visitor, so a reply reaches them without copying the address.
 */
export function officeMail(inquiry: StoredInquiry, recipient: string, partnerName: (id: string) => string): OfficeMail {
  const language: Language = inquiry.locale === 'en' ? 'en' : 'de';
  const t = words[language];
  const names = inquiry.partners.map(partnerName).join(', ');
  const rows: [string, string | undefined][] = [
    [t.reference, inquiry.id],
    [t.received, inquiry.receivedAt],
    [t.name, oneLine(inquiry.name)],
    [t.email, inquiry.email],
    [t.phone, inquiry.phone],
    [t.livesIn, inquiry.livesIn],
    [t.partners, names],
    [t.wish, t.wishes[inquiry.wish]],
    [t.field, inquiry.field],
    [t.language, t.languages[language]],
  ];
  const fields = rows.filter((row): row is [string, string] => Boolean(row[1]?.trim())).map(([label, value]) => `${label}: ${value}`);
  const message = inquiry.message?.trim() ? [``, `${t.message}:`, inquiry.message.trim()] : [];
  return {
    to: recipient,
    replyTo: { name: oneLine(inquiry.name), address: inquiry.email },
    subject: `${oneLine(t.subject(names))} [${inquiry.id}]`,
    text: [t.greeting, '', t.intro, '', ...fields, ...message, '', '-- ', t.footer, ''].join('\n'),
    messageKey: officeMessageKey(inquiry.id, recipient),
  };
}
