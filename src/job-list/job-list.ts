import { html, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ApiClient } from '../core/api-client.js';
import type { LocaleController } from '../core/i18n/localize.js';
import { jobListTexts } from './i18n/index.js';
import { HttpError } from '../core/api-errors.js';
import { ApiTask, ERROR, PENDING } from '../core/api-task.js';
import { controlStyles } from '../core/controls.styles.js';
import { describeError } from '../core/error-text.js';
import { JobSelectEvent } from '../core/events/job-select.js';
import { formatDate, formatRelativeTime } from '../core/i18n/format.js';
import type { Texts } from '../core/i18n/translation.js';
import { PartnerSelectionController } from '../core/partner-selection.js';
import { mailtoUrl, safeUrl } from '../core/safe-url.js';
import { employmentTypes, type Category, type EmploymentType, type Job, type JobPage, type JobSort, type JobSuggestion, type Partner } from '../core/types.js';
import { readCategories, readJob, readJobPage, readPartners } from '../core/validate.js';
import { defaultHeadingLevel, headingLevelProperty } from '../core/heading-level.js';
import { retryableImport } from '../core/lazy-import.js';
import { WrElement } from '../core/wr-element.js';
import { jobListStyles } from './job-list.styles.js';
import { renderPagination } from './pagination.js';
import { renderSuggestions } from './suggestion-list.js';
import type { SuggestionsController } from './suggestions.js';
import { emptyState, hasWords, jobUrl, readState, writeState, type JobListState } from './url-state.js';

type Filter = 'q' | 'partner' | 'category' | 'type';
const allFilters: readonly Filter[] = ['q', 'partner', 'category', 'type'];
const sorts: readonly JobSort[] = ['relevance', 'newest'];

/** Milliseconds a visitor may pause typing before the search runs. */
const searchDelay = 300;

/** The dialog's body and the search suggestions: chunks of their own, loaded on first use, retried after a failure. */
const loadJobDetails = retryableImport(() => import('./job-details.js'));
const loadSuggestions = retryableImport(() => import('./suggestions.js'));

/**
 * The regional job list: search, filters with counts, pages, a job opened in a dialog with how to apply.
 *
 * @tag wr-job-list
 * @summary Regional job openings a visitor can search, filter, open and apply from.
 *
 * @attr lang - Language of the widget (`de`, `en`); by default the page's.
 * @attr {number} heading-level - Level (2–6) of the widget's headings, to fit the page's outline: the jobs' titles in the list and the opened job's title. Default 3.
 *
 * @fires {JobSelectEvent} wr-job-select - A job was opened (`detail.job`) or closed (`detail.job` is null).
 *
 * @csspart filters - The search form with its fields.
 * @csspart suggestions - The list of suggestions under the search field while the visitor types.
 * @csspart suggestion - One suggestion in that list; the typed part is in `<b>`.
 * @csspart summary - The line with the number of results.
 * @csspart sort - The order choice (best match, newest first) beside the number of results, shown while there are words.
 * @csspart hints - What an empty result offers instead: the respelled words, a filter lifted; a button each.
 * @csspart list - The list of jobs.
 * @csspart item - One job in the list.
 * @csspart title - The link of a job's title.
 * @csspart pagination - The page navigation.
 * @csspart details - The dialog of an opened job.
 * @csspart apply-button - The links to apply online or by e-mail.
 *
 * @cssprop [--wr-job-list-accent=var(--wr-color-primary)] - Links, the active page and buttons.
 * @cssprop [--wr-job-list-item-background=var(--wr-color-surface)] - Background of a job in the list.
 * @cssprop [--wr-job-list-item-border=var(--wr-color-border)] - Border of a job in the list.
 * @cssprop [--wr-job-list-min-height=calc(12.5rem + 7rem × page-size)] - Height held on the page before the widget's file has run (with the loader), so the page's content does not move; the default fits all filters on a wide column (17.5rem and 27.5rem + 8.2rem a row on narrower screens). Set it when your layout differs.
 */
export class JobList extends WrElement {
  static override styles = [...WrElement.styles, controlStyles, jobListStyles];

  static override texts = jobListTexts;
  protected declare readonly locale: LocaleController<'jobList'>;

  static override properties = {
    partner: { type: String },
    category: { type: String },
    type: { type: String },
    query: { type: String },
    pageSize: { type: Number, attribute: 'page-size' },
    headingLevel: headingLevelProperty,
    filters: { type: String },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    view: { state: true },
    searchText: { state: true },
    details: { state: true },
  };

  /** Partner id or comma list the list is fixed to (a district includes its towns); the visitor cannot change it. */
  declare partner: string | undefined;
  /** Category id selected at first; the visitor can change it. */
  declare category: string | undefined;
  /** Kind of employment selected at first (`full-time`, `part-time`, `apprenticeship`, `internship`, `mini-job`). */
  declare type: string | undefined;
  /** Search words at first; the visitor can change them. */
  declare query: string | undefined;
  /** Jobs per page, 1 to 100. */
  declare pageSize: number;
  /** Level (2–6) of the jobs' titles, to fit the page's outline; 3 by default. */
  declare headingLevel: number | undefined;
  /**
   * Which filters the visitor sees: space-separated among `q partner category type`, or `none`.
   * @default 'q partner category type'
   */
  declare filters: string;
  /** Keep words, filters, order, page and the open job in the page's URL (`wr-q`, `wr-partner`, `wr-sort`, … `wr-job`). */
  declare syncUrl: boolean;
  /** While a job is open (with `sync-url`), put its JSON-LD JobPosting into the page for Google for Jobs. */
  declare structuredData: boolean;

  declare private view: JobListState;
  declare private searchText: string;
  /** The dialog's body and the JobPosting, a chunk of their own loaded when a job is first opened; the Error when that failed. */
  declare private details: typeof import('./job-details.js') | Error | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** The page shown last: it stays on screen when a later request fails. */
  private shownPage: JobPage | undefined;
  /** The title link that opened the dialog, to return focus there. */
  private opener: HTMLElement | undefined;
  /** The job the page was last told about with `wr-job-select`, so each opening and closing is told once. */
  private announced: Job | null = null;
  private initialised = false;

  constructor() {
    super();
    this.pageSize = 10;
    this.filters = allFilters.join(' ');
    this.syncUrl = false;
    this.structuredData = false;
    this.view = emptyState;
    this.searchText = '';
    new PartnerSelectionController(this, (partner, category) => {
      if (this.partner) return;
      // A finder's choice brings the visitor's field along; a map's leaves the field filter as it is.
      const field = category === undefined || !this.visibleFilters.has('category') ? {} : { category };
      this.commit({ partner: partner ? [partner.id] : [], ...field, page: 1, job: '' }, 'push');
    });
  }

  private readonly lookups = new ApiTask(this, {
    task: async ([base], { signal }) => {
      const client = ApiClient.for(base);
      const [partners, categories] = await Promise.all([
        client.get('/partners', {}, readPartners, { signal }),
        client.get('/categories', {}, readCategories, { signal }),
      ]);
      return { partners, categories };
    },
    args: () => [this.apiBase] as const,
  });

  private readonly jobs = new ApiTask(this, {
    task: async ([base, q, partner, category, type, sort, page, pageSize], { signal }) => {
      const result = await ApiClient.for(base).get('/jobs', { q, partner, category, type, sort, page, pageSize }, readJobPage, { signal });
      this.shownPage = result;
      return result;
    },
    args: () => [this.apiBase, this.view.q.trim(), this.partnerFilter.join(','), this.view.category, this.view.type, this.sortParam, this.view.page, this.clampedPageSize] as const,
  });

  /** The suggestions' logic, a chunk fetched when the search field first takes focus (or the visitor types). */
  private suggestions: SuggestionsController | undefined;
  private suggestionsLoading: Promise<SuggestionsController | undefined> | undefined;

  private readonly openJob = new ApiTask(this, {
    task: async ([base, id], { signal }): Promise<Job | null> => {
      if (!id) return null;
      if (!this.detailsModule) void this.loadDetails();
      return this.shownPage?.items.find((job) => job.id === id) ?? ApiClient.for(base).get(`/jobs/${encodeURIComponent(id)}`, {}, readJob, { signal });
    },
    args: () => [this.apiBase, this.view.job] as const,
    onComplete: (job) => this.announce(job),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.initialised) {
      this.initialised = true;
      this.view = {
        ...emptyState,
        q: this.query ?? '',
        category: this.category ?? '',
        type: employmentTypes.includes(this.type as EmploymentType) ? (this.type as EmploymentType) : '',
      };
      if (this.syncUrl) this.view = { ...this.view, ...this.fromUrl() };
      this.searchText = this.view.q;
    }
    if (this.syncUrl) window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.searchTimer);
    this.detailsModule?.removeJobPosting(this);
  }

  private get detailsModule() {
    return this.details instanceof Error ? undefined : this.details;
  }

  private async loadDetails(): Promise<void> {
    this.details = undefined;
    try {
      this.details = await loadJobDetails();
    } catch (error) {
      this.details = error as Error;
    }
  }

  /** Fetches the suggestions' chunk once; when that fails, the search works without them and the next focus tries again. */
  private loadSuggestions(): Promise<SuggestionsController | undefined> {
    this.suggestionsLoading ??= loadSuggestions().then(
      ({ SuggestionsController }) => (this.suggestions = new SuggestionsController(this, () => this.apiBase)),
      () => (this.suggestionsLoading = undefined),
    );
    return this.suggestionsLoading;
  }

  /** Asks for suggestions to the typed words, once the chunk is there if it is not yet. */
  private suggest(typed: string, wait?: number): void {
    if (this.suggestions) return this.suggestions.ask(typed, wait);
    void this.loadSuggestions().then((suggestions) => {
      if (this.searchText === typed) suggestions?.ask(typed, wait);
    });
  }

  private readonly onPopState = () => {
    this.view = this.fromUrl();
    this.searchText = this.view.q;
    this.suggestions?.close();
  };

  /** The URL's state, except filters the webmaster fixed or hid. */
  private fromUrl(): JobListState {
    const state = readState(new URL(location.href));
    return this.partner ? { ...state, partner: [] } : state;
  }

  private get visibleFilters(): Set<Filter> {
    const words = (this.filters ?? '').split(/\s+/).filter(Boolean);
    return new Set(words.includes('none') ? [] : allFilters.filter((filter) => words.includes(filter)));
  }

  /** The filters the visitor can change: those shown, without the partner the webmaster fixed. */
  private get offeredFilters(): Set<Filter> {
    const visible = this.visibleFilters;
    if (this.partner) visible.delete('partner');
    return visible;
  }

  /** The order to ask for: only newest needs saying, and only with words (without, newest is the only order). */
  private get sortParam(): JobSort | undefined {
    return this.view.sort === 'newest' && hasWords(this.view.q) ? 'newest' : undefined;
  }

  private get partnerFilter(): string[] {
    return this.partner ? this.partner.split(',').map((id) => id.trim()).filter(Boolean) : this.view.partner;
  }

  private get clampedPageSize(): number {
    return Math.min(100, Math.max(1, Math.round(Number(this.pageSize) || 10)));
  }

  /** Changes the state; with `sync-url` the page's URL follows (typing replaces the entry, the rest pushes one). */
  private commit(changes: Partial<JobListState>, history: 'push' | 'replace'): void {
    this.view = { ...this.view, ...changes };
    if (!this.syncUrl) return;
    const url = writeState(new URL(location.href), this.view);
    if (url.href === location.href) return;
    if (history === 'push') window.history.pushState(window.history.state, '', url);
    else window.history.replaceState(window.history.state, '', url);
  }

  private onSearchInput(event: InputEvent): void {
    this.searchText = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.commit({ q: this.searchText, page: 1 }, 'replace'), searchDelay);
    this.suggest(this.searchText);
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    // Before the chunk has come, an arrow key asks at once, as it does on a closed list.
    if (!this.suggestions) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') this.suggest((event.target as HTMLInputElement).value, 0);
      return;
    }
    const taken = this.suggestions.keydown(event);
    if (taken) this.takeSuggestion(taken);
  }

  /** Tab, a click elsewhere: the list closes (a press on the list itself keeps focus in the field). */
  private onSearchBlur(): void {
    this.suggestions?.close();
  }

  /** A suggestion taken by Enter, click or touch: its words go into the field and the search runs at once. */
  private takeSuggestion(suggestion: JobSuggestion): void {
    this.suggestions?.close();
    clearTimeout(this.searchTimer);
    this.searchText = suggestion.text;
    this.commit({ q: suggestion.text, page: 1 }, 'replace');
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.suggestions?.close();
    clearTimeout(this.searchTimer);
    this.commit({ q: this.searchText, page: 1 }, 'replace');
  }

  /** A new order searches the words in the field now, as Enter would. */
  private onSortChange(event: Event): void {
    const sort = (event.target as HTMLSelectElement).value === 'newest' ? 'newest' : 'relevance';
    clearTimeout(this.searchTimer);
    this.commit({ q: this.searchText, sort, page: 1, job: '' }, 'push');
  }

  private resetFilters(): void {
    this.applyChange({ q: '', partner: [], category: '', type: '', sort: 'relevance' });
  }

  /** Reset and the empty result's hints: a new search, with focus on the line that says what it found. */
  private applyChange(changes: Partial<JobListState>): void {
    clearTimeout(this.searchTimer);
    this.suggestions?.close();
    if (changes.q !== undefined) this.searchText = changes.q;
    this.commit({ ...changes, page: 1, job: '' }, 'push');
    this.renderRoot.querySelector<HTMLElement>('#summary')?.focus();
  }

  private goToPage(page: number): void {
    this.commit({ page, job: '' }, 'push');
    const summary = this.renderRoot.querySelector<HTMLElement>('#summary');
    summary?.focus();
    summary?.scrollIntoView({ block: 'nearest' });
  }

  private onTitleClick(event: MouseEvent, job: Job): void {
    // Let the browser handle a new tab or window; open in place on a plain click.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.opener = event.currentTarget as HTMLElement;
    this.commit({ job: job.id }, 'push');
  }

  private closeJob(): void {
    if (!this.view.job) return;
    this.commit({ job: '' }, 'push');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Each select shows the state's value (`data-value`) after every render: back and forward change it under
    // a select the visitor has used, whose `selected` attributes Firefox then ignores, and options that arrive
    // later (the partners) must not leave it on "any", which WebKit sometimes did.
    for (const select of this.renderRoot.querySelectorAll<HTMLSelectElement>('select[data-value]')) {
      if (select.value !== select.dataset.value) select.value = select.dataset.value!;
    }
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return;
    if (this.view.job && !dialog.open) {
      dialog.showModal();
    } else if (!this.view.job && dialog.open) {
      dialog.close();
    }
    this.updateJobPosting();
  }

  /** Called when the dialog closed, by Escape, its button or the page going back. */
  private onDialogClose(): void {
    const wasOpen = this.view.job;
    this.closeJob();
    this.announce(null);
    const opener = this.opener?.isConnected ? this.opener : this.renderRoot.querySelector<HTMLElement>(`[data-job="${CSS.escape(wasOpen)}"]`);
    (opener ?? this.renderRoot.querySelector<HTMLElement>('#summary'))?.focus();
    this.opener = undefined;
  }

  private announce(job: Job | null): void {
    if ((job?.id ?? null) === (this.announced?.id ?? null)) return;
    this.announced = job;
    this.dispatchEvent(new JobSelectEvent(job));
  }

  private updateJobPosting(): void {
    const job = this.view.job ? this.openJob.value : null;
    const details = this.detailsModule;
    if (!details) return;
    if (this.structuredData && this.syncUrl && job && job.id === this.view.job) {
      const partner = this.lookups.value?.partners.find((candidate) => candidate.id === job.partner);
      details.showJobPosting(this, details.jobPosting(job, partner));
    } else {
      details.removeJobPosting(this);
    }
  }

  override render() {
    const t = this.locale.t;
    const page = this.jobs.value ?? this.shownPage;
    return html`
      <section aria-label=${t.jobList.label}>
        ${this.renderFilters(page)}
        <div class="results-head">
          <p id="summary" part="summary" class="summary" tabindex="-1" role="status" aria-live="polite" aria-atomic="true">
            ${this.jobs.status === PENDING && this.jobs.slow
              ? // In the line that is there anyway, so nothing below moves.
                t.stillLoading
              : page
                ? // Each answer writes the line anew, so a screen reader says it even when the words are the same
                  // (another order, or the same count after new filters).
                  keyed(page, t.jobList.resultsFor(page.total, page.page, Math.max(1, Math.ceil(page.total / page.pageSize))))
                : nothing}
          </p>
          ${this.renderSort(page)}
        </div>
        ${this.renderProblem(page)}
        ${this.renderList(page)}
        ${page
          ? renderPagination(t, page, (target) => this.goToPage(target))
          : // Holds the pagination's place while the first page loads, so nothing below moves when it comes.
            this.jobs.status === PENDING
            ? html`<div class="pagination reserve" aria-hidden="true"></div>`
            : nothing}
        ${this.renderDialog()}
      </section>
    `;
  }

  private renderFilters(page: JobPage | undefined) {
    const t = this.locale.t;
    const visible = this.offeredFilters;
    if (visible.size === 0) return nothing;
    const facets = page?.facets;
    const typeCounts: Record<string, number> = facets?.employmentType ?? {};
    const partners = this.lookups.value?.partners ?? [];
    const categories = this.lookups.value?.categories ?? [];
    return html`
      <form part="filters" class="filters" role="search" aria-label=${t.jobList.filters} @submit=${this.onSubmit}>
        ${visible.has('q')
          ? html`<div class="field search">
              <label for="q">${t.jobList.search}</label>
              <input id="q" class="text-field" type="search" name="q" maxlength="200" autocomplete="off" enterkeyhint="search"
                role="combobox" aria-autocomplete="list" aria-controls="suggestions" aria-expanded=${this.suggestions?.open ? 'true' : 'false'}
                aria-activedescendant=${this.suggestions && this.suggestions.active >= 0 ? `suggestion-${this.suggestions.active}` : nothing}
                placeholder=${t.jobList.searchHint} .value=${this.searchText} @input=${this.onSearchInput} @keydown=${this.onSearchKeydown}
                @focus=${this.loadSuggestions} @blur=${this.onSearchBlur} />
              ${renderSuggestions(t, this.suggestions, (suggestion) => this.takeSuggestion(suggestion))}
            </div>`
          : nothing}
        ${visible.has('partner')
          ? this.renderSelect('partner', t.jobList.partner, this.view.partner[0] ?? '', partnerOptions(t, partners, facets?.partner), (value) =>
              this.commit({ partner: value ? [value] : [], page: 1 }, 'push'),
            )
          : nothing}
        ${visible.has('category')
          ? this.renderSelect('category', t.jobList.category, this.view.category, categoryOptions(t, categories, facets?.category, this.locale.lang), (value) =>
              this.commit({ category: value, page: 1 }, 'push'),
            )
          : nothing}
        ${visible.has('type')
          ? this.renderSelect(
              'type',
              t.jobList.type,
              this.view.type,
              Object.keys(typeCounts)
                .concat(this.view.type && !(this.view.type in typeCounts) ? [this.view.type] : [])
                .map((type) => ({ value: type, label: t.jobList.option(t.jobList.employmentType[type as EmploymentType] ?? type, typeCounts[type] ?? 0) })),
              (value) => this.commit({ type: value as JobListState['type'], page: 1 }, 'push'),
            )
          : nothing}
      </form>
    `;
  }

  /**
   * The order, beside the number of results: only with words, as without them the newest always come first, and
   * not over an empty result, which has nothing to order.
   */
  private renderSort(page: JobPage | undefined) {
    if (!this.offeredFilters.has('q') || !hasWords(this.view.q) || page?.total === 0) return nothing;
    const t = this.locale.t;
    return html`<div part="sort" class="sort">
      <label for="sort">${t.jobList.sort}</label>
      <select id="sort" class="text-field" data-value=${this.view.sort} @change=${this.onSortChange}>
        ${sorts.map((sort) => html`<option value=${sort} ?selected=${sort === this.view.sort}>${t.jobList.sorts[sort]}</option>`)}
      </select>
    </div>`;
  }

  private renderSelect(id: string, label: string, value: string, options: Option[], choose: (value: string) => void) {
    const t = this.locale.t;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} class="text-field" data-value=${value} @change=${(event: Event) => choose((event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value}>${t.jobList.any}</option>
        ${options.map((option) => html`<option value=${option.value} ?selected=${option.value === value}>${option.label}</option>`)}
      </select>
    </div>`;
  }

  private renderProblem(page: JobPage | undefined) {
    const t = this.locale.t;
    if (this.jobs.status !== ERROR) return nothing;
    return html`<div class="problem" role="alert">
      <p>${page ? `${t.jobList.partialError} ` : ''}${describeError(t, this.jobs.error)}</p>
      <button type="button" class="button" @click=${() => this.jobs.run()}>${t.retry}</button>
    </div>`;
  }

  private renderList(page: JobPage | undefined) {
    const t = this.locale.t;
    if (this.jobs.status === PENDING && !page) {
      return html`<ol part="list" class="list" aria-busy="true" aria-label=${t.loading}>
        ${Array.from({ length: this.clampedPageSize }, () => html`<li class="item placeholder" aria-hidden="true">
          <div class="title"><span>&nbsp;</span><span>&nbsp;</span></div><p class="employer"><span>&nbsp;</span></p><p class="meta"><span>&nbsp;</span></p>
        </li>`)}
      </ol>`;
    }
    if (!page) return nothing;
    if (page.items.length === 0) {
      return html`<div class="empty">
        <p><strong>${t.jobList.empty}</strong></p>
        <p>${t.jobList.emptyHint}</p>
        ${this.renderHints(page)}
        <button type="button" class="button" @click=${this.resetFilters}>${t.jobList.resetFilters}</button>
      </div>`;
    }
    const here = new URL(location.href);
    const now = new Date();
    return html`<ol part="list" class="list" aria-busy=${this.jobs.status === PENDING ? 'true' : 'false'}>
      ${page.items.map(
        (job) => html`<li part="item" class="item">
          <div class="title" role="heading" aria-level=${this.headingLevel ?? defaultHeadingLevel}>
            <a part="title" data-job=${job.id} href=${jobUrl(here, this.view, job.id)} @click=${(event: MouseEvent) => this.onTitleClick(event, job)}>${job.title}</a>
          </div>
          <p class="employer">${job.employer.name}</p>
          <p class="meta">
            <span>${job.location.city}</span>
            <span>${t.jobList.employmentType[job.employmentType]}</span>
            <span><time datetime=${job.publishedAt}>${t.jobList.published(formatRelativeTime(t, job.publishedAt, now))}</time></span>
          </p>
        </li>`,
      )}
    </ol>`;
  }

  /**
   * No dead end: the API's hints as buttons, each a search that finds jobs. Only what the visitor may change: not
   * the words or a filter the webmaster hid, not the partner the webmaster fixed.
   */
  private renderHints(page: JobPage) {
    const t = this.locale.t;
    const offered = this.offeredFilters;
    const { didYouMean, withoutFilters = [] } = (page.total === 0 && page.hints) || {};
    const isSet = { partner: this.view.partner.length > 0, category: this.view.category !== '', type: this.view.type !== '' };
    const lifted: Record<Exclude<Filter, 'q'>, Partial<JobListState>> = { partner: { partner: [] }, category: { category: '' }, type: { type: '' } };
    // The respelled words are the likeliest way on, so theirs is the primary button.
    const hints: { text: string; change: Partial<JobListState>; primary?: boolean }[] = [
      ...(didYouMean && offered.has('q') ? [{ text: t.jobList.didYouMean(didYouMean.q, didYouMean.total), change: { q: didYouMean.q }, primary: true }] : []),
      ...withoutFilters
        .filter(({ filter }) => offered.has(filter) && isSet[filter])
        .map(({ filter, total }) => ({ text: t.jobList.withoutFilter[filter](total), change: lifted[filter] })),
    ];
    if (hints.length === 0) return nothing;
    return html`<ul part="hints" class="hints" role="list">
      ${hints.map(
        ({ text, change, primary }) =>
          html`<li><button type="button" class="button ${primary ? 'primary' : ''}" @click=${() => this.applyChange(change)}>${text}</button></li>`,
      )}
    </ul>`;
  }

  private renderDialog() {
    const t = this.locale.t;
    const job = this.openJob.value;
    return html`<dialog part="details" class="details" aria-labelledby="details-title" closedby="any" @close=${this.onDialogClose}>
      <div class="details-head">
        <div id="details-title" class="details-title" role="heading" aria-level=${this.headingLevel ?? defaultHeadingLevel}>${this.view.job && job ? job.title : this.openJob.status === ERROR ? t.jobList.gone : t.loading}</div>
        <button type="button" class="icon-button" aria-label=${t.jobList.close} @click=${this.closeJob}>×</button>
      </div>
      <div class="details-body">
        ${this.view.job
          ? this.openJob.render({
              pending: () => html`<p class="placeholder-text">${this.openJob.slow ? t.stillLoading : t.loading}</p>`,
              complete: (opened) =>
                !opened
                  ? nothing
                  : this.details instanceof Error
                    ? html`<p role="alert">${t.errorNetwork}</p>
                        <button type="button" class="button" @click=${this.loadDetails}>${t.retry}</button>`
                    : this.details
                      ? this.details.renderJobDetails({ html, nothing, safeUrl, mailtoUrl, formatDate }, t, opened, this.partnerName(opened.partner))
                      : html`<p class="placeholder-text">${t.loading}</p>`,
              error: (error) =>
                error instanceof HttpError && (error.status === 404 || error.status === 410)
                  ? html`<p>${t.jobList.goneHint}</p>
                      <button type="button" class="button primary" @click=${this.closeJob}>${t.jobList.backToList}</button>`
                  : html`<p role="alert">${describeError(t, error)}</p>
                      <button type="button" class="button" @click=${() => this.openJob.run()}>${t.retry}</button>`,
            })
          : nothing}
      </div>
    </dialog>`;
  }

  private partnerName(id: string): string {
    return this.lookups.value?.partners.find((partner) => partner.id === id)?.name ?? '';
  }
}

interface Option {
  value: string;
  label: string;
}

/** Partners by name; a district is offered as a whole, its count including its towns. */
function partnerOptions(t: Texts<'jobList'>, partners: Partner[], counts: Record<string, number> | undefined): Option[] {
  return [...partners]
    .sort((a, b) => a.name.localeCompare(b.name, t.locale))
    .map((partner) => ({
      value: partner.id,
      label: t.jobList.option(partner.kind === 'district' ? t.jobList.wholeDistrict(partner.name) : partner.name, counts ? (counts[partner.id] ?? 0) : undefined),
    }));
}

function categoryOptions(t: Texts<'jobList'>, categories: Category[], counts: Record<string, number> | undefined, lang: 'de' | 'en'): Option[] {
  return categories
    .map((category) => ({ value: category.id, name: category.name[lang] ?? category.name.de }))
    .sort((a, b) => a.name.localeCompare(b.name, t.locale))
    .map(({ value, name }) => ({ value, label: t.jobList.option(name, counts ? (counts[value] ?? 0) : undefined) }));
}
