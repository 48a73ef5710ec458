import type { Job } from '@wachstumsregion/domain/contract';
import type { Db } from '../db/database.js';
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
export function importJobs(db: Db, region: RegionStore, source: string, feed: readonly ImportedJob[], options: ImportOptions = {}): ImportResult {
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

  const selectSource = db.prepare("SELECT id, data FROM jobs WHERE json_extract(data, '$.source') = ?");
  const selectId = db.prepare('SELECT data FROM jobs WHERE id = ?');
  const partnerExists = db.prepare('SELECT 1 FROM partners WHERE id = ?');
  const categoryExists = db.prepare('SELECT 1 FROM categories WHERE id = ?');
  const insert = db.prepare('INSERT INTO jobs (id, partner, data) VALUES (?, ?, ?)');
  const update = db.prepare('UPDATE jobs SET partner = ?, data = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM jobs WHERE id = ?');

  const run = db.transaction(() => {
    const existing = selectSource.all(source) as { id: string; data: string }[];
    if (!byExternalId.size && existing.length && !options.allowEmpty) {
      throw new Error(`The ${source} feed is empty; it would retire all ${existing.length} jobs of that source (allow an empty feed to do so).`);
    }
    // First retire what the feed no longer lists, and any copy of a listed opening under an id not derived
    // from it (entered by hand, say), so that a unique (source, externalId) index never sees two at once.
    for (const row of existing) {
      const externalId = (JSON.parse(row.data) as Job).externalId;
      if (externalId !== undefined && byExternalId.has(externalId) && row.id === importedJobId(source, externalId)) continue;
      remove.run(row.id);
      result.retired.push(row.id);
    }
    for (const [externalId, imported] of byExternalId) {
      const id = importedJobId(source, externalId);
      const job = { ...imported, id, source, externalId } as Job;
      const label = `${source} job ${externalId}`;
      assertJob(job, label);
      if (!partnerExists.get(job.partner)) throw new Error(`${label} names the partner "${job.partner}", which does not exist.`);
      if (!categoryExists.get(job.category)) throw new Error(`${label} names the category "${job.category}", which does not exist.`);
      const data = JSON.stringify(job);
      const row = selectId.get(id) as { data: string } | undefined;
      if (!row) {
        insert.run(id, job.partner, data);
        result.inserted.push(id);
      } else {
        const current = JSON.parse(row.data) as Job;
        if (current.source !== source || current.externalId !== externalId) throw new Error(`${label} would replace the job ${id} of another source.`);
        if (row.data === data) result.unchanged++;
        else {
          update.run(job.partner, data, id);
          result.updated.push(id);
        }
      }
    }
    if (options.dryRun) throw new DryRun();
  });

  try {
    run();
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
    return result;
  }
  if (result.inserted.length || result.updated.length || result.retired.length) region.reload();
  return result;
}
