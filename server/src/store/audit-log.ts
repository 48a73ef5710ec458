import { systemClock, type Clock } from '@wachstumsregion/domain/clock';
import type { Db } from '../db/database.js';

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

/** The audit log (`audit_log`): written by every admin write, erasure, retention run and backup. */
export class AuditLog {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock = systemClock,
  ) {}

  record(entry: Omit<AuditEntry, 'at'>): void {
    this.db
      .prepare('INSERT INTO audit_log (at, action, target_kind, target_id, count, who) VALUES (?, ?, ?, ?, ?, ?)')
      .run(this.clock.now().toISOString().replace(/\.\d{3}Z$/, 'Z'), entry.action, entry.targetKind ?? null, entry.targetId ?? null, entry.count ?? null, entry.who ?? null);
  }

  /** Newest first, optionally only entries at or after `since`. */
  list({ since, limit = defaultLimit }: { since?: string; limit?: number } = {}): AuditEntry[] {
    const rows = this.db
      .prepare(`SELECT at, action, target_kind, target_id, count, who FROM audit_log ${since ? 'WHERE at >= ?' : ''} ORDER BY seq DESC LIMIT ?`)
      .all(...(since ? [new Date(since).toISOString().replace(/\.\d{3}Z$/, 'Z')] : []), limit) as { at: string; action: string; target_kind: string | null; target_id: string | null; count: number | null; who: string | null }[];
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
