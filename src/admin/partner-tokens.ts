import { html, nothing, type PropertyValues } from 'lit';
import type { AdminApi, CreatedPartnerToken, PartnerToken } from './admin-api.js';
import { AdminElement } from './admin-element.js';
import type { ConfirmDialog } from './confirm-dialog.js';
import { describeAdminError } from './error-text.js';

/**
 * A partner office's tokens (region only): listed by id and date, a new one shown once with its secret, and
 * revoked after a confirmation. The secret is never kept beyond this element's life.
 */
export class PartnerTokens extends AdminElement {
  static override properties = {
    api: { attribute: false },
    partner: { type: String },
    tokens: { state: true },
    created: { state: true },
    problem: { state: true },
    status: { state: true },
    busy: { state: true },
  };

  declare api: AdminApi;
  /** The partner's id. */
  declare partner: string;
  declare private tokens: PartnerToken[] | undefined;
  declare private created: CreatedPartnerToken | undefined;
  declare private problem: unknown;
  declare private status: string;
  declare private busy: boolean;

  constructor() {
    super();
    this.partner = '';
    this.status = '';
    this.busy = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('partner') || changed.has('api')) && this.api && this.partner) void this.load();
  }

  private async load(): Promise<void> {
    this.problem = undefined;
    try {
      this.tokens = await this.api.tokens(this.partner);
    } catch (error) {
      this.problem = error;
    }
  }

  private async create(): Promise<void> {
    this.busy = true;
    try {
      this.created = await this.api.createToken(this.partner);
      this.status = this.t.tokenCreated;
      await this.load();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#new-token')?.select();
      this.renderRoot.querySelector<HTMLInputElement>('#new-token')?.focus();
    } catch (error) {
      this.status = describeAdminError(this.t, error);
    } finally {
      this.busy = false;
    }
  }

  private async copy(): Promise<void> {
    if (!this.created) return;
    try {
      await navigator.clipboard.writeText(this.created.token);
      this.status = this.t.copied;
    } catch {
      this.renderRoot.querySelector<HTMLInputElement>('#new-token')?.select();
    }
  }

  private async revoke(token: PartnerToken): Promise<void> {
    const confirmed = await this.renderRoot.querySelector<ConfirmDialog>('wr-admin-confirm')!.ask({ question: this.t.confirmRevoke(token.id), confirm: this.t.revoke.replace(/\s*…$/, '') });
    if (!confirmed) return;
    this.busy = true;
    try {
      await this.api.deleteToken(this.partner, token.id);
      if (this.created?.id === token.id) this.created = undefined;
      this.status = this.t.revoked(token.id);
      await this.load();
      this.renderRoot.querySelector<HTMLElement>('#create')?.focus();
    } catch (error) {
      this.status = describeAdminError(this.t, error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const t = this.t;
    const date = (value: string) => new Intl.DateTimeFormat(t.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
    return html`<section class="panel" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">${t.tokens}</h2>
      <p>${t.tokensIntro}</p>
      <p class="status" role="status">${this.status}</p>
      ${this.created
        ? html`<div class="field">
            <label for="new-token">${t.newToken}</label>
            <input id="new-token" class="text-field" readonly .value=${this.created.token} spellcheck="false" />
            <div class="actions"><button type="button" class="button" @click=${this.copy}>${t.copy}</button></div>
          </div>`
        : nothing}
      ${this.problem
        ? html`<div class="problem" role="alert"><p>${describeAdminError(t, this.problem)}</p><button type="button" class="button" @click=${() => this.load()}>${t.retry}</button></div>`
        : !this.tokens
          ? html`<p class="notice">${t.loading}</p>`
          : this.tokens.length === 0
            ? html`<p class="muted">${t.noTokens}</p>`
            : html`<ul class="records">
                ${this.tokens.map(
                  (token) => html`<li class="record">
                    <div class="record-text">
                      <p class="record-title">${token.id}</p>
                      <p class="record-meta">${t.tokenCreatedAt(date(token.createdAt))}</p>
                    </div>
                    <button type="button" class="button danger" aria-label="${t.revoke} ${token.id}" ?disabled=${this.busy} @click=${() => this.revoke(token)}>${t.revoke}</button>
                  </li>`,
                )}
              </ul>`}
      <button type="button" id="create" class="button" ?disabled=${this.busy} @click=${this.create}>${t.createToken}</button>
      <wr-admin-confirm></wr-admin-confirm>
    </section>`;
  }
}
