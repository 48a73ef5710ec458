import { employmentTypes, type EmploymentType, type JobSort } from '../core/types.js';

/** What the job list keeps in the host page's URL with `sync-url`, so back/forward and shared links restore it. */
export interface JobListState {
  q: string;
  /** Partner ids the visitor chose (empty: all). */
  partner: string[];
  category: string;
  type: EmploymentType | '';
  /** The visitor's order for words; without words the list is always newest first. */
  sort: JobSort;
  page: number;
  /** The open job, or '' when none is open. */
  job: string;
}

export const emptyState: JobListState = { q: '', partner: [], category: '', type: '', sort: 'relevance', page: 1, job: '' };

/** Whether a query has words the search uses; as the contract says, one without letters or digits is no filter. */
export function hasWords(q: string): boolean {
  return /[\p{L}\p{N}]/u.test(q);
}

const names: Record<keyof JobListState, string> = {
  q: 'wr-q',
  partner: 'wr-partner',
  category: 'wr-category',
  type: 'wr-type',
  sort: 'wr-sort',
  page: 'wr-page',
  job: 'wr-job',
};

const idPattern = /^[a-z0-9][a-z0-9._-]{0,99}$/i;
const maxQueryLength = 200;

/**
 * Reads the state from a URL. Everything in a URL is untrusted: ids must look like ids, the query is cut to the
 * contract's length, the page is a small positive integer; anything else is ignored.
 */
export function readState(url: URL): JobListState {
  const params = url.searchParams;
  const id = (value: string | null) => (value && idPattern.test(value) ? value : '');
  const type = params.get(names.type);
  const page = Number(params.get(names.page));
  return {
    q: (params.get(names.q) ?? '').slice(0, maxQueryLength),
    partner: (params.get(names.partner) ?? '').split(',').map(id).filter(Boolean).slice(0, 20),
    category: id(params.get(names.category)),
    type: employmentTypes.includes(type as EmploymentType) ? (type as EmploymentType) : '',
    sort: params.get(names.sort) === 'newest' ? 'newest' : 'relevance',
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    job: id(params.get(names.job)),
  };
}

/** The URL with the state written into our `wr-` parameters; the host page's own parameters stay as they are. */
export function writeState(url: URL, state: JobListState): URL {
  const next = new URL(url.href);
  const values: Record<keyof JobListState, string> = {
    q: state.q.trim(),
    partner: state.partner.join(','),
    category: state.category,
    type: state.type,
    // Only what differs from the default: relevance with words, and without words newest is the only order.
    sort: state.sort === 'newest' && hasWords(state.q) ? 'newest' : '',
    page: state.page > 1 ? String(state.page) : '',
    job: state.job,
  };
  for (const key of Object.keys(names) as (keyof JobListState)[]) {
    if (values[key]) next.searchParams.set(names[key], values[key]);
    else next.searchParams.delete(names[key]);
  }
  return next;
}

/** The link a job's title carries: this page with the job open, so it can be opened in a new tab or copied. */
export function jobUrl(url: URL, state: JobListState, jobId: string): string {
  return writeState(url, { ...state, job: jobId }).href;
}
