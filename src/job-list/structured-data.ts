import type { Job, Partner } from '../core/types.js';

/** Google's JobPosting employment types for ours. */
const employmentTypes: Record<Job['employmentType'], string> = {
  'full-time': 'FULL_TIME',
  'part-time': 'PART_TIME',
  apprenticeship: 'OTHER',
  internship: 'INTERN',
  'mini-job': 'PART_TIME',
};

const salaryUnits = { hour: 'HOUR', month: 'MONTH', year: 'YEAR' } as const;

/** The schema.org JobPosting for a job, with Google's required properties and the recommended ones we have. */
export function jobPosting(job: Job, partner: Partner | undefined): Record<string, unknown> {
  const posting: Record<string, unknown> = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: job.title,
    description: job.description,
    datePosted: job.publishedAt,
    hiringOrganization: { '@type': 'Organization', name: job.employer.name, ...(job.employer.url ? { sameAs: job.employer.url } : {}) },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: job.location.city,
        ...(job.location.postalCode ? { postalCode: job.location.postalCode } : {}),
        addressRegion: 'Sachsen',
        addressCountry: 'DE',
      },
      ...(job.location.lat !== undefined && job.location.lon !== undefined
        ? { geo: { '@type': 'GeoCoordinates', latitude: job.location.lat, longitude: job.location.lon } }
        : {}),
    },
    employmentType: employmentTypes[job.employmentType],
    identifier: { '@type': 'PropertyValue', name: partner?.name ?? job.employer.name, value: job.id },
  };
  if (job.validThrough) posting.validThrough = job.validThrough;
  if (job.salary && (job.salary.min !== undefined || job.salary.max !== undefined)) {
    posting.baseSalary = {
      '@type': 'MonetaryAmount',
      currency: job.salary.currency,
      value: {
        '@type': 'QuantitativeValue',
        unitText: salaryUnits[job.salary.period],
        ...(job.salary.min !== undefined ? { minValue: job.salary.min } : {}),
        ...(job.salary.max !== undefined ? { maxValue: job.salary.max } : {}),
      },
    };
  }
  if (job.applyUrl) posting.directApply = false;
  return posting;
}

const marker = 'data-wr-job-posting';

/** The JSON-LD is data we build ourselves; the policy only passes it on. */
interface ScriptPolicy {
  createScript(json: string): unknown;
}
let policy: ScriptPolicy | null | undefined;

/**
 * The Trusted Types policy `wr-widgets`, which a page that enforces Trusted Types lists in its CSP. Null when the
 * page does not allow it: then the JobPosting is left out (the list still works) and the webmaster is told.
 */
function scriptPolicy(): ScriptPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy } }).trustedTypes;
  if (!factory) return (policy = { createScript: (json) => json });
  try {
    policy = factory.createPolicy('wr-widgets', { createScript: (json) => json });
  } catch {
    console.warn("<wr-job-list>: add 'wr-widgets' to the page's trusted-types directive to publish job postings for Google.");
    policy = null;
  }
  return policy;
}

/**
 * Puts the JobPosting into the host page's light DOM (Google reads it there, not inside shadow roots). `<` is
 * escaped so no text from the API can close the script element.
 */
export function showJobPosting(host: HTMLElement, posting: Record<string, unknown>): void {
  removeJobPosting(host);
  const trusted = scriptPolicy();
  if (!trusted) return;
  const script = host.ownerDocument.createElement('script');
  script.type = 'application/ld+json';
  script.setAttribute(marker, '');
  script.text = trusted.createScript(JSON.stringify(posting).replace(/</g, '\\u003c')) as string;
  host.append(script);
}

export function removeJobPosting(host: HTMLElement): void {
  host.querySelectorAll(`:scope > script[${marker}]`).forEach((script) => script.remove());
}
