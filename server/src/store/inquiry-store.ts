import { randomUUID } from 'node:crypto';
import type { ExpressionBuilder } from 'kysely';
import { systemClock, type Clock } from '@wachstumsregion/domain/clock';
import type { InquiryReceipt, InquiryRequest } from '@wachstumsregion/domain/contract';
import type { Database } from '../db/database.js';
import { arrival, jsonArrayContains } from '../db/dialect.js';
import { scrubErased } from '../db/scrub.js';
import type { Schema } from '../db/schema.js';
import { emailKey } from './email-key.js';
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
  /** Arrival order within the second (`dialect.ts`). */
  arrival: number;
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

/** How long a receipt is kept for replays; the contract promises at least 24 hours. */
const keyLifetimeMs = 48 * 60 * 60 * 1000;

/** What `accept` did: stored the inquiry, or found the key (or the challenge) used before and wrote nothing. */
export type AcceptResult = { kind: 'stored'; receipt: InquiryReceipt } | Exclude<KeyUse, { kind: 'new' }> | { kind: 'challenge-used' };

/** Rolls `accept`'s transaction back with the answer it found. */
class Answered extends Error {
  constructor(readonly result: AcceptResult) {
    super(result.kind);
  }
}

/** The e-mail key of a body that may carry an address. */
const keyOfBody = (body: { email?: unknown }) => (typeof body.email === 'string' ? emailKey(body.email) : null);

/** Inquiries, the Idempotency-Keys answered so far, and the used proof-of-work challenges. */
export class InquiryStore {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock = systemClock,
  ) {}

  private get db() {
    return this.database.db;
  }

  /** Is this key new, a replay of the same body, or reused for another body? */
  async keyUse(key: string, canonicalBody: string): Promise<KeyUse> {
    const row = await this.db.selectFrom('idempotency_keys').select(['body', 'receipt']).where('key', '=', key).executeTakeFirst();
    if (!row) return { kind: 'new' };
    return row.body === canonicalBody ? { kind: 'replay', receipt: JSON.parse(row.receipt) as InquiryReceipt } : { kind: 'conflict' };
  }

  /**
   * Records the answer to a key, marks the proof-of-work challenge as used and, unless the honeypot caught it,
   * stores the inquiry with its office mails, all in one transaction: when this returns `stored`, all of it is
   * on disk (SQLite's synchronous = FULL, PostgreSQL's commit), so the `201` that follows is never a lie. A key
   * that another request (or another instance) recorded first wins, as the database decides: this answers its
   * use (`replay` or `conflict`) and writes nothing. A challenge used before writes nothing either.
   */
  async accept(
    key: string,
    canonicalBody: string,
    inquiry: Omit<StoredInquiry, 'id' | 'receivedAt'> | undefined,
    challenge?: { signature: string; expiresAt: number },
  ): Promise<AcceptResult> {
    const now = this.clock.now();
    const receipt: InquiryReceipt = { id: `inq_${randomUUID()}`, receivedAt: inSeconds(now) };
    try {
      return await this.db.transaction().execute(async (trx): Promise<AcceptResult> => {
        await trx.deleteFrom('idempotency_keys').where('created_at', '<', new Date(now.getTime() - keyLifetimeMs).toISOString()).execute();
        // A second writer of the same key waits here until the first commits, then inserts nothing.
        const recorded = await trx
          .insertInto('idempotency_keys')
          .values({ key, body: canonicalBody, receipt: JSON.stringify(receipt), created_at: now.toISOString(), email_key: keyOfBody(JSON.parse(canonicalBody) as { email?: unknown }) })
          .onConflict((conflict) => conflict.column('key').doNothing())
          .executeTakeFirst();
        if (Number(recorded.numInsertedOrUpdatedRows ?? 0n) === 0) {
          const row = await trx.selectFrom('idempotency_keys').select(['body', 'receipt']).where('key', '=', key).executeTakeFirstOrThrow();
          throw new Answered(row.body === canonicalBody ? { kind: 'replay', receipt: JSON.parse(row.receipt) as InquiryReceipt } : { kind: 'conflict' });
        }
        if (challenge) {
          await trx.deleteFrom('used_challenges').where('expires_at', '<', Math.floor(now.getTime() / 1000)).execute();
          const used = await trx
            .insertInto('used_challenges')
            .values({ signature: challenge.signature, expires_at: challenge.expiresAt })
            .onConflict((conflict) => conflict.column('signature').doNothing())
            .executeTakeFirst();
          if (Number(used.numInsertedOrUpdatedRows ?? 0n) === 0) throw new Answered({ kind: 'challenge-used' });
        }
        if (inquiry) {
          await trx
            .insertInto('inquiries')
            .values({ id: receipt.id, received_at: receipt.receivedAt, partners: JSON.stringify(inquiry.partners), data: JSON.stringify({ ...receipt, ...inquiry }), email_key: keyOfBody(inquiry) })
            .execute();
          // The offices' mail is queued with the inquiry: either both are on disk or neither.
          await enqueueOfficeMail(trx, receipt.id, inquiry.partners, now);
        }
        return { kind: 'stored', receipt };
      });
    } catch (error) {
      // Thrown to roll the transaction back, with the answer.
      if (error instanceof Answered) return error.result;
      throw error;
    }
  }

  /** Oldest first, filtered by partner (one of the inquiry's partners) and by `receivedAt` within [from, to]. */
  async list(filter: InquiryFilter = {}): Promise<StoredInquiry[]> {
    const rows = await this.db.selectFrom('inquiries').select('data').where((eb) => this.conditions(eb, filter)).orderBy('received_at').orderBy(arrival(this.database)).execute();
    return rows.map((row) => JSON.parse(row.data) as StoredInquiry);
  }

  /**
   * One page of `list`, in either order, starting after a position (keyset paging: a page stays right while
   * inquiries arrive or are deleted, and costs the same deep in the list as at its start).
   */
  async page(filter: InquiryFilter, { order, limit, after }: InquiryPageRequest): Promise<InquiryPage> {
    const total = await this.db
      .selectFrom('inquiries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where((eb) => this.conditions(eb, filter))
      .executeTakeFirstOrThrow();
    const direction = order === 'newest' ? 'desc' : 'asc';
    const rowArrival = arrival(this.database);
    let query = this.db
      .selectFrom('inquiries')
      .select(['received_at', 'data', rowArrival.as('arrival')])
      .where((eb) => this.conditions(eb, filter));
    if (after) {
      const beyond = order === 'newest' ? '<' : '>';
      query = query.where((eb) => eb(eb.refTuple('received_at', rowArrival), beyond, eb.tuple(after.receivedAt, after.arrival)));
    }
    // One row more than asked tells whether another page follows.
    const rows = await query.orderBy('received_at', direction).orderBy(rowArrival, direction).limit(limit + 1).execute();
    const shown = rows.slice(0, limit);
    const lastRow = shown.at(-1);
    return {
      items: shown.map((row) => JSON.parse(row.data) as StoredInquiry),
      total: Number(total.n),
      last: rows.length > limit && lastRow ? { receivedAt: lastRow.received_at, arrival: Number(lastRow.arrival) } : undefined,
    };
  }

  private conditions(eb: ExpressionBuilder<Schema, 'inquiries'>, filter: InquiryFilter) {
    const conditions = [];
    if (filter.partner) conditions.push(jsonArrayContains(this.database, 'inquiries.partners', filter.partner));
    // Bounds may come with an offset or fractions; stored times are UTC in whole seconds, so compare those.
    if (filter.from) conditions.push(eb('received_at', '>=', inSeconds(new Date(filter.from))));
    if (filter.to) conditions.push(eb('received_at', '<=', inSeconds(new Date(filter.to))));
    return eb.and(conditions);
  }

  /** The partners an inquiry names, or undefined when there is no such inquiry. */
  async partnersOf(id: string): Promise<string[] | undefined> {
    const row = await this.db.selectFrom('inquiries').select('partners').where('id', '=', id).executeTakeFirst();
    return row ? (JSON.parse(row.partners) as string[]) : undefined;
  }

  /**
   * Deletes one inquiry with every copy the server holds of it: its office mails (by the foreign key) and the
   * Idempotency-Key record whose stored body and receipt are this inquiry's, then scrubs the files.
   */
  async delete(id: string): Promise<boolean> {
    const deleted = await this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('inquiries').select('data').where('id', '=', id).executeTakeFirst();
      if (!row) return false;
      const { receivedAt } = JSON.parse(row.data) as StoredInquiry;
      // The receipt is stored as `accept` wrote it, so the one record that answered this inquiry matches exactly.
      await trx.deleteFrom('idempotency_keys').where('receipt', '=', JSON.stringify({ id, receivedAt } satisfies InquiryReceipt)).execute();
      await trx.deleteFrom('inquiries').where('id', '=', id).execute();
      return true;
    });
    if (deleted) await scrubErased(this.database);
    return deleted;
  }

  /**
   * Erases everything held about one person, in one transaction: their inquiries and the Idempotency-Keys whose
   * stored body carries their address (honeypot catches included). Answers how many inquiries were deleted.
   */
  async eraseByEmail(email: string): Promise<number> {
    const key = emailKey(email);
    const deleted = await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('idempotency_keys').where('email_key', '=', key).execute();
      const { numDeletedRows } = await trx.deleteFrom('inquiries').where('email_key', '=', key).executeTakeFirst();
      return Number(numDeletedRows);
    });
    await scrubErased(this.database);
    return deleted;
  }

  /**
   * Deletes inquiries received before `cutoff`, and Idempotency-Keys past their lifetime (their bodies hold the
   * same personal data and would otherwise wait for the next inquiry to be purged). Answers the inquiries deleted.
   */
  async deleteReceivedBefore(cutoff: Date): Promise<number> {
    const now = this.clock.now();
    const [keys, deleted] = await this.db.transaction().execute(async (trx) => {
      const expired = await trx.deleteFrom('idempotency_keys').where('created_at', '<', new Date(Math.max(cutoff.getTime(), now.getTime() - keyLifetimeMs)).toISOString()).executeTakeFirst();
      const { numDeletedRows } = await trx.deleteFrom('inquiries').where('received_at', '<', inSeconds(cutoff)).executeTakeFirst();
      return [Number(expired.numDeletedRows), Number(numDeletedRows)];
    });
    if (keys || deleted) await scrubErased(this.database);
    return deleted;
  }

  async count(): Promise<number> {
    const row = await this.db.selectFrom('inquiries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
