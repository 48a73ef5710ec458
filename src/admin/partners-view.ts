import { html, nothing } from 'lit';
import type { AdminApi, AdminPartner } from './admin-api.js';
import { RecordEditor } from './record-editor.js';
import type { ConfirmDialog } from './confirm-dialog.js';
import { describeAdminError, invalidFields } from './error-text.js';
import { browserErrors, focusFirstError } from './form-fields.js';
import { partnerFromForm, renderPartnerFields } from './partner-form.js';

/**
 * The partners with their origins (region only): edit, add, delete, and each office's tokens. A new partner is
 * a change of data: the widgets show it at once.
 */
export class PartnersView extends RecordEditor<{ partner: Partial<AdminPartner>; isNew: boolean }> {
  static override properties = {
    ...RecordEditor.properties,
    api: { attribute: false },
    partners: { state: true },
    problem: { state: true },
  };

  declare api: AdminApi;
  declare private partners: AdminPartner[] | undefined;
  declare private problem: unknown;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    if (!this.api) return;
    this.problem = undefined;
    try {
      this.partners = await this.api.partners();
    } catch (error) {
      this.problem = error;
    }
  }



  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    this.errors = browserErrors(form, this.t);
    this.formProblem = '';
    if (Object.keys(this.errors).length) {
      this.formProblem = this.t.errorFields;
      await this.updateComplete;
      focusFirstError(this.renderRoot, this.errors);
      return;
    }
    const partner = partnerFromForm(form);
    this.busy = true;
    try {
      const saved = await this.api.savePartner(partner);
      await this.load();
      if (this.editing?.isNew) {
        // A new partner stays open: the region usually gives its office a token next.
        this.editing = { partner: saved, isNew: false };
        this.status = this.t.partnerSaved(saved.name);
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#form-heading')?.focus();
      } else {
        await this.backToList(this.t.partnerSaved(saved.name));
      }
    } catch (error) {
      this.errors = invalidFields(error);
      this.formProblem = describeAdminError(this.t, error);
      await this.updateComplete;
      focusFirstError(this.renderRoot, this.errors);
    } finally {
      this.busy = false;
    }
  }


  private async confirmDelete(partner: AdminPartner): Promise<void> {
    const confirmed = await this.renderRoot.querySelector<ConfirmDialog>('wr-admin-confirm')!.ask({ question: this.t.confirmDeletePartner(partner.name), confirm: this.t.delete });
    if (!confirmed) return;
    this.busy = true;
    try {
      await this.api.deletePartner(partner.id);
      await this.load();
      this.forgetOpener();
      await this.backToList(this.t.partnerDeleted(partner.name));
    } catch (error) {
      this.formProblem = describeAdminError(this.t, error);
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
    return html`<div class="toolbar">
        <button type="button" id="new" class="button primary" @click=${() => this.openEditor({ partner: { kind: 'town', origins: [] }, isNew: true }, '#new')}>${t.newPartner}</button>
      </div>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading" tabindex="-1">${t.partnerList}</h2>
        ${this.problem
          ? html`<div class="problem" role="alert"><p>${describeAdminError(t, this.problem)}</p><button type="button" class="button" @click=${() => this.load()}>${t.retry}</button></div>`
          : !this.partners
            ? html`<p class="notice" role="status">${t.loading}</p>`
            : this.partners.length === 0
              ? html`<p class="notice">${t.noPartners}</p>`
              : html`<ul class="records">
                  ${this.partners.map(
                    (partner) => html`<li class="record">
                      <div class="record-text">
                        <p class="record-title">${partner.name}</p>
                        <p class="record-meta">${partner.id} · ${t.kinds[partner.kind] ?? partner.kind} · ${t.originsCount(partner.origins?.length ?? 0)}</p>
                      </div>
                      <button type="button" class="button" data-id=${partner.id} aria-label="${t.edit}: ${partner.name}" @click=${() => this.openEditor({ partner, isNew: false }, `button[data-id="${partner.id}"]`)}>
                        ${t.edit}
                      </button>
                    </li>`,
                  )}
                </ul>`}
      </section>`;
  }

  private renderForm({ partner, isNew }: { partner: Partial<AdminPartner>; isNew: boolean }) {
    const t = this.t;
    return html`<form class="panel" @submit=${this.save} novalidate aria-labelledby="form-heading">
        <h2 id="form-heading" tabindex="-1">${isNew ? t.newPartner : t.editPartner(partner.name ?? '')}</h2>
        ${this.formProblem ? html`<div id="form-problem" class="problem" role="alert" tabindex="-1"><p>${this.formProblem}</p></div>` : nothing}
        ${renderPartnerFields(partner, { t, partners: this.partners ?? [], errors: this.errors, isNew })}
        <div class="actions">
          <button class="button primary" ?disabled=${this.busy}>${this.busy ? t.saving : t.save}</button>
          <button type="button" class="button" @click=${() => this.backToList()}>${t.back}</button>
          ${isNew ? nothing : html`<button type="button" class="button danger" ?disabled=${this.busy} @click=${() => this.confirmDelete(partner as AdminPartner)}>${t.deletePartner}</button>`}
        </div>
      </form>
      ${isNew || !partner.id ? nothing : html`<wr-admin-partner-tokens .api=${this.api} partner=${partner.id}></wr-admin-partner-tokens>`}`;
  }
}
