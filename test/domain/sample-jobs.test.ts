import { expect } from '@open-wc/testing';
import { createSampleJobs } from '@wachstumsregion/domain/sample-data';
import { sampleNow } from '../support/sample-api.js';

describe('sample jobs', () => {
  it('never repeat an id within a source, also by the thousands a benchmark asks for', () => {
    const jobs = createSampleJobs(sampleNow, 10_000);
    const ids = jobs.filter((job) => job.externalId).map((job) => `${job.source}:${job.externalId}`);
    expect(ids.length).to.be.greaterThan(2500);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('keep the first jobs as they are whatever the count', () => {
    const few = createSampleJobs(sampleNow, 320);
    const many = createSampleJobs(sampleNow, 2000).slice(0, 320);
    expect(many).to.deep.equal(few);
  });
});
