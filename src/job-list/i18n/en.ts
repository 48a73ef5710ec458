import { plural } from '../../core/i18n/format.js';
import type { Sections } from '../../core/i18n/translation.js';

const locale = { locale: 'en' };
const matches = (count: number) => plural(locale, count, { one: '# match', other: '# matches' });

/** The job list's texts in English. */
export const en: Sections['jobList'] = {
  employmentType: {
    'full-time': 'Full-time',
    'part-time': 'Part-time',
    apprenticeship: 'Apprenticeship',
    internship: 'Internship',
    'mini-job': 'Mini-job',
  },
  salaryPeriod: { hour: 'per hour', month: 'per month', year: 'per year' },
  label: 'Job openings',
  filters: 'Filter jobs',
  search: 'Search',
  searchHint: 'Job title, employer or keyword',
  partner: 'Place',
  category: 'Field',
  type: 'Type of employment',
  any: 'All',
  wholeDistrict: (name) => `${name} (whole district)`,
  option: (label, count) => (count === undefined ? label : `${label} (${count})`),
  results: (count) => plural(locale, count, { one: '# job', other: '# jobs' }),
  resultsFor: (count, page, pages) => `${plural(locale, count, { one: '# job', other: '# jobs' })}, page ${page} of ${pages}`,
  empty: 'No matching jobs found.',
  emptyHint: 'Try other words or fewer filters.',
  resetFilters: 'Reset filters',
  published: (relative) => `published ${relative}`,
  pagination: 'Pages of the job list',
  previous: 'Previous page',
  next: 'Next page',
  pageLabel: (page) => `Page ${page}`,
  close: 'Close',
  employer: 'Employer',
  location: 'Location',
  salary: 'Pay',
  validThrough: 'Apply by',
  applyOnline: 'Apply now',
  applyByEmail: 'Apply by e-mail',
  applyHint: "Applying opens the employer's site in a new tab.",
  gone: 'This job is no longer advertised.',
  goneHint: 'It may have been filled, or the application period has ended. The list shows current openings.',
  backToList: 'Back to the job list',
  partialError: 'The list could not be updated. It shows the jobs loaded last.',
  sort: 'Sort by',
  sorts: { relevance: 'Best match', newest: 'Newest first' },
  didYouMean: (q, count) => `Did you mean “${q}”? ${matches(count)}`,
  withoutFilter: {
    partner: (count) => `${matches(count)} in all places`,
    category: (count) => `${matches(count)} in all fields`,
    type: (count) => `${matches(count)} with any type of employment`,
  },
  suggestions: 'Suggestions',
  suggestionKind: { occupation: 'Occupation', title: 'Job title' },
};
