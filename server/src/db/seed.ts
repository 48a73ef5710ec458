import { createSampleData } from '@wachstumsregion/domain/sample-data';
import type { RegionStore } from '../store/region-store.js';

/**
 * Fills an empty database with the region's sample data (`SEED=demo`), dated relative to `now` (the app's clock); a
 * database with partners is left alone, also when several instances start on it at once.
 */
export async function seedIfEmpty(region: RegionStore, seed: 'demo' | 'none', now: Date): Promise<boolean> {
  if (seed !== 'demo') return false;
  return region.fillIfEmpty(createSampleData(now));
}
