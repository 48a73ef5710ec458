import type { ColumnType, Generated } from 'kysely';

/**
 * The tables as both backends hold them, for Kysely's typed queries. Times are RFC 3339 text in UTC, so they
 * compare as text on both; region data is JSON text in the contract's shapes (`data`), with a column of its own
 * for what the server filters or joins on.
 */
export interface Schema {
  partners: {
    id: string;
    /** The public Partner. */
    data: string;
    /** Server-only: the origins of the partner's sites, a JSON array. */
    origins: ColumnType<string, string | undefined, string>;
  };
  commutes: {
    from_id: string;
    to_id: string;
    data: string;
  };
  categories: {
    id: string;
    data: string;
  };
  jobs: {
    id: string;
    partner: string;
    data: string;
    /** Generated from `data` by the database: no writer can forget them. */
    source: ColumnType<string | null, never, never>;
    external_id: ColumnType<string | null, never, never>;
  };
  inquiries: {
    /** PostgreSQL only: arrival order (SQLite has its rowid). */
    seq: ColumnType<number, never, never>;
    id: string;
    received_at: string;
    /** JSON array of the partner ids. */
    partners: string;
    /** The request body without altcha and website, with the receipt. */
    data: string;
    /** The visitor's e-mail address as erasure compares it (`emailKey`). */
    email_key: string | null;
  };
  idempotency_keys: {
    key: string;
    /** Canonical JSON of the body, to tell a replay from another inquiry. */
    body: string;
    receipt: string;
    created_at: string;
    email_key: string | null;
  };
  used_challenges: {
    signature: string;
    /** Unix seconds. */
    expires_at: number;
  };
  audit_log: {
    seq: Generated<number>;
    at: string;
    action: string;
    target_kind: string | null;
    target_id: string | null;
    count: number | null;
    who: string | null;
  };
  outbox: {
    seq: Generated<number>;
    inquiry_id: string;
    recipient: string;
    attempts: Generated<number>;
    next_attempt_at: string;
    sent_at: string | null;
    /** An error code, never an address or text. */
    last_error: string | null;
    first_failed_at: string | null;
    failed_at: string | null;
    /** While an instance sends it: until when, and which instance. */
    claimed_until: string | null;
    claimed_by: string | null;
  };
  partner_tokens: {
    /** PostgreSQL only: arrival order (SQLite has its rowid). */
    seq: ColumnType<number, never, never>;
    id: string;
    partner: string;
    /** Hex SHA-256 of the token. */
    hash: string;
    created_at: string;
  };
  rate_windows: {
    /** What is counted: a route's rate limit, or failed admin sign-ins. */
    scope: string;
    /** Whose hits: the client's address. */
    key: string;
    count: number;
    /** When the window ends, in ms since the epoch. */
    reset_at: number;
  };
  task_runs: {
    /** `import`, `retention`, `backup`. */
    task: string;
    /** When the task may run next, in the whole network. */
    due_at: string;
    last_run_at: string | null;
  };
  import_runs: {
    source_id: string;
    kind: string;
    started_at: string;
    finished_at: string;
    /** 1 or 0. */
    ok: number;
    inserted: Generated<number>;
    updated: Generated<number>;
    unchanged: Generated<number>;
    retired: Generated<number>;
    skipped: Generated<number>;
    error: string | null;
  };
}
