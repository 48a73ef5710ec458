import { foldForSearch, searchWords } from './fold.js';
import type { EmploymentType, Job, JobPage, Partner } from '../contract/types.js';
import { employmentTypes } from '../contract/types.js';

/** A parsed `GET /jobs` query. */
export interface JobQuery {
  q?: string;
  /** Partner ids as given; a district stands for itself and its towns. */
  partner?: string[];
  category?: string;
  type?: EmploymentType;
  page: number;
  pageSize: number;
  sort: 'newest' | 'relevance';
}

/** A query parameter the contract does not allow; answered with 400. */
export class QueryError extends Error {}

/** Reads the query string of `GET /jobs` as the contract defines it. */
export function parseJobQuery(params: URLSearchParams): JobQuery {
  const integer = (name: string, fallback: number, max: number) => {
    const raw = params.get(name);
    if (raw === null || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > max) throw new QueryError(`${name} must be an integer from 1 to ${max}`);
    return value;
  };
  const q = params.get('q')?.trim() || undefined;
  if (q && q.length > 200) throw new QueryError('q must be at most 200 characters');
  const type = params.get('type') || undefined;
  if (type && !employmentTypes.includes(type as EmploymentType)) throw new QueryError(`type must be one of ${employmentTypes.join(', ')}`);
  const sort = params.get('sort') || 'newest';
  if (sort !== 'newest' && sort !== 'relevance') throw new QueryError('sort must be newest or relevance');
  const partner = params.get('partner')?.split(',').map((id) => id.trim()).filter(Boolean);
  return {
    q,
    partner: partner?.length ? partner : undefined,
    category: params.get('category') || undefined,
    type: type as EmploymentType | undefined,
    page: integer('page', 1, 100_000),
    pageSize: integer('pageSize', 10, 100),
    sort,
  };
}

const foldedText = new WeakMap<Job, { title: string; employer: string; description: string }>();

function folded(job: Job) {
  let text = foldedText.get(job);
  if (!text) {
    text = { title: foldForSearch(job.title), employer: foldForSearch(job.employer.name), description: foldForSearch(job.description) };
    foldedText.set(job, text);
  }
  return text;
}

/** Title words weigh most, then the employer, then the description. */
function relevance(job: Job, words: string[]): number {
  const text = folded(job);
  return words.reduce((score, word) => score + (text.title.includes(word) ? 3 : 0) + (text.employer.includes(word) ? 2 : 0) + (text.description.includes(word) ? 1 : 0), 0);
}

function matchesWords(job: Job, words: string[]): boolean {
  const text = folded(job);
  return words.every((word) => text.title.includes(word) || text.employer.includes(word) || text.description.includes(word));
}

/** The partner ids a filter stands for: each id, and for a district the towns it contains. */
export function expandPartners(ids: string[], partners: Partner[]): Set<string> {
  const expanded = new Set(ids);
  for (const partner of partners) if (partner.district && expanded.has(partner.district)) expanded.add(partner.id);
  return expanded;
}

function count<K extends string>(jobs: Job[], key: (job: Job) => K): Record<K, number> {
  const counts = {} as Record<K, number>;
  for (const job of jobs) counts[key(job)] = (counts[key(job)] ?? 0) + 1;
  return counts;
}

/**
 * Answers `GET /jobs` over jobs in memory: words, filters, order, page and facets, each facet counted with every
 * filter but its own, and a district's count including its towns. Jobs past `validThrough` are left out.
 */
export function searchJobs(jobs: Job[], partners: Partner[], query: JobQuery, now: Date): JobPage {
  const words = query.q ? searchWords(query.q) : [];
  const partnerIds = query.partner ? expandPartners(query.partner, partners) : undefined;

  const current = jobs.filter((job) => !job.validThrough || Date.parse(job.validThrough) >= now.getTime());
  const byWords = words.length ? current.filter((job) => matchesWords(job, words)) : current;
  const byPartner = (job: Job) => !partnerIds || partnerIds.has(job.partner);
  const byCategory = (job: Job) => !query.category || job.category === query.category;
  const byType = (job: Job) => !query.type || job.employmentType === query.type;

  const partnerCounts = count(byWords.filter((job) => byCategory(job) && byType(job)), (job) => job.partner);
  for (const partner of partners) {
    if (partner.kind !== 'district') continue;
    const total = partners.filter((town) => town.district === partner.id).reduce((sum, town) => sum + (partnerCounts[town.id] ?? 0), partnerCounts[partner.id] ?? 0);
    if (total) partnerCounts[partner.id] = total;
  }
  const facets = {
    partner: partnerCounts,
    category: count(byWords.filter((job) => byPartner(job) && byType(job)), (job) => job.category),
    employmentType: count(byWords.filter((job) => byPartner(job) && byCategory(job)), (job) => job.employmentType),
  };

  const matching = byWords.filter((job) => byPartner(job) && byCategory(job) && byType(job));
  const newestFirst = (a: Job, b: Job) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.id.localeCompare(b.id);
  const scores = query.sort === 'relevance' && words.length ? new Map(matching.map((job) => [job, relevance(job, words)])) : undefined;
  matching.sort(scores ? (a, b) => scores.get(b)! - scores.get(a)! || newestFirst(a, b) : newestFirst);

  const start = (query.page - 1) * query.pageSize;
  return { items: matching.slice(start, start + query.pageSize), total: matching.length, page: query.page, pageSize: query.pageSize, facets };
}
