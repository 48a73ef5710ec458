#!/usr/bin/env node
// Runs a command against a throwaway PostgreSQL: a new cluster in a temporary folder (Debian's `postgresql`
// package, the newest version under /usr/lib/postgresql), on a free loopback port, with a database `wr`; the
// command gets TEST_DATABASE_URL (and DATABASE_URL) pointing at it, and the cluster is stopped and removed after.
// PG_BIN, PG_DATA, PG_LOG, PG_START_OPTIONS and PG_AS_ROOT let a test stop and start the cluster (faults).
// As root the cluster runs as the `postgres` user, as initdb refuses root.
//   node scripts/with-postgres.mjs <command> [args…]
// Without PostgreSQL installed it says so and exits 0, unless REQUIRE_POSTGRES=1 (CI sets it): then it fails.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/with-postgres.mjs <command> [args…]');
  process.exit(2);
}

const root = '/usr/lib/postgresql';
const version = existsSync(root) ? readdirSync(root).filter((name) => existsSync(join(root, name, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a))[0] : undefined;
if (!version) {
  const message = 'PostgreSQL is not installed (apt-get install postgresql): the server suite on PostgreSQL is skipped.';
  if (process.env.REQUIRE_POSTGRES === '1') {
    console.error(`${message} REQUIRE_POSTGRES=1 asks for it, so this fails.`);
    process.exit(1);
  }
  console.warn(`\n*** ${message} ***\n`);
  process.exit(0);
}
const bin = join(root, version, 'bin');

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const asRoot = process.getuid?.() === 0;
const quote = (text) => `'${String(text).replace(/'/g, `'\\''`)}'`;
/** Runs a PostgreSQL program, as `postgres` when we are root. */
function pgRun(program, programArgs) {
  const result = asRoot
    ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', [join(bin, program), ...programArgs].map(quote).join(' ')], { encoding: 'utf8' })
    : spawnSync(join(bin, program), programArgs, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr || result.stdout}`);
}

const folder = mkdtempSync(join(tmpdir(), 'wr-pg-'));
chmodSync(folder, 0o777);
const data = join(folder, 'data');
const port = await freePort();
let started = false;
const stop = () => {
  if (started) {
    try {
      pgRun('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
    } catch (error) {
      console.error(String(error));
    }
    started = false;
  }
  rmSync(folder, { recursive: true, force: true });
};

let code = 1;
try {
  pgRun('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  // fsync off: a throwaway cluster for tests needs no durability, and the suite runs several times faster.
  const startOptions = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  pgRun('pg_ctl', ['-D', data, '-l', join(folder, 'log'), '-w', '-o', startOptions, 'start']);
  started = true;
  pgRun('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'wr']);
  const url = `postgres://postgres@127.0.0.1:${port}/wr`;
  console.log(`PostgreSQL ${version} for the tests at ${url}`);
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, TEST_DATABASE_URL: url, DATABASE_URL: url, PG_BIN: bin, PG_DATA: data, PG_LOG: join(folder, 'log'), PG_START_OPTIONS: startOptions, PG_AS_ROOT: asRoot ? '1' : '' } });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  code = await new Promise((resolve) => child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0))));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  stop();
}
process.exit(code);
