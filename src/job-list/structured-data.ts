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

/**
 * Puts the JobPosting into the host page's light DOM (Google reads it there, not inside shadow roots). The JSON
 * goes in as a text node: the script is data, never run, so this needs no Trusted Types policy, and `<` is
 * escaped so no text from the API can close the script element.
 */
export function showJobPosting(host: HTMLElement, posting: Record<string, unknown>): void {
  removeJobPosting(host);
  const script = host.ownerDocument.createElement('script');
  script.type = 'application/ld+json';
  script.setAttribute(marker, '');
  script.append(JSON.stringify(posting).replace(/</g, '\\u003c'));
  host.append(script);
}

export function removeJobPosting(host: HTMLElement): void {
  host.querySelectorAll(`:scope > script[${marker}]`).forEach((script) => script.remove());
}
