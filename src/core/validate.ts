import type { Category, Challenge, Commute, InquiryReceipt, Job, JobPage, Partner } from './types.js';
import { employmentTypes, partnerKinds } from './types.js';

/**
 * Reads an API answer into its contract type or throws with the reason. Small hand-written checks: a schema
 * library would cost every visitor more bytes than all of this. Unknown extra fields are allowed (the contract
 * may grow); items of a list that do not fit are dropped with a warning, so one bad job does not hide the rest.
 */
export type Reader<T> = (value: unknown) => T;

type Json = Record<string, unknown>;

class ShapeError extends Error {}

function object(value: unknown, what: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ShapeError(`${what} is not an object`);
  return value as Json;
}

function string(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new ShapeError(`${what} is not a string`);
  return value;
}

function optionalString(value: unknown, what: string): void {
  if (value !== undefined && value !== null) string(value, what);
}

function number(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ShapeError(`${what} is not a number`);
  return value;
}

function optionalNumber(value: unknown, what: string): void {
  if (value !== undefined && value !== null) number(value, what);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (!allowed.includes(value as T)) throw new ShapeError(`${what} is not one of ${allowed.join(', ')}`);
  return value as T;
}

function date(value: unknown, what: string): void {
  if (Number.isNaN(Date.parse(string(value, what)))) throw new ShapeError(`${what} is not a date`);
}

function list<T>(value: unknown, readItem: (item: unknown) => T, what: string): T[] {
  const items = object(value, what).items;
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
  const record = object(value ?? {}, what);
  for (const [key, count] of Object.entries(record)) number(count, `${what}.${key}`);
  return record as Record<string, number>;
}

export function readPartner(value: unknown): Partner {
  const partner = object(value, 'partner');
  string(partner.id, 'partner.id');
  string(partner.name, 'partner.name');
  oneOf(partner.kind, partnerKinds, 'partner.kind');
  number(partner.lat, 'partner.lat');
  number(partner.lon, 'partner.lon');
  optionalString(partner.district, 'partner.district');
  string(partner.website, 'partner.website');
  const contact = object(partner.contact, 'partner.contact');
  string(contact.office, 'partner.contact.office');
  string(contact.email, 'partner.contact.email');
  optionalString(contact.phone, 'partner.contact.phone');
  if (partner.description !== undefined && partner.description !== null) {
    const description = object(partner.description, 'partner.description');
    string(description.de, 'partner.description.de');
    optionalString(description.en, 'partner.description.en');
  }
  return partner as unknown as Partner;
}

export function readCommute(value: unknown): Commute {
  const commute = object(value, 'commute');
  string(commute.from, 'commute.from');
  string(commute.to, 'commute.to');
  optionalNumber(commute.train, 'commute.train');
  optionalNumber(commute.car, 'commute.car');
  return commute as unknown as Commute;
}

export function readCategory(value: unknown): Category {
  const category = object(value, 'category');
  string(category.id, 'category.id');
  const name = object(category.name, 'category.name');
  string(name.de, 'category.name.de');
  string(name.en, 'category.name.en');
  return category as unknown as Category;
}

export function readJob(value: unknown): Job {
  const job = object(value, 'job');
  string(job.id, 'job.id');
  string(job.title, 'job.title');
  const employer = object(job.employer, 'job.employer');
  string(employer.name, 'job.employer.name');
  optionalString(employer.url, 'job.employer.url');
  string(job.partner, 'job.partner');
  const location = object(job.location, 'job.location');
  string(location.city, 'job.location.city');
  optionalString(location.postalCode, 'job.location.postalCode');
  optionalNumber(location.lat, 'job.location.lat');
  optionalNumber(location.lon, 'job.location.lon');
  string(job.category, 'job.category');
  oneOf(job.employmentType, employmentTypes, 'job.employmentType');
  if (job.salary !== undefined && job.salary !== null) {
    const salary = object(job.salary, 'job.salary');
    optionalNumber(salary.min, 'job.salary.min');
    optionalNumber(salary.max, 'job.salary.max');
    string(salary.currency, 'job.salary.currency');
    oneOf(salary.period, ['hour', 'month', 'year'], 'job.salary.period');
  }
  date(job.publishedAt, 'job.publishedAt');
  if (job.validThrough !== undefined && job.validThrough !== null) date(job.validThrough, 'job.validThrough');
  string(job.description, 'job.description');
  optionalString(job.applyUrl, 'job.applyUrl');
  optionalString(job.applyEmail, 'job.applyEmail');
  return job as unknown as Job;
}

export const readPartners: Reader<Partner[]> = (value) => list(value, readPartner, 'partners');
export const readCommutes: Reader<Commute[]> = (value) => list(value, readCommute, 'commutes');
export const readCategories: Reader<Category[]> = (value) => list(value, readCategory, 'categories');

export const readJobPage: Reader<JobPage> = (value) => {
  const page = object(value, 'job page');
  const facets = object(page.facets ?? {}, 'facets');
  return {
    items: list(page, readJob, 'jobs'),
    total: number(page.total, 'total'),
    page: number(page.page, 'page'),
    pageSize: number(page.pageSize, 'pageSize'),
    facets: {
      partner: counts(facets.partner, 'facets.partner'),
      category: counts(facets.category, 'facets.category'),
      employmentType: counts(facets.employmentType, 'facets.employmentType'),
    },
  } as JobPage;
};

export const readChallenge: Reader<Challenge> = (value) => {
  const challenge = object(value, 'challenge');
  for (const field of ['algorithm', 'challenge', 'salt', 'signature']) string(challenge[field], `challenge.${field}`);
  optionalNumber(challenge.maxnumber, 'challenge.maxnumber');
  return challenge as unknown as Challenge;
};

export const readInquiryReceipt: Reader<InquiryReceipt> = (value) => {
  const receipt = object(value, 'receipt');
  string(receipt.id, 'receipt.id');
  date(receipt.receivedAt, 'receipt.receivedAt');
  return receipt as unknown as InquiryReceipt;
};
