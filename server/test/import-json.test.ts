import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importJobs } from '../src/import/import-jobs.js';
import { importedJobId } from '../src/import/job-id.js';
import { mapJsonFeed } from '../src/import/json-feed.js';
import { fixture, importDb, snapshot, storedJobs } from './import-helpers.js';

test('our JSON format: Job schema checked, ids derived from source and externalId', async () => {
  const jobs = mapJsonFeed(fixture('own-1.json'), 'stadtwerke');
  assert.equal(jobs.length, 3);
  assert.throws(() => mapJsonFeed('{"jobs": [', 'stadtwerke'), /not JSON/);
  assert.throws(() => mapJsonFeed('[]', 'stadtwerke'), /not \{ "jobs"/);
  assert.throws(() => mapJsonFeed(fixture('own-broken.json'), 'stadtwerke'), /stadtwerke job 3 is not a valid job: \/employmentType/);
  assert.throws(() => mapJsonFeed(fixture('own-1.json'), 'another-system'), /source "stadtwerke"/);
  const withoutExternalId = JSON.stringify({ jobs: [{ ...JSON.parse(fixture('own-1.json')).jobs[0], externalId: undefined }] });
  assert.throws(() => mapJsonFeed(withoutExternalId, 'stadtwerke'), /no externalId/);
  const withoutId = JSON.stringify({ jobs: [{ ...JSON.parse(fixture('own-1.json')).jobs[0], id: undefined }] });
  assert.equal(mapJsonFeed(withoutId, 'stadtwerke').length, 1, 'an id is not needed');
});

test('our JSON format: a first import, then changed, vanished and new jobs, no duplicates', async () => {
  const { database: db, region, close } = await importDb();
  try {
    const first = await importJobs(db, region, 'stadtwerke', mapJsonFeed(fixture('own-1.json'), 'stadtwerke'));
    assert.equal(first.inserted.length, 3);
    assert.equal(region.job('ignored-A-1'), undefined, 'the sent id is replaced');
    assert.equal(region.job(importedJobId('stadtwerke', 'A-1'))?.salary?.min, 3200);
    const second = await importJobs(db, region, 'stadtwerke', mapJsonFeed(fixture('own-2.json'), 'stadtwerke'));
    assert.deepEqual(second.updated, [importedJobId('stadtwerke', 'A-1')]);
    assert.deepEqual(second.inserted, [importedJobId('stadtwerke', 'A-4')]);
    assert.deepEqual(second.retired, [importedJobId('stadtwerke', 'A-3')]);
    assert.equal(second.unchanged, 1);
    const stored = await storedJobs(db, 'stadtwerke');
    assert.deepEqual([...stored.keys()].sort(), ['A-1', 'A-2', 'A-4']);
    assert.equal(stored.get('A-1')?.salary?.min, 3400);
  } finally {
    await close();
  }
});

test('our JSON format: a feed with an invalid job halfway writes nothing', async () => {
  const { database: db, region, close } = await importDb();
  try {
    await importJobs(db, region, 'stadtwerke', mapJsonFeed(fixture('own-1.json'), 'stadtwerke'));
    const before = await snapshot(db);
    await assert.rejects(async () => importJobs(db, region, 'stadtwerke', mapJsonFeed(fixture('own-broken.json'), 'stadtwerke')));
    // Valid by the schema, but a partner that does not exist: rolled back inside the transaction.
    const unknownPartner = JSON.parse(fixture('own-2.json'));
    unknownPartner.jobs[2].partner = 'atlantis';
    await assert.rejects(async () => importJobs(db, region, 'stadtwerke', mapJsonFeed(JSON.stringify(unknownPartner), 'stadtwerke')), /partner "atlantis"/);
    assert.equal(await snapshot(db), before);
  } finally {
    await close();
  }
});
