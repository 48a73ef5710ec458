import { sql } from 'kysely';
import { systemClock, type Clock } from '@wachstumsregion/domain/clock';
import type { Database } from '../db/database.js';

/** Every this many hits, the windows that have ended are deleted (a flood of addresses cannot fill the table). */
const pruneEvery = 200;

/**
 * Fixed-window counters kept in the database (`rate_windows`), so that every instance counts the same: the
 * inquiry rate limit and the admin sign-in throttle. A second instance is not a second allowance, and a restart
 * forgets nothing. One statement per hit (an upsert that starts a new window once the old one has ended), by
 * the app's clock.
 */
export class RateWindows {
  private hits = 0;

  constructor(
    private readonly database: Database,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Counts one hit of `key` in `scope`; answers the count in the current window and when it ends (ms). */
  async hit(scope: string, key: string, windowMs: number): Promise<{ count: number; resetAt: number }> {
    const now = this.clock.now().getTime();
    if (++this.hits % pruneEvery === 0) await this.database.db.deleteFrom('rate_windows').where('reset_at', '<=', now).execute();
    const fresh = now + windowMs;
    // CAST: PostgreSQL must know the parameters' type inside CASE; SQLite reads it the same.
    const { rows } = await sql<{ count: number; reset_at: number }>`
      INSERT INTO rate_windows (scope, key, count, reset_at) VALUES (${scope}, ${key}, 1, CAST(${fresh} AS BIGINT))
      ON CONFLICT (scope, key) DO UPDATE SET
        count = CASE WHEN rate_windows.reset_at <= CAST(${now} AS BIGINT) THEN 1 ELSE rate_windows.count + 1 END,
        reset_at = CASE WHEN rate_windows.reset_at <= CAST(${now} AS BIGINT) THEN CAST(${fresh} AS BIGINT) ELSE rate_windows.reset_at END
      RETURNING count, reset_at`.execute(this.database.db);
    const row = rows[0]!;
    return { count: Number(row.count), resetAt: Number(row.reset_at) };
  }

  /** The current window of `key`, without counting; undefined when it has none or it has ended. */
  async peek(scope: string, key: string): Promise<{ count: number; resetAt: number } | undefined> {
    const row = await this.database.db.selectFrom('rate_windows').select(['count', 'reset_at']).where('scope', '=', scope).where('key', '=', key).executeTakeFirst();
    if (!row || Number(row.reset_at) <= this.clock.now().getTime()) return undefined;
    return { count: Number(row.count), resetAt: Number(row.reset_at) };
  }
}
