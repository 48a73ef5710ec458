import { html, type TemplateResult } from 'lit';
import { endOfRegionDay, regionDay } from '../../domain/src/region-day.js';
import { employmentTypes, type Category, type Job, type Partner } from '../core/types.js';
import type { AdminText } from './admin-text.js';
import { field, formValues, selectField, type FieldErrors } from './form-fields.js';

export interface JobFormContext {
  t: AdminText;
  lang: 'de' | 'en';
  partners: readonly Partner[];
  categories: readonly Category[];
  /** A partner's office writes only its own jobs: the partner is fixed. */
  fixedPartner: string | undefined;
  errors: FieldErrors;
  isNew: boolean;
}

const inSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A new job's id: readable and unique enough for a hand-made entry. */
export function newJobId(now = new Date()): string {
  return `manual-${now.toISOString().slice(0, 10)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The fields of a job; what the form does not show (salary, coordinates, source) is kept from the job as it was. */
export function renderJobFields(job: Partial<Job>, { t, lang, partners, categories, fixedPartner, errors, isNew }: JobFormContext): TemplateResult {
  return html`<div class="form-grid">
    ${field(t, errors, { name: 'id', label: t.jobId, value: job.id, required: true, readonly: !isNew, pattern: '[A-Za-z0-9._~\\-]+', hint: isNew ? t.jobIdHint : undefined })}
    ${field(t, errors, { name: 'title', label: t.jobTitle, value: job.title, required: true })}
    ${field(t, errors, { name: 'employer.name', label: t.employer, value: job.employer?.name, required: true })}
    ${field(t, errors, { name: 'employer.url', label: t.employerUrl, value: job.employer?.url, type: 'url' })}
    ${selectField(t, errors, {
      name: 'partner',
      label: t.partner,
      value: fixedPartner ?? job.partner,
      required: true,
      disabled: fixedPartner !== undefined,
      choices: (fixedPartner ? partners.filter((partner) => partner.id === fixedPartner) : partners).map((partner) => ({ value: partner.id, label: partner.name })),
    })}
    ${field(t, errors, { name: 'location.city', label: t.city, value: job.location?.city, required: true })}
    ${field(t, errors, { name: 'location.postalCode', label: t.postalCode, value: job.location?.postalCode, pattern: '[0-9]{5}' })}
    ${selectField(t, errors, { name: 'category', label: t.category, value: job.category, required: true, choices: categories.map((category) => ({ value: category.id, label: category.name[lang] })) })}
    ${selectField(t, errors, { name: 'employmentType', label: t.employmentType, value: job.employmentType, required: true, choices: employmentTypes.map((type) => ({ value: type, label: t.employmentTypes[type] ?? type })) })}
    ${field(t, errors, { name: 'validThrough', label: t.validThrough, value: job.validThrough ? regionDay(job.validThrough) : undefined, type: 'date' })}
    ${field(t, errors, { name: 'applyUrl', label: t.applyUrl, value: job.applyUrl, type: 'url' })}
    ${field(t, errors, { name: 'applyEmail', label: t.applyEmail, value: job.applyEmail, type: 'email' })}
    ${field(t, errors, { name: 'description', label: t.description, value: job.description, type: 'textarea', required: true, wide: true })}
  </div>`;
}

/** The job as the form now describes it, on top of the job as it was. */
export function jobFromForm(form: HTMLFormElement, original: Partial<Job>, fixedPartner: string | undefined, now = new Date()): Job {
  const values = formValues(form);
  const job: Job = {
    ...(original as Job),
    id: values.id ?? '',
    title: values.title ?? '',
    employer: { ...original.employer, name: values['employer.name'] ?? '' },
    partner: fixedPartner ?? values.partner ?? '',
    location: { ...original.location, city: values['location.city'] ?? '' },
    category: values.category ?? '',
    employmentType: (values.employmentType ?? 'full-time') as Job['employmentType'],
    publishedAt: original.publishedAt ?? inSeconds(now),
    description: values.description ?? '',
  };
  const optional = (target: Record<string, unknown>, key: string, value: string | undefined) => {
    if (value === undefined) delete target[key];
    else target[key] = value;
  };
  optional(job.employer as Record<string, unknown>, 'url', values['employer.url']);
  optional(job.location as Record<string, unknown>, 'postalCode', values['location.postalCode']);
  // A date means "to the end of that day" in the region, wherever the editor is; the contract wants UTC.
  optional(job as unknown as Record<string, unknown>, 'validThrough', values.validThrough ? inSeconds(endOfRegionDay(values.validThrough)) : undefined);
  optional(job as unknown as Record<string, unknown>, 'applyUrl', values.applyUrl);
  optional(job as unknown as Record<string, unknown>, 'applyEmail', values.applyEmail);
  return job;
}
