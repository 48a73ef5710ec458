#!/usr/bin/env node
// The job search as visitors use it, with the server's answer cache off (every request searches), over 10,000
// and 50,000 sample jobs: a few hundred varied typed queries (bench/server-search-queries.mjs) in a fixed
// pseudo-random order. For each size, in a fresh server process (bench/server-search-target.ts):
//   latency     p50 and p99 of one visitor at a time (one keep-alive connection, requests back to back), beside
//               the same server answering a fixed JSON text of the mean answer size: the floor of HTTP on loopback
//   throughput  requests/s with BENCH_CONNECTIONS connections (autocannon), as a ratio to that fixed JSON
//   hostile     p99 of queries no one types by accident (200 characters, 50 words, punctuation, emoji, regex-
//               and SQL-like); a 1,000-character query must answer 400
//   suggestions p50 and p99 of `GET /v1/jobs/suggestions` letter by letter, where the server has that route
//   memory      the server's heap used and RSS (after a full GC) before the jobs are loaded, after they are loaded
//               and searched once, and after the measurements
//   rebuild     (on the BENCH_IMPORT_AT server) `POST /v1/admin/jobs` of BENCH_IMPORT_JOBS jobs whose titles carry a
//               new word, then `GET /v1/jobs?q=<word>` until it finds all of them: how long the write took, and
//               from its answer until the first search that answers with the new data
// Runs are interleaved (search, baseline, search, …) and reported as medians of BENCH_RUNS; each run lasts
// BENCH_SECONDS (longer only to reach a minimum of answers, at most four times as long). Only HTTP and
// `buildApp`/`RegionStore.replaceAll` are used, so any search engine behind `GET /v1/jobs` can be measured.
// About 3 minutes with the defaults; BENCH_SIZES=10000 BENCH_RUNS=1 for a quick look.
//   node bench/server-search.mjs   env: BENCH_SIZES=10000,50000 BENCH_SECONDS=3 BENCH_RUNS=3 BENCH_CONNECTIONS=10
//     BENCH_IMPORT_AT=10000 BENCH_IMPORT_JOBS=10000 BENCH_IMPORT_RUNS=5 BENCH_CACHE=0 BENCH_ENCODING=br|gzip BENCH_JSON=1
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { drawOrder, hostileQueries, jobsPath, tooLongQuery, typedPrefixes, typedQueries } from './server-search-queries.mjs';

const sizes = (process.env.BENCH_SIZES ?? '10000,50000').split(',').map(Number).filter((size) => size > 0);
const seconds = Number(process.env.BENCH_SECONDS ?? 3);
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const importAt = Number(process.env.BENCH_IMPORT_AT ?? 10_000);
const importJobs = Number(process.env.BENCH_IMPORT_JOBS ?? 10_000);
const importRuns = Math.max(1, Number(process.env.BENCH_IMPORT_RUNS ?? 5));
const cacheSize = Number(process.env.BENCH_CACHE ?? 0);
const encoding = process.env.BENCH_ENCODING || undefined;
const headers = encoding ? { 'accept-encoding': encoding } : {};
/** At least this many answers per latency run (time allowing), so that a p99 means something when answers are slow. */
const minSamples = 200;

const queries = typedQueries();
const order = drawOrder(queries, 10_000);
const hostile = hostileQueries();
const prefixes = typedPrefixes();

// ---------------------------------------------------------------------------------------------------------------
// Helpers

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** Nearest-rank percentile of sorted values. */
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
const MiB = (value) => value.toFixed(1);
const ms = (value) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

/** One request on a keep-alive agent; the time is from writing the request to the answer's last byte. */
function request(agent, address, path, { method = 'GET', body, headers: extra = {}, keepBody = false } = {}) {
  return new Promise((resolve, reject) => {
    const url = new URL(path, address);
    const started = performance.now();
    const req = http.request(url, { agent, method, headers: { ...headers, ...extra } }, (res) => {
      const chunks = [];
      let bytes = 0;
      res.on('data', (chunk) => {
        bytes += chunk.length;
        if (keepBody) chunks.push(chunk);
      });
      res.on('end', () => resolve({ status: res.statusCode, bytes, ms: performance.now() - started, body: keepBody ? Buffer.concat(chunks).toString() : undefined }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** An endless walk through the fixed order; each walker continues where it stopped. */
function walker(list) {
  let next = 0;
  return () => list[next++ % list.length];
}

/** One visitor at a time: requests back to back for `seconds` (and at least `least` answers, at most 4 × seconds). */
async function sequential(agent, address, next, { expect = 200, least = minSamples } = {}) {
  const samples = [];
  const started = performance.now();
  for (;;) {
    const elapsed = performance.now() - started;
    if (elapsed >= seconds * 4000 || (elapsed >= seconds * 1000 && samples.length >= least)) break;
    const entry = next();
    const answer = await request(agent, address, entry.path);
    if (answer.status !== expect) throw new Error(`${entry.path} answered ${answer.status}, expected ${expect}`);
    samples.push({ kind: entry.kind, ms: answer.ms });
  }
  const sorted = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  return { samples, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted.at(-1), n: sorted.length };
}

/** Many visitors at once: autocannon with `connections` connections, the paths from `next` (or one fixed path). */
async function load(address, next, duration = seconds) {
  const options = { url: address, connections, duration, headers };
  if (typeof next === 'function') options.requests = [{ method: 'GET', setupRequest: (req) => ({ ...req, path: next().path }) }];
  else options.url = `${address}${next}`;
  const result = await autocannon(options);
  if (result.non2xx || result.errors || result.timeouts) throw new Error(`load on ${typeof next === 'string' ? next : 'the typed queries'}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/** The server in its own process, so that it never shares a thread with the load generator. */
async function startTarget(jobs) {
  const target = spawn(process.execPath, ['--expose-gc', '--import', import.meta.resolve('tsx'), fileURLToPath(new URL('./server-search-target.ts', import.meta.url))], {
    env: { ...process.env, BENCH_JOBS: String(jobs), BENCH_CACHE: String(cacheSize) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => target.once('exit', resolve));
  const ready = await new Promise((resolve, reject) => {
    let output = '';
    target.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('\n')) resolve(JSON.parse(output.split('\n')[0]));
    });
    target.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return {
    ...ready,
    stop: async () => {
      target.kill('SIGTERM');
      await exited;
    },
  };
}

const json = async (agent, address, path, options) => {
  const answer = await request(agent, address, path, { ...options, keepBody: true });
  if (answer.status < 200 || answer.status > 299) throw new Error(`${path} answered ${answer.status}: ${answer.body.slice(0, 300)}`);
  return { ...answer, data: JSON.parse(answer.body) };
};

// Nonsense words far apart from each other and from every word of the sample jobs (no shared parts, no typo
// distance), so that only a search over the new data finds them.
const markers = ['quarzwolke', 'fjordbiene', 'zimtkrokus', 'kobaltmotte', 'dattelfrost', 'pfauenmond', 'ginsterhai', 'lupinenyak', 'mohnkristall', 'tulpenorkan', 'wachtelgranit', 'jaspisfink'];

async function rebuild(agent, target) {
  const results = [];
  // One import more than reported, first: it warms up parsing and writing, as on a server that has run a while.
  for (let run = 0; run <= importRuns; run++) {
    const marker = markers[run % markers.length];
    const body = await request(agent, target.address, `/bench/import?marker=${marker}&count=${importJobs}`, { keepBody: true });
    const probe = jobsPath({ q: marker, pageSize: 1 });
    const before = await json(agent, target.address, probe);
    if (before.data.items[0]?.title.includes(marker)) throw new Error(`${marker} is in the jobs before its import`);
    const started = performance.now();
    const write = await request(agent, target.address, '/v1/admin/jobs', {
      method: 'POST',
      body: body.body,
      headers: { authorization: `Bearer ${target.adminToken}`, 'content-type': 'application/json' },
      keepBody: true,
    });
    const written = performance.now();
    if (write.status !== 200) throw new Error(`POST /v1/admin/jobs answered ${write.status}: ${write.body.slice(0, 300)}`);
    let polls = 0;
    let first;
    for (;;) {
      polls++;
      const answer = await json(agent, target.address, probe);
      const item = answer.data.items[0];
      if (answer.data.total === importJobs && item && item.title.includes(marker)) {
        first = performance.now();
        break;
      }
      if (performance.now() - written > 30_000) throw new Error(`30 s after the import, ${marker} finds ${answer.data.total} of ${importJobs} jobs`);
    }
    const second = await json(agent, target.address, probe);
    if (run > 0) results.push({ writeMs: written - started, firstMs: first - written, totalMs: first - started, polls, secondMs: second.ms, bytes: Buffer.byteLength(body.body) });
  }
  const pick = (key) => median(results.map((result) => result[key]));
  return { writeMs: pick('writeMs'), firstMs: pick('firstMs'), totalMs: pick('totalMs'), secondMs: pick('secondMs'), polls: Math.max(...results.map((result) => result.polls)), bytes: results[0].bytes, runs: results };
}

// ---------------------------------------------------------------------------------------------------------------
// One server per size

/** The median of one figure over runs. */
const mid = (list, key) => median(list.map((entry) => entry[key]));
const percent = (ratio) => `${(ratio * 100).toFixed(1)} %`;

async function measureSize(jobs) {
  const target = await startTarget(jobs);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const { address } = target;
    const cache = cacheSize ? `on (${cacheSize})` : 'off';
    const gcNote = target.memory.before.gc ? '' : '; no --expose-gc, memory figures without GC';
    console.log(`\n${target.jobs} jobs (asked for ${jobs}); answer cache ${cache}; loaded in ${ms(target.loadMs)} ms, first search ${target.firstQuery} ${ms(target.firstSearchMs)} ms${gcNote}`);

    // Warm-up and check: every distinct query once, one at a time.
    const pass = [];
    for (const entry of queries) {
      const answer = await json(agent, address, entry.path, {});
      pass.push({ ...entry, bytes: answer.bytes, total: answer.data.total, ms: answer.ms });
    }
    const meanBytes = pass.reduce((sum, entry) => sum + entry.bytes, 0) / pass.length;
    const nearest = pass.reduce((best, entry) => (Math.abs(entry.bytes - meanBytes) < Math.abs(best.bytes - meanBytes) ? entry : best));
    const fixed = await json(agent, address, '/bench/fixed', { method: 'POST', body: JSON.stringify({ path: nearest.path }), headers: { 'content-type': 'application/json' } });
    const empty = pass.filter((entry) => entry.total === 0);
    const emptyKinds = [...new Set(empty.map((entry) => entry.kind))].join(', ');
    console.log(`  ${queries.length} distinct queries, ${empty.length} of them without a result (${emptyKinds}); mean answer ${meanBytes.toFixed(0)} bytes${encoding ? ` as ${encoding}` : ''}`);
    console.log(`  baseline: the answer of ${nearest.path} (${fixed.data.bytes} bytes uncompressed) as fixed JSON`);
    const typed = walker(order);
    await load(address, typed, 1);
    await load(address, '/bench/fixed', 1);

    // Latency: one visitor at a time.
    const latency = [];
    const floor = [];
    const fixedEntry = { kind: 'fixed', path: '/bench/fixed' };
    for (let run = 0; run < runs; run++) {
      latency.push(await sequential(agent, address, typed));
      floor.push(await sequential(agent, address, () => fixedEntry));
    }
    const lat = { p50: mid(latency, 'p50'), p99: mid(latency, 'p99'), max: Math.max(...latency.map((run) => run.max)), fixedP50: mid(floor, 'p50'), fixedP99: mid(floor, 'p99') };
    const byKind = new Map();
    for (const sample of latency.flatMap((run) => run.samples)) byKind.set(sample.kind, [...(byKind.get(sample.kind) ?? []), sample.ms]);
    const kinds = [...byKind].map(([kind, values]) => {
      const sorted = values.sort((a, b) => a - b);
      return `${kind} ${ms(percentile(sorted, 0.5))} / ${ms(percentile(sorted, 0.99))} / ${ms(sorted.at(-1))}`;
    });
    console.log(`  latency, one connection, ${runs} runs × ≥ ${seconds} s (${latency.map((run) => run.n).join(', ')} answers), medians:`);
    console.log(`    typed queries  p50 ${ms(lat.p50)} ms  p99 ${ms(lat.p99)} ms  (p99 of the runs: ${latency.map((run) => ms(run.p99)).join(', ')}; max ${ms(lat.max)} ms)`);
    console.log(`    fixed JSON     p50 ${ms(lat.fixedP50)} ms  p99 ${ms(lat.fixedP99)} ms`);
    console.log(`    by kind, all runs together (p50 / p99 / max ms): ${kinds.join('; ')}`);

    // Throughput: many visitors at once.
    const search = [];
    const baseline = [];
    for (let run = 0; run < runs; run++) {
      search.push(await load(address, typed));
      baseline.push(await load(address, '/bench/fixed'));
    }
    const ratios = search.map((result, run) => result.rps / baseline[run].rps);
    const put = { rps: mid(search, 'rps'), p50: mid(search, 'p50'), p99: mid(search, 'p99'), fixedRps: mid(baseline, 'rps'), fixedP50: mid(baseline, 'p50'), fixedP99: mid(baseline, 'p99'), ratio: median(ratios) };
    console.log(`  throughput, ${connections} connections, ${runs} runs × ${seconds} s, medians (latency under load from autocannon, whole ms):`);
    console.log(`    typed queries  ${put.rps.toFixed(0).padStart(6)} req/s  p50 ${put.p50} ms  p99 ${put.p99} ms`);
    console.log(`    fixed JSON     ${put.fixedRps.toFixed(0).padStart(6)} req/s  p50 ${put.fixedP50} ms  p99 ${put.fixedP99} ms`);
    console.log(`    ratio          ${percent(put.ratio)} of the fixed JSON's requests/s (runs: ${ratios.map(percent).join(', ')})`);

    // Hostile input.
    for (const entry of hostile) {
      const answer = await request(agent, address, entry.path);
      if (answer.status !== 200) throw new Error(`hostile query ${entry.kind} answered ${answer.status}`);
    }
    const bad = [];
    for (let run = 0; run < runs; run++) bad.push(await sequential(agent, address, walker(hostile), { least: hostile.length * 3 }));
    const badKind = new Map();
    for (const sample of bad.flatMap((run) => run.samples)) badKind.set(sample.kind, Math.max(badKind.get(sample.kind) ?? 0, sample.ms));
    const tooLong = [];
    for (let i = 0; i < 5; i++) tooLong.push(await request(agent, address, tooLongQuery.path));
    const hostileFigures = { p50: mid(bad, 'p50'), p99: mid(bad, 'p99'), max: Math.max(...bad.map((run) => run.max)), tooLongStatus: [...new Set(tooLong.map((answer) => answer.status))].join(',') };
    console.log(`  hostile queries, one connection, ${runs} runs × ≥ ${seconds} s: p50 ${ms(hostileFigures.p50)} ms  p99 ${ms(hostileFigures.p99)} ms`);
    console.log(`    max by kind: ${[...badKind].map(([kind, value]) => `${kind} ${ms(value)}`).join('; ')} (ms)`);
    const expected = hostileFigures.tooLongStatus === '400' ? '' : '   ← expected 400';
    console.log(`  a 1,000-character query answers ${hostileFigures.tooLongStatus} in ${ms(mid(tooLong, 'ms'))} ms${expected}`);

    // Suggestions while typing, where the server has them (GET /v1/jobs/suggestions, one request per keystroke).
    let suggest;
    const probe = await request(agent, address, prefixes[0].path);
    if (probe.status === 200) {
      for (const entry of prefixes) await request(agent, address, entry.path);
      const suggestRuns = [];
      for (let run = 0; run < runs; run++) suggestRuns.push(await sequential(agent, address, walker(prefixes)));
      suggest = { p50: mid(suggestRuns, 'p50'), p99: mid(suggestRuns, 'p99') };
      console.log(`  suggestions while typing (${prefixes.length} prefixes), one connection, ${runs} runs × ≥ ${seconds} s: p50 ${ms(suggest.p50)} ms  p99 ${ms(suggest.p99)} ms`);
    } else console.log(`  suggestions while typing: not served (GET ${prefixes[0].path} answers ${probe.status})`);

    const afterAll = (await json(agent, address, '/bench/memory')).data;
    const { before, after } = target.memory;
    const mem = (figures) => `${MiB(figures.heapUsedMiB)} / ${MiB(figures.rssMiB)}`;
    console.log(`  memory (heap used / RSS MiB): before loading ${mem(before)}; loaded and searched once ${mem(after)}; after the measurements ${mem(afterAll)}`);

    let imported;
    if (jobs === importAt) {
      imported = await rebuild(agent, target);
      const size = (imported.bytes / 1024 / 1024).toFixed(1);
      console.log(`  rebuild after importing ${importJobs} jobs (POST /v1/admin/jobs, ${size} MiB), median of ${importRuns} after one warm-up:`);
      console.log(`    write ${ms(imported.writeMs)} ms, then ${ms(imported.firstMs)} ms to the first search with the new data (at most ${imported.polls} searches), ${ms(imported.totalMs)} ms in all; the search after it ${ms(imported.secondMs)} ms`);
    }

    return { jobs: target.jobs, latency: lat, throughput: put, suggest, hostile: hostileFigures, memory: { before, after, afterAll }, firstSearchMs: target.firstSearchMs, imported };
  } finally {
    agent.destroy();
    await target.stop();
  }
}

console.log(`GET /v1/jobs with varied typed queries, answer cache ${cacheSize ? 'on' : 'off'}; ${queries.length} distinct queries drawn in a fixed order; sizes ${sizes.join(', ')}`);
const results = [];
for (const size of sizes) results.push(await measureSize(size));

// ---------------------------------------------------------------------------------------------------------------
// The table

const column = (cells) => cells.map((cell) => String(cell).padStart(16)).join('');
const row = (label, cells, note = '') => console.log(`${label.padEnd(44)}${column(cells)}${note ? `   ${note}` : ''}`);
const each = (figure) => results.map(figure);
const memory = (figures) => `${MiB(figures.heapUsedMiB)} / ${MiB(figures.rssMiB)}`;
console.log(`\nSummary: answer cache ${cacheSize ? 'on' : 'off'}, medians of ${runs} runs${encoding ? `, answers as ${encoding}` : ''}`);
row('', each((result) => `${result.jobs} jobs`));
row('latency p50 / p99, one connection (ms)', each(({ latency }) => `${ms(latency.p50)} / ${ms(latency.p99)}`), 'target p99 ≤ 10 (10k), ≤ 30 (50k)');
row('  fixed JSON p50 / p99 (ms)', each(({ latency }) => `${ms(latency.fixedP50)} / ${ms(latency.fixedP99)}`));
row(`requests/s, ${connections} connections`, each(({ throughput }) => throughput.rps.toFixed(0)));
row('  fixed JSON of the mean answer size', each(({ throughput }) => throughput.fixedRps.toFixed(0)));
row('  ratio', each(({ throughput }) => percent(throughput.ratio)), 'target ≥ 30 %');
row('  p99 under load (ms, whole ms)', each(({ throughput }) => throughput.p99));
row('heap used / RSS before loading (MiB)', each((result) => memory(result.memory.before)));
row('  loaded and searched once', each((result) => memory(result.memory.after)));
row('  after the measurements', each((result) => memory(result.memory.afterAll)));
row('first search after loading (ms)', each((result) => ms(result.firstSearchMs)));
row('hostile queries p99 / max (ms)', each(({ hostile: figures }) => `${ms(figures.p99)} / ${ms(figures.max)}`));
row('1,000-character query answers', each(({ hostile: figures }) => figures.tooLongStatus), 'expected 400');
row('suggestions p50 / p99, one connection (ms)', each(({ suggest }) => (suggest ? `${ms(suggest.p50)} / ${ms(suggest.p99)}` : 'not served')));
for (const { jobs, imported } of results.filter((entry) => entry.imported)) {
  row(`import of ${importJobs} jobs into ${jobs}: write (ms)`, [ms(imported.writeMs)]);
  row('  then first search with the new data (ms)', [ms(imported.firstMs)], 'target < 1000 (with the write, if the index is rebuilt in it)');
  row('  write + first search (ms)', [ms(imported.totalMs)]);
}
if (process.env.BENCH_JSON) console.log(JSON.stringify({ cacheSize, runs, seconds, connections, encoding, results }));
