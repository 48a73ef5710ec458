import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Job, JobPage } from '@wachstumsregion/domain/contract';
import { SearchCache } from '../src/store/search-cache.js';

const page = (total: number): JobPage => ({ items: [], total, page: 1, pageSize: 10, facets: { partner: {}, category: {}, employmentType: {} } });
const job = (validThrough?: string) => ({ id: 'a', validThrough }) as Job;

test('the search cache answers again until the data changes or a job expires', () => {
  const cache = new SearchCache<JobPage>(2);
  const jobs = [job('2030-01-01T00:00:00Z'), job()];
  const now = Date.parse('2029-12-31T23:00:00Z');
  let searches = 0;
  const search = () => page(++searches);
  assert.equal(cache.get('a', jobs, now, search).total, 1);
  assert.equal(cache.get('a', jobs, now + 1000, search).total, 1, 'a hit');
  assert.equal(cache.get('a', [...jobs], now, search).total, 2, 'new data, new search');
  const afterExpiry = Date.parse('2030-01-01T00:00:01Z');
  assert.equal(cache.get('a', jobs, afterExpiry, search).total, 3, 'a job expired, new search');
  cache.get('b', jobs, afterExpiry, search);
  cache.get('c', jobs, afterExpiry, search);
  assert.equal(cache.get('a', jobs, afterExpiry, search).total, 6, 'the least recently used entry was dropped');
  assert.equal(new SearchCache<JobPage>(0).get('a', jobs, now, search).total, 7, 'size 0 switches it off');
});
