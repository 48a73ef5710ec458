import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { systemClock, type Clock } from '@wachstumsregion/domain/clock';
import { migrate } from './migrations.js';

export type Db = Database.Database;

/**
 * Opens the SQLite file with the settings the server relies on, and brings its schema up to date.
 * WAL lets readers go on while an inquiry is written; `synchronous = FULL` makes every commit reach the disk
 * before `run()` returns, so a `201` is only sent for an inquiry that survives a power cut or `kill -9`.
 * `secure_delete` zeroes deleted content, so an erased person's data does not linger in the file.
 */
export function openDatabase(path: string, clock: Clock = systemClock): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Erased inquiries are overwritten with zeros rather than left readable in free pages of the file.
  db.pragma('secure_delete = ON');
  try {
    migrate(db, undefined, clock);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
