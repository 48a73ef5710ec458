import type { Category, Commute, Job, Partner } from '@wachstumsregion/domain/contract';
import type { Kysely } from 'kysely';
import { JobSearch } from '@wachstumsregion/domain/search';
import { announceRegionChange } from '../db/change-feed.js';
import { lockUntilCommit } from '../db/dialect.js';
import type { Database } from '../db/database.js';
import type { Schema } from '../db/schema.js';

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

/** Rows per INSERT of a bulk write: far below either backend's limit on bound values. */
const rowsPerInsert = 300;

/** The items in chunks of `size`, the last one kept where an id repeats (one statement may not touch a row twice). */
function chunks<T>(items: readonly T[], size: number, id: (item: T) => string): T[][] {
  const unique = [...new Map(items.map((item) => [id(item), item])).values()];
  const result: T[][] = [];
  for (let start = 0; start < unique.length; start += size) result.push(unique.slice(start, start + size));
  return result;
}

/**
 * Partners, commutes, categories and jobs: kept in the database, served from memory. Reads are far more frequent
 * than the operator's writes, so every write reloads the memory copy, and searches never touch the database.
 * Another instance's writes (or the import command's) arrive through the change feed (`refreshIfChanged`).
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
  /** The reload under way, which a second caller waits for; and whether another must follow it. */
  private loading: Promise<void> | undefined;
  private again = false;

  private constructor(private readonly database: Database) {}

  /** The store with the database's data in memory. */
  static async open(database: Database): Promise<RegionStore> {
    const store = new RegionStore(database);
    await store.reload();
    return store;
  }

  private get db(): Kysely<Schema> {
    return this.database.db;
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

  /**
   * Reads everything again. Calls while one runs share it, and one more follows (it may have begun before the
   * latest write committed), so that after `await reload()` the memory holds at least what was committed before.
   */
  reload(): Promise<void> {
    if (this.loading) {
      this.again = true;
      return this.loading;
    }
    this.loading = (async () => {
      try {
        do {
          this.again = false;
          await this.read();
        } while (this.again);
      } finally {
        this.loading = undefined;
      }
    })();
    return this.loading;
  }

  private async read(): Promise<void> {
    const documents = async <T>(rows: Promise<{ data: string }[]>) => (await rows).map((row) => JSON.parse(row.data) as T);
    // One snapshot: PostgreSQL's repeatable read, SQLite's single connection, so jobs never name a partner not read.
    const transaction = this.database.kind === 'postgres' ? this.db.transaction().setIsolationLevel('repeatable read') : this.db.transaction();
    const [partnerRows, commutes, categories, jobRows] = await transaction.execute(async (trx) => [
        await trx.selectFrom('partners').select(['data', 'origins']).execute(),
        await documents<Commute>(trx.selectFrom('commutes').select('data').orderBy('from_id').orderBy('to_id').execute()),
        await documents<Category>(trx.selectFrom('categories').select('data').orderBy('id').execute()),
        await trx.selectFrom('jobs').select(['id', 'data']).execute(),
      ] as const);
    const partnerRecords = partnerRows.map((row) => ({ ...(JSON.parse(row.data) as Partner), origins: JSON.parse(row.origins) as string[] })).sort(byName);
    // Unchanged jobs keep their objects, so the search reindexes only the jobs that changed.
    const texts = new Map<string, { text: string; job: Job }>();
    for (const { id, data } of jobRows) {
      const known = this.jobTexts.get(id);
      texts.set(id, known?.text === data ? known : { text: data, job: JSON.parse(data) as Job });
    }
    this.partnerRecords = partnerRecords;
    this.partners = partnerRecords.map(({ origins: _origins, ...partner }) => partner);
    this.commutes = commutes;
    this.categories = categories;
    this.jobTexts = texts;
    this.jobs = newestFirst([...texts.values()].map(({ job }) => job));
    this.jobsById = new Map(this.jobs.map((job) => [job.id, job]));
    this.jobsBySource = new Map(this.jobs.flatMap((job) => (job.source !== undefined && job.externalId !== undefined ? [[sourceKey(job.source, job.externalId), job.id] as const] : [])));
  }

  /** Runs a change in one transaction, tells the other instances, and reloads; answers what the change answers. */
  async write<T>(change: (trx: Kysely<Schema>) => Promise<T>): Promise<T> {
    const result = await this.db.transaction().execute(async (trx) => {
      const answer = await change(trx);
      await announceRegionChange(this.database, trx);
      return answer;
    });
    await this.reload();
    return result;
  }

  savePartners(partners: PartnerRecord[]): Promise<void> {
    return this.write((trx) => upsertPartners(trx, partners));
  }

  /** Removes a partner with its jobs and commutes; its towns no longer name it as their district. */
  deletePartner(id: string): Promise<boolean> {
    return this.write(async (trx) => {
      const { numDeletedRows } = await trx.deleteFrom('partners').where('id', '=', id).executeTakeFirst();
      // Read in the transaction rather than from memory: another instance may have added a town a moment ago.
      for (const row of await trx.selectFrom('partners').select('data').execute()) {
        const { district, ...town } = JSON.parse(row.data) as Partner;
        if (district === id) await trx.updateTable('partners').set({ data: JSON.stringify(town) }).where('id', '=', town.id).execute();
      }
      return numDeletedRows > 0n;
    });
  }

  saveCommutes(commutes: Commute[]): Promise<void> {
    return this.write((trx) => upsertCommutes(trx, commutes));
  }

  deleteCommute(from: string, to: string): Promise<boolean> {
    return this.write(async (trx) => (await trx.deleteFrom('commutes').where('from_id', '=', from).where('to_id', '=', to).executeTakeFirst()).numDeletedRows > 0n);
  }

  saveCategories(categories: Category[]): Promise<void> {
    return this.write((trx) => upsertCategories(trx, categories));
  }

  deleteCategory(id: string): Promise<boolean> {
    return this.write(async (trx) => (await trx.deleteFrom('categories').where('id', '=', id).executeTakeFirst()).numDeletedRows > 0n);
  }

  saveJobs(jobs: Job[]): Promise<void> {
    return this.write((trx) => upsertJobs(trx, jobs));
  }

  deleteJob(id: string): Promise<boolean> {
    return this.write(async (trx) => (await trx.deleteFrom('jobs').where('id', '=', id).executeTakeFirst()).numDeletedRows > 0n);
  }

  /** Replaces all data at once (tests, the benchmark), in one transaction. */
  replaceAll(data: RegionData): Promise<void> {
    return this.write((trx) => replaceAll(trx, data));
  }

  /**
   * Fills an empty database with this data (the demo seed) and answers whether it did. Instances starting
   * together on an empty PostgreSQL take turns (a lock until commit), so the seed is written exactly once.
   */
  fillIfEmpty(data: RegionData): Promise<boolean> {
    return this.write(async (trx) => {
      await lockUntilCommit(this.database, trx, 'wr-seed');
      const { n } = await trx.selectFrom('partners').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      if (Number(n) > 0) return false;
      await replaceAll(trx, data);
      return true;
    });
  }
}

export interface RegionData {
  partners: PartnerRecord[];
  commutes: Commute[];
  categories: Category[];
  jobs: Job[];
}

async function replaceAll(trx: Kysely<Schema>, data: RegionData): Promise<void> {
  for (const table of ['jobs', 'commutes', 'categories', 'partners'] as const) await trx.deleteFrom(table).execute();
  await upsertPartners(trx, data.partners);
  await upsertCategories(trx, data.categories);
  await upsertCommutes(trx, data.commutes);
  await upsertJobs(trx, data.jobs);
}

async function upsertPartners(trx: Kysely<Schema>, partners: PartnerRecord[]): Promise<void> {
  for (const chunk of chunks(partners, rowsPerInsert, (partner) => partner.id)) {
    await trx
      .insertInto('partners')
      .values(chunk.map(({ origins, ...partner }) => ({ id: partner.id, data: JSON.stringify(partner), origins: JSON.stringify(origins ?? []) })))
      .onConflict((conflict) => conflict.column('id').doUpdateSet((eb) => ({ data: eb.ref('excluded.data'), origins: eb.ref('excluded.origins') })))
      .execute();
  }
}

async function upsertCommutes(trx: Kysely<Schema>, commutes: Commute[]): Promise<void> {
  for (const chunk of chunks(commutes, rowsPerInsert, (commute) => sourceKey(commute.from, commute.to))) {
    await trx
      .insertInto('commutes')
      .values(chunk.map((commute) => ({ from_id: commute.from, to_id: commute.to, data: JSON.stringify(commute) })))
      .onConflict((conflict) => conflict.columns(['from_id', 'to_id']).doUpdateSet((eb) => ({ data: eb.ref('excluded.data') })))
      .execute();
  }
}

async function upsertCategories(trx: Kysely<Schema>, categories: Category[]): Promise<void> {
  for (const chunk of chunks(categories, rowsPerInsert, (category) => category.id)) {
    await trx
      .insertInto('categories')
      .values(chunk.map((category) => ({ id: category.id, data: JSON.stringify(category) })))
      .onConflict((conflict) => conflict.column('id').doUpdateSet((eb) => ({ data: eb.ref('excluded.data') })))
      .execute();
  }
}

async function upsertJobs(trx: Kysely<Schema>, jobs: Job[]): Promise<void> {
  for (const chunk of chunks(jobs, rowsPerInsert, (job) => job.id)) {
    await trx
      .insertInto('jobs')
      .values(chunk.map((job) => ({ id: job.id, partner: job.partner, data: JSON.stringify(job) })))
      .onConflict((conflict) => conflict.column('id').doUpdateSet((eb) => ({ partner: eb.ref('excluded.partner'), data: eb.ref('excluded.data') })))
      .execute();
  }
}
