import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '@wachstumsregion/domain/clock';
import type { AuditLog } from '../store/audit-log.js';
import type { TaskClaims } from '../store/task-claims.js';
import type { InquiryStore } from '../store/inquiry-store.js';
import type { Backups } from './backups.js';
import { applyRetention } from './retention.js';

const hourMs = 60 * 60 * 1000;

export interface MaintenanceOptions {
  inquiries: InquiryStore;
  audit: AuditLog;
  backups: Backups;
  retentionDays: number;
  backupIntervalHours: number;
  log: FastifyBaseLogger;
  clock: Clock;
  /** With other instances on the same database: each run happens once in the network, by the first to claim it. */
  claims?: TaskClaims;
}

/**
 * Runs retention at start and hourly, and a backup every `backupIntervalHours` (0: none; none over PostgreSQL).
 * The timers are unref'd so they never keep a stopping process alive. Answers how to stop them, and the first
 * retention run (settled when it is done, also when it failed and was logged).
 */
export function startMaintenance({ inquiries, audit, backups, retentionDays, backupIntervalHours, log, clock, claims }: MaintenanceOptions): { stop: () => void; started: Promise<void> } {
  const backupIntervalMs = Math.min(backupIntervalHours * hourMs, 2 ** 31 - 1);
  const retain = async () => {
    try {
      if (claims && !(await claims.claim('retention', hourMs))) return;
      const deleted = await applyRetention(inquiries, audit, retentionDays, clock.now());
      if (deleted) log.info({ deleted, retentionDays }, 'retention: deleted old inquiries');
    } catch (error) {
      log.error({ err: error }, 'retention failed');
    }
  };
  const backUp = () => {
    (claims ? claims.claim('backup', backupIntervalMs) : Promise.resolve(true))
      .then((mine) => (mine ? backups.create() : undefined))
      .then(
        async (file) => {
          if (file === undefined) return;
          log.info({ file }, 'backup written');
          await audit.record({ action: 'backup.create', targetKind: 'backup', targetId: file });
        },
        (error: unknown) => log.error({ err: error }, 'backup failed'),
      )
      .catch((error: unknown) => log.error({ err: error }, 'noting the backup in the audit log failed'));
  };
  const timers: NodeJS.Timeout[] = [];
  let started = Promise.resolve();
  if (retentionDays > 0) {
    started = retain();
    timers.push(setInterval(() => void retain(), hourMs).unref());
  }
  // setInterval takes at most 2^31-1 ms (about 24 days); a longer interval is run at that.
  if (backupIntervalHours > 0 && backups.available) timers.push(setInterval(backUp, backupIntervalMs).unref());
  return { stop: () => timers.forEach(clearInterval), started };
}
