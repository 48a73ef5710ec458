import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Job, JobPage } from '@wachstumsregion/domain/contract';
import { importJobs, type ImportedJob } from '../src/import/import-jobs.js';
import { importedJobId } from '../src/import/job-id.js';
import { SearchCache } from '../src/store/search-cache.js';
import { importDb, snapshot, storedJobs } from './import-helpers.js';

const opening = (externalId: string, overrides: Partial<ImportedJob> = {}): ImportedJob => ({
  externalId,
  title: `Stelle ${externalId}`,
  employer: { name: 'Testfirma GmbH' },
  partner: 'kamenz',
  location: { city: 'Kamenz' },
  category: 'it',
  employmentType: 'full-time',
  publishedAt: '2026-11-20T08:00:00.000Z',
  description: 'Text.',
  ...overrides,
});

test('imported job ids are stable, distinct per source and valid JobIds', async () => {
  const id = importedJobId('ba-jobsuche', '10001-1001234567-S');
  assert.equal(id, importedJobId('ba-jobsuche', '10001-1001234567-S'));
  assert.match(id, /^ba-jobsuche-10001-1001234567-s-[0-9a-f]{12}$/);
  assert.notEqual(id, importedJobId('personio', '10001-1001234567-S'));
  assert.notEqual(importedJobId('x', 'a b'), importedJobId('x', 'a-b'), 'the hash tells apart what the slug folds');
  const long = importedJobId('personio', 'ü'.repeat(300) + '/?#');
  assert.ok(long.length <= 128 && /^[A-Za-z0-9._~-]+$/.test(long));
});

test('the core inserts, updates, keeps, retires per source, and leaves other sources alone', async () => {
  const { database: db, region, close } = await importDb();
  try {
    const manual = region.jobs.length;
    const first = await importJobs(db, region, 'test-feed', [opening('a'), opening('b'), opening('c')]);
    assert.deepEqual([first.inserted.length, first.updated.length, first.retired.length, first.unchanged], [3, 0, 0, 0]);
    assert.equal(region.jobs.length, manual + 3, 'the store serves them at once');
    await importJobs(db, region, 'other-feed', [opening('a')]);

    const second = await importJobs(db, region, 'test-feed', [opening('a'), opening('b', { title: 'Neu' }), opening('d')]);
    assert.equal(second.unchanged, 1);
    assert.deepEqual(second.updated, [importedJobId('test-feed', 'b')]);
    assert.deepEqual(second.inserted, [importedJobId('test-feed', 'd')]);
    assert.deepEqual(second.retired, [importedJobId('test-feed', 'c')]);
    assert.deepEqual([...(await storedJobs(db, 'test-feed')).keys()].sort(), ['a', 'b', 'd']);
    assert.equal((await storedJobs(db, 'other-feed')).size, 1, 'another source is untouched');
    assert.equal(region.jobs.length, manual + 4);
    assert.equal(region.job(importedJobId('test-feed', 'b'))?.title, 'Neu');

    const again = await importJobs(db, region, 'test-feed', [opening('a'), opening('b', { title: 'Neu' }), opening('d')]);
    assert.deepEqual([again.inserted.length, again.updated.length, again.retired.length, again.unchanged], [0, 0, 0, 3]);
  } finally {
    await close();
  }
});

test('an import refreshes the search cache as an admin change does', async () => {
  const { database: db, region, close } = await importDb();
  try {
    const cache = new SearchCache<JobPage>();
    const now = Date.parse('2026-11-24T12:00:00Z');
    const search = () => cache.get('q=zauberer', region.jobs, now, () => region.search.search(region, { q: 'Zauberer', page: 1, pageSize: 10 }, new Date(now)));
    const before = search();
    await importJobs(db, region, 'test-feed', [opening('z', { title: 'Zauberer (m/w/d)' })]);
    const after = search();
    assert.equal(after.total, before.total + 1);
  } finally {
    await close();
  }
});

test('a feed that fails halfway writes nothing: invalid job, unknown partner or category, a job of another source, no externalId', async () => {
  const { database: db, region, close } = await importDb();
  try {
    await importJobs(db, region, 'test-feed', [opening('a'), opening('b')]);
    const before = await snapshot(db);
    const jobsBefore = region.jobs;
    const broken: ImportedJob[][] = [
      [opening('a', { title: 'geändert' }), opening('n'), opening('x', { employmentType: 'sometimes' as never })],
      [opening('a', { title: 'geändert' }), opening('n'), opening('x', { partner: 'atlantis' })],
      [opening('a', { title: 'geändert' }), opening('n'), opening('x', { category: 'astrology' })],
      [opening('a', { title: 'geändert' }), opening('n'), opening('x', { source: 'someone-else' } as never)],
      [opening('a', { title: 'geändert' }), { ...opening('n'), externalId: '' }],
    ];
    for (const feed of broken) {
      await assert.rejects(async () => importJobs(db, region, 'test-feed', feed));
      assert.equal(await snapshot(db), before);
      assert.equal(region.jobs, jobsBefore, 'the memory copy was not reloaded');
    }
  } finally {
    await close();
  }
});

test('an empty feed is refused unless allowed; a dry run writes nothing; duplicates in a feed count once', async () => {
  const { database: db, region, close } = await importDb();
  try {
    await importJobs(db, region, 'test-feed', [opening('a'), opening('b')]);
    await assert.rejects(async () => importJobs(db, region, 'test-feed', []), /empty/);
    assert.equal((await storedJobs(db, 'test-feed')).size, 2);
    const before = await snapshot(db);
    const dry = await importJobs(db, region, 'test-feed', [opening('c')], { dryRun: true });
    assert.equal(dry.inserted.length, 1);
    assert.equal(dry.retired.length, 2);
    assert.equal(await snapshot(db), before);
    const duplicated = await importJobs(db, region, 'test-feed', [opening('a'), opening('b'), opening('a', { title: 'zweimal' })]);
    assert.deepEqual(duplicated.duplicates, ['a']);
    assert.equal((await storedJobs(db, 'test-feed')).get('a')?.title, 'zweimal');
    assert.equal((await storedJobs(db, 'test-feed')).size, 2);
    await importJobs(db, region, 'test-feed', [], { allowEmpty: true });
    assert.equal((await storedJobs(db, 'test-feed')).size, 0);
  } finally {
    await close();
  }
});

test('a job of the same source under a foreign id (e.g. entered by hand) is replaced, never duplicated', async () => {
  const { database: db, region, close } = await importDb();
  try {
    const byHand: Job = { ...opening('a'), id: 'hand-made', source: 'test-feed', externalId: 'a' } as Job;
    await region.saveJobs([byHand]);
    const result = await importJobs(db, region, 'test-feed', [opening('a')]);
    assert.deepEqual(result.retired, ['hand-made']);
    assert.equal((await storedJobs(db, 'test-feed')).size, 1);
    assert.equal(region.job('hand-made'), undefined);
  } finally {
    await close();
  }
});
