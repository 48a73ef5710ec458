import { expect } from '@open-wc/testing';
import { ApiClient, type QueryParams } from '../../src/core/api-client.js';
import { HttpError } from '../../src/core/api-errors.js';
import { searchWords } from '@wachstumsregion/domain/search';
import type { JobPage } from '@wachstumsregion/domain/contract';
import { readJob, readJobPage, readPartners } from '../../src/core/validate.js';
import { createMockApi, type MockData } from '../../src/mocks/handlers.js';
import { createSampleData } from '@wachstumsregion/domain/sample-data';
import { API, useMockApi, worker } from '../support/mock-api.js';
import { pageClock, sampleNow } from '../support/sample-api.js';


describe('the mock API over the sample data', () => {
  let data: MockData;
  beforeEach(async () => {
    await useMockApi();
    data = createSampleData(sampleNow);
    worker.use(...createMockApi(API, data, pageClock).handlers);
  });

  const jobs = (params: QueryParams) => ApiClient.for(API).get('/jobs', params, readJobPage);

  it('serves the nine partners in the contract shape, without server-only fields', async () => {
    const partners = await ApiClient.for(API).get('/partners', {}, readPartners);
    expect(partners.map((partner) => partner.id)).to.have.members(['dresden', 'grossenhain', 'landkreis-bautzen', 'pulsnitz', 'radeburg', 'radeberg', 'grossroehrsdorf', 'kamenz', 'hoyerswerda']);
    expect(partners[0]).to.not.have.property('origins');
  });

  it('pages newest first with a total and every sample job valid', async () => {
    const first = await jobs({ pageSize: 10 });
    const second = await jobs({ pageSize: 10, page: 2 });
    expect(first.items).to.have.length(10);
    expect(first.total).to.be.greaterThan(200);
    const dates = [...first.items, ...second.items].map((job) => Date.parse(job.publishedAt));
    expect(dates).to.deep.equal([...dates].sort((a, b) => b - a));
    expect(first.items.map((job) => job.id)).to.not.include.members(second.items.map((job) => job.id));
    for (const job of data.jobs) readJob(job);
  });

  it('includes the towns of a district when filtering by it, and counts them in its facet', async () => {
    const district = await jobs({ partner: 'landkreis-bautzen', pageSize: 100 });
    const towns = new Set(data.partners.filter((partner) => partner.district === 'landkreis-bautzen').map((partner) => partner.id));
    expect(district.items.some((job) => towns.has(job.partner))).to.equal(true);
    expect(district.items.every((job) => job.partner === 'landkreis-bautzen' || towns.has(job.partner))).to.equal(true);
    expect(district.facets.partner['landkreis-bautzen']).to.equal(district.total);
    const kamenz = await jobs({ partner: 'kamenz' });
    expect(kamenz.total).to.equal(district.facets.partner.kamenz);
  });

  it('counts each facet with every filter but its own', async () => {
    const page: JobPage = await jobs({ partner: 'dresden', category: 'it' });
    const allTypes = Object.values(page.facets.employmentType).reduce((sum, n) => sum + n, 0);
    expect(allTypes).to.equal(page.total);
    const dresdenAnyCategory = await jobs({ partner: 'dresden' });
    expect(page.facets.category.it).to.equal(page.total);
    expect(Object.values(page.facets.category).reduce((sum, n) => sum + n, 0)).to.equal(dresdenAnyCategory.total);
  });

  it('finds words across umlaut spellings in title, employer and description', async () => {
    const current = data.jobs.filter((job) => !job.validThrough || Date.parse(job.validThrough) >= pageClock.now().getTime());
    const withUmlaut = current.find((job) => /ä|ö|ü|ß/.test(job.title))!;
    const word = withUmlaut.title.split(/\s+/).find((part) => /ä|ö|ü|ß/.test(part))!;
    const spelled = word.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').toUpperCase();
    const page = await jobs({ q: spelled, partner: withUmlaut.partner, pageSize: 100 });
    expect(page.items.map((job) => job.id)).to.include(withUmlaut.id);
    expect(searchWords(spelled)).to.have.length.greaterThan(0);
  });

  it('answers 400 to parameters the contract does not allow', async () => {
    for (const params of [{ pageSize: 101 }, { page: 0 }, { type: 'forever' }, { sort: 'random' }]) {
      const error = await jobs(params).catch((problem: unknown) => problem);
      expect((error as HttpError).status, JSON.stringify(params)).to.equal(400);
    }
  });

  it('answers 404 for a job that is gone', async () => {
    const error = await ApiClient.for(API).get('/jobs/no-such-job', {}, readJob).catch((problem: unknown) => problem);
    expect((error as HttpError).status).to.equal(404);
  });
});
