import type { Category, Commute, Job } from '../../../src/core/types.ts';
import { inquiriesAsCsv } from '../inquiry/inquiries-csv.js';
import type { Backups } from '../maintenance/backups.js';
import type { AuditLog } from '../store/audit-log.js';
import type { InquiryStore } from '../store/inquiry-store.js';
import type { PartnerRecord, RegionStore } from '../store/region-store.js';

import { operation, type OperationOptions } from './operation.js';

function httpError(statusCode: number, message: string): Error & { statusCode: number } {
  return Object.assign(new Error(message), { statusCode });
}

/** Refuses a body whose id differs from the path's, so one request cannot quietly write another record. */
function sameId(pathId: string, bodyId: string): void {
  if (pathId !== bodyId) throw httpError(400, `The id in the body (${bodyId}) differs from the id in the path (${pathId}).`);
}

/** 201 for a new record, 200 for a changed one: the operator sees which happened. */
const savedStatus = (existed: boolean) => (existed ? 200 : 201);

export interface AdminStores {
  region: RegionStore;
  inquiries: InquiryStore;
  audit: AuditLog;
  backups: Backups;
}

/**
 * The operator's write and read operations (`/v1/admin/…`); authentication is added by the caller. Every write
 * that succeeds is noted in the audit log by kind and id (ids of partners, jobs and inquiries are not personal).
 */
export function adminOperations({ region, inquiries, audit, backups }: AdminStores): Record<string, OperationOptions> {
  const requirePartner = (id: string, what: string) => {
    if (!region.partnerIds().has(id)) throw httpError(409, `${what} ${id} is not a partner.`);
  };
  const checkJob = (job: Job) => {
    requirePartner(job.partner, 'The job’s partner');
    if (!region.categories.some((category) => category.id === job.category)) throw httpError(409, `The job’s category ${job.category} does not exist.`);
  };

  return {
    adminListPartners: operation({
      handler: async () => ({ items: region.partnerRecords }),
    }),
    adminPutPartner: operation<{ Params: { id: string }; Body: PartnerRecord }>({
      handler: async (request, reply) => {
        const partner = request.body;
        sameId(request.params.id, partner.id);
        if (partner.district !== undefined) {
          if (partner.district === partner.id) throw httpError(409, 'A partner cannot be its own district.');
          requirePartner(partner.district, 'The district');
        }
        const existed = region.partnerIds().has(partner.id);
        region.savePartners([{ ...partner, origins: partner.origins?.map((origin) => origin.replace(/\/+$/, '')) ?? [] }]);
        audit.record({ action: 'partner.put', targetKind: 'partner', targetId: partner.id });
        return reply.code(savedStatus(existed)).send(region.partnerRecords.find((record) => record.id === partner.id));
      },
    }),
    adminDeletePartner: operation<{ Params: { id: string } }>({
      handler: async (request, reply) => {
        if (!region.deletePartner(request.params.id)) throw httpError(404, 'No such partner.');
        audit.record({ action: 'partner.delete', targetKind: 'partner', targetId: request.params.id });
        return reply.code(204).send();
      },
    }),
    adminPutCommute: operation<{ Params: { from: string; to: string }; Body: Commute }>({
      handler: async (request, reply) => {
        const commute = request.body;
        sameId(`${request.params.from}/${request.params.to}`, `${commute.from}/${commute.to}`);
        if (commute.from === commute.to) throw httpError(400, 'A commute needs two different partners.');
        requirePartner(commute.from, 'from:');
        requirePartner(commute.to, 'to:');
        const existed = region.commutes.some((row) => row.from === commute.from && row.to === commute.to);
        region.saveCommutes([commute]);
        audit.record({ action: 'commute.put', targetKind: 'commute', targetId: `${commute.from}/${commute.to}` });
        return reply.code(savedStatus(existed)).send(commute);
      },
    }),
    adminDeleteCommute: operation<{ Params: { from: string; to: string } }>({
      handler: async (request, reply) => {
        if (!region.deleteCommute(request.params.from, request.params.to)) throw httpError(404, 'No such commute.');
        audit.record({ action: 'commute.delete', targetKind: 'commute', targetId: `${request.params.from}/${request.params.to}` });
        return reply.code(204).send();
      },
    }),
    adminPutCategory: operation<{ Params: { id: string }; Body: Category }>({
      handler: async (request, reply) => {
        sameId(request.params.id, request.body.id);
        const existed = region.categories.some((category) => category.id === request.body.id);
        region.saveCategories([request.body]);
        audit.record({ action: 'category.put', targetKind: 'category', targetId: request.body.id });
        return reply.code(savedStatus(existed)).send(request.body);
      },
    }),
    adminDeleteCategory: operation<{ Params: { id: string } }>({
      handler: async (request, reply) => {
        const used = region.jobs.filter((job) => job.category === request.params.id).length;
        if (used) throw httpError(409, `${used} jobs are filed under this category; move or delete them first.`);
        if (!region.deleteCategory(request.params.id)) throw httpError(404, 'No such category.');
        audit.record({ action: 'category.delete', targetKind: 'category', targetId: request.params.id });
        return reply.code(204).send();
      },
    }),
    adminPutJob: operation<{ Params: { id: string }; Body: Job }>({
      handler: async (request, reply) => {
        sameId(request.params.id, request.body.id);
        checkJob(request.body);
        const existed = region.job(request.body.id) !== undefined;
        region.saveJobs([request.body]);
        audit.record({ action: 'job.put', targetKind: 'job', targetId: request.body.id });
        return reply.code(savedStatus(existed)).send(request.body);
      },
    }),
    adminPutJobs: operation<{ Body: { items: Job[] } }>({
      // Bulk imports (e.g. a nightly feed) arrive in one transaction: all jobs are saved, or none.
      bodyLimit: 64 * 1024 * 1024,
      handler: async (request) => {
        const ids = new Set<string>();
        for (const job of request.body.items) {
          checkJob(job);
          if (ids.has(job.id)) throw httpError(400, `The job ${job.id} appears twice.`);
          ids.add(job.id);
        }
        region.saveJobs(request.body.items);
        audit.record({ action: 'jobs.put', targetKind: 'job', count: request.body.items.length });
        return { saved: request.body.items.length };
      },
    }),
    adminDeleteJob: operation<{ Params: { id: string } }>({
      handler: async (request, reply) => {
        if (!region.deleteJob(request.params.id)) throw httpError(404, 'No such job.');
        audit.record({ action: 'job.delete', targetKind: 'job', targetId: request.params.id });
        return reply.code(204).send();
      },
    }),
    adminListInquiries: operation<{ Body: unknown; Querystring: { partner?: string; from?: string; to?: string; format?: string } }>({
      handler: async (request, reply) => {
        const { partner, from, to, format } = request.query;
        const items = inquiries.list({ partner, from, to });
        const wantsCsv = format === 'csv' || (format === undefined && /\btext\/csv\b/.test(request.headers.accept ?? ''));
        if (!wantsCsv) return { items };
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="inquiries.csv"')
          .send(inquiriesAsCsv(items));
      },
    }),
    adminDeleteInquiry: operation<{ Params: { id: string } }>({
      handler: async (request, reply) => {
        if (!inquiries.delete(request.params.id)) throw httpError(404, 'No such inquiry.');
        audit.record({ action: 'inquiry.delete', targetKind: 'inquiry', targetId: request.params.id, count: 1 });
        return reply.code(204).send();
      },
    }),
    adminEraseByEmail: operation<{ Body: { email: string } }>({
      // The address arrives in the body, never the URL, so it stays out of access logs; the audit log keeps
      // only that an erasure happened and how many inquiries it removed.
      handler: async (request) => {
        const deleted = inquiries.eraseByEmail(request.body.email);
        audit.record({ action: 'inquiry.erase-by-email', targetKind: 'inquiry', count: deleted });
        return { deleted };
      },
    }),
    adminListAudit: operation<{ Querystring: { since?: string; limit?: number } }>({
      handler: async (request) => ({ items: audit.list({ since: request.query.since, limit: request.query.limit }) }),
    }),
    adminCreateBackup: operation({
      handler: async (_request, reply) => {
        const file = await backups.create();
        audit.record({ action: 'backup.create', targetKind: 'backup', targetId: file });
        return reply.code(201).send({ file });
      },
    }),
  };
}
