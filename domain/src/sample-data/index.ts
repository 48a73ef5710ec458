import type { Category, Commute, Job, Partner } from '../contract/types.js';
import { sampleCategories } from './categories.js';
import { sampleCommutes } from './commutes.js';
import { createSampleJobs } from './jobs.js';
import { samplePartners } from './partners.js';

export { createSampleJobs, sampleCategories, sampleCommutes, samplePartners };

/** What the API serves: partners (with their sites' `origins`, which are never sent publicly), commutes, categories, jobs. */
export interface RegionData {
  partners: (Partner & { origins?: string[] })[];
  commutes: Commute[];
  categories: Category[];
  jobs: Job[];
}

/**
 * The region's sample data, shared by the reference server's seed and the browser mock API: the nine partners,
 * their commutes, categories and a few hundred invented jobs, dated relative to `now` (the caller's clock).
 */
export function createSampleData(now: Date): RegionData {
  return {
    partners: structuredClone(samplePartners),
    commutes: structuredClone(sampleCommutes),
    categories: structuredClone(sampleCategories),
    jobs: createSampleJobs(now),
  };
}
