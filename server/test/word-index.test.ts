import assert from 'node:assert/strict';
import { test } from 'node:test';
import { searchWords } from '@wachstumsregion/domain/search';
import type { Job, Partner } from '@wachstumsregion/domain/contract';
import { createSampleJobs } from '@wachstumsregion/domain/sample-data';
import { parseJobQuery, searchJobs } from '@wachstumsregion/domain/search';
import { createSampleData } from '@wachstumsregion/domain/sample-data';
import { WordIndex } from '../src/store/word-index.js';

test('searching the word index’s candidates answers exactly what searching all jobs answers', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const partners = createSampleData(now).partners as Partner[];
  const jobs = createSampleJobs(now, 2000) as Job[];
  jobs.push({ ...jobs[0]!, id: 'umlaut-test', title: 'Bäckermeister/-in & Konditor (m/w/d)', description: 'Straße, Größe, Öfen; C++ und Ärzte.' });
  const index = new WordIndex(jobs);
  const queries = ['q=pflege', 'q=B%C3%A4cker', 'q=baecker', 'q=STRASSE', 'q=c%2B%2B', 'q=aerzte%20ofen', 'q=m%2Fw%2Fd', 'q=pflege%20teilzeit&sort=relevance',
    'q=elektro&partner=landkreis-bautzen', 'q=xyzzy', 'q=a', 'q=2026', 'q=%C3%9F', 'q=gmbh&type=part-time&category=it', 'q=!!!', 'q=ab%20cd%20ef'];
  for (const raw of queries) {
    const query = parseJobQuery(new URLSearchParams(raw));
    const words = query.q ? searchWords(query.q) : [];
    const pool = words.length ? index.candidates(words) : jobs;
    assert.deepEqual(searchJobs(pool, partners, query, now), searchJobs(jobs, partners, query, now), raw);
  }
  assert.ok(index.candidates(['pflege']).length < jobs.length / 2, 'the index narrows the search');
});
