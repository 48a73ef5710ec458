import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { systemClock, type Clock } from '@wachstumsregion/domain/clock';
import type { Database } from '../db/database.js';

/** `wr-20261124T190000Z.sqlite`: sorts by time as text, and names nothing but the moment. */
const backupName = (at: Date) => `wr-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z')}.sqlite`;
const isBackup = (name: string) => /^wr-\d{8}T\d{6}Z(-\d+)?\.sqlite$/.test(name);

/** Built-in backups are SQLite's; a PostgreSQL database is backed up with its own tools. */
export class BackupsUnavailableError extends Error {
  readonly statusCode = 409;
}

/**
 * Online backups of an SQLite database into one folder, keeping the newest `keep`. better-sqlite3's `backup()`
 * copies the pages in steps while the server goes on writing, and the copy is a consistent snapshot. Over
 * PostgreSQL there are none: `pg_dump` (or the provider's snapshots) does that job for every instance at once.
 */
export class Backups {
  private running: Promise<string> | undefined;

  constructor(
    private readonly database: Database,
    readonly folder: string,
    private readonly keep: number,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Writes a backup and answers its file name; a request during a running backup shares that one. */
  create(): Promise<string> {
    if (!this.available) return Promise.reject(new BackupsUnavailableError('The database is PostgreSQL: back it up with pg_dump (see the server README); the built-in backups are for SQLite.'));
    this.running ??= this.write().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Whether this backend has built-in backups (SQLite). */
  get available(): boolean {
    return this.database.sqlite !== undefined;
  }

  /** The backup files, oldest first. */
  list(): string[] {
    try {
      return readdirSync(this.folder).filter(isBackup).sort();
    } catch {
      return [];
    }
  }

  private async write(): Promise<string> {
    mkdirSync(this.folder, { recursive: true });
    let name = backupName(this.clock.now());
    // Two backups within one second (on demand right after the schedule) must not overwrite each other.
    for (let n = 2; this.list().includes(name); n++) name = name.replace(/(-\d+)?\.sqlite$/, `-${n}.sqlite`);
    // Written under a temporary name and renamed: a half-written file is never taken for a backup.
    const partial = join(this.folder, `.${name}.partial`);
    try {
      await this.database.sqlite!.backup(partial);
      renameSync(partial, join(this.folder, name));
    } finally {
      rmSync(partial, { force: true });
    }
    this.prune();
    return name;
  }

  /** Removes all but the newest `keep` backups (0: keep all). */
  private prune(): void {
    if (this.keep <= 0) return;
    const files = this.list();
    for (const old of files.slice(0, Math.max(0, files.length - this.keep))) rmSync(join(this.folder, old), { force: true });
  }
}
