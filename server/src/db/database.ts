import BetterSqlite3 from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { parse as parseConnectionString } from 'pg-connection-string';
import { systemClock, type Clock } from '@wachstumsregion/domain/clock';
import { describeTarget, type DatabaseTarget } from './database-url.js';
import { migrationProvider } from './migrations.js';
import type { Schema } from './schema.js';

/** The server's database: the same typed queries on either backend, and what only one of them has. */
export interface Database {
  readonly target: DatabaseTarget;
  readonly kind: DatabaseTarget['kind'];
  /** This connection's random id, as the sender of change notifications (an instance skips its own). */
  readonly instance: string;
  readonly db: Kysely<Schema>;
  /** SQLite only: the connection itself, for what SQL cannot say (online backup, WAL checkpoint, data_version). */
  readonly sqlite?: BetterSqlite3.Database;
  /** PostgreSQL only: the pool, for LISTEN connections of its own. */
  readonly pool?: pg.Pool;
  close(): Promise<void>;
}

export interface OpenOptions {
  clock?: Clock;
  /** PostgreSQL: connections this instance keeps at most (`DATABASE_POOL_MAX`). */
  poolMax?: number;
  /** Told about each failed attempt to reach PostgreSQL at start; the server logs it. */
  onUnreachable?: (message: string, retryInMs: number) => void;
  /** How long to keep trying to reach PostgreSQL at start before giving up (default: for ever). */
  connectTimeoutMs?: number;
}

/** The database is newer than this server (it ran migrations this server does not know). */
export class NewerSchemaError extends Error {}

/**
 * Opens the database `DATABASE_URL` names and brings its schema up to date (`migrations.ts`). SQLite: WAL lets
 * readers go on while an inquiry is written; `synchronous = FULL` makes every commit reach the disk before it
 * returns, so a `201` is only sent for an inquiry that survives a power cut or `kill -9`; `secure_delete` zeroes
 * deleted content, so an erased person's data does not linger in the file. PostgreSQL: a pool, and at start a
 * wait (with the reason logged) until the server answers, rather than a crash and a restart loop.
 */
export async function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<Database> {
  const database = target.kind === 'sqlite' ? openSqlite(target) : await openPostgres(target, options);
  try {
    await migrate(database, options.clock ?? systemClock);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

function openSqlite(target: Extract<DatabaseTarget, { kind: 'sqlite' }>): Database {
  if (target.path !== ':memory:') mkdirSync(dirname(target.path), { recursive: true });
  const sqlite = new BetterSqlite3(target.path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Erased inquiries are overwritten with zeros rather than left readable in free pages of the file.
  sqlite.pragma('secure_delete = ON');
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    target,
    kind: 'sqlite',
    instance: randomUUID(),
    db,
    sqlite,
    // Kysely's SQLite driver closes the connection it was given.
    close: () => db.destroy(),
  };
}

/** int8 (`count(*)`, `bigint` columns) as a number: every one the server keeps is far below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === 20 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser,
};

async function openPostgres(target: Extract<DatabaseTarget, { kind: 'postgres' }>, options: OpenOptions): Promise<Database> {
  // `sslmode` as libpq reads it (require: encrypted, not verified; verify-full: verified), unless the URL says otherwise.
  const compat = /[?&]uselibpqcompat=/i.test(target.url) ? {} : { useLibpqCompat: true };
  const config = parseConnectionString(target.url, compat) as pg.PoolConfig;
  const pool = new pg.Pool({
    ...config,
    max: options.poolMax ?? 10,
    types,
    connectionTimeoutMillis: 5_000,
    // A query never holds a request past its timeout: PostgreSQL cancels it, the request answers 503.
    statement_timeout: 10_000,
    idleTimeoutMillis: 30_000,
  } as pg.PoolConfig);
  // A connection that the server drops (a restart, a failover) must not crash the process: an idle one is the
  // pool's to report, one in use fails its query, which the request answers with 503.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  await waitForPostgres(pool, target, options);
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return { target, kind: 'postgres', instance: randomUUID(), db, pool, close: () => db.destroy() };
}

/** Tries to reach PostgreSQL until it answers, waiting 1, 2, 4 … at most 30 seconds between attempts. */
async function waitForPostgres(pool: pg.Pool, target: DatabaseTarget, { onUnreachable, connectTimeoutMs }: OpenOptions): Promise<void> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      await pool.query('SELECT 1');
      return;
    } catch (error) {
      const reason = postgresProblem(error);
      // A wrong password or a missing database does not fix itself: stop with the reason.
      if (isPermanent(error)) {
        await pool.end();
        throw new Error(`${describeTarget(target)}: ${reason}`);
      }
      const wait = Math.min(30_000, 1_000 * 2 ** attempt);
      if (connectTimeoutMs !== undefined && Date.now() - started + wait > connectTimeoutMs) {
        await pool.end();
        throw new Error(`${describeTarget(target)} is not reachable: ${reason}`);
      }
      onUnreachable?.(`${describeTarget(target)} is not reachable: ${reason}`, wait);
      await sleep(wait);
    }
  }
}

/** SQLSTATEs that no retry cures: bad password, no such role or database. */
const permanentCodes = new Set(['28P01', '28000', '3D000']);
const isPermanent = (error: unknown) => permanentCodes.has((error as { code?: string }).code ?? '');

/** A failure to reach or use PostgreSQL in a sentence: the driver's code and message, never the password. */
export function postgresProblem(error: unknown): string {
  // Node tries every address of a name (`localhost`: ::1 and 127.0.0.1) and reports them together, without a message.
  const first = error instanceof AggregateError && !error.message ? (error.errors[0] as unknown) : error;
  const { code, message } = (first ?? {}) as { code?: string; message?: string };
  const ownCode = (error as { code?: string }).code ?? code;
  return `${message || 'no answer'}${ownCode && !message?.includes(ownCode) ? ` (${ownCode})` : ''}`;
}

async function migrate(database: Database, clock: Clock): Promise<void> {
  // Kysely looks for its own tables in every schema unless told one; with several schemas in one database (a
  // server per schema, as the tests run) it must look in ours, the first of the search path.
  const schema = database.kind === 'postgres' ? (await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(database.db)).rows[0]?.schema : undefined;
  const migrator = new Migrator({
    db: database.db,
    provider: migrationProvider({ kind: database.kind, sqlite: database.sqlite, clock }),
    ...(schema && { migrationTableSchema: schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (!error) return;
  const message = error instanceof Error ? error.message : String(error);
  // Kysely refuses a database that ran migrations it does not know: a newer server has been at it.
  if (/corrupted migrations/i.test(message)) throw new NewerSchemaError(`The database has migrations this server does not know (${message}); it was written by a newer server.`);
  const failed = results?.find((result) => result.status === 'Error');
  throw new Error(`Migrating the database failed${failed ? ` at ${failed.migrationName}` : ''}: ${message}`);
}
