import type { Category, EmploymentType, Job, JobPage, JobSearchHints, JobSuggestions, Partner } from '../contract/types.js';
import { employmentTypes } from '../contract/types.js';
import { JobIndex } from './job-index.js';
import { Suggestions } from './suggestions.js';
import type { SynonymTable } from './synonyms.js';

/** A parsed `GET /jobs` query. */
export interface JobQuery {
  q?: string;
  /** Partner ids as given; a district stands for itself and its towns. */
  partner?: string[];
  category?: string;
  type?: EmploymentType;
  page: number;
  pageSize: number;
  /** Absent: relevance when `q` has words, else newest. */
  sort?: 'newest' | 'relevance';
}

/** A query parameter the contract does not allow; answered with 400. */
export class QueryError extends Error {}

/** A text's length as JSON Schema's `maxLength` counts it: in code points, so an emoji is one, not two. */
const codePoints = (text: string) => [...text].length;

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
  if (q && codePoints(q) > 200) throw new QueryError('q must be at most 200 characters');
  const type = params.get('type') || undefined;
  if (type && !employmentTypes.includes(type as EmploymentType)) throw new QueryError(`type must be one of ${employmentTypes.join(', ')}`);
  const sort = params.get('sort') || undefined;
  if (sort !== undefined && sort !== 'newest' && sort !== 'relevance') throw new QueryError('sort must be newest or relevance');
  const partner = params.get('partner')?.split(',').map((id) => id.trim()).filter(Boolean);
  return {
    q,
    partner: partner?.length ? partner : undefined,
    category: params.get('category') || undefined,
    type: type as EmploymentType | undefined,
    page: integer('page', 1, 100_000),
    pageSize: integer('pageSize', 10, 100),
    ...(sort && { sort }),
  };
}

/** A parsed `GET /jobs/suggestions` query. */
export interface SuggestQuery {
  q: string;
  limit: number;
}

/** Reads the query string of `GET /jobs/suggestions` as the contract defines it. */
export function parseSuggestQuery(params: URLSearchParams): SuggestQuery {
  const q = params.get('q') ?? '';
  if (codePoints(q) < 2 || codePoints(q) > 100) throw new QueryError('q must be 2 to 100 characters');
  const raw = params.get('limit');
  const limit = raw === null || raw === '' ? 8 : Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10) throw new QueryError('limit must be an integer from 1 to 10');
  return { q, limit };
}

/** The partner ids a filter stands for: each id, and for a district the towns it contains. */
export function expandPartners(ids: string[], partners: readonly Partner[]): Set<string> {
  const expanded = new Set(ids);
  for (const partner of partners) if (partner.district && expanded.has(partner.district)) expanded.add(partner.id);
  return expanded;
}

/** What the search runs over: the store's arrays, replaced (not changed in place) when the data changes. */
export interface SearchData {
  jobs: readonly Job[];
  partners: readonly Partner[];
  categories: readonly Category[];
}

/** A job with the moments the search compares, read once per change of the data rather than per search. */
interface Entry {
  job: Job;
  published: number;
  validUntil: number;
}

/** Entries of job objects seen before, so a change of a few jobs reads the dates of those only. */
const entries = new WeakMap<Job, Entry>();
function entryOf(job: Job): Entry {
  let entry = entries.get(job);
  if (!entry) {
    entry = { job, published: Date.parse(job.publishedAt), validUntil: job.validThrough ? Date.parse(job.validThrough) : Number.POSITIVE_INFINITY };
    entries.set(job, entry);
  }
  return entry;
}

/** A job that matched, with its score (0 without words). */
interface Scored {
  entry: Entry;
  score: number;
}

/**
 * The first `count` items in this order: the whole list sorted when the page lies deep in it, else only the
 * page's items kept, in order, in one pass, as a visitor mostly looks at the first page of thousands of matches.
 */
function firstInOrder<T>(items: T[], count: number, order: (a: T, b: T) => number): T[] {
  if (count * 8 >= items.length) return items.sort(order);
  const first: T[] = [];
  for (const item of items) {
    if (first.length === count && order(item, first[count - 1]!) >= 0) continue;
    let at = first.length === count ? count - 1 : first.length;
    while (at > 0 && order(item, first[at - 1]!) < 0) {
      first[at] = first[at - 1]!;
      at--;
    }
    first[at] = item;
  }
  return first;
}

const byNewest = (a: Entry, b: Entry) => b.published - a.published || (a.job.id < b.job.id ? -1 : a.job.id > b.job.id ? 1 : 0);
const increment = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/**
 * `GET /jobs` and `GET /jobs/suggestions` over jobs in memory, the same in the server and in the mock API. The
 * index follows the data on every call (nothing to do when the arrays are the same as last time).
 */
export class JobSearch {
  private readonly index: JobIndex;
  /** Counts the synonym tables taken, so a cache of answers knows when its answers are stale. */
  version = 0;
  private readonly suggestions = new Suggestions();
  /** The jobs newest first, for the array they were read from, and by id. */
  private entries: Entry[] = [];
  private byId = new Map<string, Entry>();
  private entriesOf: readonly Job[] | undefined;

  constructor(synonyms?: SynonymTable) {
    this.index = new JobIndex(synonyms);
  }

  /** Takes another synonym table (the operator edited the file); effective with the next search. */
  useSynonyms(synonyms: SynonymTable): void {
    this.index.useSynonyms(synonyms);
    this.version++;
  }

  /**
   * Indexes the data now rather than on the next search (after an import, so no visitor waits for it). The
   * suggestions follow when they are first asked for: a search need not wait for them.
   */
  prepare(data: SearchData): void {
    this.index.sync(data.jobs, data.partners, data.categories);
    if (data.jobs === this.entriesOf) return;
    this.entriesOf = data.jobs;
    this.entries = data.jobs.map((job) => entryOf(job)).sort(byNewest);
    this.byId = new Map(this.entries.map((entry) => [entry.job.id, entry]));
  }

  /**
   * Words, filters, order, page and facets, each facet counted with every filter but its own, and a district's
   * count including its towns. Jobs past `validThrough` are left out. An empty answer carries what would help.
   */
  search(data: SearchData, query: JobQuery, now: Date, withHints = true): JobPage {
    this.prepare(data);
    const { partners } = data;
    const words = query.q ? this.index.query(query.q) : undefined;
    const nowMs = now.getTime();
    // With words, only the index's matches are looked at; without, every job, already newest first.
    const candidates: Scored[] = [];
    if (words?.tree) {
      for (const { id, score } of this.index.match(words.tree)) {
        const entry = this.byId.get(id);
        if (entry && entry.validUntil >= nowMs) candidates.push({ entry, score });
      }
    } else {
      for (const entry of this.entries) if (entry.validUntil >= nowMs) candidates.push({ entry, score: 0 });
    }
    const partnerIds = query.partner ? expandPartners(query.partner, partners) : undefined;

    // One pass: a job counts in a facet when it passes every filter but that facet's own.
    const facets = { partner: {} as Record<string, number>, category: {} as Record<string, number>, employmentType: {} as Record<string, number> };
    const lifted = { partner: 0, category: 0, type: 0 };
    const matching: Scored[] = [];
    for (const candidate of candidates) {
      const { job } = candidate.entry;
      const partner = !partnerIds || partnerIds.has(job.partner);
      const category = !query.category || job.category === query.category;
      const type = !query.type || job.employmentType === query.type;
      if (category && type) {
        increment(facets.partner, job.partner);
        lifted.partner++;
      }
      if (partner && type) {
        increment(facets.category, job.category);
        lifted.category++;
      }
      if (partner && category) {
        increment(facets.employmentType, job.employmentType);
        lifted.type++;
      }
      if (partner && category && type) matching.push(candidate);
    }
    for (const partner of partners) {
      if (partner.kind !== 'district') continue;
      const total = partners.filter((town) => town.district === partner.id).reduce((sum, town) => sum + (facets.partner[town.id] ?? 0), facets.partner[partner.id] ?? 0);
      if (total) facets.partner[partner.id] = total;
    }

    const start = (query.page - 1) * query.pageSize;
    // Best match first, newest first among equals; or newest first whatever the match. Without words the jobs
    // are in that order already.
    const order = query.sort === 'newest' ? (a: Scored, b: Scored) => byNewest(a.entry, b.entry) : (a: Scored, b: Scored) => b.score - a.score || byNewest(a.entry, b.entry);
    const ranked = words?.tree ? firstInOrder(matching, start + query.pageSize, order) : matching;
    const items = ranked.slice(start, start + query.pageSize).map(({ entry }) => entry.job);
    const page: JobPage = { items, total: matching.length, page: query.page, pageSize: query.pageSize, facets };
    if (matching.length > 0 || !withHints) return page;

    const hints: JobSearchHints = {};
    const withoutFilters: NonNullable<JobSearchHints['withoutFilters']> = [];
    if (query.partner && lifted.partner) withoutFilters.push({ filter: 'partner', total: lifted.partner });
    if (query.category && lifted.category) withoutFilters.push({ filter: 'category', total: lifted.category });
    if (query.type && lifted.type) withoutFilters.push({ filter: 'type', total: lifted.type });
    if (withoutFilters.length) hints.withoutFilters = withoutFilters;
    // A respelling helps only when the words found nothing; when the filters emptied the list, they say so.
    const respelled = words?.tree && !candidates.length ? this.index.respell(words) : undefined;
    if (respelled) {
      const total = this.search(data, { ...query, q: respelled, page: 1, pageSize: 1 }, now, false).total;
      if (total > 0) hints.didYouMean = { q: respelled, total };
    }
    return Object.keys(hints).length ? { ...page, hints } : page;
  }

  /** Occupations and titles that begin with what the visitor typed, most current jobs first. */
  suggest(data: SearchData, typed: string, limit: number, now: Date): JobSuggestions {
    this.suggestions.sync(data.jobs);
    const nowMs = now.getTime();
    return { items: this.suggestions.find(typed, limit, (job) => !job.validThrough || Date.parse(job.validThrough) >= nowMs) };
  }
}
