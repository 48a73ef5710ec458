export { foldForSearch, searchWords } from './fold.js';
export { expandPartners, JobSearch, parseJobQuery, parseSuggestQuery, QueryError, type JobQuery, type SearchData, type SuggestQuery } from './search-jobs.js';
export { SynonymTable, type SynonymProblem } from './synonyms.js';
export { builtInSynonyms } from './synonyms-data.js';
