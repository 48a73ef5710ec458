import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Job } from '@wachstumsregion/domain/contract';
import type { Database } from '../src/db/database.js';
import { seedIfEmpty } from '../src/db/seed.js';
import { RegionStore } from '../src/store/region-store.js';
import { testEpoch } from './helpers.js';
import { freshDatabase } from './test-database.js';

/** A seeded database (the sample partners, categories and `manual` jobs) and its store. */
export async function importDb(): Promise<{ database: Database; region: RegionStore; close(): Promise<void> }> {
  const folder = mkdtempSync(join(tmpdir(), 'wr-import-'));
  const database = await freshDatabase(folder);
  const region = await RegionStore.open(database);
  await seedIfEmpty(region, 'demo', new Date(testEpoch));
  return {
    database,
    region,
    close: async () => {
      await database.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

/** Every row of a source as stored, by externalId. */
export async function storedJobs(database: Database, source: string): Promise<Map<string, Job>> {
  const rows = await database.db.selectFrom('jobs').select('data').where('source', '=', source).execute();
  return new Map(rows.map((row) => JSON.parse(row.data) as Job).map((job) => [job.externalId!, job]));
}

/** The whole jobs table, to show that a failed import changed nothing. */
export const snapshot = async (database: Database) => JSON.stringify(await database.db.selectFrom('jobs').select(['id', 'partner', 'data']).orderBy('id').execute());
