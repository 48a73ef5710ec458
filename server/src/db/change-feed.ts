import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import type { Database } from './database.js';
import type { Schema } from './schema.js';

/**
 * How an instance learns that the region's data changed elsewhere: another instance, or the import command.
 * PostgreSQL: writers `NOTIFY` in their transaction (delivered when it commits), and every instance `LISTEN`s on
 * a connection of its own. SQLite: `PRAGMA data_version`, which changes when another connection has committed
 * to the file, read before each request (about a microsecond). Either way no table is polled.
 */

const channel = 'wr_region_changed';

/** Tells the other instances that the region's data changed; call within the transaction that changes it. */
export async function announceRegionChange(database: Database, trx: Kysely<Schema>): Promise<void> {
  if (database.kind !== 'postgres') return;
  await sql`SELECT pg_notify(${channel}, ${database.instance})`.execute(trx);
}

export interface ChangeFeed {
  /** Whether the data may have changed since the last call (and resets it). */
  takeChange(): boolean;
  /** Puts a change back that could not be read (the database was away): the next call answers it again. */
  keepChange(): void;
  close(): Promise<void>;
}

/** SQLite: another connection committed since the last look. */
function sqliteFeed(database: Database): ChangeFeed {
  const sqlite = database.sqlite!;
  let seen = sqlite.pragma('data_version', { simple: true });
  let kept = false;
  return {
    takeChange() {
      const now = sqlite.pragma('data_version', { simple: true });
      if (now === seen && !kept) return false;
      seen = now;
      kept = false;
      return true;
    },
    keepChange() {
      kept = true;
    },
    close: async () => {},
  };
}

/**
 * PostgreSQL: a listening connection; `onChange` runs on each notification and whenever the connection was
 * (re)made, since notifications sent while it was down are lost. A dropped connection is made again, waiting
 * one second, then two, up to thirty.
 */
function postgresFeed(database: Database, onChange: () => void, onProblem: (error: unknown) => void): ChangeFeed {
  let changed = false;
  let closed = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let failures = 0;
  const options = database.pool!.options;
  const connect = async () => {
    const listener = new pg.Client({ ...options, statement_timeout: 0 } as pg.ClientConfig);
    listener.on('error', (error) => {
      onProblem(error);
      void listener.end().catch(() => {});
      reconnect();
    });
    listener.on('notification', (message) => {
      // Its own writes this instance has reloaded after already.
      if (message.payload === database.instance) return;
      changed = true;
      onChange();
    });
    try {
      await listener.connect();
      await listener.query(`LISTEN ${channel}`);
    } catch (error) {
      onProblem(error);
      void listener.end().catch(() => {});
      reconnect();
      return;
    }
    if (closed) {
      await listener.end().catch(() => {});
      return;
    }
    client = listener;
    failures = 0;
    // Whatever was announced while no connection listened is unknown: take it as a change.
    changed = true;
    onChange();
  };
  const reconnect = () => {
    client = undefined;
    if (closed || retry) return;
    const wait = Math.min(30_000, 1_000 * 2 ** failures++);
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, wait);
    retry.unref();
  };
  void connect();
  return {
    takeChange() {
      const was = changed;
      changed = false;
      return was;
    },
    keepChange() {
      changed = true;
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}

export function openChangeFeed(database: Database, onChange: () => void = () => {}, onProblem: (error: unknown) => void = () => {}): ChangeFeed {
  return database.kind === 'sqlite' ? sqliteFeed(database) : postgresFeed(database, onChange, onProblem);
}
