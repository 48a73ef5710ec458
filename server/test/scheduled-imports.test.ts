import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { JobPage } from '@wachstumsregion/domain/contract';
import { openDatabase } from '../src/db/database.js';
import { parseImportConfig } from '../src/import/import-config.js';
import { importJobs } from '../src/import/import-jobs.js';
import { importedJobId } from '../src/import/job-id.js';
import { mapJsonFeed } from '../src/import/json-feed.js';
import { limitedFetch } from '../src/import/limited-fetch.js';
import { startImportSchedule, type ImportState } from '../src/import/scheduled-imports.js';
import { RegionStore } from '../src/store/region-store.js';
import { admin, assertMatchesContract, startServer, type TestServer } from './helpers.js';
import { fixture } from './import-helpers.js';

type Mode = 1 | 2 | 'error' | 'garbage';

/** The feeds on the loopback, over the fixtures: the BA search (v6) and details, a Personio feed, our JSON. */
async function startFeeds() {
  const mode: Record<'ba' | 'personio' | 'json', Mode> = { ba: 1, personio: 1, json: 1 };
  const hits: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url!, 'http://feeds');
    hits.push(url.pathname);
    const send = (status: number, body: string, type = 'application/json') => response.writeHead(status, { 'content-type': type }).end(body);
    const kind = url.pathname.startsWith('/ba/') ? 'ba' : url.pathname === '/personio.xml' ? 'personio' : url.pathname === '/own.json' ? 'json' : undefined;
    if (!kind) return send(404, '{}');
    const current = mode[kind];
    if (current === 'error') return send(500, '{"error":"Internal Server Error"}');
    if (current === 'garbage') return send(200, '<html><body>Wartungsarbeiten</body></html>', 'text/html');
    if (kind === 'ba') {
      if (request.headers['x-api-key'] !== 'jobboerse-jobsuche') return send(401, '{}');
      if (url.pathname === '/ba/pc/v6/jobs') {
        // The fixture's pages as one list, paged as asked (`page` from 1, `size`).
        const openings = (JSON.parse(fixture(`ba-v6-search-${current}.json`)) as { ergebnisliste: unknown[] }[]).flatMap((page) => page.ergebnisliste);
        const size = Number(url.searchParams.get('size'));
        const page = Number(url.searchParams.get('page'));
        const slice = openings.slice((page - 1) * size, page * size);
        return send(200, JSON.stringify({ ...(slice.length && { ergebnisliste: slice }), maxErgebnisse: openings.length, page, size }));
      }
      const details = JSON.parse(fixture(`ba-v6-details-${current}.json`)) as Record<string, unknown>;
      const refnr = Buffer.from(url.pathname.split('/').pop()!, 'base64').toString('utf8');
      return details[refnr] ? send(200, JSON.stringify(details[refnr])) : send(404, '{}');
    }
    if (kind === 'personio') return send(200, fixture(`personio-${current}.xml`), 'application/xml');
    return send(200, fixture(`own-${current}.json`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, mode, hits, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The stored jobs of one source, to show that a failed run left them alone. */
const sourceJobs = async (server: TestServer, source: string) =>
  JSON.stringify(await server.database.db.selectFrom('jobs').select(['id', 'data']).where('source', '=', source).orderBy('id').execute());

async function runNow(server: TestServer): Promise<ImportState> {
  const started = await admin(server.base, '/imports', { method: 'POST' });
  await assertMatchesContract(started, 'adminRunImports', 202);
  for (let i = 0; i < 200; i++) {
    const state = (await assertMatchesContract(await admin(server.base, '/imports'), 'adminListImports', 200)) as ImportState;
    if (!state.running) return state;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the import run did not finish');
}

const jobsFor = async (server: TestServer, query: string) => (await (await fetch(`${server.base}/v1/jobs?${query}`)).json()) as JobPage;

describe('scheduled job imports', () => {
  let feeds: Awaited<ReturnType<typeof startFeeds>>;
  let server: TestServer;
  let folder: string;
  before(async () => {
    feeds = await startFeeds();
    folder = mkdtempSync(join(tmpdir(), 'wr-imports-'));
    const config = join(folder, 'imports.json');
    writeFileSync(config, JSON.stringify({
      sources: [
        { source: 'ba-jobsuche', url: `${feeds.base}/ba`, apiKey: 'jobboerse-jobsuche', where: 'Kamenz', radiusKm: 25, offer: 1 },
        { source: 'personio', url: `${feeds.base}/personio.xml?token=secret`, employer: 'Lausitz Digital GmbH', partner: 'kamenz' },
        { source: 'json', id: 'stadtwerke', url: `${feeds.base}/own.json` },
      ],
    }));
    server = await startServer({ importConfigPath: config, importIntervalHours: 0 }, { importLimits: { backoffMs: 1 } });
  });
  after(async () => {
    await server.close();
    await feeds.close();
    rmSync(folder, { recursive: true, force: true });
  });

  test('a triggered run imports every source, and /v1/jobs serves the jobs at once', async () => {
    const before = await jobsFor(server, 'q=Pflegefachkraft');
    assert.equal(before.items.filter((job) => job.source === 'ba-jobsuche').length, 0);
    const state = await runNow(server);
    assert.deepEqual(state.sources.map((source) => [source.id, source.lastRun?.ok]), [['ba-jobsuche', true], ['personio', true], ['stadtwerke', true]]);
    const ba = state.sources[0]!.lastRun!;
    assert.deepEqual([ba.inserted, ba.skipped], [4, 1], 'four in the region, Berlin skipped');
    assert.equal(state.sources[1]!.url, `${feeds.base}/personio.xml`, 'shown without its query');
    assert.equal(state.sources[2]!.lastRun!.inserted, 3);

    const nurse = await jobsFor(server, 'q=Pflegefachkraft');
    assert.equal(nurse.items.find((job) => job.source === 'ba-jobsuche')?.id, importedJobId('ba-jobsuche', '10001-1000000001-S'));
    assert.ok((await jobsFor(server, 'partner=radeberg&q=Stadtwerke&pageSize=100')).items.some((job) => job.source === 'stadtwerke'));

    const audit = (await server.audit.list()).filter((entry) => entry.action === 'import.run');
    assert.deepEqual(audit.map((entry) => entry.targetId).sort(), ['ba-jobsuche', 'personio', 'stadtwerke']);
    assert.ok(audit.every((entry) => entry.who === 'region' && entry.targetKind === 'import'));
  });

  test('a second run updates, adds and retires the jobs that vanished from the feeds', async () => {
    feeds.mode.ba = 2;
    feeds.mode.json = 2;
    const state = await runNow(server);
    const ba = state.sources[0]!.lastRun!;
    assert.deepEqual([ba.ok, ba.inserted, ba.updated, ba.retired, ba.unchanged], [true, 1, 1, 1, 2]);
    const own = state.sources[2]!.lastRun!;
    assert.deepEqual([own.inserted, own.retired], [1, 1]);
    const retired = importedJobId('ba-jobsuche', '10001-1000000003-S');
    assert.equal((await fetch(`${server.base}/v1/jobs/${retired}`)).status, 404);
    assert.equal((await fetch(`${server.base}/v1/jobs/${importedJobId('stadtwerke', 'A-3')}`)).status, 404);
    assert.equal((await fetch(`${server.base}/v1/jobs/${importedJobId('stadtwerke', 'A-4')}`)).status, 200);
  });

  test('a source answering 500 or garbage keeps its jobs, is reported, and the others still import', async () => {
    feeds.mode.ba = 'error';
    feeds.mode.personio = 'garbage';
    feeds.mode.json = 1;
    const ba = await sourceJobs(server, 'ba-jobsuche');
    const personio = await sourceJobs(server, 'personio');
    const searches = feeds.hits.filter((path) => path === '/ba/pc/v6/jobs').length;
    const state = await runNow(server);
    const [baRun, personioRun, ownRun] = state.sources.map((source) => source.lastRun!);
    assert.equal(baRun!.ok, false);
    assert.match(baRun!.error!, /answered 500/);
    assert.equal(feeds.hits.filter((path) => path === '/ba/pc/v6/jobs').length - searches, 3, 'tried three times');
    assert.equal(personioRun!.ok, false);
    assert.match(personioRun!.error!, /Personio|XML|workzag/i);
    assert.equal(await sourceJobs(server, 'ba-jobsuche'), ba, 'untouched');
    assert.equal(await sourceJobs(server, 'personio'), personio, 'untouched');
    assert.deepEqual([ownRun!.ok, ownRun!.inserted, ownRun!.retired], [true, 1, 1], 'the JSON feed went on');
    assert.equal((await fetch(`${server.base}/v1/jobs/${importedJobId('stadtwerke', 'A-3')}`)).status, 200);
    const failures = (await server.audit.list()).filter((entry) => entry.action === 'import.fail').map((entry) => entry.targetId);
    assert.deepEqual(failures.sort(), ['ba-jobsuche', 'personio']);
  });

  test('the imports are the region’s only', async () => {
    const { token } = (await (await admin(server.base, '/partners/kamenz/tokens', { method: 'POST' })).json()) as { token: string };
    assert.equal((await admin(server.base, '/imports', {}, token)).status, 403);
    assert.equal((await admin(server.base, '/imports', { method: 'POST' }, token)).status, 403);
  });

  test('the schedule runs the imports by itself', async () => {
    feeds.mode.ba = 1;
    feeds.mode.personio = 2;
    const last = (await server.imports.state()).sources[1]!.lastRun!.finishedAt;
    const stop = startImportSchedule(server.imports, 6, undefined, 10);
    try {
      // The first scheduled run starts after 10 ms here (a minute in the server).
      for (let i = 0; i < 200 && !(await server.imports.state()).running && (await server.imports.state()).sources[1]!.lastRun!.finishedAt === last; i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await server.imports.idle();
      const state = (await server.imports.state());
      assert.ok(state.sources.every((source) => source.lastRun?.ok), JSON.stringify(state));
      assert.ok((await server.audit.list()).some((entry) => entry.action === 'import.run' && entry.who === undefined), 'a scheduled run has no caller');
    } finally {
      stop();
    }
  });
});

test('POST /v1/admin/imports without IMPORT_CONFIG is 409', async () => {
  const server = await startServer();
  try {
    assert.equal((await admin(server.base, '/imports', { method: 'POST' })).status, 409);
    const state = (await assertMatchesContract(await admin(server.base, '/imports'), 'adminListImports', 200)) as ImportState;
    assert.deepEqual(state.sources, []);
  } finally {
    await server.close();
  }
});

test('jobs imported by another process (the import command) are served at once, without a restart', async () => {
  const server = await startServer();
  try {
    assert.equal((await jobsFor(server, 'partner=radeberg&q=Netzmonteur')).total, 0);
    // As `npm run import` does: its own connection and store on the same database.
    const db = await openDatabase(server.database.target);
    try {
      await importJobs(db, await RegionStore.open(db), 'stadtwerke', mapJsonFeed(fixture('own-2.json'), 'stadtwerke'));
    } finally {
      await db.close();
    }
    // SQLite: the very next request sees it (no waiting); PostgreSQL: its notification arrives within moments.
    let found = await jobsFor(server, 'partner=radeberg&q=Netzmonteur');
    for (let waited = 0; server.database.kind === 'postgres' && found.total === 0 && waited < 1000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      found = await jobsFor(server, 'partner=radeberg&q=Netzmonteur');
    }
    assert.equal(found.total, 1);
    assert.equal(found.items[0]!.id, importedJobId('stadtwerke', 'A-4'));
  } finally {
    await server.close();
  }
});

test('import requests: retried after 503, refused beyond the size limit and the timeout', async () => {
  let calls = 0;
  const server = createServer((request, response) => {
    calls++;
    if (request.url === '/flaky' && calls < 3) return response.writeHead(503).end();
    if (request.url === '/big') return response.writeHead(200).end('x'.repeat(2000));
    if (request.url?.startsWith('/slow')) return void setTimeout(() => response.writeHead(200).end('late'), 500);
    response.writeHead(200).end('fine');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const fetch = limitedFetch({ timeoutMs: 200, maxBytes: 1000, attempts: 3, backoffMs: 1 });
    const flaky = await fetch(`${base}/flaky`);
    assert.equal(await flaky.text(), 'fine');
    assert.equal(calls, 3);
    await assert.rejects(fetch(`${base}/big`), /more than the 1000 bytes allowed/);
    await assert.rejects(fetch(`${base}/slow?key=secret`), (error: Error) => /did not answer within 0.2 s/.test(error.message) && !error.message.includes('secret'));
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test('IMPORT_CONFIG is checked at start', () => {
  assert.equal(parseImportConfig('[{"source":"json","url":"https://example.org/jobs.json"}]')[0]!.id, 'json');
  assert.throws(() => parseImportConfig('{'), /not JSON/);
  assert.throws(() => parseImportConfig('[{"source":"ftp","url":"https://x"}]'), /unknown source "ftp"/);
  assert.throws(() => parseImportConfig('[{"source":"ba-jobsuche","url":"https://x"}]'), /"where"/);
  assert.throws(() => parseImportConfig('[{"source":"personio","url":"https://a","employer":"A","partner":"kamenz"},{"source":"personio","url":"https://b","employer":"B","partner":"kamenz"}]'), /second source with the id "personio"/);
  assert.equal(parseImportConfig('[{"source":"ba-jobsuche","url":"https://x","where":"Kamenz"}]')[0]!.source === 'ba-jobsuche' && 'ok', 'ok');
});
