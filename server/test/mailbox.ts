import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { smtpSender } from '../src/mail/transport.js';

export interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A mail server on the loopback that keeps what it is sent; `port` 0 picks a free one. */
export async function startMailbox(port = 0) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address() as AddressInfo;
  return { received, port: address.port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A plain-text SMTP sender to the test mailbox (no TLS on the loopback). */
export const senderTo = (port: number) => smtpSender(`smtp://127.0.0.1:${port}`, 'Wachstumsregion Dresden <noreply@wachstumsregion.test>', { ignoreTLS: true, secure: false });

