import { css, html, nothing, type PropertyValues } from 'lit';
import { isAbort } from '../core/api-errors.js';
import { mailtoUrl } from '../core/safe-url.js';
import type { Partner } from '../core/types.js';
import type { AdminApi, Caller, StoredInquiry } from './admin-api.js';
import { AdminElement } from './admin-element.js';
import type { ConfirmDialog } from './confirm-dialog.js';
import { describeAdminError } from './error-text.js';

/** Inquiries per page: enough to scan, small enough that a busy year never arrives at once. */
const pageSize = 20;

/**
 * The inquiries the token may read, newest first, a page at a time; one opened beside the list to read, delete
 * (after a confirmation) or export with the rest as the server's CSV. A partner's office is not offered to
 * delete an inquiry that also names other partners: the server would refuse it.
 */
export class InquiriesView extends AdminElement {
  static override styles = [
    ...AdminElement.styles,
    css`
      /* On a wide screen the open inquiry stands beside the list, so the list keeps its place. */
      @container (min-width: 56em) {
        .layout.reading {
          display: grid;
          grid-template-columns: minmax(0, 1fr) minmax(0, 1.3fr);
          gap: var(--_space);
          align-items: start;
        }

        .layout.reading > article {
          position: sticky;
          top: var(--_space);
          grid-column: 2;
          grid-row: 1;
        }

        .layout.reading > section {
          grid-column: 1;
          grid-row: 1;
        }
      }
    `,
  ];

  static override properties = {
    api: { attribute: false },
    caller: { attribute: false },
    partners: { attribute: false },
    filter: { state: true },
    items: { state: true },
    total: { state: true },
    next: { state: true },
    loading: { state: true },
    problem: { state: true },
    openId: { state: true },
    status: { state: true },
    busy: { state: true },
  };

  declare api: AdminApi;
  declare caller: Caller;
  /** The public partner list, for names and the filter. */
  declare partners: Partner[];
  declare private filter: string;
  declare private items: StoredInquiry[];
  declare private total: number;
  declare private next: string | undefined;
  declare private loading: boolean;
  declare private problem: unknown;
  declare private openId: string | undefined;
  declare private status: string;
  declare private busy: boolean;
  private controller: AbortController | undefined;

  constructor() {
    super();
    this.partners = [];
    this.filter = '';
    this.items = [];
    this.total = 0;
    this.loading = false;
    this.status = '';
    this.busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') && changed.get('api') !== undefined) void this.load(false);
  }

  /** The first page for the filter (`more` false) or the following one. */
  private async load(more: boolean): Promise<void> {
    if (!this.api) return;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.loading = true;
    this.problem = undefined;
    try {
      const partner = this.caller?.role === 'region' ? this.filter || undefined : undefined;
      const page = await this.api.inquiries({ partner, limit: pageSize, cursor: more ? this.next : undefined }, controller.signal);
      this.items = more ? [...this.items, ...page.items] : page.items;
      this.total = page.total ?? this.items.length;
      this.next = page.next;
      if (!more) this.openId = undefined;
    } catch (error) {
      if (isAbort(error)) return;
      this.problem = error;
    } finally {
      if (this.controller === controller) this.loading = false;
    }
  }

  private partnerName(id: string): string {
    return this.partners.find((partner) => partner.id === id)?.name ?? id;
  }

  private async open(inquiry: StoredInquiry): Promise<void> {
    this.openId = inquiry.id;
    this.status = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#reading-heading')?.focus();
  }

  private async closeReading(): Promise<void> {
    const id = this.openId;
    this.openId = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`button[data-id="${id}"]`)?.focus();
  }

  private async confirmDelete(inquiry: StoredInquiry): Promise<void> {
    const confirmed = await this.renderRoot.querySelector<ConfirmDialog>('wr-admin-confirm')!.ask({ question: this.t.confirmDeleteInquiry(inquiry.name), confirm: this.t.delete });
    if (!confirmed) {
      this.renderRoot.querySelector<HTMLElement>('#delete')?.focus();
      return;
    }
    this.busy = true;
    try {
      await this.api.deleteInquiry(inquiry.id);
      this.items = this.items.filter((item) => item.id !== inquiry.id);
      this.total = Math.max(0, this.total - 1);
      this.openId = undefined;
      this.status = this.t.inquiryDeleted(inquiry.name);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#list-heading')?.focus();
    } catch (error) {
      this.status = describeAdminError(this.t, error);
    } finally {
      this.busy = false;
    }
  }

  private async exportCsv(): Promise<void> {
    this.busy = true;
    this.status = this.t.exporting;
    try {
      const partner = this.caller.role === 'region' ? this.filter || undefined : undefined;
      const { blob, fileName } = await this.api.inquiriesCsv(partner);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = fileName;
      link.hidden = true;
      this.renderRoot.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      this.status = this.t.exported(fileName);
    } catch (error) {
      this.status = describeAdminError(this.t, error);
    } finally {
      this.busy = false;
    }
  }

  private changeFilter(event: Event): void {
    this.filter = (event.target as HTMLSelectElement).value;
    this.status = '';
    void this.load(false);
  }

  /** May this token delete it? An office only an inquiry that names its partner alone. */
  private deletable(inquiry: StoredInquiry): boolean {
    return this.caller.role === 'region' || inquiry.partners.every((id) => id === this.caller.partner);
  }

  private when(value: string): string {
    return new Intl.DateTimeFormat(this.t.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
  }

  override render() {
    const t = this.t;
    const open = this.items.find((item) => item.id === this.openId);
    return html`<div class="toolbar">
        ${this.caller?.role === 'region'
          ? html`<div class="field">
              <label for="partner">${t.partnerFilter}</label>
              <select id="partner" class="text-field" @change=${this.changeFilter}>
                <option value="" ?selected=${this.filter === ''}>${t.all}</option>
                ${this.partners.map((partner) => html`<option value=${partner.id} ?selected=${this.filter === partner.id}>${partner.name}</option>`)}
              </select>
            </div>`
          : nothing}
        <button type="button" class="button" ?disabled=${this.busy} @click=${this.exportCsv}>${t.exportCsv}</button>
      </div>
      <p class="status" role="status">${this.status}</p>
      <div class="layout ${open ? 'reading' : ''}">
        ${open ? this.renderReading(open) : nothing}
        <section aria-labelledby="list-heading">
          <h2 id="list-heading" tabindex="-1">${t.inquiryList}</h2>
          ${this.renderList()}
        </section>
      </div>
      <wr-admin-confirm></wr-admin-confirm>`;
  }

  private renderList() {
    const t = this.t;
    if (this.problem && this.items.length === 0) {
      return html`<div class="problem" role="alert"><p>${describeAdminError(t, this.problem)}</p><button type="button" class="button" @click=${() => this.load(false)}>${t.retry}</button></div>`;
    }
    if (this.loading && this.items.length === 0) return html`<p class="notice" role="status">${t.loading}</p>`;
    if (this.items.length === 0) return html`<p class="notice">${t.noInquiries}</p>`;
    return html`<p class="muted">${t.inquiryCount(this.items.length, this.total)}</p>
      <ul class="records" aria-busy=${this.loading ? 'true' : 'false'}>
        ${this.items.map(
          (inquiry) => html`<li class="record" aria-current=${inquiry.id === this.openId ? 'true' : 'false'}>
            <div class="record-text">
              <p class="record-title">${inquiry.name}</p>
              <p class="record-meta">${this.when(inquiry.receivedAt)} · ${inquiry.partners.map((id) => this.partnerName(id)).join(', ')}</p>
            </div>
            <div class="record-actions">
              <button type="button" class="button" data-id=${inquiry.id} aria-label="${t.read}: ${inquiry.name}, ${this.when(inquiry.receivedAt)}" @click=${() => this.open(inquiry)}>${t.read}</button>
            </div>
          </li>`,
        )}
      </ul>
      ${this.problem ? html`<div class="problem" role="alert"><p>${describeAdminError(t, this.problem)}</p><button type="button" class="button" @click=${() => this.load(true)}>${t.retry}</button></div>` : nothing}
      ${this.next && !this.problem ? html`<button type="button" class="button" ?disabled=${this.loading} @click=${() => this.load(true)}>${this.loading ? t.loading : t.loadMore}</button>` : nothing}`;
  }

  /**
   * The reply button, its href built as the widgets build every mailto: link: the address encoded, so one stored
   * before the contract refused `?` and `%` cannot add a Bcc or a body to the office's reply. No link for a
   * string that is not an address.
   */
  private replyLink(inquiry: StoredInquiry) {
    const href = mailtoUrl(inquiry.email);
    return href ? html`<a class="button" href=${href}>${this.t.email}: ${inquiry.email}</a>` : nothing;
  }

  private renderReading(inquiry: StoredInquiry) {
    const t = this.t;
    const row = (label: string, value: string | undefined) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing);
    return html`<article class="panel reading" aria-labelledby="reading-heading">
      <h2 id="reading-heading" tabindex="-1">${inquiry.name}</h2>
      <dl>
        ${row(t.receivedAt, this.when(inquiry.receivedAt))} ${row(t.email, inquiry.email)} ${row(t.phone, inquiry.phone)} ${row(t.livesIn, inquiry.livesIn)}
        ${row(t.towns, inquiry.partners.map((id) => this.partnerName(id)).join(', '))} ${row(t.wish, t.wishes[inquiry.wish] ?? inquiry.wish)} ${row(t.field, inquiry.field)}
        ${row(t.message, inquiry.message)} ${row(t.language, inquiry.locale)} ${row(t.reference, inquiry.id)}
      </dl>
      ${this.deletable(inquiry) ? nothing : html`<p class="muted">${t.sharedInquiry}</p>`}
      <div class="actions">
        ${this.replyLink(inquiry)}
        ${this.deletable(inquiry) ? html`<button type="button" id="delete" class="button danger" ?disabled=${this.busy} @click=${() => this.confirmDelete(inquiry)}>${t.deleteInquiry}</button>` : nothing}
        <button type="button" class="button" @click=${this.closeReading}>${t.close}</button>
      </div>
    </article>`;
  }
}
