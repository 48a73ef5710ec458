import { css, html, nothing } from 'lit';
import { isAbort } from '../core/api-errors.js';
import { regionTimeZone } from '../../domain/src/region-day.js';
import type { Category, Job, Partner } from '../core/types.js';
import type { AdminApi, Caller, JobStatus } from './admin-api.js';
import { RecordEditor } from './record-editor.js';
import type { ConfirmDialog } from './confirm-dialog.js';
import { describeAdminError, invalidFields } from './error-text.js';
import { browserErrors, focusFirstError } from './form-fields.js';
import { jobFromForm, newJobId, renderJobFields } from './job-form.js';

const pageSize = 20;
/** Milliseconds a person may pause typing before the search runs. */
const searchDelay = 300;

const statuses: readonly JobStatus[] = ['all', 'active', 'expired'];

/**
 * The stored jobs (the admin API's list, so expired ones too, marked as such), a page at a time, to edit, renew,
 * add or delete. A partner's office sees and writes only its own partner's jobs: the partner is fixed in the
 * filter and the form.
 */
export class JobsView extends RecordEditor<{ job: Partial<Job>; isNew: boolean }> {
  static override styles = [
    ...RecordEditor.styles,
    css`
      .expired-tag {
        display: inline-block;
        margin: 2px 0 0;
        padding: 0 6px;
        border: 1px solid var(--_color-error);
        border-radius: 4px;
        color: var(--_color-error);
        font-size: 0.85em;
        font-weight: 600;
      }
    `,
  ];

  static override properties = {
    ...RecordEditor.properties,
    api: { attribute: false },
    caller: { attribute: false },
    partners: { attribute: false },
    filter: { state: true },
    query: { state: true },
    jobStatus: { state: true },
    items: { state: true },
    total: { state: true },
    next: { state: true },
    categories: { state: true },
    loading: { state: true },
    problem: { state: true },
  };

  declare api: AdminApi;
  declare caller: Caller;
  declare partners: Partner[];
  declare private filter: string;
  declare private query: string;
  declare private jobStatus: JobStatus;
  /** The pages loaded so far; undefined before the first answer. */
  declare private items: Job[] | undefined;
  declare private total: number;
  declare private next: string | undefined;
  declare private categories: Category[];
  declare private loading: boolean;
  declare private problem: unknown;
  private controller: AbortController | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.partners = [];
    this.filter = '';
    this.query = '';
    this.jobStatus = 'all';
    this.total = 0;
    this.categories = [];
    this.loading = false;
  }

  private get ownPartner(): string | undefined {
    return this.caller?.role === 'partner' ? this.caller.partner : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load(false);
    this.api?.categories().then(
      (categories) => (this.categories = categories),
      () => undefined,
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    clearTimeout(this.searchTimer);
  }

  /** The first page for the filters (`more` false) or the following one. */
  private async load(more: boolean): Promise<void> {
    if (!this.api) return;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.loading = true;
    this.problem = undefined;
    try {
      // An office's token lists its own jobs without being told; a partner filter is the region's.
      const partner = this.ownPartner === undefined ? this.filter || undefined : undefined;
      const page = await this.api.jobs({ partner, status: this.jobStatus, q: this.query || undefined, limit: pageSize, cursor: more ? this.next : undefined }, controller.signal);
      this.items = more ? [...(this.items ?? []), ...page.items] : page.items;
      this.total = page.total;
      this.next = page.next;
    } catch (error) {
      if (isAbort(error)) return;
      this.problem = error;
    } finally {
      if (this.controller === controller) this.loading = false;
    }
  }

  private changeFilter(event: Event): void {
    this.filter = (event.target as HTMLSelectElement).value;
    void this.load(false);
  }

  private changeStatus(event: Event): void {
    this.jobStatus = (event.target as HTMLSelectElement).value as JobStatus;
    void this.load(false);
  }

  private typed(event: Event): void {
    this.query = (event.target as HTMLInputElement).value.trim();
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.load(false), searchDelay);
  }

  /** The next page below the ones shown; the focus moves to the first job it brought. */
  private async loadMore(): Promise<void> {
    const shown = this.items?.length ?? 0;
    await this.load(true);
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('button[data-id]')[shown]?.focus();
  }

  /** Past its `validThrough`: still stored, no longer shown to visitors. */
  private expired(job: Job): boolean {
    return job.validThrough !== undefined && Date.parse(job.validThrough) < Date.now();
  }

  /** A closing date is the region's day, wherever the editor is. */
  private day(value: string): string {
    return new Intl.DateTimeFormat(this.t.locale, { dateStyle: 'medium', timeZone: regionTimeZone }).format(new Date(value));
  }



  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const editing = this.editing!;
    this.errors = browserErrors(form, this.t);
    this.formProblem = '';
    if (Object.keys(this.errors).length) {
      this.formProblem = this.t.errorFields;
      await this.updateComplete;
      focusFirstError(this.renderRoot, this.errors);
      return;
    }
    const job = jobFromForm(form, editing.job, this.ownPartner);
    this.busy = true;
    try {
      await this.api.saveJob(job);
      await this.load(false);
      await this.backToList(this.t.jobSaved(job.title));
    } catch (error) {
      this.errors = invalidFields(error);
      this.formProblem = describeAdminError(this.t, error);
      await this.updateComplete;
      focusFirstError(this.renderRoot, this.errors);
    } finally {
      this.busy = false;
    }
  }


  private async confirmDelete(job: Job): Promise<void> {
    const confirmed = await this.renderRoot.querySelector<ConfirmDialog>('wr-admin-confirm')!.ask({ question: this.t.confirmDeleteJob(job.title), confirm: this.t.delete });
    if (!confirmed) return;
    this.busy = true;
    try {
      await this.api.deleteJob(job.id);
      this.items = this.items?.filter((item) => item.id !== job.id);
      this.total = Math.max(0, this.total - 1);
      this.status = this.t.jobDeleted(job.title);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#list-heading')?.focus();
    } catch (error) {
      this.status = describeAdminError(this.t, error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<p class="status" role="status">${this.status}</p>
      ${this.editing ? this.renderForm(this.editing) : this.renderList()}
      <wr-admin-confirm></wr-admin-confirm>`;
  }

  private renderList() {
    const t = this.t;
    const items = this.items;
    return html`<div class="toolbar">
        ${this.ownPartner
          ? nothing
          : html`<div class="field">
              <label for="partner">${t.partnerFilter}</label>
              <select id="partner" class="text-field" @change=${this.changeFilter}>
                <option value="" ?selected=${this.filter === ''}>${t.all}</option>
                ${this.partners.map((partner) => html`<option value=${partner.id} ?selected=${this.filter === partner.id}>${partner.name}</option>`)}
              </select>
            </div>`}
        <div class="field">
          <label for="status">${t.statusFilter}</label>
          <select id="status" class="text-field" @change=${this.changeStatus}>
            ${statuses.map((status) => html`<option value=${status} ?selected=${this.jobStatus === status}>${t.jobStatuses[status]}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="q">${t.searchJobs}</label>
          <input id="q" class="text-field" type="search" .value=${this.query} @input=${this.typed} />
        </div>
        <button type="button" id="new" class="button primary" @click=${() => this.openEditor({ job: { id: newJobId(), partner: this.ownPartner }, isNew: true }, '#new')}>${t.newJob}</button>
      </div>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading" tabindex="-1">${t.jobList}</h2>
        <p class="muted">${t.jobsNote}</p>
        ${this.problem && !items?.length
          ? html`<div class="problem" role="alert"><p>${describeAdminError(t, this.problem)}</p><button type="button" class="button" @click=${() => this.load(false)}>${t.retry}</button></div>`
          : !items
            ? html`<p class="notice" role="status">${t.loading}</p>`
            : items.length === 0
              ? html`<p class="notice">${t.noJobs}</p>`
              : html`<p class="muted" id="job-count">${t.jobCount(items.length, this.total)}</p>
                  <ul class="records" aria-busy=${this.loading ? 'true' : 'false'}>
                    ${items.map((job) => this.renderJob(job))}
                  </ul>
                  ${this.problem ? html`<div class="problem" role="alert"><p>${describeAdminError(t, this.problem)}</p><button type="button" class="button" @click=${() => this.loadMore()}>${t.retry}</button></div>` : nothing}
                  ${this.next && !this.problem ? html`<button type="button" id="more" class="button" ?disabled=${this.loading} @click=${() => this.loadMore()}>${this.loading ? t.loading : t.loadMore}</button>` : nothing}`}
      </section>`;
  }

  private renderJob(job: Job) {
    const t = this.t;
    const partner = this.partners.find((candidate) => candidate.id === job.partner)?.name ?? job.partner;
    const mayWrite = !this.ownPartner || job.partner === this.ownPartner;
    const expired = this.expired(job) ? t.expiredSince(this.day(job.validThrough!)) : undefined;
    // The buttons' names carry the expiry too, so someone tabbing through the actions hears which job is which.
    const name = expired ? `${job.title}, ${expired}` : job.title;
    return html`<li class="record ${expired ? 'expired' : ''}">
      <div class="record-text">
        <p class="record-title">${job.title}</p>
        <p class="record-meta">${job.employer.name} · ${job.location.city} (${partner}) · ${t.employmentTypes[job.employmentType] ?? job.employmentType}</p>
        ${expired ? html`<p class="expired-tag">${expired}</p>` : nothing}
      </div>
      ${mayWrite
        ? html`<div class="record-actions">
            <button type="button" class="button" data-id=${job.id} aria-label="${t.edit}: ${name}" @click=${() => this.openEditor({ job, isNew: false }, `button[data-id="${CSS.escape(job.id)}"]`)}>${t.edit}</button>
            <button type="button" class="button danger" aria-label="${t.delete}: ${name}" ?disabled=${this.busy} @click=${() => this.confirmDelete(job)}>${t.delete}</button>
          </div>`
        : nothing}
    </li>`;
  }

  private renderForm({ job, isNew }: { job: Partial<Job>; isNew: boolean }) {
    const t = this.t;
    return html`<form class="panel" @submit=${this.save} novalidate aria-labelledby="form-heading">
      <h2 id="form-heading" tabindex="-1">${isNew ? t.newJob : t.editJob(job.title ?? '')}</h2>
      ${this.formProblem ? html`<div id="form-problem" class="problem" role="alert" tabindex="-1"><p>${this.formProblem}</p></div>` : nothing}
      ${renderJobFields(job, { t, lang: this.locale.lang, partners: this.partners, categories: this.categories, fixedPartner: this.ownPartner, errors: this.errors, isNew })}
      <div class="actions">
        <button class="button primary" ?disabled=${this.busy}>${this.busy ? t.saving : t.save}</button>
        <button type="button" class="button" @click=${() => this.backToList()}>${t.back}</button>
      </div>
    </form>`;
  }
}
