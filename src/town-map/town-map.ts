import { html, nothing, svg, type PropertyValues } from 'lit';
import { ApiClient } from '../core/api-client.js';
import type { LocaleController } from '../core/i18n/localize.js';
import { townMapTexts } from './i18n/index.js';
import { MissingApiError } from '../core/api-errors.js';
import { ApiTask } from '../core/api-task.js';
import { controlStyles } from '../core/controls.styles.js';
import { describeError } from '../core/error-text.js';
import { PartnerSelectEvent } from '../core/events/partner-select.js';
import { formatNumber } from '../core/i18n/format.js';
import { retryableImport } from '../core/lazy-import.js';
import { PartnerSelectionController } from '../core/partner-selection.js';
import { mailtoUrl, safeUrl } from '../core/safe-url.js';
import type { Commute, Partner } from '../core/types.js';
import { readCommutes, readJobPage, readPartners } from '../core/validate.js';
import { defaultHeadingLevel, headingLevelProperty, innerLevel } from '../core/heading-level.js';
import { WrElement } from '../core/wr-element.js';
import { fitProjection, hullPath, placeLabels, type GeoPoint, type Placement, type Point, type Rect } from './layout.js';
import type { RealMap, TileView } from './tile-layer.js';
import { townMapStyles } from './town-map.styles.js';

/** The real map's tiles: a chunk of their own, loaded only after consent, retried after a failure. */
const loadTileLayer = retryableImport(() => import('./tile-layer.js'));

/** A partner with what the map says about it. */
interface Town {
  partner: Partner;
  /** Open jobs (a district's include its towns); undefined when unknown or not shown. */
  jobs: number | undefined;
  /** Minutes to the commute target; undefined when unknown, not shown, or the town is the target. */
  train: number | undefined;
  car: number | undefined;
}

interface PlacedTown extends Town {
  at: Point;
  radius: number;
  placement: Placement;
  /** False when its label found no free place even at the smallest size: shown on hover and focus only. */
  labelShown: boolean;
}

type Show = 'jobs' | 'commute';
type View = 'map' | 'list';

/** Below this width of the widget the list is the default view: a map that narrow has no room for its labels. */
const listBelow = 360;
/** Below this width labels show the name and minutes only. */
const compactBelow = 560;
/**
 * The labels from roomiest to tightest, each tried when the one before finds no free places: names with minutes
 * and jobs, names only, smaller names (12 px at the default 16, the least we let text go).
 */
const labelStyles = [
  { compact: false, small: false, nameSize: 0.875 },
  { compact: true, small: false, nameSize: 0.8125 },
  { compact: true, small: true, nameSize: 0.75 },
] as const;
type LabelStyle = (typeof labelStyles)[number];
const markerRadius: Record<Partner['kind'], number> = { city: 9, district: 7, town: 6 };
const kindOrder: Record<Partner['kind'], number> = { city: 0, district: 1, town: 2 };

/**
 * The partner towns on a schematic map the widget draws itself from the API's data, with commute times and a way
 * into each town's jobs. It loads nothing from third parties.
 *
 * @tag wr-town-map
 * @summary Map of the partner towns with commute minutes; choosing a town shows its portrait and jobs.
 *
 * @attr lang - Language of the widget (`de`, `en`); by default the page's.
 * @attr {number} heading-level - Level (2–6) of the widget's headings, to fit the page's outline: the chosen town's name; its "Contact" one deeper. Default 3.
 * @attr view - `map` or `list`; by default the map, and the list when the widget is narrower than 360px.
 *
 * @fires {PartnerSelectEvent} wr-partner-select - A town was chosen (`detail.partner`) or the choice cleared (null).
 *
 * @csspart map - The map: the drawing with the towns on it.
 * @csspart marker - The dot of a town on the map.
 * @csspart label - The name (and minutes, jobs) of a town on the map.
 * @csspart list - The list view of the towns.
 * @csspart panel - The portrait of the chosen town.
 * @csspart zoom - The real map's zoom buttons.
 *
 * @cssprop [--wr-map-land=color-mix(in srgb, var(--wr-color-primary) 5%, var(--wr-color-surface))] - Background of the map: a tint of the primary colour on the surface.
 * @cssprop [--wr-map-district=color-mix(in srgb, var(--wr-color-primary) 13%, var(--wr-color-surface))] - Area of a district: a stronger tint of the primary colour.
 * @cssprop [--wr-map-line=var(--wr-color-muted)] - Commute lines and town markers.
 * @cssprop [--wr-map-label=var(--wr-color-text)] - Text of the labels.
 * @cssprop [--wr-map-highlight=var(--wr-color-primary)] - The chosen town, its line and the buttons.
 * @cssprop [--wr-town-map-min-height=0] - Height held on the page before the widget's file has run (with the loader), so the page's content does not move; by default the map's proportions (6 : 5 with toolbar and legend; 24rem on phones) hold the space.
 */
export class TownMap extends WrElement {
  static override styles = [...WrElement.styles, controlStyles, townMapStyles];

  static override texts = townMapTexts;
  protected declare readonly locale: LocaleController<'townMap'>;

  static override properties = {
    selected: { type: String },
    commuteTo: { type: String, attribute: 'commute-to' },
    jobsUrl: { type: String, attribute: 'jobs-url' },
    show: { type: String },
    height: { type: String },
    view: { type: String },
    headingLevel: headingLevelProperty,
    tiles: { type: String },
    attribution: { type: String },
    chosenView: { state: true },
    hostWidth: { state: true },
    mapSize: { state: true },
    tileState: { state: true },
  };

  /** Id of the chosen partner; the panel shows it. Set by a click, or by a neighbour's `wr-partner-select`. */
  declare selected: string;
  /** Id of the partner the commute minutes lead to; by default the partner of kind `city`. */
  declare commuteTo: string | undefined;
  /** Where "Jobs in …" leads, with `{id}` for the partner's id (`/jobs.html?wr-partner={id}`); else focus moves to the job list on the page. */
  declare jobsUrl: string | undefined;
  /** What the map tells about each town: space-separated among `jobs commute`. */
  declare show: string;
  /** Height of the map as a CSS length (`480px`, `60vh`); by default it follows the width. */
  declare height: string | undefined;
  /** `map` or `list`; by default the map, or the list when the widget is narrower than 360px. */
  declare view: View | undefined;
  /** Level (2–6) of the chosen town's name, to fit the page's outline; 3 by default. */
  declare headingLevel: number | undefined;
  /** A tile URL template (`https://tile.example.org/{z}/{x}/{y}.png`) for an optional real map, offered only with the visitor's consent. */
  declare tiles: string | undefined;
  /** The tile provider's attribution, plain text. */
  declare attribution: string | undefined;

  declare private chosenView: View | undefined;
  declare private hostWidth: number;
  declare private mapSize: { w: number; h: number };
  /** The real map: offered, loading its chunk, shown, or failed to load. */
  declare private tileState: 'offer' | 'loading' | 'on' | 'failed';
  /** The real map from the lazy chunk: its camera, tiles, zoom buttons, keys and drag; made when the chunk has loaded. */
  private realMap: RealMap | undefined;
  private observedMap: Element | undefined;
  private readonly resizeObserver = new ResizeObserver((entries) => this.onResize(entries));
  private readonly textWidths = new Map<string, number>();
  /**
   * The labels' sizes, by compactness, font size and text: measured from the text at first, then as drawn, which alone knows
   * the visitor's text spacing, the bold of a city's name or a font that came late.
   */
  private readonly labelSizes = new Map<string, { w: number; h: number }>();
  private canvas: CanvasRenderingContext2D | null | undefined;

  constructor() {
    super();
    this.selected = '';
    this.show = 'jobs commute';
    this.hostWidth = 0;
    this.mapSize = { w: 0, h: 0 };
    this.tileState = 'offer';
    new PartnerSelectionController(this, (partner) => {
      this.selected = partner?.id ?? '';
    });
  }

  private readonly data = new ApiTask(this, {
    task: async ([base, withJobs, withCommutes], { signal }) => {
      const client = ApiClient.for(base);
      // Minutes and counts are extras: without them the map still shows the towns and their portraits.
      const extra = <T>(request: Promise<T>): Promise<T | undefined> =>
        request.catch((error: unknown) => {
          if (signal.aborted) throw error;
          return undefined;
        });
      const [partners, commutes, jobs] = await Promise.all([
        client.get('/partners', {}, readPartners, { signal }),
        withCommutes ? extra(client.get('/commutes', {}, readCommutes, { signal })) : undefined,
        withJobs ? extra(client.get('/jobs', { pageSize: 1 }, readJobPage, { signal })) : undefined,
      ]);
      return { partners, commutes: commutes ?? [], jobCounts: jobs?.facets.partner };
    },
    args: () => [this.apiBase, this.shown.has('jobs'), this.shown.has('commute')] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver.observe(this);
    // Put back on the page (a CMS preview, a single-page app): render again, which observes the map's new box.
    if (this.hasUpdated) this.requestUpdate();
    if (this.tileState === 'offer' && this.tileProvider && readConsent(this.tileProvider)) void this.loadTiles();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
    this.observedMap = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Read once before the observer's first report, so that a narrow column shows the list from the first frame
    // instead of a map that turns into the list a moment later.
    if (this.hostWidth === 0 && this.isConnected) this.hostWidth = Math.round(this.getBoundingClientRect().width);
  }

  // Applied in the next frame: re-rendering inside the observer's callback would resize what it observes in the
  // same frame, which the browser reports as a "ResizeObserver loop" error on the host page.
  private onResize(entries: ResizeObserverEntry[]): void {
    requestAnimationFrame(() => this.applySizes(entries));
  }

  private applySizes(entries: ResizeObserverEntry[]): void {
    for (const entry of entries) {
      const { width, height } = entry.contentRect;
      if (entry.target === this) {
        if (Math.round(width) !== this.hostWidth) this.hostWidth = Math.round(width);
      } else if (entry.target === this.observedMap) {
        if (Math.round(width) !== this.mapSize.w || Math.round(height) !== this.mapSize.h) this.mapSize = { w: Math.round(width), h: Math.round(height) };
      } else if (!entry.target.isConnected) {
        this.resizeObserver.unobserve(entry.target);
      } else if (width > 0) {
        // A label drawn at another size than the layout gave it: lay the map out again with the drawn one.
        const key = `${labelStyles.findIndex((style) => style.compact === (entry.target.closest('.compact') !== null) && style.small === (entry.target.closest('.small') !== null))}|${parseFloat(getComputedStyle(entry.target).fontSize)}|${entry.target.textContent}`;
        const { inlineSize: w, blockSize: h } = entry.borderBoxSize[0]!;
        const size = this.labelSizes.get(key);
        if (!size || Math.abs(size.w - w) > 0.5 || Math.abs(size.h - h) > 0.5) {
          this.labelSizes.set(key, { w, h });
          this.requestUpdate();
        }
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const map = this.renderRoot.querySelector('.map[data-drawing]') ?? undefined;
    if (map !== this.observedMap) {
      if (this.observedMap) this.resizeObserver.unobserve(this.observedMap);
      if (map) this.resizeObserver.observe(map);
      this.observedMap = map;
      // A map just drawn is measured at once: the observer reports a frame later, and until then the drawing would
      // keep the size of the map before it (another width, or none after the list), wider than its box.
      if (map && (map.clientWidth !== this.mapSize.w || map.clientHeight !== this.mapSize.h)) this.mapSize = { w: map.clientWidth, h: map.clientHeight };
    }
    for (const label of this.renderRoot.querySelectorAll('.town > .label')) this.resizeObserver.observe(label);
  }

  private get shown(): Set<Show> {
    return new Set((this.show ?? '').split(/\s+/).filter((word): word is Show => word === 'jobs' || word === 'commute'));
  }

  private get currentView(): View {
    const asked = this.chosenView ?? (this.view === 'list' || this.view === 'map' ? this.view : undefined);
    return asked ?? (this.hostWidth > 0 && this.hostWidth < listBelow ? 'list' : 'map');
  }

  /** The partner the minutes lead to: `commute-to`, else the city, else none. */
  private target(partners: Partner[]): Partner | undefined {
    return partners.find((partner) => partner.id === this.commuteTo) ?? (this.commuteTo ? undefined : partners.find((partner) => partner.kind === 'city'));
  }

  private towns(partners: Partner[], commutes: Commute[], jobCounts: Record<string, number> | undefined, target: Partner | undefined): Town[] {
    const shown = this.shown;
    return partners.map((partner) => {
      const way =
        target && partner.id !== target.id && shown.has('commute')
          ? (commutes.find((row) => row.from === partner.id && row.to === target.id) ?? commutes.find((row) => row.from === target.id && row.to === partner.id))
          : undefined;
      return {
        partner,
        jobs: shown.has('jobs') && jobCounts ? (jobCounts[partner.id] ?? 0) : undefined,
        train: way?.train,
        car: way?.car,
      };
    });
  }

  /** "Kamenz, 42 Minuten mit der Bahn nach Dresden, 32 Stellen"; parts that are unknown are left out. */
  private townName(town: Town, target: Partner | undefined): string {
    const t = this.locale.t.townMap;
    const parts = [town.partner.name];
    if (target && town.train !== undefined) parts.push(t.byTrain(town.train, target.name));
    else if (target && town.car !== undefined) parts.push(t.byCar(town.car, target.name));
    if (town.jobs !== undefined) parts.push(t.jobs(town.jobs));
    return parts.join(', ');
  }

  private choose(partner: Partner): void {
    if (this.selected === partner.id) {
      this.clear();
      return;
    }
    this.selected = partner.id;
    this.dispatchEvent(new PartnerSelectEvent(partner));
  }

  /** Clears the choice, tells the neighbours and puts focus back on the town that was chosen. */
  private clear(): void {
    const was = this.selected;
    if (!was) return;
    this.selected = '';
    this.dispatchEvent(new PartnerSelectEvent(null));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-partner="${CSS.escape(was)}"]`)?.focus());
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.selected) {
      event.stopPropagation();
      this.clear();
    }
  }

  /** Moves focus to the job list on the page, which already follows the chosen town. */
  private focusJobList(): void {
    const list = this.ownerDocument.querySelector('wr-job-list');
    if (!list) return;
    const summary = list.shadowRoot?.querySelector<HTMLElement>('#summary');
    list.scrollIntoView({ block: 'start' });
    (summary ?? (list as HTMLElement)).focus();
  }

  // Inline styles go through the CSSOM (`.style=`), never a style attribute, which a CSP without 'unsafe-inline'
  // blocks (as it blocks styleMap's first render).
  override render() {
    const t = this.locale.t;
    const height = this.height && CSS.supports('height', this.height) ? this.height : undefined;
    return html`<section class="town-map" aria-label=${t.townMap.label} .style=${height ? `--_map-height:${height}` : ''} @keydown=${this.onKeydown}>
      ${this.data.render({
        initial: () => this.renderLoading(),
        pending: () => this.renderLoading(),
        complete: ({ partners, commutes, jobCounts }) => this.renderLoaded(partners, commutes, jobCounts),
        error: (error) =>
          error instanceof MissingApiError
            ? html`<p class="notice">${t.missingApi}</p>`
            : html`<div class="problem" role="alert">
                <p>${describeError(t, error)}</p>
                <button type="button" class="button" @click=${() => this.data.run()}>${t.retry}</button>
              </div>`,
      })}
    </section>`;
  }

  private renderLoading() {
    const t = this.locale.t;
    // The toolbar's and the legend's lines are kept free too (unseen), so nothing moves when the map comes.
    const map = this.currentView === 'map';
    return html`<div class="toolbar reserve"><span class="button toggle">${t.townMap.showList}</span></div>
      <div class="body">
        <div class="main">
          <div class=${map ? 'map placeholder' : 'map placeholder as-list'} part="map" aria-busy="true">
            <p class=${this.data.slow ? 'notice' : 'visually-hidden'} role="status">${this.data.slow ? t.stillLoading : t.loading}</p>
          </div>
          ${map ? html`<p class="legend reserve">${t.townMap.legendTrain}</p>` : nothing}
        </div>
      </div>`;
  }

  private renderLoaded(partners: Partner[], commutes: Commute[], jobCounts: Record<string, number> | undefined) {
    const t = this.locale.t;
    if (partners.length === 0) return html`<p class="notice">${t.townMap.empty}</p>`;
    const target = this.target(partners);
    const towns = this.towns(partners, commutes, jobCounts, target);
    const view = this.currentView;
    const chosen = towns.find((town) => town.partner.id === this.selected);
    return html`
      <div class="toolbar">
        <button type="button" class="button toggle" aria-pressed=${view === 'list' ? 'true' : 'false'} @click=${() => (this.chosenView = view === 'list' ? 'map' : 'list')}>
          ${t.townMap.showList}
        </button>
      </div>
      <div class="body">
        <div class="main">${view === 'list' ? this.renderList(towns, target, partners) : this.renderMap(towns, target)}</div>
        ${chosen && view === 'map' ? this.renderPanel(chosen, target, partners) : nothing}
      </div>
      ${this.renderTilesOffer()}
    `;
  }

  private textWidth(text: string, font: string): number {
    const key = `${font}|${text}`;
    let width = this.textWidths.get(key);
    if (width === undefined) {
      this.canvas ??= document.createElement('canvas').getContext('2d');
      if (this.canvas) {
        this.canvas.font = font;
        width = this.canvas.measureText(text).width;
      } else {
        width = text.length * 8;
      }
      this.textWidths.set(key, width);
    }
    return width;
  }

  /** The short second line of a label: "42 min Bahn · 32 Stellen". */
  private labelDetail(town: Town, compact: boolean): string {
    const t = this.locale.t.townMap;
    // A narrow map has room for names only; the list and the panel give the rest.
    if (compact) return '';
    const parts: string[] = [];
    if (town.train !== undefined) parts.push(t.shortTrain(town.train));
    else if (town.car !== undefined) parts.push(t.shortCar(town.car));
    if (town.jobs !== undefined) parts.push(t.jobs(town.jobs));
    return parts.join(' · ');
  }

  private padding(width: number, height: number): { x: number; y: number } {
    return { x: Math.min(100, Math.max(24, width * 0.11)), y: Math.min(48, Math.max(24, height * 0.08)) };
  }

  /**
   * Places the towns and their labels. When the labels with minutes and jobs find no free places, they shrink to
   * the names (the list and the panel tell the rest), then to smaller names, before any would cover a neighbour.
   * The sizes are measured as drawn (see `applySizes`), so a host's wider font lays the map out again.
   */
  private layout(
    towns: Town[],
    width: number,
    height: number,
    level: number,
    project: (point: GeoPoint) => Point,
    keepClear: Rect[] = [],
  ): { placed: PlacedTown[]; style: LabelStyle } {
    const style = labelStyles[level]!;
    const compact = style.compact;
    const family = getComputedStyle(this).fontFamily || 'sans-serif';
    const base = parseFloat(getComputedStyle(this).fontSize) || 16;
    const nameSize = base * style.nameSize;
    const detailSize = base * 0.75;
    const ordered = [...towns].sort((a, b) => kindOrder[a.partner.kind] - kindOrder[b.partner.kind] || a.partner.name.localeCompare(b.partner.name, 'de'));
    const requests = ordered.map((town) => {
      const detail = this.labelDetail(town, compact);
      const key = `${level}|${base}|${town.partner.name}${detail}`;
      let size = this.labelSizes.get(key);
      if (!size) {
        const w = Math.max(this.textWidth(town.partner.name, `600 ${nameSize}px ${family}`), detail ? this.textWidth(detail, `400 ${detailSize}px ${family}`) : 0) + 12;
        size = { w, h: nameSize * 1.2 + (detail ? detailSize * 1.25 : 0) + 4 };
        this.labelSizes.set(key, size);
      }
      return { at: project(town.partner), radius: markerRadius[town.partner.kind], size };
    });
    const { labels, free } = placeLabels(requests, { x: 0, y: 0, w: width, h: height }, keepClear);
    if (!free && level < labelStyles.length - 1) return this.layout(towns, width, height, level + 1, project, keepClear);
    return {
      style,
      placed: ordered.map((town, index) => ({ ...town, at: requests[index]!.at, radius: requests[index]!.radius, placement: labels[index]!.placement, labelShown: labels[index]!.shown })),
    };
  }

  private renderMap(towns: Town[], target: Partner | undefined) {
    const t = this.locale.t;
    const width = this.mapSize.w || 640;
    const height = this.mapSize.h || 480;
    const points = towns.map((town) => town.partner);
    const pad = this.padding(width, height);
    const real = this.realMap;
    const tiles: TileView | undefined = real?.fit(this.tileState === 'on' ? this.tiles : undefined, points, width, height, pad);
    const { placed, style } = this.layout(towns, width, height, width < compactBelow ? 1 : 0, tiles?.project ?? fitProjection(points, width, height, pad), tiles ? real!.keepClear : []);
    const at = new Map(placed.map((town) => [town.partner.id, town.at]));
    const targetAt = target ? at.get(target.id) : undefined;
    const districts = placed.filter((town) => town.partner.kind === 'district');
    const withWay = placed.filter((town) => targetAt && (town.train !== undefined || town.car !== undefined));
    return html`
      <div
        class=${`map${tiles ? ' with-tiles' : ''}${tiles && real!.camera.zoom > 0 ? ' zoomed' : ''}${style.compact ? ' compact' : ''}${style.small ? ' small' : ''}`}
        part="map"
        data-drawing
        role=${tiles ? 'group' : nothing}
        aria-label=${tiles ? t.townMap.tilesMap : nothing}
        tabindex=${tiles ? '0' : nothing}
        @keydown=${real?.onKeydown ?? nothing}
        @pointerdown=${real?.onPointerDown ?? nothing}
        @pointermove=${real?.onPointerMove ?? nothing}
        @pointerup=${real?.onPointerUp ?? nothing}
        @pointercancel=${real?.onPointerUp ?? nothing}
      >
        <div class="pane">
        ${tiles ? real!.renderTiles(tiles) : nothing}
        <svg class="drawing" viewBox="0 0 ${width} ${height}" width=${width} height=${height} aria-hidden="true" focusable="false">
          ${tiles ? nothing : svg`<rect class="land" x="0" y="0" width=${width} height=${height}></rect>`}
          ${districts.map((district) => {
            const members = placed.filter((town) => town.partner.id === district.partner.id || town.partner.district === district.partner.id);
            return svg`<path class="area" d=${hullPath(members.map((town) => town.at))} stroke-width=${style.compact ? 44 : 60}></path>`;
          })}
          ${withWay.map(
            (town) =>
              svg`<line class=${`way ${town.train === undefined ? 'car' : 'train'}${town.partner.id === this.selected ? ' chosen' : ''}`}
                x1=${town.at.x} y1=${town.at.y} x2=${targetAt!.x} y2=${targetAt!.y}></line>`,
          )}
        </svg>
        <ul class="towns" role="list">
          ${placed.map((town) => {
            const detail = this.labelDetail(town, style.compact);
            return html`<li>
              <button type="button" class=${`town ${town.partner.kind} ${town.placement}${town.labelShown ? '' : ' unlabelled'}`} data-partner=${town.partner.id}
                .style=${`left:${town.at.x}px;top:${town.at.y}px`}
                aria-pressed=${town.partner.id === this.selected ? 'true' : 'false'} @click=${() => this.choose(town.partner)}>
                <span part="marker" class="marker"></span>
                <span part="label" class="label"
                  ><span class="name" aria-hidden="true">${town.partner.name}</span
                  >${detail ? html`<span class="detail" aria-hidden="true">${detail}</span>` : nothing}</span
                ><span class="visually-hidden">${this.townName(town, target)}</span>
              </button>
            </li>`;
          })}
        </ul>
        </div>
        ${tiles ? real!.renderZoom(t.townMap) : nothing}
        ${tiles && this.attribution ? html`<p class="attribution">${t.townMap.tilesAttribution(this.attribution)}</p>` : nothing}
      </div>
      ${target && withWay.length > 0
        ? html`<p class="legend">
            <span>${t.townMap.commuteTo(target.name)}:</span>
            <span><svg class="swatch" viewBox="0 0 28 8" aria-hidden="true"><line class="way train" x1="0" y1="4" x2="28" y2="4"></line></svg>${t.townMap.legendTrain}</span>
            ${withWay.some((town) => town.train === undefined)
              ? html`<span><svg class="swatch" viewBox="0 0 28 8" aria-hidden="true"><line class="way car" x1="0" y1="4" x2="28" y2="4"></line></svg>${t.townMap.legendCar}</span>`
              : nothing}
          </p>`
        : nothing}
    `;
  }

  /** The list view; the chosen town's panel opens right below it, where the visitor is looking. */
  private renderList(towns: Town[], target: Partner | undefined, partners: Partner[]) {
    const t = this.locale.t;
    const byName = [...towns].sort((a, b) => a.partner.name.localeCompare(b.partner.name, t.locale));
    const names = new Map(towns.map((town) => [town.partner.id, town.partner.name]));
    return html`<ul part="list" class="list">
      ${byName.map((town) => {
        const district = town.partner.district ? names.get(town.partner.district) : undefined;
        const facts = this.townName(town, target).split(', ').slice(1);
        return html`<li>
          <button type="button" class="item" data-partner=${town.partner.id} aria-pressed=${town.partner.id === this.selected ? 'true' : 'false'} @click=${() => this.choose(town.partner)}>
            <span class=${`marker is-${town.partner.kind}`} aria-hidden="true"></span>
            <span class="item-text">
              <strong>${town.partner.name}</strong>
              <span class="kind">${t.townMap.kind[town.partner.kind]}${district ? ` ${t.townMap.inDistrict(district)}` : ''}</span>
              ${facts.length ? html`<span class="facts">${facts.map((fact, index) => html`${index ? ' · ' : ''}<span class="fact">${fact}</span>`)}</span>` : nothing}
            </span>
          </button>
          ${town.partner.id === this.selected ? this.renderPanel(town, target, partners) : nothing}
        </li>`;
      })}
    </ul>`;
  }

  private renderPanel(town: Town, target: Partner | undefined, partners: Partner[]) {
    const t = this.locale.t;
    const { partner } = town;
    const description = partner.description?.[this.locale.lang] ?? partner.description?.de;
    const district = partner.district ? partners.find((candidate) => candidate.id === partner.district) : undefined;
    const website = safeUrl(partner.website);
    const email = mailtoUrl(partner.contact.email);
    const phone = partner.contact.phone?.replace(/[^\d+]/g, '');
    const jobsHref = this.jobsUrl ? safeUrl(this.jobsUrl.replaceAll('{id}', encodeURIComponent(partner.id))) : undefined;
    const jobList = !jobsHref && this.ownerDocument.querySelector('wr-job-list');
    const minutes = [
      town.train !== undefined ? `${t.townMap.train}: ${t.townMap.minutes(town.train)}` : '',
      town.car !== undefined ? `${t.townMap.car}: ${t.townMap.minutes(town.car)}` : '',
    ].filter(Boolean);
    const level = this.headingLevel ?? defaultHeadingLevel;
    return html`<section part="panel" class="panel" aria-labelledby="panel-title">
      <div class="panel-head">
        <div id="panel-title" class="town-name" role="heading" aria-level=${level}>${partner.name}</div>
        <button type="button" class="icon-button" aria-label=${t.townMap.clear} title=${t.townMap.clear} @click=${() => this.clear()}>×</button>
      </div>
      <p class="kind">${t.townMap.kind[partner.kind]}${district ? ` ${t.townMap.inDistrict(district.name)}` : ''}</p>
      ${description ? html`<p class="description">${description}</p>` : nothing}
      ${town.jobs !== undefined || (target && minutes.length)
        ? html`<dl class="facts">
            ${town.jobs !== undefined ? html`<div><dt>${t.townMap.jobCount}</dt><dd>${formatNumber(t, town.jobs)}</dd></div>` : nothing}
            ${target && minutes.length ? html`<div><dt>${t.townMap.commuteTo(target.name)}</dt><dd>${minutes.join(', ')}</dd></div>` : nothing}
          </dl>`
        : nothing}
      <div class="contact">
        <div class="contact-heading" role="heading" aria-level=${innerLevel(level)}>${t.townMap.contact}</div>
        <p>${partner.contact.office}</p>
        ${email ? html`<p>${t.townMap.email}: <a href=${email}>${partner.contact.email}</a></p>` : nothing}
        ${phone ? html`<p>${t.townMap.phone}: <a href=${`tel:${phone}`}>${partner.contact.phone}</a></p>` : nothing}
      </div>
      <p class="actions">
        ${jobsHref
          ? html`<a class="button primary" href=${jobsHref}>${t.townMap.jobsIn(partner.name)}</a>`
          : jobList
            ? html`<button type="button" class="button primary" @click=${this.focusJobList}>${t.townMap.jobsIn(partner.name)}</button>`
            : nothing}
        ${website ? html`<a class="button" href=${website}>${t.townMap.website(partner.name)}</a>` : nothing}
      </p>
    </section>`;
  }

  /** The provider's host name of a tile URL template, or undefined when it is no https URL. */
  private get tileProvider(): string | undefined {
    if (!this.tiles) return undefined;
    const url = safeUrl(this.tiles.replace(/\{[a-z]\}\.?/gi, ''));
    return url?.startsWith('https:') ? new URL(url).hostname : undefined;
  }

  private renderTilesOffer() {
    const t = this.locale.t.townMap;
    const provider = this.tileProvider;
    if (!provider || this.currentView === 'list') return nothing;
    switch (this.tileState) {
      case 'on':
        return html`<div class="notice tiles"><button type="button" class="button" @click=${this.tilesOff}>${t.tilesOff}</button></div>`;
      case 'loading':
        return html`<div class="notice tiles"><p role="status">${t.tilesLoading}</p></div>`;
      case 'failed':
        return html`<div class="notice tiles"><p role="alert">${t.tilesFailed}</p></div>`;
      case 'offer':
        return html`<div class="notice tiles">
          <p>${t.tilesOffer(provider)}</p>
          <button type="button" class="button" @click=${this.tilesOn}>${t.tilesButton(provider)}</button>
        </div>`;
    }
  }

  private readonly tilesOn = () => {
    if (this.tileProvider) writeConsent(this.tileProvider, true);
    void this.loadTiles();
  };

  private readonly tilesOff = () => {
    if (this.tileProvider) writeConsent(this.tileProvider, false);
    this.tileState = 'offer';
  };

  /** Loads the tile chunk; only ever after the visitor agreed, in this click or earlier in the session. */
  private async loadTiles(): Promise<void> {
    this.tileState = 'loading';
    try {
      const { RealMap } = await loadTileLayer();
      this.realMap ??= new RealMap({ html, nothing }, () => this.requestUpdate());
      this.tileState = 'on';
    } catch {
      this.tileState = 'failed';
    }
  }
}

/** The visitor's consent to a tile provider, kept for the browser session (sessionStorage may be blocked). */
const consentKey = (provider: string) => `wr-town-map-tiles:${provider}`;

function readConsent(provider: string): boolean {
  try {
    return sessionStorage.getItem(consentKey(provider)) === 'yes';
  } catch {
    return false;
  }
}

function writeConsent(provider: string, given: boolean): void {
  try {
    if (given) sessionStorage.setItem(consentKey(provider), 'yes');
    else sessionStorage.removeItem(consentKey(provider));
  } catch {
    // Without storage the consent lasts as long as the page.
  }
}
