import { html, nothing } from 'lit';
import { HttpError, isAbort } from '../core/api-errors.js';
import type { AdminApi, ImportSource, ImportState } from './admin-api.js';
import { AdminElement } from './admin-element.js';
import { AuditedEvent } from './audited-event.js';
import { describeAdminError } from './error-text.js';
import { problemBox, when } from './problem-box.js';

/**
 * The configured job feeds with each one's last run, and a button that runs them all now. The server answers
 * the run at once (`202`), so the panel asks again every few seconds until `running` is false, and says so in a
 * polite status line only when the run starts and ends, not on every look.
 * @fires wr-admin-audited - a run seen on this page has ended
 */
export class ImportsPanel extends AdminElement {
  /** Milliseconds between looks while a run goes on; tests shorten it. */
  static pollInterval = 2000;

  static override properties = {
    api: { attribute: false },
    state: { state: true },
    loading: { state: true },
    problem: { state: true },
    runProblem: { state: true },
    status: { state: true },
    starting: { state: true },
  };

  declare api: AdminApi;
  declare private state: ImportState | undefined;
  declare private loading: boolean;
  declare private problem: unknown;
  declare private runProblem: string;
  declare private status: string;
  declare private starting: boolean;
  private controller: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether this page saw the run going on, so its end is announced. */
  private watching = false;

  constructor() {
    super();
    this.loading = false;
    this.runProblem = '';
    this.status = '';
    this.starting = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    clearTimeout(this.timer);
  }

  private async load(): Promise<void> {
    if (!this.api) return;
    clearTimeout(this.timer);
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.loading = true;
    this.problem = undefined;
    try {
      this.show(await this.api.imports(controller.signal));
    } catch (error) {
      if (isAbort(error)) return;
      this.problem = error;
    } finally {
      if (this.controller === controller) this.loading = false;
    }
  }

  /** Takes a state in; while it is running, looks again after a pause, and announces the end of a run seen. */
  private show(state: ImportState): void {
    this.state = state;
    if (state.running) {
      if (!this.watching) this.status = this.t.importRunning;
      this.watching = true;
      this.timer = setTimeout(() => void this.load(), ImportsPanel.pollInterval);
    } else if (this.watching) {
      this.watching = false;
      this.status = this.t.importFinished(state.sources.filter((source) => source.lastRun?.ok).length, state.sources.length);
      this.dispatchEvent(new AuditedEvent());
    }
  }

  private async run(): Promise<void> {
    if (this.starting || this.state?.running) return;
    this.starting = true;
    this.runProblem = '';
    this.status = '';
    try {
      const state = await this.api.runImports();
      this.show({ ...state, running: true });
    } catch (error) {
      this.runProblem = error instanceof HttpError && error.status === 409 ? this.t.importsNotConfigured : describeAdminError(this.t, error);
    } finally {
      this.starting = false;
    }
  }

  override render() {
    const t = this.t;
    const busy = this.starting || this.state?.running === true;
    return html`<section aria-labelledby="imports-heading">
      <h2 id="imports-heading">${t.importsHeading}</h2>
      ${this.state?.sources.length ? html`<p>${t.importsIntro(this.state.intervalHours)}</p>` : nothing}
      <div class="actions">
        <button type="button" class="button primary" aria-disabled=${busy ? 'true' : 'false'} @click=${this.run}>${t.runImports}</button>
      </div>
      <p class="status" role="status">${this.status}</p>
      ${this.runProblem ? html`<div class="problem" role="alert"><p>${this.runProblem}</p></div>` : nothing} ${this.renderSources()}
    </section>`;
  }

  private renderSources() {
    const t = this.t;
    if (this.problem) return problemBox(t, this.problem, () => void this.load());
    if (!this.state) return this.loading ? html`<p class="notice">${t.loading}</p>` : nothing;
    // After a 409 its message says it all.
    if (this.state.sources.length === 0) return this.runProblem ? nothing : html`<p class="notice">${t.noImportSources}</p>`;
    return html`<ul class="records" aria-busy=${this.state.running ? 'true' : 'false'}>
      ${this.state.sources.map((source) => this.renderSource(source))}
    </ul>`;
  }

  private renderSource(source: ImportSource) {
    const t = this.t;
    const run = source.lastRun;
    return html`<li class="record">
      <div class="record-text">
        <p class="record-title">${source.id}</p>
        <p class="record-meta">${t.sourceKind}: ${source.source} · ${source.url}</p>
        <dl class="compact">
          <dt>${t.lastRun}</dt>
          <dd>${run ? html`${when(t, run.finishedAt)}, <strong class=${run.ok ? 'ok' : 'failed'}>${run.ok ? t.runOk : t.runFailed}</strong>` : t.never}</dd>
          ${run ? html`<dt>${t.runCounts}</dt><dd>${t.importCounts(run)}</dd>` : nothing} ${run?.error ? html`<dt>${t.runError}</dt><dd>${run.error}</dd>` : nothing}
        </dl>
      </div>
    </li>`;
  }
}
