import type { Db } from '../db/database.js';
import type { StoredInquiry } from './inquiry-store.js';

/** One mail waiting for (or done with) delivery to one office. */
export interface OutboxEntry {
  seq: number;
  inquiryId: string;
  recipient: string;
  attempts: number;
  nextAttemptAt: string;
  /** When the first attempt failed; the give-up clock runs from here. */
  firstFailedAt?: string;
}

/** The queue as the admin sees it: counts, and the unsent rows (never the addresses). */
export interface OutboxState {
  pending: number;
  failed: number;
  sent: number;
  items: { inquiryId: string; state: 'pending' | 'failed'; attempts: number; nextAttemptAt?: string; lastError?: string; failedAt?: string }[];
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
        `SELECT o.seq, o.inquiry_id, o.recipient, o.attempts, o.next_attempt_at, o.first_failed_at, i.data FROM outbox o JOIN inquiries i ON i.id = o.inquiry_id
         WHERE o.sent_at IS NULL AND o.failed_at IS NULL AND o.next_attempt_at <= ? ORDER BY o.next_attempt_at, o.seq LIMIT ?`,
      )
      .all(iso(now), limit) as { seq: number; inquiry_id: string; recipient: string; attempts: number; next_attempt_at: string; first_failed_at: string | null; data: string }[];
    return rows.map((row) => ({
      seq: row.seq,
      inquiryId: row.inquiry_id,
      recipient: row.recipient,
      attempts: row.attempts,
      nextAttemptAt: row.next_attempt_at,
      ...(row.first_failed_at !== null && { firstFailedAt: row.first_failed_at }),
      inquiry: JSON.parse(row.data) as StoredInquiry,
    }));
  }

  markSent(seq: number, now: Date): void {
    this.db.prepare('UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE seq = ?').run(iso(now), seq);
  }

  /** Counts a failed attempt and sets the next one. `error` must be a code, never personal data. */
  markFailed(seq: number, error: string, nextAttemptAt: Date, now: Date): void {
    this.db
      .prepare('UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, first_failed_at = coalesce(first_failed_at, ?) WHERE seq = ?')
      .run(error, iso(nextAttemptAt), iso(now), seq);
  }

  /** Counts a last failed attempt and gives the row up: it is not tried again. */
  markGivenUp(seq: number, error: string, now: Date): void {
    this.db
      .prepare('UPDATE outbox SET attempts = attempts + 1, last_error = ?, failed_at = ?, first_failed_at = coalesce(first_failed_at, ?) WHERE seq = ?')
      .run(error, iso(now), iso(now), seq);
  }

  /** Entries still to be sent (for health checks and tests); given-up ones are not. */
  pending(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL').get() as { n: number }).n;
  }

  /** Counts by state, and the unsent rows (given up first, then by next attempt), at most `limit`. */
  state(limit = 1000): OutboxState {
    const counts = this.db
      .prepare(
        `SELECT sum(sent_at IS NULL AND failed_at IS NULL) AS pending, sum(failed_at IS NOT NULL) AS failed, sum(sent_at IS NOT NULL) AS sent FROM outbox`,
      )
      .get() as { pending: number | null; failed: number | null; sent: number | null };
    const rows = this.db
      .prepare(
        `SELECT inquiry_id, attempts, next_attempt_at, last_error, failed_at FROM outbox WHERE sent_at IS NULL
         ORDER BY failed_at IS NULL, failed_at DESC, next_attempt_at, seq LIMIT ?`,
      )
      .all(limit) as { inquiry_id: string; attempts: number; next_attempt_at: string; last_error: string | null; failed_at: string | null }[];
    return {
      pending: counts.pending ?? 0,
      failed: counts.failed ?? 0,
      sent: counts.sent ?? 0,
      items: rows.map((row) => ({
        inquiryId: row.inquiry_id,
        state: row.failed_at === null ? 'pending' : 'failed',
        attempts: row.attempts,
        ...(row.failed_at === null ? { nextAttemptAt: row.next_attempt_at } : { failedAt: row.failed_at }),
        ...(row.last_error !== null && { lastError: row.last_error }),
      })),
    };
  }
}
