import { systemClock, type Clock } from '@wachstumsregion/domain/clock';
import { importedJobId } from '../import/job-id.js';
import type BetterSqlite3 from 'better-sqlite3';

type Db = BetterSqlite3.Database;

/** A step is SQL, or a function where data must be looked at row by row first (`now` for what it audits). */
type Step = string | ((db: Db, now: Date) => void);

/**
 * The SQLite schema as servers before the shared data layer built it, step by step, counted in a
 * `schema_version` table. These steps are frozen: the first migration of `migrations.ts` runs them on SQLite
 * (a new file gets them all, a file an older server left gets the ones it lacks), and every later change is a
 * migration there, written once for both backends. Region data is kept as JSON documents (the contract's shapes)
 * so an optional property added to the contract needs no migration; what the server filters or joins on has a
 * column of its own.
 */
const migrations: readonly Step[] = [
  `
  CREATE TABLE partners (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,            -- the public Partner, as JSON
    origins TEXT NOT NULL DEFAULT '[]' -- server-only: origins of the partner's sites, as a JSON array
  );
  CREATE TABLE commutes (
    from_id TEXT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    to_id TEXT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    data TEXT NOT NULL,
    PRIMARY KEY (from_id, to_id)
  );
  CREATE TABLE categories (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL
  );
  CREATE TABLE jobs (
    id TEXT PRIMARY KEY,
    partner TEXT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    data TEXT NOT NULL
  );
  CREATE INDEX jobs_partner ON jobs(partner);
  CREATE TABLE inquiries (
    id TEXT PRIMARY KEY,
    received_at TEXT NOT NULL,
    partners TEXT NOT NULL,        -- JSON array of partner ids, for filtering
    data TEXT NOT NULL             -- the request body without altcha and website
  );
  CREATE INDEX inquiries_received_at ON inquiries(received_at);
  CREATE TABLE idempotency_keys (
    key TEXT PRIMARY KEY,
    body TEXT NOT NULL,            -- canonical JSON of the body, to tell a replay from another inquiry
    receipt TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX idempotency_keys_created_at ON idempotency_keys(created_at);
  CREATE TABLE used_challenges (
    signature TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL
  );
  CREATE INDEX used_challenges_expires_at ON used_challenges(expires_at);
  `,
  // What the operator and the server's own jobs did, for accountability. Never a name, e-mail or message:
  // only what kind of record, its id (partner, job, inquiry ids carry no personal data) and how many.
  `
  CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,              -- RFC 3339, UTC
    action TEXT NOT NULL,          -- e.g. partner.put, inquiry.erase-by-email, retention.delete, backup.create
    target_kind TEXT,              -- partner, commute, category, job, inquiry, backup
    target_id TEXT,
    count INTEGER
  );
  CREATE INDEX audit_log_at ON audit_log(at);
  `,
  // Mail to the offices, one row per office and inquiry, written in the transaction that stores the inquiry so
  // none is lost. The row points at the inquiry (the person's data stays there only), so erasing or expiring an
  // inquiry takes its rows along (ON DELETE CASCADE). `last_error` is an error code, never an address or text.
  `
  CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    inquiry_id TEXT NOT NULL REFERENCES inquiries(id) ON DELETE CASCADE,
    recipient TEXT NOT NULL,       -- the office's contact.email when the inquiry came in
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL, -- RFC 3339, UTC
    sent_at TEXT,
    last_error TEXT,
    UNIQUE (inquiry_id, recipient)
  );
  CREATE INDEX outbox_due ON outbox(next_attempt_at) WHERE sent_at IS NULL;
  `,
  // A token per partner office, besides the region's ADMIN_TOKEN: only the SHA-256 of the secret is kept (the
  // secret is 32 random bytes, so no slow hash is needed). A partner's tokens go with the partner. The audit log
  // learns who acted: `region`, `partner:<id>`, or nothing for the server's own jobs.
  `
  CREATE TABLE partner_tokens (
    id TEXT PRIMARY KEY,           -- tok_…, shown in lists and used to revoke; not a secret
    partner TEXT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    hash TEXT NOT NULL UNIQUE,     -- hex SHA-256 of the token
    created_at TEXT NOT NULL       -- RFC 3339, UTC
  );
  CREATE INDEX partner_tokens_partner ON partner_tokens(partner);
  ALTER TABLE audit_log ADD COLUMN who TEXT;
  `,
  // A mail that keeps failing is given up after a while (MAIL_GIVE_UP_HOURS from its first failure) instead of
  // being retried forever: `first_failed_at` starts that clock, `failed_at` marks the row as given up.
  `
  ALTER TABLE outbox ADD COLUMN first_failed_at TEXT;
  ALTER TABLE outbox ADD COLUMN failed_at TEXT;
  `,
  // The last scheduled or triggered import of each configured source, for GET /v1/admin/imports. Counts and an
  // error message of ours only (never feed content).
  `
  CREATE TABLE import_runs (
    source_id TEXT PRIMARY KEY,    -- the configured source's id (its jobs' source)
    kind TEXT NOT NULL,            -- ba-jobsuche, personio, json
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    ok INTEGER NOT NULL,
    inserted INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    retired INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    error TEXT
  );
  `,
  // One source never holds an opening twice: (source, externalId) is unique among the jobs that have both.
  // Both are generated columns over the JSON, so no writer can forget to fill them. Older databases may hold
  // duplicates (the sample data did, and a job entered by hand could repeat an imported one's reference).
  // They are resolved before the index is built, without deleting anything: one job of each group keeps the
  // externalId, the others get `<externalId>~<their id>`, and each rename is written to the audit log.
  (db, now) => {
    db.exec(`
      ALTER TABLE jobs ADD COLUMN source TEXT GENERATED ALWAYS AS (json_extract(data, '$.source')) VIRTUAL;
      ALTER TABLE jobs ADD COLUMN external_id TEXT GENERATED ALWAYS AS (json_extract(data, '$.externalId')) VIRTUAL;
    `);
    resolveDuplicateExternalIds(db, now);
    db.exec('CREATE UNIQUE INDEX jobs_source_external_id ON jobs(source, external_id) WHERE source IS NOT NULL AND external_id IS NOT NULL');
  },
];

/**
 * Gives all but one job of each (source, externalId) group an externalId of its own. Which one keeps it: the job
 * whose id an import derives from it (so the next import updates that job instead of replacing it), else the
 * most recently published, then the one written last. Renaming rather than deleting loses no data: duplicates
 * of hand-made jobs are usually different openings that share a reference by mistake, and a renamed copy of an
 * imported opening is retired by the next import of its source anyway.
 */
function resolveDuplicateExternalIds(db: Db, now: Date): void {
  const groups = db
    .prepare('SELECT source, external_id AS externalId FROM jobs WHERE source IS NOT NULL AND external_id IS NOT NULL GROUP BY source, external_id HAVING count(*) > 1')
    .all() as { source: string; externalId: string }[];
  if (!groups.length) return;
  const members = db.prepare("SELECT rowid, id, json_extract(data, '$.publishedAt') AS publishedAt FROM jobs WHERE source = ? AND external_id = ?");
  const taken = db.prepare('SELECT 1 FROM jobs WHERE source = ? AND external_id = ?');
  const rename = db.prepare("UPDATE jobs SET data = json_set(data, '$.externalId', ?) WHERE id = ?");
  const audit = db.prepare("INSERT INTO audit_log (at, action, target_kind, target_id, count) VALUES (?, 'job.rename-external-id', 'job', ?, 1)");
  const at = now.toISOString();
  for (const { source, externalId } of groups) {
    const rows = members.all(source, externalId) as { rowid: number; id: string; publishedAt: string | null }[];
    const derived = importedJobId(source, externalId);
    const rank = (row: (typeof rows)[number]) => [row.id === derived ? 1 : 0, Date.parse(row.publishedAt ?? '') || 0, row.rowid] as const;
    rows.sort((a, b) => {
      const [x, y] = [rank(a), rank(b)];
      return y[0] - x[0] || y[1] - x[1] || y[2] - x[2];
    });
    for (const row of rows.slice(1)) {
      let renamed = `${externalId}~${row.id}`;
      for (let n = 2; taken.get(source, renamed); n++) renamed = `${externalId}~${row.id}~${n}`;
      rename.run(renamed, row.id);
      audit.run(at, row.id);
    }
  }
}

/** The last `schema_version` an older server wrote. */
export const legacySchemaVersion = migrations.length;

/**
 * Applies the steps the file has not seen, in one transaction (a savepoint within the migration's own). `target`
 * stops at an older version, for tests that build a database as an older server left it.
 */
export function applyLegacySqliteSteps(db: Db, target = migrations.length, clock: Clock = systemClock): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
  const current = row?.version ?? 0;
  if (current > migrations.length) throw new Error(`The database has schema version ${current}, newer than this server (${migrations.length}).`);
  if (current >= target) return;
  db.transaction(() => {
    for (const step of migrations.slice(current, target)) {
      if (typeof step === 'string') db.exec(step);
      else step(db, clock.now());
    }
    db.prepare('DELETE FROM schema_version').run();
    db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(target);
  })();
}
