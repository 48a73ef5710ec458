#!/usr/bin/env node
// Requests per second and p99 latency of `GET /v1/jobs?q=…` over 10,000 jobs, beside a baseline route of the same
// server that answers a fixed JSON text of the same size. Measured twice: with the server's answer cache off
// (every request searches all jobs) and on (as it runs). autocannon on loopback, bounded runs; prints medians.
// BENCH_ENCODING=br (or gzip) asks for compressed answers, as browsers do. BENCH_DATABASE_URL=postgres://… runs the
// server over PostgreSQL instead of a temporary SQLite file (searches are answered from memory on both).
//   node bench/server-jobs.mjs     env: BENCH_SECONDS=5 BENCH_RUNS=3 BENCH_CONNECTIONS=10 BENCH_JOBS=10000 BENCH_QUERY=… BENCH_ENCODING=…
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const query = process.env.BENCH_QUERY ?? '/v1/jobs?q=pflege';
const headers = process.env.BENCH_ENCODING ? { 'accept-encoding': process.env.BENCH_ENCODING } : {};

/** The server under load, in its own process so that it does not share a thread with autocannon. */
async function startTarget(cacheSize) {
  const target = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), fileURLToPath(new URL('./server-jobs-target.ts', import.meta.url))], {
    env: { ...process.env, BENCH_QUERY: query, BENCH_CACHE: String(cacheSize) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = await new Promise((resolve, reject) => {
    let output = '';
    target.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('\n')) resolve(JSON.parse(output.split('\n')[0]));
    });
    target.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { ...ready, stop: () => target.kill('SIGTERM') };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(address, path) {
  const results = [];
  for (let run = 0; run < runs; run++) {
    const result = await autocannon({ url: `${address}${path}`, connections, duration: seconds, headers });
    if (result.non2xx || result.errors) throw new Error(`${path}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    results.push(result);
  }
  return { rps: median(results.map((result) => result.requests.average)), p99: median(results.map((result) => result.latency.p99)) };
}

const line = (label, { rps, p99 }) => `  ${label.padEnd(10)} ${rps.toFixed(0).padStart(7)} req/s   p99 ${p99.toFixed(1).padStart(6)} ms`;

for (const [mode, cacheSize] of [['answer cache off (every request searches)', 0], ['answer cache on (as the server runs)', 500]]) {
  const target = await startTarget(cacheSize);
  try {
    // A short warm-up, so the JIT and the folded-text cache are in the state of a running server.
    await autocannon({ url: `${target.address}${query}`, connections, duration: 1 });
    const search = await measure(target.address, query);
    const baseline = await measure(target.address, '/bench/fixed');
    console.log(`GET ${query} over ${target.jobs} jobs, ${target.bytes} bytes per answer${headers['accept-encoding'] ? ` (asked as ${headers['accept-encoding']})` : ''}; ${mode}; ${runs} runs × ${seconds} s, ${connections} connections, medians`);
    console.log(line('search', search));
    console.log(line('baseline', baseline) + '   (fixed JSON of the same size, same server)');
    console.log(`  ratio      ${(search.rps / baseline.rps).toFixed(3)} of the baseline's requests/s; p99 ×${(search.p99 / Math.max(baseline.p99, 0.001)).toFixed(1)}`);
  } finally {
    target.stop();
  }
}
