import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { ApiClient } from '../core/api-client.js';
import type { LocaleController } from '../core/i18n/localize.js';
import { commuteFinderTexts } from './i18n/index.js';
import { MissingApiError } from '../core/api-errors.js';
import { ApiTask, ERROR, PENDING } from '../core/api-task.js';
import { controlStyles } from '../core/controls.styles.js';
import { describeError } from '../core/error-text.js';
import { PartnerSelectEvent } from '../core/events/partner-select.js';
import { PartnerSelectionController } from '../core/partner-selection.js';
import { safeUrl } from '../core/safe-url.js';
import type { Category, Commute, Partner } from '../core/types.js';
import { readCategories, readCommutes, readJobPage, readPartners } from '../core/validate.js';
import { defaultHeadingLevel, headingLevelProperty, innerLevel } from '../core/heading-level.js';
import { WrElement } from '../core/wr-element.js';
import { commuteFinderStyles } from './commute-finder.styles.js';
import { maxSteps, rank, relax, type Fit, type Relaxation, type Wishes } from './ranking.js';
import { cleanState, readState, writeState, type FinderState } from './url-state.js';

interface Loaded {
  partners: Partner[];
  commutes: Commute[];
  categories: Category[];
  /** Jobs per partner of every field: the `partner` facet of `/jobs` without filters. */
  counts: Record<string, number>;
  /** Jobs per field, for the field's options. */
  fields: Record<string, number>;
}

/**
 * "Live here, work there": the partner towns that fit a visitor's wishes, ranked, with the reasons in words. It
 * answers both ways round: where to live for a workplace (or anywhere in the region), and where to work from a
 * home. Minutes come from `/commutes` (the longer of the two ways counts); job counts from the `partner` facet of
 * one `/jobs` query per field. A district counts with the jobs outside its partner towns, as its minutes are its
 * seat's. A town whose minutes are unknown is named apart, not ranked.
 *
 * @tag wr-commute-finder
 * @summary The partner towns that fit where a visitor works or lives, how they travel and how long the way may take.
 *
 * @attr lang - Language of the widget (`de`, `en`); by default the page's.
 * @attr {number} heading-level - Level (2–6) of the widget's headings, to fit the page's outline: the line with the results; the towns' names one deeper. Default 3.
 *
 * @fires {PartnerSelectEvent} wr-partner-select - A town was chosen (`detail.partner`, with the field as `detail.category`) or the choice cleared (null).
 *
 * @csspart form - The form with the wishes.
 * @csspart summary - The results heading with the number of fitting places; focus moves here after "show".
 * @csspart list - The ranked list of places.
 * @csspart item - One place in the list.
 * @csspart reasons - The line that says why a place fits.
 * @csspart relax - What to relax when nothing fits, with a button per wish.
 *
 * @cssprop --wr-commute-finder-accent - Links, buttons and the chosen place; defaults to `--wr-color-primary`.
 * @cssprop --wr-commute-finder-background - Background of the form and the places; defaults to `--wr-color-surface`.
 * @cssprop --wr-commute-finder-border - Borders of the form and the places; defaults to `--wr-color-border`.
 * @cssprop [--wr-commute-finder-min-height=15rem] - Height held on the page before the widget's file has run (with the loader), so the page's content does not move.
 */
export class CommuteFinder extends WrElement {
  static override styles = [...WrElement.styles, controlStyles, commuteFinderStyles];

  static override texts = commuteFinderTexts;
  protected declare readonly locale: LocaleController<'commuteFinder'>;

  static override properties = {
    work: { type: String },
    live: { type: String },
    by: { type: String },
    max: { type: Number },
    headingLevel: headingLevelProperty,
    kind: { type: String },
    field: { type: String },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    jobsUrl: { type: String, attribute: 'jobs-url' },
    view: { state: true },
    chosen: { state: true },
  };

  /** Partner id of the workplace at first (else anywhere in the region); the visitor can change it. */
  declare work: string | undefined;
  /** Partner id of the home at first: asks the reversed question, where to work from there. */
  declare live: string | undefined;
  /** How the visitor travels at first: `train`, `car` or `any` (the default). */
  declare by: string | undefined;
  /** Longest way in minutes, each direction, at first (5 to 240; 45 by default). */
  declare max: number | undefined;
  /** Level (2–6) of the line with the results, to fit the page's outline; 3 by default (the towns one deeper). */
  declare headingLevel: number | undefined;
  /** Kind of place to live in at first: `city`, `town` (a district counts as a town), or any. */
  declare kind: string | undefined;
  /** Category id of the visitor's field at first; jobs are then counted in that field only. */
  declare field: string | undefined;
  /** Keep the wishes in the page's URL (`wr-work`, `wr-live`, `wr-by`, `wr-max`, `wr-kind`, `wr-field`). */
  declare syncUrl: boolean;
  /** Where "Jobs in …" leads, with `{id}` for the partner and `{field}` for the category (`/jobs.html?wr-partner={id}&wr-category={field}`); else focus moves to the job list on the page. */
  declare jobsUrl: string | undefined;

  declare private view: FinderState;
  declare private chosen: string;
  /** The wishes from the attributes, for a URL that holds none. */
  private initial: FinderState | undefined;

  constructor() {
    super();
    this.syncUrl = false;
    this.chosen = '';
    this.view = cleanState({});
    new PartnerSelectionController(this, (partner) => (this.chosen = partner?.id ?? ''));
  }

  private readonly data = new ApiTask(this, {
    task: async ([base], { signal }): Promise<Loaded> => {
      const client = ApiClient.for(base);
      // The same unfiltered job query as the map's, so a page with both asks once.
      const [partners, commutes, jobs, categories] = await Promise.all([
        client.get('/partners', {}, readPartners, { signal }),
        client.get('/commutes', {}, readCommutes, { signal }),
        client.get('/jobs', { pageSize: 1 }, readJobPage, { signal }),
        // The field is an extra: without the categories the form offers no field, the ranking still works.
        client.get('/categories', {}, readCategories, { signal }).catch((error: unknown) => {
          if (signal.aborted) throw error;
          return [];
        }),
      ]);
      return { partners, commutes, categories, counts: jobs.facets.partner, fields: jobs.facets.category };
    },
    args: () => [this.apiBase] as const,
  });

  /** Jobs per partner in the wished field: one query, its `partner` facet. */
  private readonly inField = new ApiTask(this, {
    task: async ([base, field], { signal }) =>
      field ? (await ApiClient.for(base).get('/jobs', { pageSize: 1, category: field }, readJobPage, { signal })).facets.partner : undefined,
    args: () => [this.apiBase, this.wishedField] as const,
  });

  /**
   * The wished field, once the categories confirm it: an id from a stale link or a hand-made URL, which the form
   * cannot show, counts as every field rather than as a field with no jobs.
   */
  private get wishedField(): string {
    const categories = this.data.value?.categories;
    return categories?.length && !categories.some((category) => category.id === this.view.field) ? '' : this.view.field;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.initial) {
      this.initial = cleanState({ work: this.work, live: this.live, by: this.by, max: this.max, kind: this.kind, field: this.field });
      this.view = this.fromUrl();
    }
    if (this.syncUrl) window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  private readonly onPopState = () => (this.view = this.fromUrl());

  private fromUrl(): FinderState {
    return (this.syncUrl && readState(new URL(location.href))) || this.initial!;
  }

  /** Changes the wishes; with `sync-url` the page's URL follows, one history entry per change. */
  private commit(changes: Partial<FinderState>): void {
    this.view = { ...this.view, ...changes };
    if (!this.syncUrl) return;
    const url = writeState(new URL(location.href), this.view);
    if (url.href !== location.href) history.pushState(history.state, '', url);
  }

  private onChange(event: Event): void {
    const { name, value } = event.target as HTMLInputElement;
    this.commit({ [name]: name === 'max' ? Number(value) : value });
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    this.focusResults();
  }

  /** After "show" or a relaxed wish (its button is gone): the visitor goes on reading at the results. */
  private focusResults(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#results')?.focus());
  }

  private applyRelaxation(relaxation: Relaxation): void {
    this.commit({ [relaxation.wish]: relaxation.value });
    this.focusResults();
  }

  private choose(partner: Partner, toggle = true): void {
    const again = this.chosen === partner.id;
    if (again && !toggle) return;
    this.chosen = again ? '' : partner.id;
    this.dispatchEvent(new PartnerSelectEvent(again ? null : partner, this.wishedField));
  }

  /** Chooses the town, which the job list on the page follows, and moves focus there. */
  private showJobs(partner: Partner, list: Element): void {
    this.choose(partner, false);
    list.scrollIntoView({ block: 'start' });
    (list.shadowRoot?.querySelector<HTMLElement>('#summary') ?? (list as HTMLElement)).focus();
  }

  override render() {
    const t = this.locale.t;
    return html`<section class="finder" aria-label=${t.commuteFinder.label}>
      ${this.data.render({
        initial: () => this.renderLoading(),
        pending: () => this.renderLoading(),
        complete: (loaded) => (loaded.partners.length ? this.renderLoaded(loaded) : html`<p class="notice">${t.commuteFinder.empty}</p>`),
        error: (error) => this.renderProblem(error, () => this.data.run()),
      })}
    </section>`;
  }

  private renderLoading() {
    const t = this.locale.t;
    return html`<div class="placeholder" aria-busy="true">
      <p class=${this.data.slow ? 'notice' : 'visually-hidden'} role="status">${this.data.slow ? t.stillLoading : t.loading}</p>
    </div>`;
  }

  private renderProblem(error: unknown, retry: () => unknown) {
    const t = this.locale.t;
    return error instanceof MissingApiError
      ? html`<p class="notice">${t.missingApi}</p>`
      : html`<div class="problem" role="alert">
          <p>${describeError(t, error)}</p>
          <button type="button" class="button" @click=${retry}>${t.retry}</button>
        </div>`;
  }

  private renderLoaded(loaded: Loaded) {
    return html`${this.renderForm(loaded)}
      <div class="results">${this.renderResults(loaded)}</div>`;
  }

  private renderForm({ partners, categories, fields }: Loaded) {
    const t = this.locale.t.commuteFinder;
    const v = this.view;
    const home = v.ask === 'home';
    const place = home ? v.work : v.live;
    const lang = this.locale.lang;
    const radios = <T extends string>(name: string, legend: string, values: readonly T[], labels: Record<T, string>, current: T) =>
      html`<fieldset class="choices">
        <legend>${legend}</legend>
        ${values.map(
          (value) => html`<label class="choice"><input type="radio" name=${name} .value=${value} .checked=${value === current} />${labels[value]}</label>`,
        )}
      </fieldset>`;
    const select = (name: string, label: string, options: [string, string][], current: string) =>
      html`<div class="field">
        <label for=${name}>${label}</label>
        <select id=${name} name=${name} class="text-field">
          ${options.map(([value, text]) => html`<option value=${value} .selected=${live(value === current)}>${text}</option>`)}
        </select>
      </div>`;
    const steps = [...new Set([...maxSteps, v.max])].sort((a, b) => a - b);
    const fieldOptions = categories
      .map((category): [string, string] => [category.id, `${category.name[lang] ?? category.name.de} (${fields[category.id] ?? 0})`])
      .sort((a, b) => a[1].localeCompare(b[1], this.locale.t.locale));
    return html`<form part="form" class="form" @change=${this.onChange} @submit=${this.onSubmit}>
      ${radios('ask', t.ask, ['home', 'work'] as const, t.asks, v.ask)}
      ${select(home ? 'work' : 'live', home ? t.work : t.live, [['', home ? t.anywhere : t.pick], ...byName(partners).map((p): [string, string] => [p.id, p.name])], place)}
      ${radios('by', t.by, ['train', 'car', 'any'] as const, t.modes, v.by)}
      ${select('max', t.max, steps.map((step): [string, string] => [String(step), t.minutes(step)]), String(v.max))}
      ${home ? radios('kind', t.kind, ['', 'city', 'town'] as const, t.kinds, v.kind) : nothing}
      ${categories.length ? select('field', t.field, [['', t.anyField], ...fieldOptions], this.wishedField) : nothing}
      <p class="submit"><button class="button primary">${t.show}</button></p>
    </form>`;
  }

  private renderResults(loaded: Loaded) {
    const t = this.locale.t;
    const f = t.commuteFinder;
    const v = this.view;
    const { partners, commutes } = loaded;
    const summary = (text: string) =>
      html`<div role="status" aria-atomic="true"><div id="results" part="summary" class="summary" role="heading" aria-level=${this.headingLevel ?? defaultHeadingLevel} tabindex="-1">${text}</div></div>`;
    if (v.ask === 'work' && !partners.some((partner) => partner.id === v.live)) return summary(f.pickLive);
    if (this.wishedField && this.inField.status === ERROR) return this.renderProblem(this.inField.error, () => this.inField.run());
    const counts = this.wishedField ? this.inField.value : loaded.counts;
    const busy = this.wishedField !== '' && this.inField.status === PENDING;
    if (!counts) return html`<div class="placeholder" aria-busy="true">${this.inField.slow ? html`<p class="notice" role="status">${t.stillLoading}</p>` : nothing}</div>`;

    const wishes: Wishes = { work: v.ask === 'home' ? v.work : '', live: v.ask === 'work' ? v.live : '', by: v.by, max: v.max, kind: v.ask === 'home' ? v.kind : '' };
    const ranking = rank(partners, commutes, counts, wishes);
    const anchor = partners.find((partner) => partner.id === (wishes.live || wishes.work));
    const relaxations = ranking.fits.length ? [] : relax(partners, commutes, counts, loaded.counts, wishes, this.wishedField);
    return html`${summary(f.found(ranking.fits.length))}
      ${busy && this.inField.slow ? html`<p class="notice" role="status">${t.stillLoading}</p>` : nothing}
      ${ranking.fits.length > 1 ? html`<p class="order">${f.order[ranking.order]}</p>` : nothing}
      ${ranking.fits.length
        ? html`<ol part="list" class="list" role="list" aria-busy=${busy ? 'true' : 'false'}>
            ${ranking.fits.map((fit) => this.renderFit(fit, anchor, partners))}
          </ol>`
        : html`<div part="relax" class="relax">
            <p><strong>${f.none}</strong></p>
            ${relaxations.length
              ? html`<p>${f.relax}</p>
                  <ul role="list">
                    ${relaxations.map(
                      (relaxation) =>
                        html`<li>
                          <button type="button" class="button" @click=${() => this.applyRelaxation(relaxation)}>
                            ${this.relaxationText(relaxation)}: ${f.places(relaxation.count)}
                          </button>
                        </li>`,
                    )}
                  </ul>`
              : html`<p>${f.noRelax}</p>`}
          </div>`}
      ${ranking.unknown.length ? html`<p class="unknown">${f.unknown(ranking.unknown.map((partner) => partner.name).join(', '))}</p>` : nothing}`;
  }

  private relaxationText(relaxation: Relaxation): string {
    const f = this.locale.t.commuteFinder;
    switch (relaxation.wish) {
      case 'max':
        return f.relaxMax(relaxation.value, this.view.max);
      case 'by':
        return f.relaxBy;
      case 'kind':
        return f.relaxKind;
      case 'field':
        return f.relaxField;
    }
  }

  /** The reasons a place fits, in words: "34 Min. mit der Bahn nach Dresden, zurück 36 · 12 Stellen in Ihrem Feld vor Ort". */
  private reasons(fit: Fit, anchor: Partner | undefined): string {
    const f = this.locale.t.commuteFinder;
    const v = this.view;
    const inField = this.wishedField !== '';
    const parts: string[] = [];
    const { way } = fit;
    if (way && anchor) {
      if (fit.partner.id === anchor.id) parts.push(f.here[v.ask]);
      else {
        const there = way.there ?? way.back!;
        const phrase = v.ask === 'work' ? f.from(there, way.mode, anchor.name) : f.to(there, way.mode, anchor.name);
        parts.push(phrase + (way.back !== undefined && way.back !== there ? f.back(way.back) : ''));
      }
    }
    if (fit.near !== undefined) parts.push(f.near(fit.near, v.max, inField));
    parts.push(f.jobs(fit.jobs, inField));
    if (fit.tiedWith) parts.push(f.tie(fit.tiedWith.name));
    return parts.join(' · ');
  }

  private renderFit(fit: Fit, anchor: Partner | undefined, partners: Partner[]) {
    const f = this.locale.t.commuteFinder;
    const { partner } = fit;
    const description = partner.description?.[this.locale.lang] ?? partner.description?.de;
    const district = partner.district ? partners.find((candidate) => candidate.id === partner.district) : undefined;
    const website = safeUrl(partner.website);
    const enc = encodeURIComponent;
    const jobsHref = this.jobsUrl ? safeUrl(this.jobsUrl.replaceAll('{id}', enc(partner.id)).replaceAll('{field}', enc(this.wishedField))) : undefined;
    const jobList = !jobsHref && this.ownerDocument.querySelector('wr-job-list');
    const chosen = partner.id === this.chosen;
    return html`<li part="item" class=${chosen ? 'item chosen' : 'item'}>
      <div class="head">
        <div class="town" role="heading" aria-level=${innerLevel(this.headingLevel ?? defaultHeadingLevel)}><button type="button" class="name" data-partner=${partner.id} aria-pressed=${chosen ? 'true' : 'false'} @click=${() => this.choose(partner)}>${partner.name}</button></div>
        <span class="kind">${f.kindOf[partner.kind]}${district ? ` · ${district.name}` : ''}</span>
      </div>
      <p part="reasons" class="reasons">${this.reasons(fit, anchor)}</p>
      ${description ? html`<p class="description">${description}</p>` : nothing}
      <p class="links">
        ${jobsHref
          ? html`<a href=${jobsHref}>${f.jobsIn(partner.name)}</a>`
          : jobList
            ? html`<button type="button" class="link" @click=${() => this.showJobs(partner, jobList)}>${f.jobsIn(partner.name)}</button>`
            : nothing}
        ${website ? html`<a href=${website}>${f.website(partner.name)}</a>` : nothing}
      </p>
    </li>`;
  }
}

const byName = (partners: Partner[]) => [...partners].sort((a, b) => a.name.localeCompare(b.name, 'de'));
