import { createSampleData } from '../../../src/mocks/sample-data.ts';
import type { RegionStore } from '../store/region-store.js';

/** Fills an empty database with the region's sample data (`SEED=demo`); a database with partners is left alone. */
export function seedIfEmpty(region: RegionStore, seed: 'demo' | 'none', now = new Date()): boolean {
  if (seed !== 'demo' || !region.isEmpty()) return false;
  region.replaceAll(createSampleData(now));
  return true;
}
