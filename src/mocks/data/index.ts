/** Sample data shared by the browser mock API (msw) and the reference server. Plain data, no runtime dependencies. */

export { samplePartners } from './partners.js';
export type { SamplePartner } from './partners.js';
export { sampleCommutes } from './commutes.js';
export type { SampleCommute } from './commutes.js';
export { sampleCategories } from './categories.js';
export type { SampleCategory } from './categories.js';
export { createSampleJobs } from './jobs.js';
export type { SampleJob, EmploymentType } from './jobs.js';
