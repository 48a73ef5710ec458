import type { Job } from '@wachstumsregion/domain/contract';
import { createSampleData } from '@wachstumsregion/domain/sample-data';
import { JobSearch, type SearchData } from '@wachstumsregion/domain/search';
import { qualityAds } from './ads.js';
import { qualityQueries, type QualityQuery } from './queries.js';

/** What a search engine answers: the ids of the first jobs for the words, best first. */
export type Ranker = (q: string, limit: number) => readonly string[];

export interface QueryOutcome {
  query: QualityQuery;
  /** The first ten ids answered. */
  ids: readonly string[];
  /** Rank (1-based) of the first relevant job among them, 0 when none. */
  firstRelevant: number;
}

export interface QualityReport {
  queries: number;
  /** Share of queries with a relevant job among the first five. */
  recallAt5: number;
  /** Share of queries whose first job is relevant. */
  precisionAt1: number;
  /** Mean reciprocal rank of the first relevant job among the first ten. */
  mrr: number;
  byKind: Record<string, { queries: number; recallAt5: number }>;
  outcomes: QueryOutcome[];
}

/** The data the quality set is judged on: the sample data and the realistic ads, dated from `now`. */
export function qualityData(now: Date): SearchData & { jobs: Job[] } {
  const sample = createSampleData(now);
  return { ...sample, jobs: [...sample.jobs, ...qualityAds(now)] };
}

export const isRelevant = (query: QualityQuery, job: Job) => (query.relevant.ids?.includes(job.id) ?? false) || (query.relevant.title?.test(job.title) ?? false);

/** Runs every quality query through `rank` and measures it. */
export function evaluate(rank: Ranker, jobs: readonly Job[], queries: readonly QualityQuery[] = qualityQueries): QualityReport {
  const byId = new Map(jobs.map((job) => [job.id, job]));
  const outcomes = queries.map((query) => {
    const ids = rank(query.q, 10);
    const index = ids.findIndex((id) => byId.has(id) && isRelevant(query, byId.get(id)!));
    return { query, ids, firstRelevant: index + 1 };
  });
  const share = (list: QueryOutcome[], test: (outcome: QueryOutcome) => boolean) => (list.length ? list.filter(test).length / list.length : 0);
  const byKind: QualityReport['byKind'] = {};
  for (const kind of new Set(queries.map((query) => query.kind))) {
    const ofKind = outcomes.filter((outcome) => outcome.query.kind === kind);
    byKind[kind] = { queries: ofKind.length, recallAt5: share(ofKind, (outcome) => outcome.firstRelevant >= 1 && outcome.firstRelevant <= 5) };
  }
  return {
    queries: outcomes.length,
    recallAt5: share(outcomes, (outcome) => outcome.firstRelevant >= 1 && outcome.firstRelevant <= 5),
    precisionAt1: share(outcomes, (outcome) => outcome.firstRelevant === 1),
    mrr: outcomes.reduce((sum, outcome) => sum + (outcome.firstRelevant ? 1 / outcome.firstRelevant : 0), 0) / (outcomes.length || 1),
    byKind,
    outcomes,
  };
}

/** Our engine as a ranker over the data: the ids of `GET /jobs?q=…` in its default (best match) order. */
export function jobSearchRanker(data: SearchData, now: Date, search = new JobSearch()): Ranker {
  return (q, limit) => search.search(data, { q, page: 1, pageSize: limit }, now).items.map((job) => job.id);
}
