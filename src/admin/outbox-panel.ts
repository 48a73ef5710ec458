import { html, nothing } from 'lit';
import { isAbort } from '../core/api-errors.js';
import type { AdminApi, OutboxState } from './admin-api.js';
import { AdminElement } from './admin-element.js';
import { problemBox, when } from './problem-box.js';

/** The queue of mail to the offices, read only: whether mail is on, the counts, and each unsent mail. */
export class OutboxPanel extends AdminElement {
  static override properties = {
    api: { attribute: false },
    state: { state: true },
    loading: { state: true },
    problem: { state: true },
  };

  declare api: AdminApi;
  declare private state: OutboxState | undefined;
  declare private loading: boolean;
  declare private problem: unknown;
  private controller: AbortController | undefined;

  constructor() {
    super();
    this.loading = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  private async load(): Promise<void> {
    if (!this.api) return;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.loading = true;
    this.problem = undefined;
    try {
      this.state = await this.api.outbox(controller.signal);
    } catch (error) {
      if (isAbort(error)) return;
      this.problem = error;
    } finally {
      if (this.controller === controller) this.loading = false;
    }
  }

  override render() {
    const t = this.t;
    return html`<section aria-labelledby="mail-heading">
      <h2 id="mail-heading">${t.mailHeading}</h2>
      ${this.renderState()}
    </section>`;
  }

  private renderState() {
    const t = this.t;
    const state = this.state;
    if (this.problem) return problemBox(t, this.problem, () => void this.load());
    if (!state) return this.loading ? html`<p class="notice">${t.loading}</p>` : nothing;
    return html`<p>${state.mail === 'on' ? t.mailOn : t.mailOff}</p>
      <dl class="counts" aria-busy=${this.loading ? 'true' : 'false'}>
        <div><dt>${t.mailPending}</dt><dd>${state.pending}</dd></div>
        <div><dt>${t.mailFailed}</dt><dd>${state.failed}</dd></div>
        <div><dt>${t.mailSent}</dt><dd>${state.sent}</dd></div>
      </dl>
      <h3 id="unsent-heading">${t.unsentMail}</h3>
      ${state.items.length === 0
        ? html`<p class="notice">${t.noUnsentMail}</p>`
        : html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="unsent-heading">
            <table>
              <thead>
                <tr>
                  <th scope="col">${t.mailInquiry}</th>
                  <th scope="col">${t.mailState}</th>
                  <th scope="col">${t.mailAttempts}</th>
                  <th scope="col">${t.mailWhen}</th>
                  <th scope="col">${t.mailError}</th>
                </tr>
              </thead>
              <tbody>
                ${state.items.map(
                  (item) => html`<tr>
                    <td>${item.inquiryId}</td>
                    <td>${t.mailStates[item.state] ?? item.state}</td>
                    <td class="number">${item.attempts}</td>
                    <td>${when(t, item.state === 'failed' ? item.failedAt : item.nextAttemptAt)}</td>
                    <td>${item.lastError ?? ''}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`}
      <div class="actions">
        <button type="button" class="button" aria-disabled=${this.loading ? 'true' : 'false'} @click=${() => !this.loading && this.load()}>${t.refresh}</button>
      </div>`;
  }
}
