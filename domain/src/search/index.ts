export { foldForSearch, searchWords } from './fold.js';
export { expandPartners, parseJobQuery, QueryError, searchJobs, type JobQuery } from './search-jobs.js';
