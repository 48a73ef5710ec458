import { createSampleData } from '@wachstumsregion/domain/sample-data';
import type { RegionStore } from '../store/region-store.js';

/**
 * Fills an empty database with the region's sample data (`SEED=demo`), dated relative to `now` (the app's clock); a
 * database with partners is left alone.
 */
export function seedIfEmpty(region: RegionStore, seed: 'demo' | 'none', now: Date): boolean {
  if (seed !== 'demo' || !region.isEmpty()) return false;
  region.replaceAll(createSampleData(now));
  return true;
}
