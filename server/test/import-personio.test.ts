import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importJobs } from '../src/import/import-jobs.js';
import { importedJobId } from '../src/import/job-id.js';
import { mapPersonioFeed, personioEmploymentType, personioSource, type PersonioOptions } from '../src/import/personio.js';
import { fixture, importDb, snapshot, storedJobs } from './import-helpers.js';

const categories = new Set(['it', 'health', 'crafts', 'manufacturing', 'engineering', 'logistics', 'retail', 'office', 'public', 'education', 'hospitality']);
const options: PersonioOptions = {
  employer: { name: 'Lausitz Digital GmbH', url: 'https://www.lausitz-digital.example' },
  partner: 'kamenz',
  categories,
  fallbackCategory: 'office',
  jobPageBase: 'https://lausitz-digital.jobs.personio.de/',
};

test('a Personio feed maps to jobs: sections as text, entities and CDATA decoded, kinds and categories', async () => {
  const jobs = mapPersonioFeed(fixture('personio-1.xml'), options);
  assert.deepEqual(jobs.map((job) => job.externalId), ['1001', '1002', '1003']);
  const [developer, accountant, trainee] = jobs as [typeof jobs[0], typeof jobs[0], typeof jobs[0]];
  assert.equal(developer.title, 'Softwareentwickler (m/w/d) Backend');
  assert.deepEqual(developer.employer, options.employer);
  assert.equal(developer.partner, 'kamenz');
  assert.deepEqual(developer.location, { city: 'Kamenz' });
  assert.equal(developer.category, 'it');
  assert.equal(developer.employmentType, 'full-time');
  assert.equal(developer.publishedAt, '2026-11-02T09:15:00.000Z');
  assert.equal(developer.applyUrl, 'https://lausitz-digital.jobs.personio.de/job/1001');
  assert.equal(
    developer.description,
    'Deine Aufgaben\n\nDu entwickelst unsere Plattform weiter & betreust Kunden.\n\n• TypeScript & Node.js\n• SQL\n\nWas wir bieten\n\n30 Tage Urlaub\nJobticket',
  );
  assert.equal(accountant.title, 'Sachbearbeiter Buchhaltung (m/w/d) – Teilzeit');
  assert.equal(accountant.employmentType, 'part-time');
  assert.equal(accountant.category, 'office');
  assert.equal(accountant.publishedAt, '2026-11-05T11:00:00.000Z');
  assert.equal(accountant.description, 'Aufgaben\n\nKreditoren & Debitoren, Zahlungsverkehr', 'escaped HTML in plain text is decoded once, then read as HTML');
  assert.equal(trainee.employmentType, 'apprenticeship');
  assert.equal(trainee.category, 'it');
  assert.equal(trainee.location.city, 'Lausitz Digital GmbH', 'no office: the employer name unless a default city is given');
  assert.equal(mapPersonioFeed(fixture('personio-1.xml'), { ...options, defaultCity: 'Kamenz' })[2]!.location.city, 'Kamenz');
  assert.match(trainee.description, /Mehr auf unserer Seite\.$/);
});

test('Personio employment types and schedules', async () => {
  assert.equal(personioEmploymentType('permanent', 'full-time'), 'full-time');
  assert.equal(personioEmploymentType('permanent', 'part-time'), 'part-time');
  assert.equal(personioEmploymentType('permanent', 'full-or-part-time'), 'full-time');
  assert.equal(personioEmploymentType('intern', 'full-time'), 'internship');
  assert.equal(personioEmploymentType('trainee', 'full-time'), 'apprenticeship');
  assert.equal(personioEmploymentType('working_student', 'part-time'), 'part-time');
  assert.equal(personioEmploymentType('freelance', ''), 'full-time');
});

test('Personio: a first import, then changed, vanished and new openings, no duplicates', async () => {
  const { database: db, region, close } = await importDb();
  try {
    const manual = region.jobs.length;
    const first = await importJobs(db, region, personioSource, mapPersonioFeed(fixture('personio-1.xml'), options));
    assert.equal(first.inserted.length, 3);
    assert.equal(region.jobs.length, manual + 3);
    assert.equal(region.job(importedJobId('personio', '1001'))?.source, 'personio');

    const second = await importJobs(db, region, personioSource, mapPersonioFeed(fixture('personio-2.xml'), options));
    assert.deepEqual(second.updated, [importedJobId('personio', '1001')]);
    assert.equal(second.unchanged, 1);
    assert.deepEqual(second.inserted, [importedJobId('personio', '1004')]);
    assert.deepEqual(second.retired, [importedJobId('personio', '1003')]);
    const stored = await storedJobs(db, 'personio');
    assert.deepEqual([...stored.keys()].sort(), ['1001', '1002', '1004']);
    assert.equal(stored.get('1001')?.title, 'Senior Softwareentwickler (m/w/d) Backend');
    assert.equal(stored.get('1004')?.category, 'logistics');
    assert.equal(stored.get('1004')?.description, 'Aufgaben\n\nKommissionieren, Verpacken, Versand – ein Job mit "Zukunft" & Team.');
    assert.equal(region.jobs.length, manual + 3);
    assert.equal(region.job(importedJobId('personio', '1003')), undefined, 'the vanished opening is no longer served');
    const ids = region.jobs.map((job) => job.id);
    assert.equal(new Set(ids).size, ids.length);
  } finally {
    await close();
  }
});

test('Personio: a feed cut off halfway is refused and writes nothing', async () => {
  const { database: db, region, close } = await importDb();
  try {
    await importJobs(db, region, personioSource, mapPersonioFeed(fixture('personio-1.xml'), options));
    const before = await snapshot(db);
    await assert.rejects(async () => importJobs(db, region, personioSource, mapPersonioFeed(fixture('personio-broken.xml'), options)), /Not well-formed XML/);
    assert.equal(await snapshot(db), before);
    assert.throws(() => mapPersonioFeed('<html><body>Wartung</body></html>', options), /not <workzag-jobs>/);
    assert.throws(() => mapPersonioFeed('<workzag-jobs><position><id>1</id><name>X</name><createdAt>gestern</createdAt></position></workzag-jobs>', options), /createdAt/);
  } finally {
    await close();
  }
});
