import { expect } from '@open-wc/testing';
import { evaluate, jobSearchRanker, qualityData, type QualityReport } from '../search-quality/evaluate.js';
import { sampleNow } from '../support/page-clock.js';

/** The queries that missed, for the failure message: what was typed and the first titles answered. */
const misses = (report: QualityReport, titles: Map<string, string>) =>
  report.outcomes
    .filter((outcome) => outcome.firstRelevant === 0 || outcome.firstRelevant > 5)
    .map((outcome) => `"${outcome.query.q}" (${outcome.query.kind}, ${outcome.query.lang}) → ${outcome.ids.slice(0, 3).map((id) => titles.get(id)).join(' | ')}`)
    .join('\n');

describe('the job search on our quality set (test/search-quality/)', () => {
  const data = qualityData(sampleNow);
  const titles = new Map(data.jobs.map((job) => [job.id, job.title]));
  const report = evaluate(jobSearchRanker(data, sampleNow), data.jobs);

  it('finds a right job among the first five for at least 95 % of the queries, on the German and the English page', () => {
    expect(report.queries).to.be.at.least(80);
    expect(report.recallAt5, misses(report, titles)).to.be.at.least(0.95);
    for (const lang of ['de', 'en'] as const) {
      const ofLang = evaluate(jobSearchRanker(data, sampleNow), data.jobs, report.outcomes.map((outcome) => outcome.query).filter((query) => query.lang === lang));
      expect(ofLang.recallAt5, `${lang}:\n${misses(ofLang, titles)}`).to.be.at.least(0.95);
    }
  });

  it('finds a right job for every kind of query, and most often first', () => {
    for (const [kind, { recallAt5 }] of Object.entries(report.byKind)) expect(recallAt5, kind).to.be.at.least(0.9);
    expect(report.precisionAt1).to.be.at.least(0.9);
  });
});
