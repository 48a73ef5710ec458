import { createHash } from 'node:crypto';
import { foldForSearch, searchWords } from '@wachstumsregion/domain/search';
import type { Job, Partner } from '@wachstumsregion/domain/contract';
import { expandPartners } from '@wachstumsregion/domain/search';

export type JobStatus = 'active' | 'expired' | 'all';

export interface AdminJobFilter {
  /** A partner id; a district includes its towns. For a partner's token, its own partner (exactly). */
  partner?: string;
  /** Set for a partner's token: only jobs whose `partner` is exactly this. */
  ownPartner?: string;
  status: JobStatus;
  q?: string;
}

/** Where a page starts: after this job in the list's order (newest `publishedAt` first, then by id). */
interface JobPosition {
  publishedAt: number;
  id: string;
}

export interface AdminJobPage {
  items: Job[];
  total: number;
  next?: string;
}

const folded = new WeakMap<Job, string>();

/** What `q` looks in: the words an operator knows a job by. Folded once per job object (jobs are replaced, never changed). */
function searchable(job: Job): string {
  let text = folded.get(job);
  if (text === undefined) {
    text = foldForSearch([job.title, job.employer.name, job.location.city, job.id, job.externalId ?? ''].join(' '));
    folded.set(job, text);
  }
  return text;
}

export const isExpired = (job: Job, now: number) => job.validThrough !== undefined && Date.parse(job.validThrough) < now;

/** What a cursor was made for; a cursor used with other filters would skip or repeat jobs. */
function queryHash(filter: AdminJobFilter): string {
  return createHash('sha256')
    .update(JSON.stringify([filter.partner ?? '', filter.ownPartner ?? '', filter.status, filter.q ?? '']))
    .digest('base64url')
    .slice(0, 12);
}

function encodeCursor(job: Job, filter: AdminJobFilter): string {
  return Buffer.from(JSON.stringify([Date.parse(job.publishedAt), job.id, queryHash(filter)])).toString('base64url');
}

/** The position a cursor names, or undefined when it is malformed or belongs to other filters. */
export function decodeJobCursor(cursor: string, filter: AdminJobFilter): JobPosition | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3) return undefined;
    const [publishedAt, id, made] = value as unknown[];
    if (typeof publishedAt !== 'number' || !Number.isFinite(publishedAt) || typeof id !== 'string' || made !== queryHash(filter)) return undefined;
    return { publishedAt, id };
  } catch {
    return undefined;
  }
}

/**
 * One page of the operator's job list over the jobs in memory (already newest first, as the store keeps them).
 * Keyset paging on (publishedAt, id): a page stays right while jobs are added or deleted between requests.
 */
export function listAdminJobs(jobs: readonly Job[], partners: readonly Partner[], filter: AdminJobFilter, limit: number, after: JobPosition | undefined, now: number): AdminJobPage {
  const partnerIds = filter.partner !== undefined ? expandPartners([filter.partner], partners as Partner[]) : undefined;
  const words = filter.q ? searchWords(filter.q) : [];
  const matching = jobs.filter(
    (job) =>
      (filter.ownPartner === undefined || job.partner === filter.ownPartner) &&
      (!partnerIds || partnerIds.has(job.partner)) &&
      (filter.status === 'all' || isExpired(job, now) === (filter.status === 'expired')) &&
      words.every((word) => searchable(job).includes(word)),
  );
  const start = after
    ? matching.findIndex((job) => {
        const published = Date.parse(job.publishedAt);
        return published < after.publishedAt || (published === after.publishedAt && job.id.localeCompare(after.id) > 0);
      })
    : 0;
  const items = start < 0 ? [] : matching.slice(start, start + limit);
  const last = items.at(-1);
  const more = start >= 0 && start + limit < matching.length;
  return { items, total: matching.length, ...(more && last ? { next: encodeCursor(last, filter) } : {}) };
}
