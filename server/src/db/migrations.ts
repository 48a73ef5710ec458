import type { Db } from './database.js';

/**
 * The schema, as an ordered list of steps. A step is never edited once released; a change is a new step.
 * Region data is kept as JSON documents (the contract's shapes) so an optional property added to the contract
 * needs no migration; what the server filters or joins on has a column of its own.
 */
const migrations: readonly string[] = [
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
];

/** Applies the steps the database has not seen, all in one transaction. */
export function migrate(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
  const current = row?.version ?? 0;
  if (current > migrations.length) throw new Error(`The database has schema version ${current}, newer than this server (${migrations.length}).`);
  if (current === migrations.length) return;
  db.transaction(() => {
    for (const step of migrations.slice(current)) db.exec(step);
    db.prepare('DELETE FROM schema_version').run();
    db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(migrations.length);
  })();
}
