import type { Category, Challenge, Commute, InquiryReceipt, Job, JobPage, JobSearchHints, JobSuggestion, Partner } from './types.js';
import { employmentTypes, partnerKinds } from './types.js';

/**
 * Reads an API answer into its contract type or throws with the reason. Small hand-written checks: a schema
 * library would cost every visitor more bytes than all of this. Unknown extra fields are allowed (the contract
 * may grow); items of a list that do not fit are dropped with a warning, so one bad job does not hide the rest.
 */
export type Reader<T> = (value: unknown) => T;

/**
 * What a value must be: `s` a string, `n` a finite number, `d` a string that parses as a date, a list its allowed
 * values, an object one with these fields. A field whose name ends in `?` may also be missing or null.
 */
type Shape = 's' | 'n' | 'd' | readonly string[] | { readonly [field: string]: Shape };

class ShapeError extends Error {}

function check(value: unknown, shape: Shape, what: string): void {
  let fits: boolean;
  let expected: string;
  if (Array.isArray(shape)) {
    fits = shape.includes(value as string);
    expected = `one of ${shape.join(', ')}`;
  } else if (typeof shape === 'object') {
    fits = typeof value === 'object' && value !== null && !Array.isArray(value);
    expected = 'an object';
  } else {
    fits = shape === 'n' ? Number.isFinite(value) : typeof value === 'string' && (shape === 's' || !Number.isNaN(Date.parse(value)));
    expected = shape === 'n' ? 'a number' : shape === 's' ? 'a string' : 'a date';
  }
  if (!fits) throw new ShapeError(`${what} is not ${expected}`);
  if (typeof shape === 'object' && !Array.isArray(shape)) {
    for (const [key, inner] of Object.entries(shape)) {
      const name = key.replace('?', '');
      const field = (value as Record<string, unknown>)[name];
      if (name === key || field != null) check(field, inner, `${what}.${name}`);
    }
  }
}

function reader<T>(shape: Shape, what: string): Reader<T> {
  return (value) => {
    check(value, shape, what);
    return value as T;
  };
}

function list<T>(value: unknown, readItem: Reader<T>, what: string): T[] {
  check(value, {}, what);
  const items = (value as { items: unknown }).items;
  if (!Array.isArray(items)) throw new ShapeError(`${what}.items is not a list`);
  const valid: T[] = [];
  for (const item of items) {
    try {
      valid.push(readItem(item));
    } catch (error) {
      console.warn(`Wachstumsregion widgets: an item of ${what} was left out:`, (error as Error).message);
    }
  }
  return valid;
}

function counts(value: unknown, what: string): Record<string, number> {
  const record = (value ?? {}) as Record<string, number>;
  check(record, {}, what);
  for (const [key, count] of Object.entries(record)) check(count, 'n', `${what}.${key}`);
  return record;
}

export const readPartner = reader<Partner>(
  {
    id: 's',
    name: 's',
    kind: partnerKinds,
    lat: 'n',
    lon: 'n',
    'district?': 's',
    website: 's',
    contact: { office: 's', email: 's', 'phone?': 's' },
    'description?': { de: 's', 'en?': 's' },
  },
  'partner',
);

export const readCommute = reader<Commute>({ from: 's', to: 's', 'train?': 'n', 'car?': 'n' }, 'commute');

export const readCategory = reader<Category>({ id: 's', name: { de: 's', en: 's' } }, 'category');

export const readJob = reader<Job>(
  {
    id: 's',
    title: 's',
    employer: { name: 's', 'url?': 's' },
    partner: 's',
    location: { city: 's', 'postalCode?': 's', 'lat?': 'n', 'lon?': 'n' },
    category: 's',
    employmentType: employmentTypes,
    'salary?': { 'min?': 'n', 'max?': 'n', currency: 's', period: ['hour', 'month', 'year'] },
    publishedAt: 'd',
    'validThrough?': 'd',
    description: 's',
    'applyUrl?': 's',
    'applyEmail?': 's',
  },
  'job',
);

export const readPartners: Reader<Partner[]> = (value) => list(value, readPartner, 'partners');
export const readCommutes: Reader<Commute[]> = (value) => list(value, readCommute, 'commutes');
export const readCategories: Reader<Category[]> = (value) => list(value, readCategory, 'categories');

export const readJobPage: Reader<JobPage> = (value) => {
  check(value, { total: 'n', page: 'n', pageSize: 'n', 'facets?': {} }, 'job page');
  const page = value as JobPage;
  const facets = page.facets ?? {};
  const hints = readHints(page.hints);
  return {
    items: list(page, readJob, 'jobs'),
    total: page.total,
    page: page.page,
    pageSize: page.pageSize,
    facets: {
      partner: counts(facets.partner, 'facets.partner'),
      category: counts(facets.category, 'facets.category'),
      employmentType: counts(facets.employmentType, 'facets.employmentType'),
    },
    ...(hints ? { hints } : {}),
  };
};

/** Whether a value fits a shape; when not, the console says why it was left out. */
function fits(value: unknown, shape: Shape, what: string): boolean {
  try {
    check(value, shape, what);
    return true;
  } catch (error) {
    console.warn(`Wachstumsregion widgets: ${what} was left out:`, (error as Error).message);
    return false;
  }
}

const hasWord = (text: string) => /[\p{L}\p{N}]/u.test(text);

/** The hints that fit, or undefined: a hint is a convenience, so one that does not fit is left out, never the page. */
function readHints(value: unknown): JobSearchHints | undefined {
  if (value == null || !fits(value, {}, 'hints')) return undefined;
  const { didYouMean, withoutFilters } = value as JobSearchHints;
  const hints: JobSearchHints = {};
  if (didYouMean != null && fits(didYouMean, { q: 's', total: 'n' }, 'hints.didYouMean') && hasWord(didYouMean.q) && didYouMean.total > 0) {
    hints.didYouMean = { q: didYouMean.q, total: didYouMean.total };
  }
  const lifted = (Array.isArray(withoutFilters) ? withoutFilters : []).filter(
    (hint) => fits(hint, { filter: ['partner', 'category', 'type'], total: 'n' }, 'hints.withoutFilters[]') && hint.total > 0,
  );
  if (lifted.length) hints.withoutFilters = lifted.map(({ filter, total }) => ({ filter, total }));
  return hints.didYouMean || hints.withoutFilters ? hints : undefined;
}

/**
 * One suggestion; its `match` ranges must lie inside its text, each `[start, end)` with start before end, so the
 * widget can set them in bold by slicing without guards.
 */
export const readJobSuggestion: Reader<JobSuggestion> = (value) => {
  check(value, { text: 's', kind: ['occupation', 'title'], jobs: 'n' }, 'suggestion');
  const { text, kind, jobs, match } = value as JobSuggestion;
  const inText = (range: unknown) => {
    const [start, end] = range as number[];
    return Array.isArray(range) && range.length === 2 && Number.isInteger(start) && Number.isInteger(end) && start! >= 0 && start! < end! && end! <= text.length;
  };
  if (!hasWord(text) || !Array.isArray(match) || !match.every(inText)) throw new ShapeError('suggestion.match is not ranges of its text');
  return { text, kind, jobs, match };
};

export const readJobSuggestions: Reader<JobSuggestion[]> = (value) => list(value, readJobSuggestion, 'suggestions');

export const readChallenge = reader<Challenge>({ algorithm: 's', challenge: 's', salt: 's', signature: 's', 'maxnumber?': 'n' }, 'challenge');

export const readInquiryReceipt = reader<InquiryReceipt>({ id: 's', receivedAt: 'd' }, 'receipt');
