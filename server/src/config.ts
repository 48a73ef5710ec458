import { dirname, join, resolve } from 'node:path';
import proxyAddr from '@fastify/proxy-addr';
import { databaseTargetFrom, type DatabaseTarget } from './db/database-url.js';

/** Shorter region tokens can be guessed offline or by a patient attacker; `openssl rand -hex 24` gives 48. */
export const minimumAdminTokenLength = 32;

/** Everything the server reads from its environment, with the defaults the README documents. */
export interface ServerConfig {
  port: number;
  host: string;
  /** The database `DATABASE_URL` names: an SQLite file (the default) or PostgreSQL. */
  database: DatabaseTarget;
  /** PostgreSQL: connections this instance keeps at most. */
  databasePoolMax: number;
  /** Bearer token of the admin API; the admin API is switched off without it. */
  adminToken?: string;
  /** Origins allowed to send inquiries besides the partners' own `origins`. */
  allowedOrigins: string[];
  /**
   * The origin visitors reach this server at (`https://api.example.de`), allowed to send inquiries (its demo
   * page); unset: only a loopback origin of the request itself (`http://localhost:8080` on a developer's machine).
   */
  publicOrigin?: string;
  seed: 'demo' | 'none';
  /** Passed to Fastify's `trustProxy`: false, a hop count or a comma list of proxy addresses (never "all"). */
  trustProxy: false | number | string;
  /** The longest a client may take to send a whole request, headers and body (Node answers `408`). */
  requestTimeoutMs: number;
  /** The longest a client may take to send a request's headers; at most `requestTimeoutMs`. */
  headersTimeoutMs: number;
  /** How long an idle keep-alive connection stays open for the next request. */
  keepAliveTimeoutMs: number;
  /** A connection with no traffic either way for this long is closed (0: never). */
  idleTimeoutMs: number;
  /** Connections one client address may hold open at once (0: no cap); off behind a trusted proxy. */
  maxConnectionsPerAddress: number;
  /** Mean event-loop delay above which requests are answered `503` until it falls (0: never). */
  maxEventLoopDelayMs: number;
  altchaHmacKey?: string;
  /** The largest secret number of a challenge: the work a client does, on average half of it. */
  altchaMaxNumber: number;
  /** Inquiries one client address may send per window before `429`. */
  inquiryRateLimit: number;
  inquiryRateWindowMs: number;
  /** Failed admin sign-ins (`401`) one address may make per window before `429`; 0: no limit. */
  adminAuthFailureLimit: number;
  adminAuthWindowMs: number;
  /** Inquiries older than this many days are deleted automatically; 0 keeps them forever. */
  retentionDays: number;
  /** Folder of the backups; undefined: `backups/` next to the database file. */
  backupDir?: string;
  /** Hours between scheduled backups; 0: only on demand. */
  backupIntervalHours: number;
  /** How many backups to keep, newest first; 0 keeps all. */
  backupKeep: number;
  /** SMTP server for mail to the offices; unset: mail is off and the outbox keeps its entries for later. */
  smtpUrl?: string;
  /** Sender of the mail to the offices. */
  mailFrom: string;
  /** Seconds between runs of the outbox worker. */
  mailIntervalSeconds: number;
  /** Hours after its first failure that a mail is given up; 0 retries for ever. */
  mailGiveUpHours: number;
  /** The JSON file listing the job feeds to import; unset: no scheduled imports. */
  importConfigPath?: string;
  /** Hours between scheduled imports; 0: only on demand (`POST /v1/admin/imports`). */
  importIntervalHours: number;
  /** Per request of an import: timeout and largest body. */
  importTimeoutSeconds: number;
  importMaxBytes: number;
  /** The operator's synonyms for the job search, added to the built-in ones; unset: the built-in ones only. */
  synonymsPath?: string;
}

/** Where backups go: BACKUP_DIR, else `backups/` beside the SQLite file (PostgreSQL has none built in). */
export function backupFolder(config: Pick<ServerConfig, 'backupDir' | 'database'>): string {
  if (config.backupDir) return config.backupDir;
  const { database } = config;
  return join(database.kind === 'postgres' || database.path === ':memory:' ? resolve('data') : dirname(database.path), 'backups');
}

/**
 * TRUST_PROXY as Fastify reads it, refusing `true`: trusting every hop lets any client name its own address in
 * `X-Forwarded-For` and so walk past the rate limit and the sign-in throttle.
 */
function trustProxyFrom(value: string | undefined): ServerConfig['trustProxy'] {
  if (!value || value === 'false' || value === '0') return false;
  if (value === 'true') throw new Error('TRUST_PROXY=true would believe any X-Forwarded-For a client sends; set the number of proxies in front of the server (e.g. 1) or their addresses (e.g. 10.0.0.2,10.0.0.3)');
  if (/^\d+$/.test(value)) return Number(value);
  const addresses = value.split(',').map((address) => address.trim()).filter(Boolean);
  try {
    proxyAddr.compile(addresses);
  } catch (error) {
    throw new Error(`TRUST_PROXY must be a hop count or a comma list of addresses or subnets, not "${value}" (${(error as Error).message})`);
  }
  return addresses.join(',');
}

function adminTokenFrom(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (value.length < minimumAdminTokenLength) throw new Error(`ADMIN_TOKEN must be at least ${minimumAdminTokenLength} characters long (it has ${value.length}); make one with: openssl rand -hex 24`);
  return value;
}

/** PUBLIC_URL reduced to its origin; a path or a trailing slash is allowed and dropped. */
function publicOriginFrom(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_URL must be the URL visitors reach the server at (e.g. https://api.example.de), not "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`PUBLIC_URL must be an http or https URL, not "${value}"`);
  return url.origin;
}

function secondsFrom(value: string | undefined, fallback: number, name: string): number {
  return integerFrom(value, fallback, name) * 1000;
}

function integerFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new Error(`${name} must be a whole number, not "${value}"`);
  return number;
}

/** Reads the configuration; throws with a readable message on a value that makes no sense. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const seed = env.SEED || 'demo';
  // A made-up sender is rejected or filed as spam by most mail servers; better to stop at start.
  if (env.SMTP_URL && !env.MAIL_FROM) throw new Error('MAIL_FROM must be set when SMTP_URL is (e.g. "Wachstumsregion Dresden <noreply@example.de>")');
  if (seed !== 'demo' && seed !== 'none') throw new Error(`SEED must be demo or none, not "${seed}"`);
  const requestTimeoutMs = Math.max(1000, secondsFrom(env.REQUEST_TIMEOUT_SECONDS, 10, 'REQUEST_TIMEOUT_SECONDS'));
  const headersTimeoutMs = Math.max(1000, secondsFrom(env.HEADERS_TIMEOUT_SECONDS, 5, 'HEADERS_TIMEOUT_SECONDS'));
  // Node refuses to start otherwise; said here in the settings' own names.
  if (headersTimeoutMs > requestTimeoutMs) throw new Error(`HEADERS_TIMEOUT_SECONDS (${headersTimeoutMs / 1000}) must not be longer than REQUEST_TIMEOUT_SECONDS (${requestTimeoutMs / 1000})`);
  return {
    port: integerFrom(env.PORT, 8080, 'PORT'),
    host: env.HOST || '0.0.0.0',
    database: databaseTargetFrom(env.DATABASE_URL || 'file:data/wr.sqlite'),
    databasePoolMax: Math.max(2, integerFrom(env.DATABASE_POOL_MAX, 10, 'DATABASE_POOL_MAX')),
    adminToken: adminTokenFrom(env.ADMIN_TOKEN),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim().replace(/\/+$/, '')).filter(Boolean),
    publicOrigin: publicOriginFrom(env.PUBLIC_URL),
    seed,
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    requestTimeoutMs,
    headersTimeoutMs,
    keepAliveTimeoutMs: Math.max(1000, secondsFrom(env.KEEP_ALIVE_TIMEOUT_SECONDS, 5, 'KEEP_ALIVE_TIMEOUT_SECONDS')),
    idleTimeoutMs: secondsFrom(env.IDLE_TIMEOUT_SECONDS, 30, 'IDLE_TIMEOUT_SECONDS'),
    maxConnectionsPerAddress: integerFrom(env.MAX_CONNECTIONS_PER_ADDRESS, 100, 'MAX_CONNECTIONS_PER_ADDRESS'),
    maxEventLoopDelayMs: integerFrom(env.MAX_EVENT_LOOP_DELAY_MS, 1000, 'MAX_EVENT_LOOP_DELAY_MS'),
    altchaHmacKey: env.ALTCHA_HMAC_KEY || undefined,
    altchaMaxNumber: integerFrom(env.ALTCHA_MAX_NUMBER, 100_000, 'ALTCHA_MAX_NUMBER'),
    inquiryRateLimit: integerFrom(env.INQUIRY_RATE_LIMIT, 20, 'INQUIRY_RATE_LIMIT'),
    inquiryRateWindowMs: 10 * 60 * 1000,
    adminAuthFailureLimit: integerFrom(env.ADMIN_AUTH_FAILURE_LIMIT, 10, 'ADMIN_AUTH_FAILURE_LIMIT'),
    adminAuthWindowMs: 10 * 60 * 1000,
    retentionDays: integerFrom(env.RETENTION_DAYS, 180, 'RETENTION_DAYS'),
    backupDir: env.BACKUP_DIR ? resolve(env.BACKUP_DIR) : undefined,
    backupIntervalHours: integerFrom(env.BACKUP_INTERVAL_HOURS, 24, 'BACKUP_INTERVAL_HOURS'),
    backupKeep: integerFrom(env.BACKUP_KEEP, 7, 'BACKUP_KEEP'),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Wachstumsregion Dresden <noreply@localhost>',
    mailIntervalSeconds: Math.max(1, integerFrom(env.MAIL_INTERVAL_SECONDS, 30, 'MAIL_INTERVAL_SECONDS')),
    mailGiveUpHours: integerFrom(env.MAIL_GIVE_UP_HOURS, 72, 'MAIL_GIVE_UP_HOURS'),
    importConfigPath: env.IMPORT_CONFIG ? resolve(env.IMPORT_CONFIG) : undefined,
    synonymsPath: env.SEARCH_SYNONYMS ? resolve(env.SEARCH_SYNONYMS) : undefined,
    importIntervalHours: integerFrom(env.IMPORT_INTERVAL_HOURS, 6, 'IMPORT_INTERVAL_HOURS'),
    importTimeoutSeconds: Math.max(1, integerFrom(env.IMPORT_TIMEOUT_SECONDS, 30, 'IMPORT_TIMEOUT_SECONDS')),
    importMaxBytes: Math.max(1, integerFrom(env.IMPORT_MAX_MB, 20, 'IMPORT_MAX_MB')) * 1024 * 1024,
  };
}
