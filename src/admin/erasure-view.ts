import { html, nothing } from 'lit';
import type { AdminApi } from './admin-api.js';
import { AdminElement } from './admin-element.js';
import type { ConfirmDialog } from './confirm-dialog.js';
import { describeAdminError } from './error-text.js';

/** Erasure of one person's data by e-mail address (region only), asked for once more before it happens. */
export class ErasureView extends AdminElement {
  static override properties = {
    api: { attribute: false },
    busy: { state: true },
    problem: { state: true },
    result: { state: true },
    fieldProblem: { state: true },
  };

  declare api: AdminApi;
  declare private busy: boolean;
  declare private problem: string;
  declare private result: string;
  declare private fieldProblem: string;

  constructor() {
    super();
    this.busy = false;
    this.problem = '';
    this.result = '';
    this.fieldProblem = '';
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const field = this.renderRoot.querySelector<HTMLInputElement>('#email')!;
    const email = field.value.trim();
    this.result = '';
    this.problem = '';
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
      this.fieldProblem = this.t.erasureEmailInvalid;
      field.focus();
      return;
    }
    this.fieldProblem = '';
    const confirmed = await this.renderRoot.querySelector<ConfirmDialog>('wr-admin-confirm')!.ask({ question: this.t.confirmErase(email), confirm: this.t.delete });
    if (!confirmed) {
      this.renderRoot.querySelector<HTMLElement>('#erase')?.focus();
      return;
    }
    this.busy = true;
    try {
      const deleted = await this.api.eraseByEmail(email);
      this.result = this.t.erased(email, deleted);
      field.value = '';
    } catch (error) {
      this.problem = describeAdminError(this.t, error);
    } finally {
      this.busy = false;
      await this.updateComplete;
      field.focus();
    }
  }

  override render() {
    const t = this.t;
    return html`<p>${t.erasureIntro}</p>
      <div role="status" class="status">${this.busy ? t.erasing : this.result ? html`<p class="success">${this.result}</p>` : nothing}</div>
      ${this.problem ? html`<div class="problem" role="alert"><p>${this.problem}</p></div>` : nothing}
      <form class="panel" @submit=${this.submit} novalidate>
        <div class="field">
          <label for="email">${t.erasureEmail}</label>
          <input
            id="email"
            class="text-field"
            type="email"
            name="email"
            autocomplete="off"
            required
            aria-invalid=${this.fieldProblem ? 'true' : 'false'}
            aria-describedby=${this.fieldProblem ? 'email-error' : nothing}
          />
          ${this.fieldProblem ? html`<span id="email-error" class="field-error">${this.fieldProblem}</span>` : nothing}
        </div>
        <button id="erase" class="button danger" ?disabled=${this.busy}>${t.erase}</button>
      </form>
      <wr-admin-confirm></wr-admin-confirm>`;
  }
}
