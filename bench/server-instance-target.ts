// One server instance for bench/server-instances.mjs: the real app (`main`'s parts: `openDatabase`, `buildApp`,
// the seed) over BENCH_DATABASE_URL, an SQLite file or a PostgreSQL that other instances share. With
// BENCH_SEED_JOBS it first fills the database with the sample data and that many sample jobs; without, it serves
// what is there. The search answer cache is off (BENCH_CACHE, default 0), so every search searches. It prints
// one JSON line when listening: `{ address }`.
import { createSampleData, createSampleJobs } from '@wachstumsregion/domain/sample-data';
import type { Job } from '@wachstumsregion/domain/contract';
import { buildApp } from '../server/src/app.ts';
import { configFromEnv } from '../server/src/config.ts';
import { openDatabase } from '../server/src/db/database.ts';
import { databaseTargetFrom } from '../server/src/db/database-url.ts';

const target = databaseTargetFrom(process.env.BENCH_DATABASE_URL ?? 'file::memory:');
const seedJobs = Number(process.env.BENCH_SEED_JOBS ?? 0);
const database = await openDatabase(target);
const config = { ...configFromEnv({}), database: target, seed: 'none' as const, inquiryRateLimit: 1_000_000_000 };
const { app, region } = await buildApp({ config, database, logger: false, searchCacheSize: Number(process.env.BENCH_CACHE ?? 0) });
if (seedJobs > 0) {
  const now = new Date();
  await region.replaceAll({ ...createSampleData(now), jobs: createSampleJobs(now, seedJobs) as Job[] });
}
// The first search builds the index; the measurement should not.
await app.inject({ method: 'GET', url: '/v1/jobs?q=pflege' });
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${JSON.stringify({ address, jobs: region.jobs.length })}\n`);

const stop = () =>
  void app.close().then(async () => {
    await database.close();
    process.exit(0);
  });
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
