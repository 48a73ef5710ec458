import { sql } from 'kysely';
import type { Database } from './database.js';
import type { Schema } from './schema.js';

/** The tables that hold what a visitor sent: the inquiries, their replay records and their office mails. */
export const personalTables = ['inquiries', 'idempotency_keys', 'outbox'] as const satisfies readonly (keyof Schema)[];

/**
 * After an erasure, makes the deleted rows unreadable in the database's files, not only invisible to queries.
 * SQLite overwrites deleted cells with zeros (`secure_delete`), but the WAL still holds the old pages until a
 * checkpoint, so one is made, emptying it. PostgreSQL keeps a deleted row in its page until VACUUM, and even then
 * its bytes stay in the page's free space; `VACUUM FULL` rewrites the tables into new files (small tables:
 * milliseconds, under a brief exclusive lock). What stays is PostgreSQL's WAL until its segments are recycled,
 * and the backups until they age out (SECURITY.md).
 */
export async function scrubErased(database: Database, tables: readonly (keyof Schema)[] = personalTables): Promise<void> {
  if (database.sqlite) {
    if (!database.sqlite.memory) database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return;
  }
  // VACUUM cannot run inside a transaction; Kysely runs a plain statement on a pooled connection outside one.
  await sql`VACUUM (FULL) ${sql.join(tables.map((table) => sql.table(table)))}`.execute(database.db);
}
