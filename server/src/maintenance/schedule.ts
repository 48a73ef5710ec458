import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '@wachstumsregion/domain/clock';
import type { AuditLog } from '../store/audit-log.js';
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
}

/**
 * Runs retention at start and hourly, and a backup every `backupIntervalHours` (0: none). The timers are
 * unref'd so they never keep a stopping process alive; the answer stops them.
 */
export function startMaintenance({ inquiries, audit, backups, retentionDays, backupIntervalHours, log, clock }: MaintenanceOptions): () => void {
  const retain = () => {
    try {
      const deleted = applyRetention(inquiries, audit, retentionDays, clock.now());
      if (deleted) log.info({ deleted, retentionDays }, 'retention: deleted old inquiries');
    } catch (error) {
      log.error({ err: error }, 'retention failed');
    }
  };
  const backUp = () => {
    backups.create().then(
      (file) => {
        audit.record({ action: 'backup.create', targetKind: 'backup', targetId: file });
        log.info({ file }, 'backup written');
      },
      (error: unknown) => log.error({ err: error }, 'backup failed'),
    );
  };
  const timers: NodeJS.Timeout[] = [];
  if (retentionDays > 0) {
    retain();
    timers.push(setInterval(retain, hourMs).unref());
  }
  // setInterval takes at most 2^31-1 ms (about 24 days); a longer interval is run at that.
  if (backupIntervalHours > 0) timers.push(setInterval(backUp, Math.min(backupIntervalHours * hourMs, 2 ** 31 - 1)).unref());
  return () => timers.forEach(clearInterval);
}
