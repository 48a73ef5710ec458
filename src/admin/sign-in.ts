import { html, nothing } from 'lit';
import { HttpError } from '../core/api-errors.js';
import { AdminApi } from './admin-api.js';
import { AdminElement } from './admin-element.js';
import { describeAdminError } from './error-text.js';
import { SignedInEvent } from './signed-in-event.js';

/**
 * The sign-in form: one token field. The token is checked with `GET /admin/me` before the page accepts it, so a
 * wrong one is told at once, in words, with the field marked and focused.
 */
export class AdminSignIn extends AdminElement {
  static override properties = {
    base: { type: String },
    notice: { type: String },
    busy: { state: true },
    problem: { state: true },
  };

  /** The API base with its version. */
  declare base: string;
  /** A message from before, e.g. "you are signed out"; shown until the person signs in. */
  declare notice: string;
  declare private busy: boolean;
  declare private problem: string;

  constructor() {
    super();
    this.base = '';
    this.notice = '';
    this.busy = false;
    this.problem = '';
  }

  /** Puts the focus in the token field (after a sign-out or when the page opens). */
  override focus(): void {
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#token')?.focus());
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const field = this.renderRoot.querySelector<HTMLInputElement>('#token')!;
    const token = field.value.trim();
    if (!token) {
      this.problem = this.t.tokenRequired;
      field.focus();
      return;
    }
    this.busy = true;
    this.problem = '';
    try {
      const caller = await new AdminApi(this.base, token).me();
      field.value = '';
      this.dispatchEvent(new SignedInEvent({ token, caller }));
    } catch (error) {
      if (error instanceof HttpError && error.status === 401) this.problem = this.t.tokenWrong;
      else if (error instanceof HttpError && error.status === 404) this.problem = this.t.adminOff;
      else this.problem = describeAdminError(this.t, error);
      await this.updateComplete;
      field.focus();
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const t = this.t;
    return html`<section class="panel sign-in" aria-labelledby="heading">
      <h1 id="heading">${t.signInHeading}</h1>
      <p>${t.signInIntro}</p>
      <p class="status" role="status">${this.busy ? t.signingIn : this.notice}</p>
      <form @submit=${this.submit} novalidate>
        <div class="field">
          <label for="token">${t.tokenLabel}</label>
          <input
            id="token"
            class="text-field"
            type="password"
            name="token"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="token-hint ${this.problem ? 'token-error' : ''}"
            aria-invalid=${this.problem ? 'true' : 'false'}
          />
          <span id="token-hint" class="hint">${t.tokenHint}</span>
          ${this.problem ? html`<span id="token-error" class="field-error" role="alert">${this.problem}</span>` : nothing}
        </div>
        <button class="button primary" ?disabled=${this.busy}>${t.signIn}</button>
      </form>
    </section>`;
  }
}
