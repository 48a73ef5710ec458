import { html, nothing } from 'lit';
import { isAbort } from '../core/api-errors.js';
import type { Partner } from '../core/types.js';
import type { AdminApi, AuditEntry } from './admin-api.js';
import { AdminElement } from './admin-element.js';
import { problemBox, when } from './problem-box.js';

/** Entries per step: a screen's worth. */
const step = 50;
/** The contract's largest `limit`. */
const maxLimit = 10_000;

/**
 * The newest entries of the audit log as a table. The contract has no cursor for the log (`since` is a lower
 * bound in time), so "load older" asks again for a longer list of the newest entries.
 */
export class AuditPanel extends AdminElement {
  static override properties = {
    api: { attribute: false },
    partners: { attribute: false },
    items: { state: true },
    limit: { state: true },
    loading: { state: true },
    problem: { state: true },
  };

  declare api: AdminApi;
  /** The public partner list, for the offices' names. */
  declare partners: Partner[];
  /** Undefined before the first answer. */
  declare private items: AuditEntry[] | undefined;
  declare private limit: number;
  declare private loading: boolean;
  declare private problem: unknown;
  private controller: AbortController | undefined;
  /** The limit of the last request, answered or not, so a retry asks the same. */
  private asked = step;

  constructor() {
    super();
    this.partners = [];
    this.limit = step;
    this.loading = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load(step);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  /** Reads the log again, as long as it is now, without moving the focus. */
  refresh(): void {
    void this.load(this.limit);
  }

  /** `older`: the person asked for older entries, so the first of them takes the focus. */
  private async load(limit: number, older = false): Promise<void> {
    if (!this.api) return;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.asked = limit;
    this.loading = true;
    this.problem = undefined;
    const shown = this.items?.length ?? 0;
    try {
      this.items = await this.api.audit(limit, controller.signal);
      this.limit = limit;
      if (older && this.items.length > shown) {
        // Reading goes on at the first of the older entries.
        await this.updateComplete;
        this.renderRoot.querySelectorAll<HTMLElement>('tbody tr')[shown]?.focus();
      }
    } catch (error) {
      if (isAbort(error)) return;
      this.problem = error;
    } finally {
      if (this.controller === controller) this.loading = false;
    }
  }

  private who(entry: AuditEntry): string {
    const t = this.t;
    if (!entry.who) return t.whoServer;
    if (entry.who === 'region') return t.whoRegion;
    const id = entry.who.replace(/^partner:/, '');
    return t.whoPartner(this.partners.find((partner) => partner.id === id)?.name ?? id);
  }

  override render() {
    const t = this.t;
    return html`<section aria-labelledby="audit-heading">
      <h2 id="audit-heading">${t.auditHeading}</h2>
      <p>${t.auditIntro}</p>
      ${this.renderLog()}
    </section>`;
  }

  private renderLog() {
    const t = this.t;
    const items = this.items;
    if (this.problem && !items) return problemBox(t, this.problem, () => void this.load(this.asked));
    if (!items) return this.loading ? html`<p class="notice">${t.loading}</p>` : nothing;
    const more = items.length >= this.limit && this.limit < maxLimit;
    return html`${items.length === 0
        ? html`<p class="notice">${t.noAudit}</p>`
        : html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="audit-caption">
            <table aria-busy=${this.loading ? 'true' : 'false'}>
              <caption id="audit-caption">${t.auditCaption(items.length)}</caption>
              <thead>
                <tr>
                  <th scope="col">${t.auditAt}</th>
                  <th scope="col">${t.auditWho}</th>
                  <th scope="col">${t.auditAction}</th>
                  <th scope="col">${t.auditTarget}</th>
                  <th scope="col" class="number">${t.auditCount}</th>
                </tr>
              </thead>
              <tbody>
                ${items.map(
                  (entry) => html`<tr tabindex="-1">
                    <td>${when(t, entry.at)}</td>
                    <td>${this.who(entry)}</td>
                    <td><code>${entry.action}</code></td>
                    <td>${[entry.targetKind, entry.targetId].filter(Boolean).join(': ')}</td>
                    <td class="number">${entry.count ?? ''}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`}
      ${this.problem ? problemBox(t, this.problem, () => void this.load(this.asked, this.asked > this.limit)) : nothing}
      <div class="actions">
        ${more && !this.problem
          ? html`<button type="button" class="button" aria-disabled=${this.loading ? 'true' : 'false'} @click=${() => !this.loading && this.load(Math.min(this.limit + step, maxLimit), true)}>
              ${this.loading ? t.loading : t.loadOlder}
            </button>`
          : nothing}
        <button type="button" class="button" aria-disabled=${this.loading ? 'true' : 'false'} @click=${() => !this.loading && this.load(this.limit)}>${t.refresh}</button>
      </div>`;
  }
}
