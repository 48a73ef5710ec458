import type { Clock } from '@wachstumsregion/domain/clock';
import type { Category, Commute, Job } from '@wachstumsregion/domain/contract';
import { decodeCursor, encodeCursor } from '../inquiry/inquiry-cursor.js';
import { inquiriesAsCsv } from '../inquiry/inquiries-csv.js';
import type { Backups } from '../maintenance/backups.js';
import type { AuditLog } from '../store/audit-log.js';
import type { InquiryStore, StoredInquiry } from '../store/inquiry-store.js';
import type { ImportRunner } from '../import/scheduled-imports.js';
import type { Outbox } from '../store/outbox.js';
import type { PartnerTokens } from '../store/partner-tokens.js';
import type { PartnerRecord, RegionStore } from '../store/region-store.js';

import { takesImportedId } from '../import/job-id.js';
import { decodeJobCursor, listAdminJobs, type JobStatus } from './admin-job-list.js';
import { partnerScope, whoOf } from './caller.js';
import { operation, type OperationOptions } from './operation.js';

/** The database refused a write for a unique index, on either backend. */
const isUniqueViolation = (error: unknown) => {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
};

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
  tokens: PartnerTokens;
  outbox: Outbox;
  imports: ImportRunner;
  /** Whether SMTP_URL is set, i.e. whether the outbox is being worked off at all. */
  mailEnabled: boolean;
  /** The clock that decides which jobs are expired. */
  clock: Clock;
}

/**
 * The operator's write and read operations (`/v1/admin/…`); authentication is added by the caller. Every write
 * that succeeds is noted in the audit log by kind and id (ids of partners, jobs and inquiries are not personal).
 */
export function adminOperations({ region, inquiries, audit, backups, tokens, outbox, imports, mailEnabled, clock }: AdminStores): Record<string, OperationOptions> {
  const requirePartner = (id: string, what: string) => {
    if (!region.partnerIds().has(id)) throw httpError(409, `${what} ${id} is not a partner.`);
  };
  const checkJob = (job: Job) => {
    requirePartner(job.partner, 'The job’s partner');
    if (!region.categories.some((category) => category.id === job.category)) throw httpError(409, `The job’s category ${job.category} does not exist.`);
    if (takesImportedId(job)) throw httpError(400, `The id ${job.id} ends like the ids imports derive (a dash and 12 hexadecimal digits); choose another, so no import is blocked by it.`);
  };
  /** A job dated in the future would head every partner's list ("newest first") until that day: it is dated now. */
  const publishedNoLaterThanNow = (job: Job): Job => {
    const now = clock.now();
    return Date.parse(job.publishedAt) > now.getTime() ? { ...job, publishedAt: now.toISOString() } : job;
  };
  /**
   * A write may not give a source's externalId to a second job (the database's unique index would refuse it
   * anyway; this names the job that holds it). Checked against the state after the write: a job of the same
   * write that gives the pair up does not count.
   */
  const checkExternalIds = (jobs: readonly Job[]) => {
    const writing = new Set(jobs.map((job) => job.id));
    const claimed = new Map<string, string>();
    for (const job of jobs) {
      if (job.source === undefined || job.externalId === undefined) continue;
      const key = JSON.stringify([job.source, job.externalId]);
      const stored = region.jobIdWithExternalId(job.source, job.externalId);
      const holder = claimed.get(key) ?? (stored !== undefined && !writing.has(stored) ? stored : undefined);
      if (holder !== undefined && holder !== job.id) throw httpError(409, `The job ${holder} already has the externalId ${job.externalId} of the source ${job.source}; one source lists an opening once.`);
      claimed.set(key, job.id);
    }
  };
  /** Saves jobs; a unique index refusal that the check above could not foresee (two jobs swapping their externalIds in one write) is a 409 too. */
  const saveJobs = async (jobs: Job[]) => {
    try {
      await region.saveJobs(jobs);
    } catch (error) {
      if (isUniqueViolation(error)) throw httpError(409, 'Two jobs would share a source’s externalId; save the job that gives its externalId up first.');
      throw error;
    }
  };
  /** A partner's token writes only jobs of its partner, new or existing; the region's writes any. */
  const mayWriteJob = (scope: string | undefined, job: Job) => {
    if (scope === undefined) return;
    if (job.partner !== scope) throw httpError(403, `The job ${job.id} belongs to ${job.partner}, not to ${scope}.`);
    const existing = region.job(job.id);
    if (existing && existing.partner !== scope) throw httpError(403, `The job ${job.id} belongs to another partner.`);
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
        await region.savePartners([{ ...partner, origins: partner.origins?.map((origin) => origin.replace(/\/+$/, '')) ?? [] }]);
        await audit.record({ who: whoOf(request), action: 'partner.put', targetKind: 'partner', targetId: partner.id });
        return reply.code(savedStatus(existed)).send(region.partnerRecords.find((record) => record.id === partner.id));
      },
    }),
    adminDeletePartner: operation<{ Params: { id: string } }>({
      handler: async (request, reply) => {
        if (!(await region.deletePartner(request.params.id))) throw httpError(404, 'No such partner.');
        await audit.record({ who: whoOf(request), action: 'partner.delete', targetKind: 'partner', targetId: request.params.id });
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
        await region.saveCommutes([commute]);
        await audit.record({ who: whoOf(request), action: 'commute.put', targetKind: 'commute', targetId: `${commute.from}/${commute.to}` });
        return reply.code(savedStatus(existed)).send(commute);
      },
    }),
    adminDeleteCommute: operation<{ Params: { from: string; to: string } }>({
      handler: async (request, reply) => {
        if (!(await region.deleteCommute(request.params.from, request.params.to))) throw httpError(404, 'No such commute.');
        await audit.record({ who: whoOf(request), action: 'commute.delete', targetKind: 'commute', targetId: `${request.params.from}/${request.params.to}` });
        return reply.code(204).send();
      },
    }),
    adminPutCategory: operation<{ Params: { id: string }; Body: Category }>({
      handler: async (request, reply) => {
        sameId(request.params.id, request.body.id);
        const existed = region.categories.some((category) => category.id === request.body.id);
        await region.saveCategories([request.body]);
        await audit.record({ who: whoOf(request), action: 'category.put', targetKind: 'category', targetId: request.body.id });
        return reply.code(savedStatus(existed)).send(request.body);
      },
    }),
    adminDeleteCategory: operation<{ Params: { id: string } }>({
      handler: async (request, reply) => {
        const used = region.jobs.filter((job) => job.category === request.params.id).length;
        if (used) throw httpError(409, `${used} jobs are filed under this category; move or delete them first.`);
        if (!(await region.deleteCategory(request.params.id))) throw httpError(404, 'No such category.');
        await audit.record({ who: whoOf(request), action: 'category.delete', targetKind: 'category', targetId: request.params.id });
        return reply.code(204).send();
      },
    }),
    adminListJobs: operation<{ Querystring: { partner?: string; status?: JobStatus; q?: string; limit?: number; cursor?: string } }>({
      handler: async (request) => {
        const { partner, status = 'all', q, limit = 50, cursor } = request.query;
        // A partner's token lists only the jobs it may write: those whose partner is exactly its own.
        const scope = partnerScope(request);
        if (scope !== undefined && partner !== undefined && partner !== scope) throw httpError(403, 'This token sees only its own partner’s jobs.');
        const filter = { partner: scope === undefined ? partner : undefined, ownPartner: scope, status, q: q?.trim() || undefined };
        const after = cursor === undefined ? undefined : decodeJobCursor(cursor, filter);
        if (cursor !== undefined && !after) throw httpError(400, 'The cursor does not belong to these filters; start again without it.');
        return listAdminJobs(region.jobs, region.partners, filter, limit, after, clock.now().getTime());
      },
    }),
    adminPutJob: operation<{ Params: { id: string }; Body: Job }>({
      handler: async (request, reply) => {
        sameId(request.params.id, request.body.id);
        const job = publishedNoLaterThanNow(request.body);
        mayWriteJob(partnerScope(request), job);
        checkJob(job);
        checkExternalIds([job]);
        const existed = region.job(job.id) !== undefined;
        await saveJobs([job]);
        await audit.record({ who: whoOf(request), action: 'job.put', targetKind: 'job', targetId: job.id });
        return reply.code(savedStatus(existed)).send(job);
      },
    }),
    adminPutJobs: operation<{ Body: { items: Job[] } }>({
      // Bulk imports (e.g. a nightly feed) arrive in one transaction: all jobs are saved, or none.
      bodyLimit: 64 * 1024 * 1024,
      handler: async (request) => {
        const ids = new Set<string>();
        const scope = partnerScope(request);
        const jobs = request.body.items.map(publishedNoLaterThanNow);
        for (const job of jobs) {
          mayWriteJob(scope, job);
          checkJob(job);
          if (ids.has(job.id)) throw httpError(400, `The job ${job.id} appears twice.`);
          ids.add(job.id);
        }
        checkExternalIds(jobs);
        await saveJobs(jobs);
        await audit.record({ who: whoOf(request), action: 'jobs.put', targetKind: 'job', count: jobs.length });
        return { saved: jobs.length };
      },
    }),
    adminDeleteJob: operation<{ Params: { id: string } }>({
      handler: async (request, reply) => {
        const scope = partnerScope(request);
        const job = region.job(request.params.id);
        if (scope !== undefined && job && job.partner !== scope) throw httpError(403, 'The job belongs to another partner.');
        if (!(await region.deleteJob(request.params.id))) throw httpError(404, 'No such job.');
        await audit.record({ who: whoOf(request), action: 'job.delete', targetKind: 'job', targetId: request.params.id });
        return reply.code(204).send();
      },
    }),
    adminWhoAmI: operation({
      handler: async (request) => {
        const scope = partnerScope(request);
        return scope === undefined ? { role: 'region' } : { role: 'partner', partner: scope };
      },
    }),
    adminListInquiries: operation<{ Body: unknown; Querystring: { partner?: string; from?: string; to?: string; format?: string; order?: 'oldest' | 'newest'; limit?: number; cursor?: string } }>({
      handler: async (request, reply) => {
        const { from, to, format, order = 'oldest', limit, cursor } = request.query;
        // A partner's token sees only inquiries naming its partner; asking for another partner's is refused.
        const scope = partnerScope(request);
        if (scope !== undefined && request.query.partner !== undefined && request.query.partner !== scope) throw httpError(403, 'This token sees only its own partner’s inquiries.');
        const filter = { partner: scope ?? request.query.partner, from, to };
        const after = cursor === undefined ? undefined : decodeCursor(cursor, filter, order);
        if (cursor !== undefined && !after) throw httpError(400, 'The cursor does not belong to these filters and order; start again without it.');
        let items: StoredInquiry[];
        let page: { total: number; next?: string } | undefined;
        if (limit === undefined && after === undefined) {
          items = await inquiries.list(filter);
          if (order === 'newest') items.reverse();
        } else {
          // A cursor without a limit goes on in pages of the largest size.
          const found = await inquiries.page(filter, { order, limit: limit ?? 1000, after });
          items = found.items;
          page = { total: found.total, ...(found.last ? { next: encodeCursor(found.last, filter, order) } : {}) };
        }
        const wantsCsv = format === 'csv' || (format === undefined && /\btext\/csv\b/.test(request.headers.accept ?? ''));
        if (!wantsCsv) return { items, ...page };
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="inquiries.csv"')
          .send(inquiriesAsCsv(items));
      },
    }),
    adminDeleteInquiry: operation<{ Params: { id: string } }>({
      handler: async (request, reply) => {
        // A partner's token deletes only an inquiry naming its partner alone; one it cannot see is 404 (its
        // existence is not told), one also naming other partners is 403 (the others keep theirs; the region deletes it).
        const scope = partnerScope(request);
        if (scope !== undefined) {
          const named = await inquiries.partnersOf(request.params.id);
          if (!named?.includes(scope)) throw httpError(404, 'No such inquiry.');
          if (named.some((id) => id !== scope)) throw httpError(403, 'The inquiry also names other partners; only the region may delete it.');
        }
        if (!(await inquiries.delete(request.params.id))) throw httpError(404, 'No such inquiry.');
        await audit.record({ who: whoOf(request), action: 'inquiry.delete', targetKind: 'inquiry', targetId: request.params.id, count: 1 });
        return reply.code(204).send();
      },
    }),
    adminEraseByEmail: operation<{ Body: { email: string } }>({
      // The address arrives in the body, never the URL, so it stays out of access logs; the audit log keeps
      // only that an erasure happened and how many inquiries it removed.
      handler: async (request) => {
        const deleted = await inquiries.eraseByEmail(request.body.email);
        await audit.record({ who: whoOf(request), action: 'inquiry.erase-by-email', targetKind: 'inquiry', count: deleted });
        return { deleted };
      },
    }),
    adminListAudit: operation<{ Querystring: { since?: string; limit?: number } }>({
      handler: async (request) => ({ items: await audit.list({ since: request.query.since, limit: request.query.limit }) }),
    }),
    adminListPartnerTokens: operation<{ Params: { id: string } }>({
      handler: async (request) => {
        if (!region.partnerIds().has(request.params.id)) throw httpError(404, 'No such partner.');
        return { items: await tokens.list(request.params.id) };
      },
    }),
    adminCreatePartnerToken: operation<{ Params: { id: string } }>({
      // The secret is in this answer only; the server keeps its hash.
      handler: async (request, reply) => {
        if (!region.partnerIds().has(request.params.id)) throw httpError(404, 'No such partner.');
        const created = await tokens.create(request.params.id);
        await audit.record({ who: whoOf(request), action: 'token.create', targetKind: 'token', targetId: created.id });
        return reply.code(201).send(created);
      },
    }),
    adminDeletePartnerToken: operation<{ Params: { id: string; tokenId: string } }>({
      handler: async (request, reply) => {
        if (!(await tokens.delete(request.params.id, request.params.tokenId))) throw httpError(404, 'No such token.');
        await audit.record({ who: whoOf(request), action: 'token.delete', targetKind: 'token', targetId: request.params.tokenId });
        return reply.code(204).send();
      },
    }),
    adminListImports: operation({
      handler: async () => imports.state(),
    }),
    adminRunImports: operation({
      // A run can take minutes (the BA details are one request per opening), so it is started and answered at
      // once; GET /admin/imports shows when it is done. A run already going on is not started twice.
      handler: async (request, reply) => {
        if (!imports.configured) throw httpError(409, 'No import sources are configured (IMPORT_CONFIG).');
        imports.run(whoOf(request)).catch((error: unknown) => request.log.error({ err: error }, 'import run failed'));
        return reply.code(202).send(await imports.state());
      },
    }),
    adminOutboxState: operation({
      handler: async () => ({ mail: mailEnabled ? 'on' : 'off', ...(await outbox.state()) }),
    }),
    adminCreateBackup: operation({
      handler: async (request, reply) => {
        const file = await backups.create();
        await audit.record({ who: whoOf(request), action: 'backup.create', targetKind: 'backup', targetId: file });
        return reply.code(201).send({ file });
      },
    }),
  };
}
