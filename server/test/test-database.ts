import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import type { Clock } from '@wachstumsregion/domain/clock';
import { openDatabase, type Database } from '../src/db/database.js';
import type { DatabaseTarget } from '../src/db/database-url.js';

/**
 * The backend the server suite runs on: SQLite files in each test's folder, or, with `TEST_DATABASE_URL` set
 * (`npm run test:postgres`), a real PostgreSQL where every test server gets a schema of its own.
 */
export const testPostgresUrl = process.env.TEST_DATABASE_URL || undefined;
export const onPostgres = testPostgresUrl !== undefined;

/** A new, empty database for one test: a file in `folder`, or a fresh schema of the test PostgreSQL. */
export async function freshTarget(folder: string, name = 'wr.sqlite'): Promise<DatabaseTarget> {
  if (!testPostgresUrl) return { kind: 'sqlite', path: join(folder, name) };
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await admin.end();
  }
  const url = new URL(testPostgresUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { kind: 'postgres', url: url.toString() };
}

/** Opens a fresh test database (see `freshTarget`). */
export async function freshDatabase(folder: string, clock?: Clock): Promise<Database> {
  return openDatabase(await freshTarget(folder), { clock });
}

/** Every row of a table, as the backend gives them (for looking into what the API does not show). */
export async function rowsOf<T = Record<string, unknown>>(database: Database, query: string): Promise<T[]> {
  return (await sql.raw<T>(query).execute(database.db)).rows;
}

/** The names of the database's own tables (not the backend's catalogue). */
export async function tableNames(database: Database): Promise<string[]> {
  const query =
    database.kind === 'sqlite'
      ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
      : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name";
  return (await rowsOf<{ name: string }>(database, query)).map((row) => row.name);
}

/**
 * Stops or starts the test cluster (`scripts/with-postgres.mjs` says where it is), for the tests of what the
 * server does while PostgreSQL is away. `fast` stops as an operator's shutdown does: connections are cut.
 */
export function postgresCluster(action: 'stop' | 'start'): void {
  const { PG_BIN: bin, PG_DATA: data, PG_LOG: log, PG_START_OPTIONS: options, PG_AS_ROOT: asRoot } = process.env;
  if (!bin || !data || !log || !options) throw new Error('The test cluster is not ours to stop (run through scripts/with-postgres.mjs).');
  const args = action === 'stop' ? ['-D', data, '-m', 'fast', '-w', 'stop'] : ['-D', data, '-l', log, '-w', '-o', options, 'start'];
  const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
  const result = asRoot
    ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', [join(bin, 'pg_ctl'), ...args].map(quote).join(' ')], { encoding: 'utf8' })
    : spawnSync(join(bin, 'pg_ctl'), args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pg_ctl ${action} failed: ${result.stderr || result.stdout}`);
}
