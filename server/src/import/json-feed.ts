import type { ImportedJob } from './import-jobs.js';
import { assertJob } from './job-schema.js';

/**
 * Our own format: `{ "jobs": [Job, …] }`, each a contract Job with an `externalId` (its id in the sending
 * system). `id` may be anything valid: the importer replaces it with one derived from source and externalId.
 * Every job is checked against the contract's Job schema; the first invalid one rejects the whole feed.
 */
export function mapJsonFeed(text: string, source: string): ImportedJob[] {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new Error(`The ${source} feed is not JSON: ${(error as Error).message}`);
  }
  const jobs = (document as { jobs?: unknown })?.jobs;
  if (!document || typeof document !== 'object' || !Array.isArray(jobs)) throw new Error(`The ${source} feed is not { "jobs": [...] }.`);
  return jobs.map((job: unknown, index) => {
    const record = job as Record<string, unknown>;
    const label = `${source} job ${index + 1}`;
    // A job without an id is fine here (it is derived); the schema needs one to check the rest.
    assertJob({ id: 'x', ...record }, label);
    if (typeof record.externalId !== 'string' || !record.externalId) throw new Error(`${label} has no externalId.`);
    if (record.source !== undefined && record.source !== source) throw new Error(`${label} is of source "${String(record.source)}", not "${source}".`);
    return record as unknown as ImportedJob;
  });
}
