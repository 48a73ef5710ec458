// The server under load for bench/server-jobs.mjs: the real app over a temporary database with 10,000 sample
// jobs, plus one baseline route that answers a fixed JSON text of the same size, so that the ratio of the two
// shows what search, facets and serialisation cost on top of Fastify and the network stack.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSampleJobs } from '@wachstumsregion/domain/sample-data';
import { createSampleData } from '@wachstumsregion/domain/sample-data';
import type { Job } from '@wachstumsregion/domain/contract';
import { buildApp } from '../server/src/app.ts';
import { configFromEnv } from '../server/src/config.ts';
import { openDatabase } from '../server/src/db/database.ts';
import { databaseTargetFrom } from '../server/src/db/database-url.ts';

const jobCount = Number(process.env.BENCH_JOBS ?? 10_000);
const query = process.env.BENCH_QUERY ?? '/v1/jobs?q=pflege';
// A temporary SQLite file, or BENCH_DATABASE_URL (PostgreSQL: its jobs are replaced).
const target = process.env.BENCH_DATABASE_URL ? databaseTargetFrom(process.env.BENCH_DATABASE_URL) : { kind: 'sqlite' as const, path: join(mkdtempSync(join(tmpdir(), 'wr-bench-')), 'wr.sqlite') };
const now = new Date();
const database = await openDatabase(target);
const { app, region } = await buildApp({ config: { ...configFromEnv({}), database: database.target, seed: 'none' }, database, logger: false, searchCacheSize: Number(process.env.BENCH_CACHE ?? 500) });
await region.replaceAll({ ...createSampleData(now), jobs: createSampleJobs(now, jobCount) as Job[] });

let fixed = '';
app.get('/bench/fixed', async (_request, reply) => reply.type('application/json; charset=utf-8').send(fixed));
fixed = (await app.inject({ method: 'GET', url: query })).body;

const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${JSON.stringify({ address, jobs: region.jobs.length, bytes: Buffer.byteLength(fixed) })}\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
