import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { systemClock, type Clock } from '@wachstumsregion/domain/clock';
import type { Database } from '../db/database.js';

/** A partner token as listed: never its secret, which is shown once when created. */
export interface PartnerTokenInfo {
  id: string;
  partner: string;
  createdAt: string;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Constant-time comparison of two strings through their SHA-256 (equal lengths, so no length leak either). */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(sha256(given), sha256(expected));
}

/**
 * The partners' own tokens (`partner_tokens`). A token is `wrp_` and 32 random bytes (base64url); only its
 * SHA-256 is stored, which is enough for a secret of that entropy. Lookup is by hash, then compared in constant time.
 */
export class PartnerTokens {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock = systemClock,
  ) {}

  async create(partner: string): Promise<PartnerTokenInfo & { token: string }> {
    const token = `wrp_${randomBytes(32).toString('base64url')}`;
    const info = { id: `tok_${randomBytes(8).toString('hex')}`, partner, createdAt: this.clock.now().toISOString().replace(/\.\d{3}Z$/, 'Z') };
    await this.database.db.insertInto('partner_tokens').values({ id: info.id, partner, hash: sha256(token).toString('hex'), created_at: info.createdAt }).execute();
    return { ...info, token };
  }

  /** The partner's tokens, oldest first. */
  async list(partner: string): Promise<PartnerTokenInfo[]> {
    // Ties within a second by id: random, but the same on every call and on both backends.
    const rows = await this.database.db.selectFrom('partner_tokens').select(['id', 'partner', 'created_at']).where('partner', '=', partner).orderBy('created_at').orderBy('id').execute();
    return rows.map((row) => ({ id: row.id, partner: row.partner, createdAt: row.created_at }));
  }

  async delete(partner: string, id: string): Promise<boolean> {
    const { numDeletedRows } = await this.database.db.deleteFrom('partner_tokens').where('partner', '=', partner).where('id', '=', id).executeTakeFirst();
    return numDeletedRows > 0n;
  }

  /** The partner a token belongs to, or undefined. Read from the database on every request, so a revoked token fails at once. */
  async partnerOf(token: string): Promise<string | undefined> {
    if (!token.startsWith('wrp_')) return undefined;
    const hash = sha256(token);
    const row = await this.database.db.selectFrom('partner_tokens').select(['partner', 'hash']).where('hash', '=', hash.toString('hex')).executeTakeFirst();
    if (!row) return undefined;
    return timingSafeEqual(Buffer.from(row.hash, 'hex'), hash) ? row.partner : undefined;
  }
}
