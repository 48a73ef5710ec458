import { randomUUID } from 'node:crypto';
import { systemClock, type Clock } from '@wachstumsregion/domain/clock';
import type { InquiryReceipt, InquiryRequest } from '@wachstumsregion/domain/contract';
import type { Db } from '../db/database.js';
import { enqueueOfficeMail } from './outbox.js';

/** An inquiry as the offices read it: the receipt plus what the visitor sent (without altcha and honeypot). */
export type StoredInquiry = InquiryReceipt & Omit<InquiryRequest, 'altcha' | 'website'>;

/** What an Idempotency-Key stands for: the canonical body it was first used with, and the answer given. */
export type KeyUse = { kind: 'new' } | { kind: 'replay'; receipt: InquiryReceipt } | { kind: 'conflict' };

export interface InquiryFilter {
  partner?: string;
  from?: string;
  to?: string;
}

/** Where a page of inquiries starts: after this row in the chosen order. */
export interface InquiryPosition {
  receivedAt: string;
  rowid: number;
}

export interface InquiryPageRequest {
  order: 'oldest' | 'newest';
  limit: number;
  after?: InquiryPosition;
}

export interface InquiryPage {
  items: StoredInquiry[];
  total: number;
  /** The last row answered, when more follow. */
  last?: InquiryPosition;
}

/** `receivedAt` as stored and answered: RFC 3339 in UTC, whole seconds. */
const inSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** An e-mail address as compared for erasure: trimmed, case folded. */
export const emailKey = (email: string) => email.trim().toLowerCase();

/** How long a receipt is kept for replays; the contract promises at least 24 hours. */
const keyLifetimeMs = 48 * 60 * 60 * 1000;

/** Inquiries, the Idempotency-Keys answered so far, and the used proof-of-work challenges. */
export class InquiryStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock = systemClock,
  ) {
    // SQLite's lower() folds ASCII only; an address is compared as JavaScript folds it, trimmed.
    db.function('email_key', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? emailKey(value) : null));
  }

  /** Is this key new, a replay of the same body, or reused for another body? */
  keyUse(key: string, canonicalBody: string): KeyUse {
    const row = this.db.prepare('SELECT body, receipt FROM idempotency_keys WHERE key = ?').get(key) as { body: string; receipt: string } | undefined;
    if (!row) return { kind: 'new' };
    return row.body === canonicalBody ? { kind: 'replay', receipt: JSON.parse(row.receipt) as InquiryReceipt } : { kind: 'conflict' };
  }

  /**
   * Records the answer to a key and, unless the honeypot caught it, the inquiry, in one transaction: when this
   * returns, both are on disk (synchronous = FULL), so the `201` that follows is never a lie.
   */
  accept(key: string, canonicalBody: string, inquiry: Omit<StoredInquiry, 'id' | 'receivedAt'> | undefined): InquiryReceipt {
    const now = this.clock.now();
    const receipt: InquiryReceipt = { id: `inq_${randomUUID()}`, receivedAt: inSeconds(now) };
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?').run(new Date(now.getTime() - keyLifetimeMs).toISOString());
      this.db.prepare('INSERT INTO idempotency_keys (key, body, receipt, created_at) VALUES (?, ?, ?, ?)').run(key, canonicalBody, JSON.stringify(receipt), now.toISOString());
      if (inquiry) {
        this.db.prepare('INSERT INTO inquiries (id, received_at, partners, data) VALUES (?, ?, ?, ?)').run(receipt.id, receipt.receivedAt, JSON.stringify(inquiry.partners), JSON.stringify({ ...receipt, ...inquiry }));
        // The offices' mail is queued with the inquiry: either both are on disk or neither.
        enqueueOfficeMail(this.db, receipt.id, inquiry.partners, now);
      }
    })();
    return receipt;
  }

  /** Oldest first, filtered by partner (one of the inquiry's partners) and by `receivedAt` within [from, to]. */
  list(filter: InquiryFilter = {}): StoredInquiry[] {
    const { where, values } = this.conditions(filter);
    const sql = `SELECT data FROM inquiries ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY received_at, rowid`;
    return (this.db.prepare(sql).all(...values) as { data: string }[]).map((row) => JSON.parse(row.data) as StoredInquiry);
  }

  /**
   * One page of `list`, in either order, starting after a position (keyset paging: a page stays right while
   * inquiries arrive or are deleted, and costs the same deep in the list as at its start).
   */
  page(filter: InquiryFilter, { order, limit, after }: InquiryPageRequest): InquiryPage {
    const { where, values } = this.conditions(filter);
    const total = (this.db.prepare(`SELECT count(*) AS n FROM inquiries ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`).get(...values) as { n: number }).n;
    const direction = order === 'newest' ? 'DESC' : 'ASC';
    const pageWhere = [...where];
    const pageValues: (string | number)[] = [...values];
    if (after) {
      pageWhere.push(`(received_at, rowid) ${order === 'newest' ? '<' : '>'} (?, ?)`);
      pageValues.push(after.receivedAt, after.rowid);
    }
    const sql = `SELECT rowid, received_at, data FROM inquiries ${pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : ''} ORDER BY received_at ${direction}, rowid ${direction} LIMIT ?`;
    // One row more than asked tells whether another page follows.
    const rows = this.db.prepare(sql).all(...pageValues, limit + 1) as { rowid: number; received_at: string; data: string }[];
    const shown = rows.slice(0, limit);
    const lastRow = shown.at(-1);
    return {
      items: shown.map((row) => JSON.parse(row.data) as StoredInquiry),
      total,
      last: rows.length > limit && lastRow ? { receivedAt: lastRow.received_at, rowid: lastRow.rowid } : undefined,
    };
  }

  private conditions(filter: InquiryFilter): { where: string[]; values: string[] } {
    const where: string[] = [];
    const values: string[] = [];
    if (filter.partner) {
      where.push('EXISTS (SELECT 1 FROM json_each(inquiries.partners) WHERE value = ?)');
      values.push(filter.partner);
    }
    // Bounds may come with an offset or fractions; stored times are UTC in whole seconds, so compare those.
    if (filter.from) {
      where.push('received_at >= ?');
      values.push(inSeconds(new Date(filter.from)));
    }
    if (filter.to) {
      where.push('received_at <= ?');
      values.push(inSeconds(new Date(filter.to)));
    }
    return { where, values };
  }

  /** The partners an inquiry names, or undefined when there is no such inquiry. */
  partnersOf(id: string): string[] | undefined {
    const row = this.db.prepare('SELECT partners FROM inquiries WHERE id = ?').get(id) as { partners: string } | undefined;
    return row ? (JSON.parse(row.partners) as string[]) : undefined;
  }

  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM inquiries WHERE id = ?').run(id).changes > 0;
  }

  /**
   * Erases everything held about one person, in one transaction: their inquiries and the Idempotency-Keys whose
   * stored body carries their address (honeypot catches included). Answers how many inquiries were deleted.
   */
  eraseByEmail(email: string): number {
    const key = emailKey(email);
    const deleted = this.db.transaction(() => {
      this.db.prepare("DELETE FROM idempotency_keys WHERE email_key(json_extract(body, '$.email')) = ?").run(key);
      return this.db.prepare("DELETE FROM inquiries WHERE email_key(json_extract(data, '$.email')) = ?").run(key).changes;
    })();
    this.flushWal();
    return deleted;
  }

  /**
   * Deletes inquiries received before `cutoff`, and Idempotency-Keys past their lifetime (their bodies hold the
   * same personal data and would otherwise wait for the next inquiry to be purged). Answers the inquiries deleted.
   */
  deleteReceivedBefore(cutoff: Date): number {
    const now = this.clock.now();
    const deleted = this.db.transaction(() => {
      this.db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?').run(new Date(Math.max(cutoff.getTime(), now.getTime() - keyLifetimeMs)).toISOString());
      return this.db.prepare('DELETE FROM inquiries WHERE received_at < ?').run(inSeconds(cutoff)).changes;
    })();
    if (deleted) this.flushWal();
    return deleted;
  }

  /** Old page images in the WAL would still hold erased data; a checkpoint writes them back and empties it. */
  private flushWal(): void {
    if (this.db.memory) return;
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM inquiries').get() as { n: number }).n;
  }

  /** Marks a challenge as used; false when it was used before (each challenge serves one inquiry). */
  useChallenge(signature: string, expiresAt: number): boolean {
    this.db.prepare('DELETE FROM used_challenges WHERE expires_at < ?').run(Math.floor(this.clock.now().getTime() / 1000));
    return this.db.prepare('INSERT OR IGNORE INTO used_challenges (signature, expires_at) VALUES (?, ?)').run(signature, expiresAt).changes > 0;
  }
}
