import type { Db } from '../db/database.js';
import type { StoredInquiry } from './inquiry-store.js';

/** One mail waiting for (or done with) delivery to one office. */
export interface OutboxEntry {
  seq: number;
  inquiryId: string;
  recipient: string;
  attempts: number;
  nextAttemptAt: string;
}

/** A due entry with the inquiry it tells of. */
export interface DueMail extends OutboxEntry {
  inquiry: StoredInquiry;
}

const iso = (date: Date) => date.toISOString();

/**
 * Queues one mail per office for an inquiry: the distinct `contact.email` of the partners it names (two partners
 * sharing an office get one mail). Must run inside the transaction that stores the inquiry.
 */
export function enqueueOfficeMail(db: Db, inquiryId: string, partners: readonly string[], now: Date): number {
  return db
    .prepare(
      `INSERT OR IGNORE INTO outbox (inquiry_id, recipient, next_attempt_at)
       SELECT DISTINCT ?, trim(json_extract(data, '$.contact.email')), ? FROM partners
       WHERE id IN (SELECT value FROM json_each(?)) AND trim(coalesce(json_extract(data, '$.contact.email'), '')) <> ''
       ORDER BY id`,
    )
    .run(inquiryId, iso(now), JSON.stringify(partners)).changes;
}

/** The queue of mails to the offices (`outbox`), read and updated by the outbox worker. */
export class Outbox {
  constructor(private readonly db: Db) {}

  /** Unsent entries whose time has come, oldest first, with their inquiry. */
  due(now: Date, limit = 50): DueMail[] {
    const rows = this.db
      .prepare(
        `SELECT o.seq, o.inquiry_id, o.recipient, o.attempts, o.next_attempt_at, i.data FROM outbox o JOIN inquiries i ON i.id = o.inquiry_id
         WHERE o.sent_at IS NULL AND o.next_attempt_at <= ? ORDER BY o.next_attempt_at, o.seq LIMIT ?`,
      )
      .all(iso(now), limit) as { seq: number; inquiry_id: string; recipient: string; attempts: number; next_attempt_at: string; data: string }[];
    return rows.map((row) => ({
      seq: row.seq,
      inquiryId: row.inquiry_id,
      recipient: row.recipient,
      attempts: row.attempts,
      nextAttemptAt: row.next_attempt_at,
      inquiry: JSON.parse(row.data) as StoredInquiry,
    }));
  }

  markSent(seq: number, now: Date): void {
    this.db.prepare('UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE seq = ?').run(iso(now), seq);
  }

  /** Counts a failed attempt and sets the next one. `error` must be a code, never personal data. */
  markFailed(seq: number, error: string, nextAttemptAt: Date): void {
    this.db.prepare('UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE seq = ?').run(error, iso(nextAttemptAt), seq);
  }

  /** Entries not sent yet (for health checks and tests). */
  pending(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL').get() as { n: number }).n;
  }
}
