import { readFileSync } from 'node:fs';
import type { Job } from '@wachstumsregion/domain/contract';
import { openDatabase, type Db } from '../src/db/database.js';
import { seedIfEmpty } from '../src/db/seed.js';
import { RegionStore } from '../src/store/region-store.js';
import { testEpoch } from './helpers.js';

/** A seeded database in memory (the sample partners, categories and `manual` jobs) and its store. */
export function importDb(): { db: Db; region: RegionStore; close(): void } {
  const db = openDatabase(':memory:');
  const region = new RegionStore(db);
  seedIfEmpty(region, 'demo', new Date(testEpoch));
  return { db, region, close: () => db.close() };
}

export const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

/** Every row of a source as stored, by externalId. */
export function storedJobs(db: Db, source: string): Map<string, Job> {
  const rows = db.prepare("SELECT data FROM jobs WHERE json_extract(data, '$.source') = ?").all(source) as { data: string }[];
  return new Map(rows.map((row) => JSON.parse(row.data) as Job).map((job) => [job.externalId!, job]));
}

/** The whole jobs table, to show that a failed import changed nothing. */
export const snapshot = (db: Db) => JSON.stringify(db.prepare('SELECT id, partner, data FROM jobs ORDER BY id').all());
