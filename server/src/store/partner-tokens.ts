import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { systemClock, type Clock } from '@wachstumsregion/domain/clock';
import type { Db } from '../db/database.js';

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
    private readonly db: Db,
    private readonly clock: Clock = systemClock,
  ) {}

  create(partner: string): PartnerTokenInfo & { token: string } {
    const token = `wrp_${randomBytes(32).toString('base64url')}`;
    const info = { id: `tok_${randomBytes(8).toString('hex')}`, partner, createdAt: this.clock.now().toISOString().replace(/\.\d{3}Z$/, 'Z') };
    this.db.prepare('INSERT INTO partner_tokens (id, partner, hash, created_at) VALUES (?, ?, ?, ?)').run(info.id, partner, sha256(token).toString('hex'), info.createdAt);
    return { ...info, token };
  }

  /** The partner's tokens, oldest first. */
  list(partner: string): PartnerTokenInfo[] {
    const rows = this.db.prepare('SELECT id, partner, created_at FROM partner_tokens WHERE partner = ? ORDER BY created_at, rowid').all(partner) as { id: string; partner: string; created_at: string }[];
    return rows.map((row) => ({ id: row.id, partner: row.partner, createdAt: row.created_at }));
  }

  delete(partner: string, id: string): boolean {
    return this.db.prepare('DELETE FROM partner_tokens WHERE partner = ? AND id = ?').run(partner, id).changes > 0;
  }

  /** The partner a token belongs to, or undefined. Read from the database on every request, so a revoked token fails at once. */
  partnerOf(token: string): string | undefined {
    if (!token.startsWith('wrp_')) return undefined;
    const hash = sha256(token);
    const row = this.db.prepare('SELECT partner, hash FROM partner_tokens WHERE hash = ?').get(hash.toString('hex')) as { partner: string; hash: string } | undefined;
    if (!row) return undefined;
    return timingSafeEqual(Buffer.from(row.hash, 'hex'), hash) ? row.partner : undefined;
  }
}
