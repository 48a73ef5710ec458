import type { FastifyBaseLogger } from 'fastify';
import { systemClock, type Clock } from '@wachstumsregion/domain/clock';
import type { Database } from '../db/database.js';
import type { TaskClaims } from '../store/task-claims.js';
import type { AuditLog } from '../store/audit-log.js';
import type { RegionStore } from '../store/region-store.js';
import { baSource, fetchBaJobs, mapBaJobs } from './ba-jobsuche.js';
import type { ImportSourceConfig } from './import-config.js';
import { importJobs, type ImportedJob } from './import-jobs.js';
import { mapJsonFeed } from './json-feed.js';
import { defaultFetchLimits, fetchText, limitedFetch, shownUrl, type FetchLimits } from './limited-fetch.js';
import { mapPersonioFeed, personioSource } from './personio.js';

/** The last run of one source, as `GET /v1/admin/imports` shows it. */
export interface ImportRun {
  startedAt: string;
  finishedAt: string;
  ok: boolean;
  inserted: number;
  updated: number;
  unchanged: number;
  retired: number;
  /** Openings the feed listed that were not taken (outside the region, no date, …). */
  skipped: number;
  /** Why a failed run failed; the source's jobs were left as they were. */
  error?: string;
}

export interface ImportState {
  running: boolean;
  /** Hours between scheduled runs; 0: only on demand. */
  intervalHours: number;
  sources: { id: string; source: string; url: string; lastRun?: ImportRun }[];
}

export interface ImportRunnerOptions {
  database: Database;
  region: RegionStore;
  audit: AuditLog;
  sources: readonly ImportSourceConfig[];
  intervalHours: number;
  limits?: FetchLimits;
  fetch?: typeof globalThis.fetch;
  log?: FastifyBaseLogger;
  clock?: Clock;
}

const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Runs the configured imports: each source fetched over HTTP (timeout, size limit, retries), mapped, and brought
 * in through `importJobs` (one transaction per source: all of it or nothing). A failing source is logged,
 * audited and recorded, and the others go on. Runs never overlap: asking during a run answers that run.
 */
export class ImportRunner {
  private running: Promise<ImportRun[]> | undefined;
  private readonly fetch: typeof globalThis.fetch;
  private readonly clock: Clock;

  constructor(private readonly options: ImportRunnerOptions) {
    this.fetch = limitedFetch(options.limits ?? defaultFetchLimits, options.fetch);
    this.clock = options.clock ?? systemClock;
  }

  get configured(): number {
    return this.options.sources.length;
  }

  /** Starts a run of every source unless one is running; `who` is written to the audit log. */
  run(who?: string): Promise<ImportRun[]> {
    this.running ??= this.runAll(who).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Settles when no run is going on (before the database is closed). */
  async idle(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
  }

  async state(): Promise<ImportState> {
    const rows = await this.options.database.db.selectFrom('import_runs').selectAll().execute();
    const byId = new Map(rows.map((row) => [row.source_id, row]));
    return {
      running: this.running !== undefined,
      intervalHours: this.options.intervalHours,
      sources: this.options.sources.map((source) => {
        const row = byId.get(source.id);
        return {
          id: source.id,
          source: source.source,
          url: shownUrl(source.url),
          ...(row && {
            lastRun: {
              startedAt: row.started_at,
              finishedAt: row.finished_at,
              ok: row.ok === 1,
              inserted: row.inserted,
              updated: row.updated,
              unchanged: row.unchanged,
              retired: row.retired,
              skipped: row.skipped,
              ...(row.error !== null && { error: row.error }),
            },
          }),
        };
      }),
    };
  }

  private async runAll(who?: string): Promise<ImportRun[]> {
    const runs: ImportRun[] = [];
    for (const source of this.options.sources) runs.push(await this.runOne(source, who));
    return runs;
  }

  private async runOne(source: ImportSourceConfig, who?: string): Promise<ImportRun> {
    const { database, region, audit, log } = this.options;
    const startedAt = iso(this.clock.now());
    let run: ImportRun;
    try {
      const { jobs, skipped } = await this.fetchJobs(source);
      const result = await importJobs(database, region, source.id, jobs, { allowEmpty: source.allowEmpty });
      run = { startedAt, finishedAt: iso(this.clock.now()), ok: true, inserted: result.inserted.length, updated: result.updated.length, unchanged: result.unchanged, retired: result.retired.length, skipped };
      await audit.record({ who, action: 'import.run', targetKind: 'import', targetId: source.id, count: run.inserted + run.updated + run.retired });
      log?.info({ source: source.id, inserted: run.inserted, updated: run.updated, unchanged: run.unchanged, retired: run.retired, skipped }, 'import done');
    } catch (error) {
      // Our own messages (status, size, schema, unknown partner); cut short so a feed cannot fill the table.
      const message = ((error as Error)?.message ?? String(error)).slice(0, 500);
      run = { startedAt, finishedAt: iso(this.clock.now()), ok: false, inserted: 0, updated: 0, unchanged: 0, retired: 0, skipped: 0, error: message };
      await audit.record({ who, action: 'import.fail', targetKind: 'import', targetId: source.id });
      log?.error({ source: source.id, error: message }, 'import failed, the source’s jobs are left as they were');
    }
    const row = { source_id: source.id, kind: source.source, started_at: run.startedAt, finished_at: run.finishedAt, ok: run.ok ? 1 : 0, inserted: run.inserted, updated: run.updated, unchanged: run.unchanged, retired: run.retired, skipped: run.skipped, error: run.error ?? null };
    const { source_id: _id, ...changes } = row;
    await database.db.insertInto('import_runs').values(row).onConflict((conflict) => conflict.column('source_id').doUpdateSet(changes)).execute();
    return run;
  }

  private async fetchJobs(source: ImportSourceConfig): Promise<{ jobs: ImportedJob[]; skipped: number }> {
    const { region } = this.options;
    const categories = new Set(region.categories.map((category) => category.id));
    const fallbackCategory = source.category ?? 'office';
    if (!categories.has(fallbackCategory)) throw new Error(`The category "${fallbackCategory}" does not exist.`);
    if (source.source === baSource) {
      const { answers, details } = await fetchBaJobs({ fetch: this.fetch, apiKey: source.apiKey, baseUrl: source.url, wo: source.where, umkreis: source.radiusKm, angebotsart: source.offer, details: source.details });
      const mapped = mapBaJobs(answers, details, { partners: region.partners, categories, fallbackCategory, angebotsart: source.offer });
      return { jobs: mapped.jobs, skipped: mapped.skipped.length };
    }
    if (source.source === personioSource) {
      if (!region.partnerIds().has(source.partner)) throw new Error(`The partner "${source.partner}" does not exist.`);
      const xml = await fetchText(this.fetch, source.url, 'application/xml, text/xml');
      const jobs = mapPersonioFeed(xml, {
        employer: { name: source.employer, ...(source.employerUrl && { url: source.employerUrl }) },
        partner: source.partner,
        categories,
        fallbackCategory,
        defaultCity: source.city,
        jobPageBase: source.jobPage,
      });
      return { jobs, skipped: 0 };
    }
    return { jobs: mapJsonFeed(await fetchText(this.fetch, source.url, 'application/json'), source.id), skipped: 0 };
  }
}

/**
 * Runs the imports a minute after start, then every `intervalHours` (0: never; only on demand), on unref'd
 * timers; the answer stops them. Given `claims`, a run happens once per interval among all instances.
 */
export function startImportSchedule(runner: ImportRunner, intervalHours: number, log?: FastifyBaseLogger, firstDelayMs = 60_000, claims?: TaskClaims): () => void {
  if (intervalHours <= 0 || !runner.configured) return () => {};
  // setInterval takes at most 2^31-1 ms (about 24 days).
  const intervalMs = Math.min(intervalHours * 60 * 60 * 1000, 2 ** 31 - 1);
  // With other instances on the same database, only the first to find the imports due runs them.
  const tick = () =>
    void (async () => {
      if (claims && !(await claims.claim('import', intervalMs))) return;
      await runner.run();
    })().catch((error: unknown) => log?.error({ err: error }, 'import run failed'));
  const first = setTimeout(tick, firstDelayMs).unref();
  const timer = setInterval(tick, intervalMs).unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
