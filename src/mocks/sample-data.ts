import { createSampleJobs, sampleCategories, sampleCommutes, samplePartners } from './data/index.js';
import type { MockData } from './handlers.js';

/**
 * The region's sample data as the API serves it: the nine partners, their commutes, categories and jobs, dated
 * relative to `now` (the caller's clock).
 */
export function createSampleData(now: Date): MockData {
  return {
    partners: structuredClone(samplePartners),
    commutes: structuredClone(sampleCommutes),
    categories: structuredClone(sampleCategories),
    jobs: createSampleJobs(now),
  };
}
