// Copies an SQLite database of the server into an empty PostgreSQL, in one transaction, and checks that every
// table holds as many rows afterwards as before: the way from one machine to several instances.
//   npm run db:copy -w server -- --from file:data/wr.sqlite --to postgres://wr@db.example.org/wr
// The source is brought up to this server's schema, then only read (stop the server first, or copy a backup);
// the target is migrated first and must be empty. Nothing is written to it when anything fails.
import { sql, type Kysely } from 'kysely';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { openDatabase, type Database } from './database.js';
import { databaseTargetFrom, describeTarget } from './database-url.js';
import type { Schema } from './schema.js';

const usage = `Copies the server's SQLite database into an empty PostgreSQL and verifies the counts.

  npm run db:copy -w server -- --from file:data/wr.sqlite --to postgres://USER:PASSWORD@HOST/DATABASE

  --from   the SQLite database (DATABASE_URL form); read only
  --to     the PostgreSQL database (DATABASE_URL form); migrated, and it must hold no data yet`;

/**
 * The tables in an order that satisfies their foreign keys, each with its own columns (the generated ones left
 * to PostgreSQL) and, where PostgreSQL numbers the rows itself, the column and what fills it on SQLite.
 */
const tables: { name: keyof Schema; columns: string[]; identity?: { column: string; from: string } }[] = [
  { name: 'partners', columns: ['id', 'data', 'origins'] },
  { name: 'categories', columns: ['id', 'data'] },
  { name: 'commutes', columns: ['from_id', 'to_id', 'data'] },
  { name: 'jobs', columns: ['id', 'partner', 'data'] },
  { name: 'inquiries', columns: ['id', 'received_at', 'partners', 'data', 'email_key'], identity: { column: 'seq', from: 'rowid' } },
  { name: 'idempotency_keys', columns: ['key', 'body', 'receipt', 'created_at', 'email_key'] },
  { name: 'used_challenges', columns: ['signature', 'expires_at'] },
  { name: 'audit_log', columns: ['at', 'action', 'target_kind', 'target_id', 'count', 'who'], identity: { column: 'seq', from: 'seq' } },
  { name: 'outbox', columns: ['inquiry_id', 'recipient', 'attempts', 'next_attempt_at', 'sent_at', 'last_error', 'first_failed_at', 'failed_at', 'claimed_until', 'claimed_by'], identity: { column: 'seq', from: 'seq' } },
  { name: 'partner_tokens', columns: ['id', 'partner', 'hash', 'created_at'], identity: { column: 'seq', from: 'rowid' } },
  { name: 'import_runs', columns: ['source_id', 'kind', 'started_at', 'finished_at', 'ok', 'inserted', 'updated', 'unchanged', 'retired', 'skipped', 'error'] },
  { name: 'task_runs', columns: ['task', 'due_at', 'last_run_at'] },
  { name: 'rate_windows', columns: ['scope', 'key', 'count', 'reset_at'] },
];

/** Rows per INSERT: far below PostgreSQL's 65,535 bound values for the widest table. */
const rowsPerInsert = 500;

const count = async (db: Kysely<Schema>, table: string) => Number((await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db)).rows[0]!.n);

export interface CopyReport {
  tables: { name: string; rows: number }[];
}

/** Copies every table of `from` (SQLite) into `to` (PostgreSQL, empty), in one transaction, and verifies the counts. */
export async function copyDatabase(from: Database, to: Database): Promise<CopyReport> {
  if (from.kind !== 'sqlite') throw new Error('--from must be an SQLite database (file:…).');
  if (to.kind !== 'postgres') throw new Error('--to must be a PostgreSQL database (postgres://…).');
  for (const { name } of tables) {
    const rows = await count(to.db, name);
    if (rows > 0) throw new Error(`${describeTarget(to.target)} is not empty: ${name} holds ${rows} rows. Copy into a new, empty database.`);
  }
  const report: CopyReport = { tables: [] };
  await to.db.transaction().execute(async (trx) => {
    for (const { name, columns, identity } of tables) {
      const selected = identity ? [...columns, `${identity.from} AS ${identity.column}`] : columns;
      const rows = (await sql<Record<string, unknown>>`SELECT ${sql.raw(selected.join(', '))} FROM ${sql.table(name)} ORDER BY ${sql.raw(identity?.from ?? columns[0]!)}`.execute(from.db)).rows;
      for (let start = 0; start < rows.length; start += rowsPerInsert) {
        await trx.insertInto(name as never).values(rows.slice(start, start + rowsPerInsert) as never).execute();
      }
      // The identity goes on after the highest number copied, so new rows do not collide with copied ones.
      if (identity && rows.length) {
        await sql`SELECT setval(pg_get_serial_sequence(${name}, ${identity.column}), (SELECT max(${sql.ref(identity.column)}) FROM ${sql.table(name)}))`.execute(trx);
      }
      const copied = await count(trx, name);
      if (copied !== rows.length) throw new Error(`${name}: ${rows.length} rows read, ${copied} written; nothing was copied.`);
      report.tables.push({ name, rows: copied });
    }
  });
  return report;
}

async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { from: { type: 'string' }, to: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help || !values.from || !values.to) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  const fromTarget = databaseTargetFrom(values.from);
  const toTarget = databaseTargetFrom(values.to);
  if (fromTarget.kind !== 'sqlite') throw new Error('--from must be an SQLite database (file:…).');
  if (toTarget.kind !== 'postgres') throw new Error('--to must be a PostgreSQL database (postgres://…).');
  const from = await openDatabase(fromTarget);
  try {
    const to = await openDatabase(toTarget, { connectTimeoutMs: 30_000 });
    try {
      const report = await copyDatabase(from, to);
      for (const { name, rows } of report.tables) console.log(`${name.padEnd(18)} ${String(rows).padStart(8)} rows`);
      console.log(`Copied ${describeTarget(fromTarget)} into ${describeTarget(toTarget)}; every table's count matches.`);
      return 0;
    } finally {
      await to.close();
    }
  } finally {
    await from.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`Copy failed, nothing written: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
