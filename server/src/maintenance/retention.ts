import type { AuditLog } from '../store/audit-log.js';
import type { InquiryStore } from '../store/inquiry-store.js';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Deletes the inquiries received more than `days` days before `now` (0: keep forever) and notes the run in the
 * audit log when it deleted anything. Answers how many inquiries were deleted.
 */
export async function applyRetention(inquiries: InquiryStore, audit: AuditLog, days: number, now: Date): Promise<number> {
  if (days <= 0) return 0;
  const deleted = await inquiries.deleteReceivedBefore(new Date(now.getTime() - days * dayMs));
  if (deleted) await audit.record({ action: 'retention.delete', targetKind: 'inquiry', count: deleted });
  return deleted;
}
