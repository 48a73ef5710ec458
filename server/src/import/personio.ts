import type { EmploymentType } from '@wachstumsregion/domain/contract';
import { categorise, type CategoryTable } from './categories.js';
import { htmlToText } from './html-text.js';
import type { ImportedJob } from './import-jobs.js';
import { child, childText, parseXml } from './xml.js';

export const personioSource = 'personio';

export interface PersonioOptions {
  /** The employer the feed belongs to (a Personio feed is one company's). */
  employer: { name: string; url?: string };
  /** The partner its openings belong to. */
  partner: string;
  /** Category ids that exist; the keyword table only picks from these. */
  categories: ReadonlySet<string>;
  /** Used when no keyword matches (or always, when the employer has one field). */
  fallbackCategory: string;
  categoryTable?: CategoryTable;
  /** The town when a position names no office. */
  defaultCity?: string;
  /** The company's Personio job page, e.g. `https://acme.jobs.personio.de`: each job links to `…/job/{id}`. */
  jobPageBase?: string;
}

/** Personio's `employmentType` and `schedule` as our kind of employment. */
export function personioEmploymentType(employmentType: string, schedule: string): EmploymentType {
  const kind = employmentType.toLowerCase();
  if (kind === 'intern' || kind === 'internship') return 'internship';
  if (kind === 'trainee' || kind === 'apprenticeship') return 'apprenticeship';
  if (kind === 'minijob' || kind === 'mini-job') return 'mini-job';
  return schedule.toLowerCase() === 'part-time' ? 'part-time' : 'full-time';
}

/**
 * A Personio XML feed (`https://{company}.jobs.personio.de/xml`) as jobs: `<position>` per opening with `id`,
 * `office`, `department`, `name`, `jobDescriptions` (named HTML sections in CDATA), `employmentType`,
 * `schedule`, `occupationCategory` and `createdAt`. The description is the sections as plain text, each under
 * its name. Throws on XML that is not well-formed or a position without id, name or valid `createdAt`.
 */
export function mapPersonioFeed(xml: string, options: PersonioOptions): ImportedJob[] {
  const root = parseXml(xml);
  if (root.name !== 'workzag-jobs') throw new Error(`Not a Personio feed: the root element is <${root.name}>, not <workzag-jobs>.`);
  return root.children
    .filter((element) => element.name === 'position')
    .map((position, index) => {
      const id = childText(position, 'id');
      const title = childText(position, 'name');
      if (!id || !title) throw new Error(`Personio position ${index + 1} has no id or name.`);
      const createdAt = childText(position, 'createdAt');
      const published = Date.parse(createdAt);
      if (!createdAt || Number.isNaN(published)) throw new Error(`Personio position ${id} has no valid createdAt.`);
      const sections = (child(position, 'jobDescriptions')?.children ?? [])
        .filter((element) => element.name === 'jobDescription')
        .map((section) => {
          const heading = childText(section, 'name');
          const body = htmlToText(child(section, 'value')?.text ?? '');
          return [heading, body].filter(Boolean).join('\n\n');
        })
        .filter(Boolean);
      const office = childText(position, 'office');
      const department = childText(position, 'department');
      const job: ImportedJob = {
        externalId: id,
        title,
        employer: { ...options.employer },
        partner: options.partner,
        location: { city: office || options.defaultCity || options.employer.name },
        category: categorise([childText(position, 'occupationCategory'), childText(position, 'occupation'), title, department], options.categories, options.fallbackCategory, options.categoryTable),
        employmentType: personioEmploymentType(childText(position, 'employmentType'), childText(position, 'schedule')),
        publishedAt: new Date(published).toISOString(),
        description: sections.join('\n\n') || title,
      };
      if (options.jobPageBase) job.applyUrl = `${options.jobPageBase.replace(/\/+$/, '')}/job/${encodeURIComponent(id)}`;
      return job;
    });
}
