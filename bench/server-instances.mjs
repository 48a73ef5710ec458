#!/usr/bin/env node
// One instance and two over one database: requests/s of the searched job list (varied typed queries, answer
// cache off) and of inquiries (`POST /v1/inquiries`, each with a new Idempotency-Key, as the contact form sends
// them), on SQLite and on PostgreSQL. Two instances need PostgreSQL (SQLite is one process's database); each gets
// its own autocannon, and their requests/s are added. Medians of BENCH_RUNS runs of BENCH_SECONDS.
// On a machine with fewer than four cores the instances and the load generators share them, so two instances
// cannot show what they would on their own cores; the cores are printed with the figures.
//   node server/scripts/with-postgres.mjs node bench/server-instances.mjs     (PostgreSQL from TEST_DATABASE_URL)
//   env: BENCH_DATABASE_URL=postgres://… (instead) BENCH_JOBS=10000 BENCH_SECONDS=5 BENCH_RUNS=3 BENCH_CONNECTIONS=10
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { typedQueries } from './server-search-queries.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const jobs = Number(process.env.BENCH_JOBS ?? 10_000);
const postgresUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
const queries = typedQueries().map(({ path }) => ({ path }));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Starts one instance (bench/server-instance-target.ts) and waits for its address. */
async function startInstance(databaseUrl, seedJobs) {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), fileURLToPath(new URL('./server-instance-target.ts', import.meta.url))], {
    env: { ...process.env, BENCH_DATABASE_URL: databaseUrl, BENCH_SEED_JOBS: String(seedJobs) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('\n')) resolve(JSON.parse(output.split('\n')[0]));
    });
    child.once('exit', (code) => reject(new Error(`bench instance exited with ${code}`)));
  });
  return {
    address: ready.address,
    jobs: ready.jobs,
    stop: () => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM'))),
  };
}

let key = 0;
/** The load of one kind on one instance. */
function load(address, kind) {
  if (kind === 'search') return autocannon({ url: address, connections, duration: seconds, requests: queries });
  return autocannon({
    url: `${address}/v1/inquiries`,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'https://www.kamenz.de' },
    requests: [
      {
        setupRequest: (request) => {
          const n = ++key;
          return {
            ...request,
            headers: { ...request.headers, 'idempotency-key': `bench-${process.pid}-${n}` },
            body: JSON.stringify({ name: `Bench Person ${n}`, email: `bench${n}@example.org`, partners: ['kamenz'], wish: 'live', consent: true, locale: 'de' }),
          };
        },
      },
    ],
  });
}

/** Requests/s (added over the instances) and the worst p99, as medians of the runs. */
async function measure(instances, kind) {
  const rates = [];
  const p99s = [];
  let errors = 0;
  for (let run = 0; run < runs; run++) {
    const results = await Promise.all(instances.map((instance) => load(instance.address, kind)));
    rates.push(results.reduce((sum, result) => sum + result.requests.average, 0));
    p99s.push(Math.max(...results.map((result) => result.latency.p99)));
    errors += results.reduce((sum, result) => sum + result.errors + result.non2xx, 0);
  }
  return { rate: median(rates), p99: median(p99s), errors };
}

const rows = [];
async function bench(label, databaseUrl, count) {
  const first = await startInstance(databaseUrl, jobs);
  const instances = [first];
  try {
    for (let n = 1; n < count; n++) instances.push(await startInstance(databaseUrl, 0));
    // A short warm-up of each kind, so JIT and pools are ready.
    await Promise.all(instances.map((instance) => autocannon({ url: instance.address, connections, duration: 1, requests: queries })));
    const search = await measure(instances, 'search');
    const inquiries = await measure(instances, 'inquiries');
    rows.push({ label, count, jobs: first.jobs, search, inquiries });
    console.log(`${label}, ${count} instance${count > 1 ? 's' : ''}: search ${search.rate.toFixed(0)} req/s (p99 ${search.p99} ms), inquiries ${inquiries.rate.toFixed(0)} req/s (p99 ${inquiries.p99} ms)${search.errors + inquiries.errors ? `, ${search.errors + inquiries.errors} errors` : ''}`);
  } finally {
    await Promise.all(instances.map((instance) => instance.stop()));
  }
}

console.log(`${availableParallelism()} cores; ${jobs} jobs; ${connections} connections per instance; medians of ${runs} runs × ${seconds} s; answer cache off`);
const folder = mkdtempSync(join(tmpdir(), 'wr-instances-bench-'));
try {
  await bench('SQLite', `file:${join(folder, 'wr.sqlite')}`, 1);
  if (postgresUrl) {
    await bench('PostgreSQL', postgresUrl, 1);
    // The same database again: the second run replaces the jobs and inquiries pile up, which is what a network does.
    await bench('PostgreSQL', postgresUrl, 2);
  } else {
    console.log('No PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL): run through server/scripts/with-postgres.mjs for those figures.');
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}

const one = rows.find((row) => row.label === 'PostgreSQL' && row.count === 1);
const two = rows.find((row) => row.label === 'PostgreSQL' && row.count === 2);
console.log('\nSummary (requests/s, medians):');
console.log('                         search     inquiries');
for (const row of rows) console.log(`${`${row.label} × ${row.count}`.padEnd(20)} ${row.search.rate.toFixed(0).padStart(10)} ${row.inquiries.rate.toFixed(0).padStart(13)}`);
if (one && two) {
  console.log(`two instances / one: search ${(two.search.rate / one.search.rate).toFixed(2)}×, inquiries ${(two.inquiries.rate / one.inquiries.rate).toFixed(2)}×   target ≥ 1.6× on four or more cores (this machine: ${availableParallelism()})`);
}
