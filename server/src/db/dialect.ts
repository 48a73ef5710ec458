import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from './database.js';
import type { Schema } from './schema.js';

/**
 * The few things the two backends say differently, in one place so that the stores' queries are written once.
 */

/**
 * The column that orders a table's rows as they arrived, for ties within one second: SQLite's own `rowid`,
 * PostgreSQL's identity column `seq` (`inquiries`, `partner_tokens`).
 */
export const arrival = (database: Database): RawBuilder<number> => sql.ref(database.kind === 'sqlite' ? 'rowid' : 'seq');

/** Whether a JSON array held as text in `column` contains the string `value`. */
export function jsonArrayContains(database: Database, column: string, value: string): RawBuilder<boolean> {
  return database.kind === 'sqlite'
    ? sql<boolean>`EXISTS (SELECT 1 FROM json_each(${sql.ref(column)}) WHERE value = ${value})`
    : sql<boolean>`(${sql.ref(column)})::jsonb @> jsonb_build_array(${value}::text)`;
}

/**
 * PostgreSQL: holds a lock of this name until the transaction ends, so that of several instances doing the same
 * thing at once (seeding an empty database) one does it and the others then see it done. SQLite's writers are one
 * at a time anyway.
 */
export async function lockUntilCommit(database: Database, trx: Kysely<Schema>, name: string): Promise<void> {
  if (database.kind !== 'postgres') return;
  await sql`SELECT pg_advisory_xact_lock(hashtext(${name}))`.execute(trx);
}
