// The server under load for bench/server-search.mjs: the real app (`buildApp`) over a temporary database, its
// search answer cache off unless BENCH_CACHE says otherwise, with BENCH_JOBS sample jobs loaded through
// `RegionStore.replaceAll`. Besides the app's own routes it has a few under /bench/ for the load generator:
//   GET  /bench/fixed                 a fixed JSON text (the baseline), chosen with POST /bench/fixed
//   POST /bench/fixed {path}          remember this path's answer as the fixed text
//   GET  /bench/memory                heap used and RSS after a full garbage collection (run with --expose-gc)
//   GET  /bench/import?marker=…&count=…  the body of a bulk import (`POST /v1/admin/jobs`): the first `count`
//                                     sample jobs again (same ids, so they replace the loaded ones), each title
//                                     ending in the marker word, so that a search for it tells new data from old
// It prints one JSON line when listening: address, admin token, job count, memory before and after loading.
// Only `buildApp`, `RegionStore.replaceAll` and HTTP are used, so it runs whatever search engine the server has.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createSampleData, createSampleJobs } from '@wachstumsregion/domain/sample-data';
import type { Job } from '@wachstumsregion/domain/contract';
import { buildApp } from '../server/src/app.ts';
import { configFromEnv } from '../server/src/config.ts';
import { openDatabase } from '../server/src/db/database.ts';

const jobCount = Number(process.env.BENCH_JOBS ?? 10_000);
const cacheSize = Number(process.env.BENCH_CACHE ?? 0);
const firstQuery = process.env.BENCH_FIRST_QUERY ?? '/v1/jobs?q=pflege';

const MiB = 1024 * 1024;
function memory() {
  // Twice: the first collection may leave weak references and finalizers for the second.
  globalThis.gc?.();
  globalThis.gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsedMiB: heapUsed / MiB, rssMiB: rss / MiB, gc: typeof globalThis.gc === 'function' };
}

const folder = mkdtempSync(join(tmpdir(), 'wr-search-bench-'));
const databasePath = join(folder, 'wr.sqlite');
const adminToken = randomBytes(24).toString('hex');
const now = new Date();
const database = await openDatabase({ kind: 'sqlite', path: databasePath });
const { app, region } = await buildApp({ config: { ...configFromEnv({}), database: database.target, seed: 'none', adminToken }, database, logger: false, searchCacheSize: cacheSize });

let fixed = '';
app.get('/bench/fixed', async (_request, reply) => reply.type('application/json; charset=utf-8').send(fixed));
app.post<{ Body: { path: string } }>('/bench/fixed', async (request) => {
  const answer = await app.inject({ method: 'GET', url: request.body.path });
  if (answer.statusCode !== 200) throw new Error(`${request.body.path} answered ${answer.statusCode}`);
  fixed = answer.body;
  return { bytes: Buffer.byteLength(fixed) };
});
app.get('/bench/memory', async () => memory());
app.get<{ Querystring: { marker: string; count?: string } }>('/bench/import', async (request, reply) => {
  const count = Number(request.query.count ?? 10_000);
  const items = createSampleJobs(now, count).map((job) => ({ ...job, title: `${job.title} ${request.query.marker}` }));
  return reply.type('application/json; charset=utf-8').send(JSON.stringify({ items }));
});

// Before: the app is built, its database is empty.
const before = memory();
let started = performance.now();
// Inline, so that the generated array is garbage once the store has written and reloaded it.
await region.replaceAll({ ...createSampleData(now), jobs: createSampleJobs(now, jobCount) as Job[] });
const loadMs = performance.now() - started;
started = performance.now();
const first = await app.inject({ method: 'GET', url: firstQuery });
const firstSearchMs = performance.now() - started;
if (first.statusCode !== 200) throw new Error(`${firstQuery} answered ${first.statusCode}: ${first.body}`);
const after = memory();
fixed = first.body;

const address = await app.listen({ port: 0, host: '127.0.0.1' });
const { total: jobs } = JSON.parse((await app.inject({ method: 'GET', url: '/v1/jobs?pageSize=1' })).body) as { total: number };
process.stdout.write(`${JSON.stringify({ address, adminToken, jobs, cacheSize, loadMs, firstSearchMs, firstQuery, memory: { before, after } })}\n`);

const stop = () =>
  void app.close().then(async () => {
    await database.close();
    rmSync(folder, { recursive: true, force: true });
    process.exit(0);
  });
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
