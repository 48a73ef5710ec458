import type { Job } from '@wachstumsregion/domain/contract';
import { announceRegionChange } from '../db/change-feed.js';
import type { Database } from '../db/database.js';
import type { RegionStore } from '../store/region-store.js';
import { importedJobId } from './job-id.js';
import { assertJob } from './job-schema.js';

/** A job as a mapper hands it over: our shape, its `id` optional (the importer derives it). */
export type ImportedJob = Omit<Job, 'id' | 'source' | 'externalId'> & { id?: string; source?: string; externalId: string };

export interface ImportResult {
  source: string;
  inserted: string[];
  updated: string[];
  unchanged: number;
  /** Jobs of this source that the feed no longer lists, deleted. */
  retired: string[];
  /** externalIds listed more than once in the feed (the last one counts). */
  duplicates: string[];
}

export interface ImportOptions {
  /**
   * An empty feed retires every job of its source. That is usually a broken feed rather than an employer with
   * no openings, so it is refused unless allowed.
   */
  allowEmpty?: boolean;
  /** Work it all out and roll back: what an import would do. */
  dryRun?: boolean;
}

class DryRun extends Error {}

/**
 * Brings the jobs of one source in line with a feed, in one transaction: new openings inserted, changed ones
 * updated, those the feed no longer lists deleted (as `DELETE /admin/jobs/{id}` does), others untouched. A job
 * that fails the contract's Job schema or names an unknown partner or category aborts the whole import, so a
 * feed that breaks halfway writes nothing. Ids come from `source` + `externalId` (`importedJobId`), so the same
 * opening never appears twice; afterwards the store reloads its memory copy, which also empties the search
 * cache, exactly as after an admin change.
 */
export async function importJobs(database: Database, region: RegionStore, source: string, feed: readonly ImportedJob[], options: ImportOptions = {}): Promise<ImportResult> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(source)) throw new Error(`The source "${source}" is not a lowercase slug.`);
  const result: ImportResult = { source, inserted: [], updated: [], unchanged: 0, retired: [], duplicates: [] };

  const byExternalId = new Map<string, ImportedJob>();
  for (const job of feed) {
    if (typeof job.externalId !== 'string' || !job.externalId.trim()) throw new Error(`A ${source} job has no externalId.`);
    if (job.source !== undefined && job.source !== source) throw new Error(`The ${source} feed holds a job of source "${job.source}" (${job.externalId}).`);
    if (byExternalId.has(job.externalId)) {
      result.duplicates.push(job.externalId);
      byExternalId.delete(job.externalId); // keep feed order for the last copy
    }
    byExternalId.set(job.externalId, job);
  }

  const changed = () => result.inserted.length + result.updated.length + result.retired.length > 0;
  try {
    await database.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('jobs').select(['id', 'data']).where('source', '=', source).execute();
      if (!byExternalId.size && existing.length && !options.allowEmpty) {
        throw new Error(`The ${source} feed is empty; it would retire all ${existing.length} jobs of that source (allow an empty feed to do so).`);
      }
      // First retire what the feed no longer lists, and any copy of a listed opening under an id not derived
      // from it (entered by hand, say), so that a unique (source, externalId) index never sees two at once.
      for (const row of existing) {
        const externalId = (JSON.parse(row.data) as Job).externalId;
        if (externalId !== undefined && byExternalId.has(externalId) && row.id === importedJobId(source, externalId)) continue;
        await trx.deleteFrom('jobs').where('id', '=', row.id).execute();
        result.retired.push(row.id);
      }
      const partners = new Set((await trx.selectFrom('partners').select('id').execute()).map((row) => row.id));
      const categories = new Set((await trx.selectFrom('categories').select('id').execute()).map((row) => row.id));
      for (const [externalId, imported] of byExternalId) {
        const id = importedJobId(source, externalId);
        const job = { ...imported, id, source, externalId } as Job;
        const label = `${source} job ${externalId}`;
        assertJob(job, label);
        if (!partners.has(job.partner)) throw new Error(`${label} names the partner "${job.partner}", which does not exist.`);
        if (!categories.has(job.category)) throw new Error(`${label} names the category "${job.category}", which does not exist.`);
        const data = JSON.stringify(job);
        const row = await trx.selectFrom('jobs').select('data').where('id', '=', id).executeTakeFirst();
        if (!row) {
          await trx.insertInto('jobs').values({ id, partner: job.partner, data }).execute();
          result.inserted.push(id);
        } else {
          const current = JSON.parse(row.data) as Job;
          if (current.source !== source || current.externalId !== externalId) throw new Error(`${label} would replace the job ${id} of another source.`);
          if (row.data === data) result.unchanged++;
          else {
            await trx.updateTable('jobs').set({ partner: job.partner, data }).where('id', '=', id).execute();
            result.updated.push(id);
          }
        }
      }
      if (options.dryRun) throw new DryRun();
      if (changed()) await announceRegionChange(database, trx);
    });
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
    return result;
  }
  if (changed()) await region.reload();
  return result;
}
