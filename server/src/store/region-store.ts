import type { Category, Commute, Job, Partner } from '@wachstumsregion/domain/contract';
import type { Db } from '../db/database.js';
import { JobSearch } from '@wachstumsregion/domain/search';

/** A partner as the operator keeps it: the public fields plus the origins of its sites (never sent publicly). */
export type PartnerRecord = Partner & { origins?: string[] };

/** One key per (source, externalId) pair. */
const sourceKey = (source: string, externalId: string) => JSON.stringify([source, externalId]);

const byName = (a: Partner, b: Partner) => a.name.localeCompare(b.name, 'de');
/** Newest first, ties by id; each date read once rather than in every comparison of a sort of thousands. */
function newestFirst(jobs: Job[]): Job[] {
  const published = new Map(jobs.map((job) => [job, Date.parse(job.publishedAt)]));
  return jobs.sort((a, b) => published.get(b)! - published.get(a)! || a.id.localeCompare(b.id));
}

/**
 * Partners, commutes, categories and jobs: kept in SQLite, served from memory. Reads are far more frequent than
 * the operator's writes, so every write reloads the memory copy, and searches never touch the database.
 */
export class RegionStore {
  partners: Partner[] = [];
  partnerRecords: PartnerRecord[] = [];
  commutes: Commute[] = [];
  categories: Category[] = [];
  /** Newest first, so the search's own sort finds them nearly in order. */
  jobs: Job[] = [];
  private jobsById = new Map<string, Job>();
  /** Job ids by `sourceKey`, for the jobs that have both a source and an externalId. */
  private jobsBySource = new Map<string, string>();
  /** The job search over these jobs; it follows every reload by itself. */
  readonly search = new JobSearch();
  /** Each job's stored text and the object read from it, so an unchanged job keeps its object across reloads. */
  private jobTexts = new Map<string, { text: string; job: Job }>();
  private dataVersion = -1;

  constructor(private readonly db: Db) {
    this.reload();
  }

  /**
   * Reloads when another connection (the import command, a second process) has committed to the database since
   * the last load. SQLite's `data_version` changes exactly then, and reading it costs about a microsecond, so
   * this runs before every API request: an import from the command line is served at once, without a restart.
   */
  refreshIfChanged(): boolean {
    if (this.db.pragma('data_version', { simple: true }) === this.dataVersion) return false;
    this.reload();
    return true;
  }

  isEmpty(): boolean {
    return (this.db.prepare('SELECT count(*) AS n FROM partners').get() as { n: number }).n === 0;
  }

  job(id: string): Job | undefined {
    return this.jobsById.get(id);
  }

  /** The id of the job that holds this source's externalId, if any (the pair is unique in the database). */
  jobIdWithExternalId(source: string, externalId: string): string | undefined {
    return this.jobsBySource.get(sourceKey(source, externalId));
  }

  partnerIds(): Set<string> {
    return new Set(this.partners.map((partner) => partner.id));
  }

  /** Origins registered by partners, for the inquiry origin check. */
  partnerOrigins(): string[] {
    return this.partnerRecords.flatMap((partner) => partner.origins ?? []);
  }

  reload(): void {
    this.dataVersion = this.db.pragma('data_version', { simple: true }) as number;
    const documents = <T>(sql: string) => (this.db.prepare(sql).all() as { data: string }[]).map((row) => JSON.parse(row.data) as T);
    this.partnerRecords = (this.db.prepare('SELECT data, origins FROM partners').all() as { data: string; origins: string }[])
      .map((row) => ({ ...(JSON.parse(row.data) as Partner), origins: JSON.parse(row.origins) as string[] }))
      .sort(byName);
    this.partners = this.partnerRecords.map(({ origins: _origins, ...partner }) => partner);
    this.commutes = documents<Commute>('SELECT data FROM commutes ORDER BY from_id, to_id');
    this.categories = documents<Category>('SELECT data FROM categories ORDER BY id');
    // Unchanged jobs keep their objects, so the search reindexes only the jobs that changed.
    const texts = new Map<string, { text: string; job: Job }>();
    for (const { id, data } of this.db.prepare('SELECT id, data FROM jobs').all() as { id: string; data: string }[]) {
      const known = this.jobTexts.get(id);
      texts.set(id, known?.text === data ? known : { text: data, job: JSON.parse(data) as Job });
    }
    this.jobTexts = texts;
    this.jobs = newestFirst([...texts.values()].map(({ job }) => job));
    this.jobsById = new Map(this.jobs.map((job) => [job.id, job]));
    this.jobsBySource = new Map(this.jobs.flatMap((job) => (job.source !== undefined && job.externalId !== undefined ? [[sourceKey(job.source, job.externalId), job.id] as const] : [])));
  }

  private write(change: () => void): void {
    this.db.transaction(change)();
    this.reload();
  }

  savePartners(partners: PartnerRecord[]): void {
    const upsert = this.db.prepare('INSERT INTO partners (id, data, origins) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data, origins = excluded.origins');
    this.write(() => {
      for (const { origins, ...partner } of partners) upsert.run(partner.id, JSON.stringify(partner), JSON.stringify(origins ?? []));
    });
  }

  /** Removes a partner with its jobs and commutes; its towns no longer name it as their district. */
  deletePartner(id: string): boolean {
    let deleted = false;
    this.write(() => {
      deleted = this.db.prepare('DELETE FROM partners WHERE id = ?').run(id).changes > 0;
      const towns = this.partnerRecords.filter((partner) => partner.district === id);
      const update = this.db.prepare('UPDATE partners SET data = ? WHERE id = ?');
      for (const { origins: _origins, district: _district, ...town } of towns) update.run(JSON.stringify(town), town.id);
    });
    return deleted;
  }

  saveCommutes(commutes: Commute[]): void {
    const upsert = this.db.prepare('INSERT INTO commutes (from_id, to_id, data) VALUES (?, ?, ?) ON CONFLICT(from_id, to_id) DO UPDATE SET data = excluded.data');
    this.write(() => {
      for (const commute of commutes) upsert.run(commute.from, commute.to, JSON.stringify(commute));
    });
  }

  deleteCommute(from: string, to: string): boolean {
    let deleted = false;
    this.write(() => {
      deleted = this.db.prepare('DELETE FROM commutes WHERE from_id = ? AND to_id = ?').run(from, to).changes > 0;
    });
    return deleted;
  }

  saveCategories(categories: Category[]): void {
    const upsert = this.db.prepare('INSERT INTO categories (id, data) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data');
    this.write(() => {
      for (const category of categories) upsert.run(category.id, JSON.stringify(category));
    });
  }

  deleteCategory(id: string): boolean {
    let deleted = false;
    this.write(() => {
      deleted = this.db.prepare('DELETE FROM categories WHERE id = ?').run(id).changes > 0;
    });
    return deleted;
  }

  saveJobs(jobs: Job[]): void {
    const upsert = this.db.prepare('INSERT INTO jobs (id, partner, data) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET partner = excluded.partner, data = excluded.data');
    this.write(() => {
      for (const job of jobs) upsert.run(job.id, job.partner, JSON.stringify(job));
    });
  }

  deleteJob(id: string): boolean {
    let deleted = false;
    this.write(() => {
      deleted = this.db.prepare('DELETE FROM jobs WHERE id = ?').run(id).changes > 0;
    });
    return deleted;
  }

  /** Replaces all data at once (seeding, tests, the benchmark). */
  replaceAll(data: { partners: PartnerRecord[]; commutes: Commute[]; categories: Category[]; jobs: Job[] }): void {
    this.db.transaction(() => {
      for (const table of ['jobs', 'commutes', 'categories', 'partners']) this.db.prepare(`DELETE FROM ${table}`).run();
    })();
    this.db.transaction(() => {
      this.savePartners(data.partners);
      this.saveCategories(data.categories);
      this.saveCommutes(data.commutes);
      this.saveJobs(data.jobs);
    })();
  }
}
