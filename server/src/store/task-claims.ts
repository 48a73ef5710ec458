import { systemClock, type Clock } from '@wachstumsregion/domain/clock';
import type { Database } from '../db/database.js';

/** A timer that fires a little early still counts: instances' timers drift against each other. */
const earlyShare = 0.1;

/**
 * Which instance runs a scheduled task (an import, retention, a backup) this time: the first to ask once the
 * task is due, everywhere in the network, decided by one conditional update of `task_runs` (atomic on both
 * backends). Every instance keeps its own timer; the others find the task done and skip it, so a task runs once
 * per interval whether one instance runs or five.
 */
export class TaskClaims {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Whether this caller should run `task` now; if so, it is not due again for `intervalMs`. */
  async claim(task: string, intervalMs: number): Promise<boolean> {
    const now = this.clock.now().getTime();
    const db = this.database.db;
    await db.insertInto('task_runs').values({ task, due_at: new Date(now).toISOString() }).onConflict((conflict) => conflict.column('task').doNothing()).execute();
    const { numUpdatedRows } = await db
      .updateTable('task_runs')
      .set({ due_at: new Date(now + intervalMs).toISOString(), last_run_at: new Date(now).toISOString() })
      .where('task', '=', task)
      .where('due_at', '<=', new Date(now + intervalMs * earlyShare).toISOString())
      .executeTakeFirst();
    return numUpdatedRows > 0n;
  }
}
