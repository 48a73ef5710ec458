import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { systemClock, type Clock } from '@wachstumsregion/domain/clock';
import type { AuditLog } from '../store/audit-log.js';
import type { Outbox } from '../store/outbox.js';
import { officeMail } from './inquiry-mail.js';
import type { SendMail } from './transport.js';

/**
 * First retry after a minute, doubling up to six hours; a mail is retried until it is sent, its inquiry deleted,
 * or `giveUpAfterMs` (72 hours by default) have passed since its first failure: then it is given up.
 */
const firstDelayMs = 60 * 1000;
const maxDelayMs = 6 * 60 * 60 * 1000;

/** When to try again after `attempts` failed attempts (1, 2, …). */
export function retryDelayMs(attempts: number): number {
  return Math.min(firstDelayMs * 2 ** Math.max(0, attempts - 1), maxDelayMs);
}

/**
 * What is kept of a failure: nodemailer's error code and the SMTP reply code (`ECONNECTION`, `EENVELOPE 550`).
 * Never the message, which can quote the addresses.
 */
export function errorCode(error: unknown): string {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const name = typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? code : 'ERROR';
  return typeof responseCode === 'number' ? `${name} ${responseCode}` : name;
}

export interface OutboxWorkerOptions {
  outbox: Outbox;
  audit: AuditLog;
  send: SendMail;
  partnerName: (id: string) => string;
  log?: FastifyBaseLogger;
  /** How long after its first failure a mail is given up; 0 retries for ever. */
  giveUpAfterMs?: number;
  /** What time it is: decides which mails are due and when a failed one is tried again or given up. */
  clock?: Clock;
  /** Who claims the mails it sends, among the instances working one outbox; a random id by default. */
  instance?: string;
}

export const defaultGiveUpAfterMs = 72 * 60 * 60 * 1000;

/**
 * Sends the due mails one after the other, claiming them first so that other instances working the same outbox
 * send others. Each one is marked sent or failed on its own, so a crash between two loses nothing (at
 * worst a mail is sent twice when the process dies between the server's `250` and the update; its stable
 * `Message-ID` lets the office's mail client fold the copy into the first).
 * Runs never overlap: a call while one is running answers that run.
 */
export function outboxWorker({ outbox, audit, send, partnerName, log, giveUpAfterMs = defaultGiveUpAfterMs, clock = systemClock, instance = randomUUID() }: OutboxWorkerOptions) {
  let running: Promise<{ sent: number; failed: number }> | undefined;
  const run = async () => {
    let sent = 0;
    let failed = 0;
    // What is due and unclaimed now; what arrives meanwhile is the next pass's (see `again` below).
    for (const entry of await outbox.claimDue(clock.now(), { instance })) {
      try {
        await send(officeMail(entry.inquiry, entry.recipient, partnerName));
        await outbox.markSent(entry.seq, clock.now());
        sent++;
      } catch (error) {
        failed++;
        const attempts = entry.attempts + 1;
        const code = errorCode(error);
        const at = clock.now();
        const since = entry.firstFailedAt ? Date.parse(entry.firstFailedAt) : at.getTime();
        if (giveUpAfterMs > 0 && at.getTime() - since >= giveUpAfterMs) {
          // A mail that fails for days (a wrong office address, a refusing server) would otherwise be tried for
          // ever; it is given up, audited and logged, and the admin sees it in GET /v1/admin/outbox.
          await outbox.markGivenUp(entry.seq, code, at);
          await audit.record({ action: 'mail.give-up', targetKind: 'inquiry', targetId: entry.inquiryId, count: attempts });
          log?.error({ inquiry: entry.inquiryId, attempts, code }, 'mail to an office failed for too long, given up');
          continue;
        }
        await outbox.markFailed(entry.seq, code, new Date(at.getTime() + retryDelayMs(attempts)), at);
        // The inquiry id and the count of attempts: enough to follow up, nothing about the person or the office.
        await audit.record({ action: 'mail.fail', targetKind: 'inquiry', targetId: entry.inquiryId, count: attempts });
        log?.warn({ inquiry: entry.inquiryId, attempts, code }, 'mail to an office failed, will retry');
      }
    }
    if (sent) log?.info({ sent }, 'mail to the offices sent');
    return { sent, failed };
  };
  // A call during a run (a new inquiry while older mail goes out) asks for one more pass right after it, so the
  // new rows need not wait for the next tick.
  let again = false;
  const start = (): Promise<{ sent: number; failed: number }> =>
    (running = run().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        start().catch((error: unknown) => log?.error({ err: error }, 'outbox run failed'));
      }
    }));
  return {
    /** One pass over the entries due at the clock's time. */
    deliverDue() {
      if (running) {
        again = true;
        return running;
      }
      return start();
    },
    /** Settles when no pass is running, so the database can be closed without cutting one short. */
    async idle() {
      while (running) await running.catch(() => undefined);
    },
  };
}

export type OutboxWorker = ReturnType<typeof outboxWorker>;

/** Runs the worker every `intervalMs` on an unref'd timer (it never keeps a stopping process alive); the answer stops it. */
export function startOutboxWorker(worker: OutboxWorker, intervalMs: number, log?: FastifyBaseLogger): () => void {
  const tick = () => void worker.deliverDue().catch((error: unknown) => log?.error({ err: error }, 'outbox run failed'));
  tick();
  const timer = setInterval(tick, intervalMs).unref();
  return () => clearInterval(timer);
}
