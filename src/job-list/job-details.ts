import type { html as Html, nothing as Nothing } from 'lit';
import type { formatDate as FormatDate } from '../core/i18n/format.js';
import type { Texts } from '../core/i18n/translation.js';
import type { mailtoUrl as MailtoUrl, safeUrl as SafeUrl } from '../core/safe-url.js';
import type { Job } from '../core/types.js';

// The dialog's chunk, loaded when a job is first opened: its body, and the JobPosting for the page.
export { jobPosting, removeJobPosting, showJobPosting } from './structured-data.js';

/**
 * What the chunk takes from the main bundle. It imports nothing at run time: the bundle would otherwise split Lit
 * and the helpers off into a shared chunk, and the first view of every widget would wait for it.
 */
export interface Kit {
  html: typeof Html;
  nothing: typeof Nothing;
  safeUrl: typeof SafeUrl;
  mailtoUrl: typeof MailtoUrl;
  formatDate: typeof FormatDate;
}

/** "2.800 – 3.400 € pro Monat" in the visitor's language, or undefined without figures. */
export function formatSalary(t: Texts<'jobList'>, salary: Job['salary']): string | undefined {
  if (!salary || (salary.min === undefined && salary.max === undefined)) return undefined;
  const money = (value: number) => new Intl.NumberFormat(t.locale, { style: 'currency', currency: salary.currency, maximumFractionDigits: value % 1 ? 2 : 0 }).format(value);
  const amount =
    salary.min !== undefined && salary.max !== undefined && salary.min !== salary.max
      ? `${money(salary.min)} – ${money(salary.max)}`
      : money((salary.min ?? salary.max)!);
  return `${amount} ${t.jobList.salaryPeriod[salary.period]}`;
}

/** The description's paragraphs: plain text from the API, split at blank lines, always rendered as text. */
function paragraphs(html: Kit['html'], text: string) {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => html`<p>${paragraph}</p>`);
}

/** The body of an opened job: facts, description and how to apply. Only http(s) and mailto links are rendered. */
export function renderJobDetails({ html, nothing, safeUrl, mailtoUrl, formatDate }: Kit, t: Texts<'jobList'>, job: Job, town: string) {
  const employerUrl = safeUrl(job.employer.url);
  const applyUrl = safeUrl(job.applyUrl);
  const applyEmail = mailtoUrl(job.applyEmail);
  const salary = formatSalary(t, job.salary);
  return html`
    <dl class="facts">
      <div>
        <dt>${t.jobList.employer}</dt>
        <dd>${employerUrl ? html`<a href=${employerUrl} target="_blank" rel="noopener noreferrer">${job.employer.name}</a>` : job.employer.name}</dd>
      </div>
      <div>
        <dt>${t.jobList.location}</dt>
        <dd>${[job.location.postalCode, job.location.city].filter(Boolean).join(' ')}${town && town !== job.location.city ? ` (${town})` : ''}</dd>
      </div>
      <div>
        <dt>${t.jobList.type}</dt>
        <dd>${t.jobList.employmentType[job.employmentType]}</dd>
      </div>
      ${salary ? html`<div><dt>${t.jobList.salary}</dt><dd>${salary}</dd></div>` : nothing}
      ${job.validThrough ? html`<div><dt>${t.jobList.validThrough}</dt><dd>${formatDate(t, job.validThrough)}</dd></div>` : nothing}
    </dl>
    <div class="description">${paragraphs(html, job.description)}</div>
    ${applyUrl || applyEmail
      ? html`<div class="apply">
          ${applyUrl
            ? html`<a part="apply-button" class="button primary" href=${applyUrl} target="_blank" rel="noopener noreferrer" aria-describedby="apply-hint">${t.jobList.applyOnline}</a>`
            : nothing}
          ${applyEmail ? html`<a part="apply-button" class="button ${applyUrl ? '' : 'primary'}" href=${applyEmail}>${t.jobList.applyByEmail}</a>` : nothing}
          ${applyUrl ? html`<span id="apply-hint" class="hint">${t.jobList.applyHint}</span>` : nothing}
        </div>`
      : nothing}
  `;
}
