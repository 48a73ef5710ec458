import nodemailer from 'nodemailer';
import type { OfficeMail } from './inquiry-mail.js';

/** Sends one mail; rejects when the mail server did not accept it. */
export type SendMail = (mail: OfficeMail) => Promise<void>;

/**
 * An SMTP sender from `SMTP_URL` (`smtp://user:pass@host:587`, `smtps://…:465`; nodemailer's URL options such as
 * `?ignoreTLS=true` apply) and `MAIL_FROM`. Short timeouts: a mail server that hangs must not hold the worker.
 */
export function smtpSender(url: string, from: string, extra: Record<string, unknown> = {}): { send: SendMail; close: () => void } {
  // The URL's own settings win over these (nodemailer merges them so).
  const transport = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000, ...extra }, { from });
  // A Message-ID names the sender's domain, as RFC 5322 advises; `MAIL_FROM` says which.
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';
  return {
    send: async ({ messageKey, ...mail }) => {
      await transport.sendMail({ ...mail, messageId: `<${messageKey}@${domain}>` });
    },
    close: () => transport.close(),
  };
}
