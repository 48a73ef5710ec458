import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Partner } from '@wachstumsregion/domain/contract';
import { baDetailsPath, baEmploymentType, baSource, fetchBaJobs, mapBaJobs, type BaDetails, type BaSearchAnswer } from '../src/import/ba-jobsuche.js';
import { importJobs } from '../src/import/import-jobs.js';
import { importedJobId } from '../src/import/job-id.js';
import { fixture, importDb, snapshot, storedJobs } from './import-helpers.js';

const categories = new Set(['it', 'health', 'crafts', 'manufacturing', 'engineering', 'logistics', 'retail', 'office', 'public', 'education', 'hospitality']);
const pages = (name: string) => JSON.parse(fixture(name)) as BaSearchAnswer[];
const details = (name: string) => new Map(Object.entries(JSON.parse(fixture(name)) as Record<string, BaDetails>));
const ref = (n: number) => `10001-100000000${n}-S`;

function mapped(partners: readonly Partner[], run: 1 | 2) {
  return mapBaJobs(pages(`ba-search-${run}.json`), details(`ba-details-${run}.json`), { partners, categories, fallbackCategory: 'office' });
}

test('BA openings map to partners by postcode, town or nearest town, and to categories; the rest is skipped', async () => {
  const { region, close } = await importDb();
  try {
    const { jobs, skipped } = mapped(region.partners, 1);
    const byRef = new Map(jobs.map((job) => [job.externalId, job]));
    assert.deepEqual([...byRef.keys()], [ref(1), ref(2), ref(3), ref(5)]);
    assert.deepEqual(skipped, [{ refnr: ref(4), reason: 'outside the region (10115 Berlin)' }]);

    const nurse = byRef.get(ref(1))!;
    assert.equal(nurse.partner, 'kamenz', 'by postcode');
    assert.equal(nurse.category, 'health');
    assert.equal(nurse.employmentType, 'full-time');
    assert.deepEqual(nurse.location, { city: 'Kamenz', postalCode: '01917', lat: 51.2689, lon: 14.0939 });
    assert.equal(nurse.publishedAt, '2026-11-10T00:00:00.000Z');
    assert.equal(nurse.description, 'Wir suchen Verstärkung für unsere Intensivstation.\n\nIhre Aufgaben:\nPflege & Betreuung\n\n• Schichtdienst\n• Tarif TVöD');
    assert.equal(nurse.applyUrl, 'https://www.arbeitsagentur.de/jobsuche/jobdetail/10001-1000000001-S');
    assert.deepEqual(nurse.employer, { name: 'Klinikum Kamenz gGmbH' });

    const driver = byRef.get(ref(2))!;
    assert.equal(driver.partner, 'radeberg', 'by town name ("Radeberg, Sachsen")');
    assert.equal(driver.category, 'logistics');
    assert.equal(driver.applyUrl, 'https://karriere.example.org/jobs/42', 'the employer’s own page when given');
    assert.equal(driver.description, 'Touren im Raum Dresden.\nFührerschein CE erforderlich.');

    const electrician = byRef.get(ref(3))!;
    assert.equal(electrician.partner, 'kamenz', 'Elstra: nearest partner town, about 6 km');
    assert.equal(electrician.category, 'crafts');
    assert.equal(electrician.employmentType, 'part-time', 'from arbeitszeit');
    assert.match(electrician.description, /^Elektroniker \(m\/w\/d\) für Gebäudetechnik\n\nBeruf: /, 'no details: a short text from the search answer');

    const florist = byRef.get(ref(5))!;
    assert.equal(florist.partner, 'grossroehrsdorf', 'Bischofswerda: nearest town within 25 km, never the district');
    assert.equal(florist.category, 'office', 'no keyword: the fallback');
    assert.equal(florist.employmentType, 'mini-job');
  } finally {
    await close();
  }
});

test('BA employment types', async () => {
  const opening = { refnr: 'x' };
  assert.equal(baEmploymentType(opening, undefined), 'full-time');
  assert.equal(baEmploymentType(opening, { arbeitszeitmodelle: ['TEILZEIT'] }), 'part-time');
  assert.equal(baEmploymentType(opening, { arbeitszeitmodelle: ['VOLLZEIT', 'TEILZEIT'] }), 'full-time');
  assert.equal(baEmploymentType({ refnr: 'x', arbeitszeit: 'Minijob' }, undefined), 'mini-job');
  assert.equal(baEmploymentType(opening, undefined, 4), 'apprenticeship');
  assert.equal(baEmploymentType(opening, undefined, 34), 'internship');
});

test('BA: a first import, then changed, vanished and new openings, no duplicates', async () => {
  const { database: db, region, close } = await importDb();
  try {
    const first = await importJobs(db, region, baSource, mapped(region.partners, 1).jobs);
    assert.equal(first.inserted.length, 4);
    const second = await importJobs(db, region, baSource, mapped(region.partners, 2).jobs);
    assert.deepEqual(second.updated, [importedJobId(baSource, ref(2))]);
    assert.deepEqual(second.inserted, [importedJobId(baSource, ref(6))]);
    assert.deepEqual(second.retired, [importedJobId(baSource, ref(3))]);
    assert.equal(second.unchanged, 2);
    const stored = await storedJobs(db, baSource);
    assert.deepEqual([...stored.keys()].sort(), [ref(1), ref(2), ref(5), ref(6)]);
    assert.equal(stored.get(ref(2))?.title, 'Berufskraftfahrer (m/w/d) Nah- und Regionalverkehr');
    assert.equal(stored.get(ref(6))?.partner, 'pulsnitz');
    assert.equal(stored.get(ref(6))?.category, 'hospitality');
    assert.equal(stored.get(ref(6))?.description, 'Küche\n\nRegionale Küche, geregelte Zeiten.');
    assert.equal(region.jobs.filter((job) => job.source === baSource).length, 4);
  } finally {
    await close();
  }
});

/** A stub of the jobsuche service over the fixtures; records each request; never touches the network. */
function stubFetch(run: 1 | 2, failOn?: (url: URL) => boolean) {
  const requests: { url: URL; apiKey: string | null }[] = [];
  // The fetcher asks the current v6 search; the fixtures are in the v6 shape.
  const search = pages(`ba-v6-search-${run}.json`);
  const detail = details(`ba-v6-details-${run}.json`);
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    requests.push({ url, apiKey: new Headers(init?.headers).get('x-api-key') });
    if (failOn?.(url)) return new Response('{"error":"Service Unavailable"}', { status: 503 });
    if (url.pathname.endsWith('/pc/v6/jobs')) {
      const page = search[Number(url.searchParams.get('page')) - 1];
      return Response.json(page ?? { maxErgebnisse: 0 });
    }
    const refnr = Buffer.from(decodeURIComponent(url.pathname.split('/').pop()!), 'base64').toString('utf8');
    return detail.has(refnr) ? Response.json(detail.get(refnr)) : new Response('{}', { status: 404 });
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}

const base = 'https://jobsuche.invalid/jobboerse/jobsuche-service';

test('the BA fetcher pages through the search with the API key, then reads each opening’s details', async () => {
  const { fetch, requests } = stubFetch(1);
  // Opening 3 has no details in the fixture (404), so fetch without it first: details off.
  const { answers } = await fetchBaJobs({ fetch, apiKey: 'test-client-id', baseUrl: base, wo: 'Kamenz', umkreis: 25, size: 3, details: false });
  assert.equal(answers.length, 2);
  assert.deepEqual(requests.map(({ url }) => `${url.pathname}?${url.searchParams}`), [
    '/jobboerse/jobsuche-service/pc/v6/jobs?wo=Kamenz&page=1&size=3&angebotsart=1&umkreis=25',
    '/jobboerse/jobsuche-service/pc/v6/jobs?wo=Kamenz&page=2&size=3&angebotsart=1&umkreis=25',
  ]);
  assert.ok(requests.every(({ apiKey }) => apiKey === 'test-client-id'));
  assert.equal(baDetailsPath('10001-1000000001-S'), '/pc/v4/jobdetails/MTAwMDEtMTAwMDAwMDAwMS1T');

  const second = stubFetch(2);
  const fetched = await fetchBaJobs({ fetch: second.fetch, apiKey: 'k', baseUrl: base, wo: 'Kamenz', size: 25 });
  assert.equal(fetched.details.size, 4, 'the Berlin opening has no details (404): fine, no description');
  assert.equal(fetched.details.get(ref(6))?.stellenangebotsBeschreibung, '<h3>Küche</h3><p>Regionale Küche, geregelte Zeiten.</p>');
});

test('BA: a run that fails halfway (a page or a details request) imports nothing', async () => {
  const { database: db, region, close } = await importDb();
  try {
    await importJobs(db, region, baSource, mapped(region.partners, 1).jobs);
    const before = await snapshot(db);
    const runs = [
      stubFetch(1, (url) => url.searchParams.get('page') === '2'),
      stubFetch(2, (url) => url.pathname.endsWith(baDetailsPath(ref(5)).split('/').pop()!)),
    ];
    for (const { fetch } of runs) {
      await assert.rejects(async () => {
        const { answers, details } = await fetchBaJobs({ fetch, apiKey: 'k', baseUrl: base, wo: 'Kamenz', size: 3 });
        await importJobs(db, region, baSource, mapBaJobs(answers, details, { partners: region.partners, categories, fallbackCategory: 'office' }).jobs);
      }, /answered 503/);
      assert.equal(await snapshot(db), before);
    }
    // More pages than allowed: refused rather than retiring the openings not read.
    await assert.rejects(fetchBaJobs({ fetch: stubFetch(1).fetch, apiKey: 'k', baseUrl: base, wo: 'Kamenz', size: 3, maxPages: 1, details: false }), /more than 1 pages/);
    assert.throws(() => mapBaJobs([{} as BaSearchAnswer], new Map(), { partners: region.partners, categories, fallbackCategory: 'office' }), /no stellenangebote or ergebnisliste/);
  } finally {
    await close();
  }
});

test('BA v6: answers in the renamed shape map to exactly the jobs the v4 shape gives', async () => {
  const { region, close } = await importDb();
  try {
    for (const run of [1, 2] as const) {
      const v6 = mapBaJobs(pages(`ba-v6-search-${run}.json`), details(`ba-v6-details-${run}.json`), { partners: region.partners, categories, fallbackCategory: 'office' });
      assert.deepEqual(v6, mapped(region.partners, run), `run ${run}`);
    }
  } finally {
    await close();
  }
});

test('BA v6: an answer without matches is empty, one without a list is refused, and any place of work in the region counts', async () => {
  const { region, close } = await importDb();
  const options = { partners: region.partners, categories, fallbackCategory: 'office' };
  try {
    // A v6 search that found nothing leaves out `ergebnisliste` altogether.
    assert.deepEqual(mapBaJobs([{ maxErgebnisse: 0, page: 1, size: 25 }], new Map(), options), { jobs: [], skipped: [] });
    assert.throws(() => mapBaJobs([{ maxErgebnisse: 3 } as BaSearchAnswer], new Map(), options), /no stellenangebote or ergebnisliste/);
    assert.throws(() => mapBaJobs(['<html>' as unknown as BaSearchAnswer], new Map(), options), /no stellenangebote or ergebnisliste/);
    const opening = {
      referenznummer: '10001-1000000009-S',
      stellenangebotsTitel: 'Lagerist (m/w/d)',
      hauptberuf: 'Fachkraft - Lagerlogistik',
      firma: 'Logistik Ost GmbH',
      datumErsteVeroeffentlichung: '2026-11-20',
      arbeitszeitTeilzeitVormittag: true,
      externeURL: 'https://jobs.example.org/lager',
      stellenlokationen: [
        { adresse: { plz: '10115', ort: 'Berlin' }, breite: 52.532, laenge: 13.384 },
        { adresse: { plz: '01454', ort: 'Radeberg' }, breite: 51.115, laenge: 13.912 },
      ],
    };
    const { jobs } = mapBaJobs([{ ergebnisliste: [opening], maxErgebnisse: 1 }], new Map(), options);
    assert.equal(jobs.length, 1);
    assert.equal(jobs[0]!.partner, 'radeberg', 'the second place lies in the region');
    assert.deepEqual(jobs[0]!.location, { city: 'Radeberg', postalCode: '01454', lat: 51.115, lon: 13.912 });
    assert.equal(jobs[0]!.employmentType, 'part-time');
    assert.equal(jobs[0]!.applyUrl, 'https://jobs.example.org/lager', 'externeURL, as v6 spells it');
    assert.equal(jobs[0]!.publishedAt, '2026-11-20T00:00:00.000Z');
  } finally {
    await close();
  }
});
