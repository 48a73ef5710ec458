import { isAbsolute, resolve } from 'node:path';

/** Where the server keeps its data: an embedded SQLite file, or a PostgreSQL database several instances share. */
export type DatabaseTarget =
  | {
      kind: 'sqlite';
      /** Absolute path of the file, or `:memory:`. */
      path: string;
    }
  | {
      kind: 'postgres';
      /** The connection string as given (`?sslmode=` and the other libpq parameters included). */
      url: string;
    };

/** What `DATABASE_URL` may look like, for the message that refuses anything else. */
export const acceptedDatabaseUrls =
  'file:PATH (or a plain path) for an SQLite file, file::memory: for a database that lives only as long as the process, or postgres://USER:PASSWORD@HOST:PORT/DATABASE (postgresql:// too, with ?sslmode=disable|prefer|require|verify-ca|verify-full)';

/** A `DATABASE_URL` that names no backend the server has. */
export class DatabaseUrlError extends Error {}

/** `scheme:` at the start, as URLs begin (`postgres:`, `file:`, `mysql:`); `C:\…` is a Windows path, not a scheme. */
const schemeOf = (url: string) => /^([a-z][a-z0-9+.-]+):/i.exec(url)?.[1]?.toLowerCase();

/**
 * Reads `DATABASE_URL`: `file:data/wr.sqlite`, `file:///srv/wr.sqlite`, `data/wr.sqlite`, `:memory:` choose
 * SQLite (a relative path is taken from `cwd`); `postgres://…` and `postgresql://…` choose PostgreSQL. Anything
 * else (another scheme, a PostgreSQL URL without a host, a misspelt scheme) is refused, rather than being taken
 * for a file name.
 */
export function databaseTargetFrom(url: string, cwd = process.cwd()): DatabaseTarget {
  const value = url.trim();
  if (!value) throw new DatabaseUrlError(`DATABASE_URL is empty. Accepted: ${acceptedDatabaseUrls}.`);
  if (value === ':memory:') return { kind: 'sqlite', path: ':memory:' };
  const scheme = schemeOf(value);
  if (scheme === 'postgres' || scheme === 'postgresql') {
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      throw new DatabaseUrlError(`DATABASE_URL is not a valid PostgreSQL URL. Accepted: ${acceptedDatabaseUrls}.`);
    }
    // `postgres:/db` or `postgres:db` would have libpq guess a local socket; a server of the network names its host.
    if (!value.slice(scheme.length + 1).startsWith('//') || !parsed.hostname) {
      throw new DatabaseUrlError(`DATABASE_URL names no PostgreSQL host. Accepted: ${acceptedDatabaseUrls}.`);
    }
    const sslmode = parsed.searchParams.get('sslmode');
    if (sslmode !== null && !['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full', 'no-verify'].includes(sslmode)) {
      throw new DatabaseUrlError(`DATABASE_URL has sslmode=${sslmode}, which libpq does not know. Accepted: ${acceptedDatabaseUrls}.`);
    }
    return { kind: 'postgres', url: value };
  }
  if (scheme === 'file') {
    const path = value.replace(/^file:(\/\/)?/i, '');
    if (!path) throw new DatabaseUrlError(`DATABASE_URL names no file. Accepted: ${acceptedDatabaseUrls}.`);
    if (path === ':memory:') return { kind: 'sqlite', path };
    return { kind: 'sqlite', path: isAbsolute(path) ? path : resolve(cwd, path) };
  }
  // A one-letter "scheme" is a Windows drive; any longer one is a URL of a backend we do not have.
  if (scheme !== undefined) {
    throw new DatabaseUrlError(`DATABASE_URL starts with "${scheme}:", which is no database this server can use. Accepted: ${acceptedDatabaseUrls}.`);
  }
  return { kind: 'sqlite', path: isAbsolute(value) ? value : resolve(cwd, value) };
}

/** The target without its password, for logs and `/health`. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'sqlite') return `SQLite ${target.path}`;
  const url = new URL(target.url);
  return `PostgreSQL ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}
