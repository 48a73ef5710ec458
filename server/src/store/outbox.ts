import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { Schema } from '../db/schema.js';
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
 * sharing an office get one mail), in the order of the partners' ids. Must run inside the transaction that
 * stores the inquiry.
 */
export async function enqueueOfficeMail(trx: Transaction<Schema>, inquiryId: string, partners: readonly string[], now: Date): Promise<number> {
  if (!partners.length) return 0;
  const rows = await trx.selectFrom('partners').select(['id', 'data']).where('id', 'in', [...partners]).orderBy('id').execute();
  const recipients = new Set<string>();
  for (const row of rows) {
    const email = (JSON.parse(row.data) as { contact?: { email?: unknown } }).contact?.email;
    if (typeof email === 'string' && email.trim()) recipients.add(email.trim());
  }
  if (!recipients.size) return 0;
  const result = await trx
    .insertInto('outbox')
    .values([...recipients].map((recipient) => ({ inquiry_id: inquiryId, recipient, next_attempt_at: iso(now) })))
    .onConflict((conflict) => conflict.columns(['inquiry_id', 'recipient']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n);
}

/** The queue of mails to the offices (`outbox`), read and updated by the outbox worker. */
/** How long a claimed mail is an instance's: far longer than one delivery (timeouts 10 + 10 + 30 s). */
const defaultLeaseMs = 5 * 60 * 1000;

export class Outbox {
  private readonly db: Kysely<Schema>;
  private readonly kind: Database['kind'];

  constructor(database: Database) {
    this.db = database.db;
    this.kind = database.kind;
  }

  /**
   * Claims the unsent entries whose time has come and that no live instance is sending, oldest first, with
   * their inquiry: each is this instance's for `leaseMs`, so another instance skips it (PostgreSQL's
   * `FOR UPDATE SKIP LOCKED` lets two claim at once without waiting for each other) unless the lease runs out
   * because this instance died.
   */
  async claimDue(now: Date, { instance, leaseMs = defaultLeaseMs, limit = 50 }: { instance: string; leaseMs?: number; limit?: number }): Promise<DueMail[]> {
    return this.db.transaction().execute(async (trx) => {
      let query = trx
        .selectFrom('outbox')
        .select('seq')
        .where('sent_at', 'is', null)
        .where('failed_at', 'is', null)
        .where('next_attempt_at', '<=', iso(now))
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', iso(now))]))
        .orderBy('next_attempt_at')
        .orderBy('seq')
        .limit(limit);
      if (this.kind === 'postgres') query = query.forUpdate().skipLocked();
      const seqs = (await query.execute()).map((row) => row.seq);
      if (!seqs.length) return [];
      await trx.updateTable('outbox').set({ claimed_until: iso(new Date(now.getTime() + leaseMs)), claimed_by: instance }).where('seq', 'in', seqs).execute();
      const rows = await trx
        .selectFrom('outbox as o')
        .innerJoin('inquiries as i', 'i.id', 'o.inquiry_id')
        .select(['o.seq', 'o.inquiry_id', 'o.recipient', 'o.attempts', 'o.next_attempt_at', 'o.first_failed_at', 'i.data'])
        .where('o.seq', 'in', seqs)
        .orderBy('o.next_attempt_at')
        .orderBy('o.seq')
        .execute();
      return rows.map((row) => ({
        seq: row.seq,
        inquiryId: row.inquiry_id,
        recipient: row.recipient,
        attempts: row.attempts,
        nextAttemptAt: row.next_attempt_at,
        ...(row.first_failed_at !== null && { firstFailedAt: row.first_failed_at }),
        inquiry: JSON.parse(row.data) as StoredInquiry,
      }));
    });
  }

  async markSent(seq: number, now: Date): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set((eb) => ({ sent_at: iso(now), attempts: eb('attempts', '+', 1), last_error: null, claimed_until: null, claimed_by: null }))
      .where('seq', '=', seq)
      .execute();
  }

  /** Counts a failed attempt and sets the next one. `error` must be a code, never personal data. */
  async markFailed(seq: number, error: string, nextAttemptAt: Date, now: Date): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: error, next_attempt_at: iso(nextAttemptAt), first_failed_at: eb.fn.coalesce('first_failed_at', eb.val(iso(now))), claimed_until: null, claimed_by: null }))
      .where('seq', '=', seq)
      .execute();
  }

  /** Counts a last failed attempt and gives the row up: it is not tried again. */
  async markGivenUp(seq: number, error: string, now: Date): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: error, failed_at: iso(now), first_failed_at: eb.fn.coalesce('first_failed_at', eb.val(iso(now))), claimed_until: null, claimed_by: null }))
      .where('seq', '=', seq)
      .execute();
  }

  /** Entries still to be sent (for health checks and tests); given-up ones are not. */
  async pending(): Promise<number> {
    const row = await this.db.selectFrom('outbox').select((eb) => eb.fn.countAll<number>().as('n')).where('sent_at', 'is', null).where('failed_at', 'is', null).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Counts by state, and the unsent rows (given up first, then by next attempt), at most `limit`. */
  async state(limit = 1000): Promise<OutboxState> {
    const counts = await this.db
      .selectFrom('outbox')
      .select([
        sql<number>`count(*) FILTER (WHERE sent_at IS NULL AND failed_at IS NULL)`.as('pending'),
        sql<number>`count(*) FILTER (WHERE failed_at IS NOT NULL)`.as('failed'),
        sql<number>`count(*) FILTER (WHERE sent_at IS NOT NULL)`.as('sent'),
      ])
      .executeTakeFirstOrThrow();
    const rows = await this.db
      .selectFrom('outbox')
      .select(['inquiry_id', 'attempts', 'next_attempt_at', 'last_error', 'failed_at'])
      .where('sent_at', 'is', null)
      // Given up first (newest first), then by next attempt; written out so both backends sort NULLs alike.
      .orderBy(sql`CASE WHEN failed_at IS NULL THEN 1 ELSE 0 END`)
      .orderBy('failed_at', 'desc')
      .orderBy('next_attempt_at')
      .orderBy('seq')
      .limit(limit)
      .execute();
    return {
      pending: Number(counts.pending),
      failed: Number(counts.failed),
      sent: Number(counts.sent),
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
