import { expect } from '@open-wc/testing';
import { readChallenge, readJob, readJobPage, readJobSuggestions, readPartners } from '../../src/core/validate.js';

const job = {
  id: 'j1',
  title: 'Hausmeister (m/w/d)',
  employer: { name: 'Stadt Kamenz' },
  partner: 'kamenz',
  location: { city: 'Kamenz', postalCode: null },
  category: 'handwerk',
  employmentType: 'full-time',
  publishedAt: '2026-11-20T08:00:00Z',
  description: 'Text',
};

const partner = {
  id: 'kamenz',
  name: 'Kamenz',
  kind: 'town',
  lat: 51.27,
  lon: 14.09,
  website: 'https://www.kamenz.de',
  contact: { office: 'Wirtschaftsförderung', email: 'wirtschaft@kamenz.de' },
};

describe('reading API answers', () => {
  it('accepts what the contract allows, optional fields missing or null and extra fields', () => {
    expect(readJob({ ...job, extra: 1 })).to.deep.equal({ ...job, extra: 1 });
    expect(readJob({ ...job, salary: { min: 2800, currency: 'EUR', period: 'month' }, validThrough: '2027-01-21' }).salary!.min).to.equal(2800);
    expect(readChallenge({ algorithm: 'SHA-256', challenge: 'c', salt: 's', signature: 'x' }).salt).to.equal('s');
  });

  it('names the first field that does not fit', () => {
    const reason = (value: unknown) => {
      try {
        readJob(value);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(reason(null)).to.equal('job is not an object');
    expect(reason([job])).to.equal('job is not an object');
    expect(reason({ ...job, title: 3 })).to.equal('job.title is not a string');
    expect(reason({ ...job, employer: {} })).to.equal('job.employer.name is not a string');
    expect(reason({ ...job, location: { city: 'Kamenz', lat: '51' } })).to.equal('job.location.lat is not a number');
    expect(reason({ ...job, location: { city: 'Kamenz', lat: Infinity } })).to.equal('job.location.lat is not a number');
    expect(reason({ ...job, employmentType: 'forever' })).to.match(/^job\.employmentType is not one of full-time, /);
    expect(reason({ ...job, publishedAt: 'yesterday' })).to.equal('job.publishedAt is not a date');
    expect(reason({ ...job, salary: { currency: 'EUR', period: 'week' } })).to.equal('job.salary.period is not one of hour, month, year');
  });

  it('leaves out the items of a list that do not fit, and refuses a page without its numbers', () => {
    expect(readPartners({ items: [partner, { ...partner, kind: 'village' }, null] })).to.deep.equal([partner]);
    expect(() => readPartners({ partners: [] })).to.throw('partners.items is not a list');
    const page = readJobPage({ items: [job, {}], total: 1, page: 1, pageSize: 10, facets: { partner: { kamenz: 1 } } });
    expect(page.items).to.deep.equal([job]);
    expect(page.facets).to.deep.equal({ partner: { kamenz: 1 }, category: {}, employmentType: {} });
    expect(() => readJobPage({ items: [], page: 1, pageSize: 10 })).to.throw('total is not a number');
    expect(() => readJobPage({ items: [], total: 0, page: 1, pageSize: 10, facets: { category: { x: 'many' } } })).to.throw('facets.category.x is not a number');
  });

  it('reads the hints of an empty page, leaving out those that do not fit and never the page', () => {
    const empty = { items: [], total: 0, page: 1, pageSize: 10, facets: {} };
    const hints = { didYouMean: { q: 'Erzieher', total: 12 }, withoutFilters: [{ filter: 'partner', total: 12 }, { filter: 'type', total: 3 }] };
    expect(readJobPage({ ...empty, hints }).hints).to.deep.equal(hints);
    expect(readJobPage(empty)).to.not.have.property('hints');
    expect(readJobPage({ ...empty, hints: null })).to.not.have.property('hints');
    expect(readJobPage({ ...empty, hints: 'Erzieher' })).to.not.have.property('hints');
    expect(readJobPage({ ...empty, hints: { didYouMean: { q: '  ', total: 3 } } }), 'blank words').to.not.have.property('hints');
    expect(readJobPage({ ...empty, hints: { didYouMean: { q: 'Erzieher' }, withoutFilters: [{ filter: 'type', total: 3 }] } }).hints).to.deep.equal({ withoutFilters: [{ filter: 'type', total: 3 }] });
    expect(readJobPage({ ...empty, hints: { withoutFilters: { filter: 'type', total: 3 } } })).to.not.have.property('hints');
    const mixed = [{ filter: 'salary', total: 3 }, { filter: 'category', total: 0 }, { filter: 'category', total: '2' }, null, { filter: 'category', total: 2, extra: true }];
    expect(readJobPage({ ...empty, hints: { didYouMean: { q: 'Erzieher', total: 0 }, withoutFilters: mixed } }).hints).to.deep.equal({ withoutFilters: [{ filter: 'category', total: 2 }] });
  });

  it('reads suggestions, leaving out one whose kind or ranges do not fit, and refuses an answer without a list', () => {
    const good = { text: 'Pflegefachkraft ambulante Pflege', kind: 'title', jobs: 2, match: [[0, 4], [26, 30]] };
    const items = [
      good,
      { ...good, kind: 'company' },
      { ...good, jobs: '2' },
      { ...good, text: ' ' },
      { ...good, match: [[0, 4, 6]] },
      { ...good, match: [[4, 4]] },
      { ...good, match: [[-1, 2]] },
      { ...good, match: [[0, 33]] },
      { ...good, match: [[0.5, 2]] },
      { ...good, match: 'all' },
      { ...good, match: [] },
    ];
    expect(readJobSuggestions({ items })).to.deep.equal([good, { ...good, match: [] }]);
    expect(() => readJobSuggestions({ items: 'Pflege' })).to.throw('suggestions.items is not a list');
    expect(() => readJobSuggestions([good])).to.throw('suggestions is not an object');
  });
});
