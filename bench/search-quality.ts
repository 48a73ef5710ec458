// Search quality and engine choice: recall@5, precision@1 and MRR of the job search on our quality set
// (test/search-quality/), by kind of query; and the same German analysis on Orama instead of MiniSearch, on the
// same set and over 10,000 sample jobs, so the choice of engine is measured rather than assumed.
//
//   node --import tsx bench/search-quality.ts            (about a minute; BENCH_JOBS=… for another size)
import { create, insertMultiple, search as oramaSearch, type AnyOrama } from '@orama/orama';
import type { Query } from 'minisearch';
import type { Job } from '@wachstumsregion/domain/contract';
import { createSampleJobs } from '@wachstumsregion/domain/sample-data';
import { JobSearch, type SearchData } from '@wachstumsregion/domain/search';
import { fieldBoosts, indexedJob, JobIndex } from '../domain/src/search/job-index.js';
import { evaluate, jobSearchRanker, qualityData, type QualityReport, type Ranker } from '../test/search-quality/evaluate.js';

const now = new Date('2026-11-24T12:00:00Z');
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

/** Orama over the very documents our index holds (same stems and parts), searched with the same query terms. */
async function oramaRanker(data: SearchData): Promise<{ rank: Ranker; db: AnyOrama; insertMs: number }> {
  const db = create({
    schema: { title: 'string', place: 'string', employer: 'string', category: 'string', kind: 'string', description: 'string' },
    components: { tokenizer: { language: 'german', normalizationCache: new Map(), tokenize: (raw: string) => raw.split(' ').filter(Boolean) } as never },
  });
  const partners = new Map(data.partners.map((partner) => [partner.id, partner]));
  const categories = new Map(data.categories.map((category) => [category.id, category]));
  const documents = data.jobs.map((job) => indexedJob(job, partners.get(job.partner), categories.get(job.category)).document);
  const started = cpuMs();
  await insertMultiple(db, documents as never, 1000);
  const insertMs = cpuMs() - started;
  // The query's terms as our index would look for them; Orama has no query tree, so they are one OR list.
  const index = new JobIndex();
  index.sync(data.jobs, data.partners, data.categories);
  const terms = (query: Query): string[] => (typeof query === 'string' ? [query] : typeof query === 'object' ? query.queries.flatMap(terms) : []);
  const rank: Ranker = (q, limit) => {
    const tree = index.query(q).tree;
    if (!tree) return [];
    const result = oramaSearch(db, { term: [...new Set(terms(tree))].join(' '), boost: fieldBoosts, limit, threshold: 1 } as never) as { hits: { document: { id: string } }[] };
    return result.hits.map((hit) => hit.document.id);
  };
  return { rank, db, insertMs };
}

const line = (name: string, report: QualityReport) =>
  `${name.padEnd(26)} recall@5 ${report.recallAt5.toFixed(3)}  precision@1 ${report.precisionAt1.toFixed(3)}  MRR ${report.mrr.toFixed(3)}  (${report.queries} queries)`;

const quality = qualityData(now);
const ours = evaluate(jobSearchRanker(quality, now), quality.jobs);
console.log('Quality set: sample data + 65 ads, queries of test/search-quality/queries.ts\n');
console.log(line('MiniSearch (ours)', ours));
for (const lang of ['de', 'en'] as const) console.log(line(`  page ${lang}`, evaluate(jobSearchRanker(quality, now), quality.jobs, ours.outcomes.map((outcome) => outcome.query).filter((query) => query.lang === lang))));
for (const [kind, { queries, recallAt5 }] of Object.entries(ours.byKind)) console.log(`  ${kind.padEnd(12)} ${String(queries).padStart(3)} queries, recall@5 ${recallAt5.toFixed(3)}`);
const orama = await oramaRanker(quality);
console.log(line('Orama, same analysis', evaluate(orama.rank, quality.jobs)));

const count = Number(process.env.BENCH_JOBS ?? 10_000);
const big: SearchData & { jobs: Job[] } = { ...quality, jobs: createSampleJobs(now, count) as Job[] };
const words = ['Pflege', 'Erzieherin Dresden', 'Elektricker', 'software developer', 'Koch', 'Lagerlogistik', 'Verkäuferin Teilzeit', 'nurse', 'Mechatr', 'Kauffrau Büro', 'Bautzen', 'Ausbildung Kamenz'];
const time = (run: (q: string) => unknown) => {
  for (const q of words) run(q);
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of words) {
      const started = cpuMs();
      run(q);
      times.push(cpuMs() - started);
    }
  }
  return times;
};
console.log(`\n${count} sample jobs, CPU time (medians; the machine's other load shows in p99):`);
const engine = new JobSearch();
let started = cpuMs();
engine.prepare(big);
const buildMs = cpuMs() - started;
const miniTimes = time((q) => engine.search(big, { q, page: 1, pageSize: 10 }, now));
console.log(`MiniSearch (ours): index ${buildMs.toFixed(0)} ms, search median ${median(miniTimes).toFixed(1)} ms, p99 ${percentile(miniTimes, 0.99).toFixed(1)} ms (filters, facets and order included)`);
const oramaBig = await oramaRanker(big);
const oramaTimes = time((q) => oramaBig.rank(q, 10));
console.log(`Orama:             insert ${oramaBig.insertMs.toFixed(0)} ms (analysis not counted), search median ${median(oramaTimes).toFixed(1)} ms, p99 ${percentile(oramaTimes, 0.99).toFixed(1)} ms (ranking only)`);
started = cpuMs();
const changed = { ...big, jobs: big.jobs.map((job, index) => (index % 100 === 0 ? { ...job, title: `${job.title} neu` } : job)) };
engine.prepare(changed);
console.log(`MiniSearch: ${count / 100} changed jobs reindexed in ${(cpuMs() - started).toFixed(0)} ms`);
