import { systemClock, type Clock } from '@wachstumsregion/domain/clock';
import type { Database } from '../db/database.js';

/** One admin action or automatic deletion. Holds no personal data: no names, e-mail addresses or messages. */
export interface AuditEntry {
  at: string;
  action: string;
  targetKind?: string;
  targetId?: string;
  count?: number;
  /** Who acted: `region` (ADMIN_TOKEN) or `partner:<id>`; absent for the server's own jobs. Never a token. */
  who?: string;
}

/** How many entries `GET /v1/admin/audit` answers at most, newest first. */
const defaultLimit = 1000;

const inSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The audit log (`audit_log`): written by every admin write, erasure, retention run and backup. */
export class AuditLog {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock = systemClock,
  ) {}

  async record(entry: Omit<AuditEntry, 'at'>): Promise<void> {
    await this.database.db
      .insertInto('audit_log')
      .values({ at: inSeconds(this.clock.now()), action: entry.action, target_kind: entry.targetKind ?? null, target_id: entry.targetId ?? null, count: entry.count ?? null, who: entry.who ?? null })
      .execute();
  }

  /** Newest first, optionally only entries at or after `since`. */
  async list({ since, limit = defaultLimit }: { since?: string; limit?: number } = {}): Promise<AuditEntry[]> {
    let query = this.database.db.selectFrom('audit_log').select(['at', 'action', 'target_kind', 'target_id', 'count', 'who']);
    if (since) query = query.where('at', '>=', inSeconds(new Date(since)));
    const rows = await query.orderBy('seq', 'desc').limit(limit).execute();
    return rows.map((row) => ({
      at: row.at,
      action: row.action,
      ...(row.target_kind !== null ? { targetKind: row.target_kind } : {}),
      ...(row.target_id !== null ? { targetId: row.target_id } : {}),
      ...(row.count !== null ? { count: row.count } : {}),
      ...(row.who !== null ? { who: row.who } : {}),
    }));
  }
}
