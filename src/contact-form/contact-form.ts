import { html, nothing, type TemplateResult } from 'lit';
import { ApiClient, newIdempotencyKey } from '../core/api-client.js';
import type { LocaleController } from '../core/i18n/localize.js';
import { contactFormTexts } from './i18n/index.js';
import { HttpError, isAbort, MissingApiError, NetworkError, TimeoutError } from '../core/api-errors.js';
import { ApiTask } from '../core/api-task.js';
import { getConfig } from '../core/config.js';
import { deadline } from '../core/deadline.js';
import { controlStyles } from '../core/controls.styles.js';
import { describeError } from '../core/error-text.js';
import { InquiryFailedEvent, type InquiryFailureReason } from '../core/events/inquiry-failed.js';
import { InquirySentEvent } from '../core/events/inquiry-sent.js';
import { retryableImport } from '../core/lazy-import.js';
import { safeUrl } from '../core/safe-url.js';
import type { InquiryReceipt, InquiryRequest, Partner } from '../core/types.js';
import { readChallenge, readInquiryReceipt, readPartners } from '../core/validate.js';
import { WrElement } from '../core/wr-element.js';
import { contactFormStyles } from './contact-form.styles.js';
import { clearDraft, draftKey, loadDraft, saveDraft, type Draft } from './draft.js';
import {
  emptyValues,
  errorText,
  fieldOrder,
  inquiryBody,
  maxLengths,
  optionalFields,
  serverErrors,
  validate,
  type FieldErrors,
  type FieldName,
  type InquiryValues,
  type OptionalField,
} from './rules.js';

/** How many cells hold the towns' place while they load: the network's size today; a wrong guess moves the form once. */
const likelyPartners = 9;

/** The proof-of-work solver: a chunk of its own, loaded when a visitor first sends, retried after a failure. */
const loadSolver = retryableImport(() => import('./altcha-solver.js'));

type Phase = 'editing' | 'sending' | 'failed' | 'sent';
type TextField = 'name' | 'email' | 'phone' | 'livesIn' | 'field';

interface Failure {
  reason: InquiryFailureReason;
  text: string;
}

/**
 * The returner's contact form: who they are, which partner towns interest them, what they look for, and consent
 * naming the offices that receive it. Nothing typed is lost (a draft in the tab's sessionStorage, everything kept
 * when a send fails) and nothing is sent twice (one Idempotency-Key per inquiry, kept across retries and reloads).
 *
 * @tag wr-contact-form
 * @summary A contact form for returners, robust against whatever the network does.
 *
 * @attr lang - Language of the widget (`de`, `en`); by default the page's.
 *
 * @fires {InquirySentEvent} wr-inquiry-sent - The server stored the inquiry (`detail.id`, `detail.receivedAt`).
 * @fires {InquiryFailedEvent} wr-inquiry-failed - A send ended without success (`detail.reason`); what the visitor typed is still there.
 *
 * @csspart form - The form.
 * @csspart summary - The list of problems at the top after a failed submit, with links to the fields.
 * @csspart field - One field with its label, hint and error (also the groups of towns and wishes, and consent).
 * @csspart label - The label of a field or the legend of a group.
 * @csspart input - A text input or the message's text area.
 * @csspart hint - The help text below a label.
 * @csspart error - The error message of a field.
 * @csspart problem - The message when a send failed, with its retry button.
 * @csspart submit - The send button.
 * @csspart confirmation - The confirmation after sending, with the reference number.
 *
 * @cssprop [--wr-contact-form-accent=var(--wr-color-primary)] - The send button, links, checked boxes and focus rings.
 * @cssprop [--wr-contact-form-background=var(--wr-color-surface)] - Background of the form.
 * @cssprop [--wr-contact-form-border=var(--wr-color-border)] - Border of the form.
 * @cssprop [--wr-contact-form-min-height=75.5rem] - Height held on the page before the widget's file has run (with the loader), so the page's content does not move (78.5rem up to 60em wide screens, 124rem on phones).
 */
export class ContactForm extends WrElement {
  static override styles = [...WrElement.styles, controlStyles, contactFormStyles];

  static override texts = contactFormTexts;
  protected declare readonly locale: LocaleController<'contactForm'>;

  static override properties = {
    partner: { type: String },
    privacyUrl: { type: String, attribute: 'privacy-url' },
    fields: { type: String },
    values: { state: true },
    errors: { state: true },
    otherErrors: { state: true },
    showSummary: { state: true },
    phase: { state: true },
    failure: { state: true },
    receipt: { state: true },
    restored: { state: true },
  };

  /** Partner id chosen at first; the visitor may choose more or others. */
  declare partner: string | undefined;
  /** Address of the privacy policy the consent links to; the console warns when it is missing. */
  declare privacyUrl: string | undefined;
  /**
   * Which optional fields to show: space-separated among `phone lives-in field message`; all by default.
   * @default 'phone lives-in field message'
   */
  declare fields: string;

  declare private values: InquiryValues;
  declare private errors: FieldErrors;
  /** Fields the server refused that the form does not show, and a failed challenge. */
  declare private otherErrors: string[];
  declare private showSummary: boolean;
  declare private phase: Phase;
  declare private failure: Failure | undefined;
  declare private receipt: (InquiryReceipt & { offices: string }) | undefined;
  declare private restored: boolean;

  /** The key and challenge solution of this inquiry, stored with the draft. */
  private draft: Omit<Draft, 'values'> = {};
  private storageKey = '';
  private initialised = false;
  private sendController: AbortController | undefined;
  /** The challenge solution being worked out in the background, started when the visitor begins. */
  private solution: Promise<string | undefined> | undefined;
  private solutionController: AbortController | undefined;

  constructor() {
    super();
    this.fields = optionalFields.join(' ');
    this.values = { ...emptyValues };
    this.errors = {};
    this.otherErrors = [];
    this.showSummary = false;
    this.phase = 'editing';
    this.restored = false;
  }

  private readonly partnerList = new ApiTask(this, {
    task: ([base], { signal }) => ApiClient.for(base).get('/partners', {}, readPartners, { signal }),
    args: () => [this.apiBase] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.initialised) return;
    this.initialised = true;
    this.storageKey = draftKey(this.partner);
    const draft = loadDraft(this.storageKey);
    if (draft) {
      this.values = draft.values;
      this.draft = { key: draft.key, altcha: draft.altcha };
      this.restored = draft.values.name !== '' || draft.values.email !== '' || draft.values.message !== '';
    } else if (this.partner) {
      this.values = { ...this.values, partners: [this.partner] };
    }
    if (!safeUrl(this.privacyUrl)) {
      console.warn('<wr-contact-form>: set privacy-url to the address of your privacy policy. The consent text must link to it.');
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The draft keeps the key: a send cut off here is resent after a reload as the same inquiry.
    this.sendController?.abort();
    this.solutionController?.abort();
    this.solution = undefined;
    if (this.phase === 'sending') this.phase = 'editing';
  }

  private get visibleFields(): Set<OptionalField> {
    const words = (this.fields ?? '').split(/\s+/);
    return new Set(optionalFields.filter((field) => words.includes(field)));
  }

  private get partners(): Partner[] {
    return this.partnerList.value ?? [];
  }

  /** The offices of the chosen partners, by name, as the language lists them. */
  private offices(ids: readonly string[]): string {
    const names = this.partners.filter((partner) => ids.includes(partner.id)).map((partner) => partner.contact.office);
    return new Intl.ListFormat(this.locale.t.locale, { type: 'conjunction' }).format(names);
  }

  private save(): void {
    saveDraft(this.storageKey, { values: this.values, ...this.draft });
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement;
    const values = { ...this.values };
    switch (input.name) {
      case 'partners': {
        const chosen = new Set(values.partners);
        if ((input as HTMLInputElement).checked) chosen.add(input.value);
        else chosen.delete(input.value);
        values.partners = this.partners.length ? this.partners.map((partner) => partner.id).filter((id) => chosen.has(id)) : [...chosen];
        break;
      }
      case 'wish':
        values.wish = input.value as InquiryValues['wish'];
        break;
      case 'consent':
        values.consent = (input as HTMLInputElement).checked;
        break;
      case 'name':
      case 'email':
      case 'phone':
      case 'livesIn':
      case 'field':
      case 'message':
        values[input.name] = input.value;
        break;
      default:
        return;
    }
    this.values = values;
    this.save();
    // An error shown goes away as soon as the field is right; new errors wait for the next submit.
    const field = input.name as FieldName;
    if (this.errors[field]) {
      const errors = { ...this.errors };
      const now = validate(values, this.visibleFields)[field];
      if (now) errors[field] = now;
      else delete errors[field];
      this.errors = errors;
    }
  }

  /** Starts solving the challenge in the background once, when the visitor begins to fill in the form. */
  private startChallenge(): void {
    if (this.solution || this.draft.altcha || !this.apiBase) return;
    this.solutionController = new AbortController();
    this.solution = fetchSolution(this.apiBase, this.solutionController.signal).catch(() => undefined);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.send();
  }

  /** Sends the inquiry; a click while a send is under way does nothing. */
  async send(): Promise<void> {
    if (this.phase === 'sending' || this.phase === 'sent') return;
    // A preselected or restored id the API no longer lists is dropped rather than refused by the server.
    if (this.partners.length) {
      const known = new Set(this.partners.map((partner) => partner.id));
      if (this.values.partners.some((id) => !known.has(id))) this.values = { ...this.values, partners: this.values.partners.filter((id) => known.has(id)) };
    }
    const errors = validate(this.values, this.visibleFields);
    if (Object.keys(errors).length > 0) {
      void this.refuse(errors, []);
      return;
    }
    this.phase = 'sending';
    this.failure = undefined;
    this.errors = {};
    this.otherErrors = [];
    this.showSummary = false;
    this.restored = false;
    this.draft.key ??= newIdempotencyKey();
    this.save();
    const controller = new AbortController();
    this.sendController = controller;
    const values = this.values;
    try {
      if (!this.draft.altcha) {
        this.startChallenge();
        const altcha = await this.solution;
        // A solution belongs to the key it is first sent with, so a resend is the same body.
        if (altcha) {
          this.draft.altcha = altcha;
          this.save();
        }
      }
      const body: InquiryRequest = { ...inquiryBody(values, this.visibleFields, this.locale.lang) };
      if (this.draft.altcha) body.altcha = this.draft.altcha;
      const trap = this.renderRoot.querySelector<HTMLInputElement>('#website')?.value;
      if (trap) body.website = trap;
      const receipt = await ApiClient.for(this.apiBase).post('/inquiries', body, readInquiryReceipt, {
        idempotencyKey: this.draft.key!,
        signal: controller.signal,
      });
      await this.succeed(receipt, this.offices(values.partners));
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) return;
      this.fail(error);
    } finally {
      if (this.sendController === controller) this.sendController = undefined;
    }
  }

  /** Shows what is wrong next to each field and in the summary, and moves focus to the summary. */
  private async refuse(errors: FieldErrors, other: string[]): Promise<void> {
    this.errors = errors;
    this.otherErrors = other;
    this.showSummary = true;
    this.phase = 'editing';
    this.failure = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part=summary]')?.focus();
  }

  private async succeed(receipt: InquiryReceipt, offices: string): Promise<void> {
    clearDraft(this.storageKey);
    this.draft = {};
    this.solution = undefined;
    this.receipt = { ...receipt, offices };
    this.phase = 'sent';
    this.dispatchEvent(new InquirySentEvent(receipt));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part=confirmation]')?.focus();
  }

  private fail(error: unknown): void {
    const t = this.locale.t;
    const c = t.contactForm;
    let failure: Failure;
    if (error instanceof HttpError && error.status === 422 && error.body?.errors && Object.keys(error.body.errors).length > 0) {
      const { fields, other } = serverErrors(error.body.errors);
      if (other.includes('altcha')) {
        // The solution expired or was used up: work out a new one for the next send.
        this.draft.altcha = undefined;
        this.solution = undefined;
        this.save();
        this.startChallenge();
      }
      void this.refuse(fields, other);
      this.dispatchEvent(new InquiryFailedEvent('invalid'));
      return;
    }
    if (error instanceof HttpError) {
      if (error.status === 429) failure = { reason: 'rate-limited', text: c.failedRateLimited(error.retryAfter) };
      else if (error.status === 403) failure = { reason: 'forbidden', text: c.failedForbidden };
      else if (error.status === 409) {
        // The key belongs to an earlier version the server already stored; this version is a new inquiry.
        this.draft = {};
        this.solution = undefined;
        this.save();
        failure = { reason: 'invalid', text: c.failedConflict };
      } else if (error.status === 422 || error.status === 400) failure = { reason: 'invalid', text: c.failedServer };
      else failure = { reason: 'server', text: c.failedServer };
    } else if (error instanceof NetworkError) failure = { reason: 'network', text: c.failedNetwork };
    else if (error instanceof TimeoutError) failure = { reason: 'timeout', text: c.failedTimeout };
    else if (error instanceof MissingApiError) failure = { reason: 'network', text: describeError(t, error) };
    else failure = { reason: 'server', text: c.failedServer };
    this.failure = failure;
    this.phase = 'failed';
    this.dispatchEvent(new InquiryFailedEvent(failure.reason));
  }

  /** Starts a new inquiry after one was sent. */
  private async another(): Promise<void> {
    this.values = { ...emptyValues, partners: this.partner ? [this.partner] : [] };
    this.receipt = undefined;
    this.phase = 'editing';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#name')?.focus();
  }

  /** Moves focus to a field named in the summary (hash links do not reach into a shadow root). */
  private focusField(event: Event, field: FieldName): void {
    event.preventDefault();
    const target =
      field === 'partners'
        ? this.renderRoot.querySelector<HTMLElement>('input[name=partners]:checked, input[name=partners]')
        : field === 'wish'
          ? this.renderRoot.querySelector<HTMLElement>('input[name=wish]:checked') ?? this.renderRoot.querySelector<HTMLElement>('input[name=wish]')
          : this.renderRoot.querySelector<HTMLElement>(`#${field}`);
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }

  override render() {
    const t = this.locale.t;
    if (!this.apiBase) return html`<p class="problem" part="problem" role="alert">${t.missingApi}</p>`;
    if (this.phase === 'sent' && this.receipt) return this.renderConfirmation();
    const c = t.contactForm;
    const fieldsShown = this.visibleFields;
    const sending = this.phase === 'sending';
    return html`
      <form part="form" class="form" novalidate aria-label=${c.label} @submit=${this.onSubmit} @input=${this.onInput} @focusin=${this.startChallenge}>
        <p class="intro">${c.intro}</p>
        ${this.restored ? html`<p class="notice" role="status">${c.draftRestored}</p>` : nothing}
        ${this.renderSummary()}
        <div class="pair">
          ${this.renderText('name', c.name, { autocomplete: 'name', required: true })}
          ${this.renderText('email', c.email, { autocomplete: 'email', required: true, type: 'email', hint: c.emailHint, spellcheck: false })}
        </div>
        ${fieldsShown.has('phone') || fieldsShown.has('lives-in')
          ? html`<div class="pair">
              ${fieldsShown.has('phone') ? this.renderText('phone', c.phone, { autocomplete: 'tel', type: 'tel' }) : nothing}
              ${fieldsShown.has('lives-in') ? this.renderText('livesIn', c.livesIn, { autocomplete: 'address-level2', hint: c.livesInHint }) : nothing}
            </div>`
          : nothing}
        ${this.renderPartners()} ${this.renderWish()}
        ${fieldsShown.has('field') ? this.renderText('field', c.field, { autocomplete: 'organization-title', hint: c.fieldHint }) : nothing}
        ${fieldsShown.has('message') ? this.renderMessage() : nothing} ${this.renderConsent()}
        <div class="trap" aria-hidden="true">
          <label for="website">${c.honeypot}</label>
          <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
        </div>
        ${this.failure
          ? html`<div part="problem" class="problem" role="alert">
              <p><strong>${this.failure.text}</strong> <span class="kept">${c.keptHint}</span></p>
              <button type="button" class="button" @click=${() => this.send()}>${c.sendAgain}</button>
            </div>`
          : nothing}
        <div class="actions">
          <button part="submit" class="button primary" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
            ${sending ? html`<span class="spinner" aria-hidden="true"></span>${c.sending}` : c.submit}
          </button>
        </div>
        <p class="visually-hidden" role="status">${sending ? c.sending : ''}</p>
      </form>
    `;
  }

  private renderSummary() {
    const entries = fieldOrder.filter((field) => this.errors[field]);
    if (!this.showSummary || entries.length + this.otherErrors.length === 0) return nothing;
    const t = this.locale.t;
    const c = t.contactForm;
    return html`<div part="summary" class="summary" tabindex="-1" role="group" aria-labelledby="summary-title">
      <p id="summary-title" class="summary-title">${c.summary(entries.length + this.otherErrors.length)}</p>
      <ul>
        ${entries.map(
          (field) => html`<li><a href=${`#${field}`} @click=${(event: Event) => this.focusField(event, field)}>${errorText(t, field, this.errors[field]!)}</a></li>`,
        )}
        ${this.otherErrors.map((name) => html`<li>${name === 'altcha' ? c.challengeFailed : c.otherField(name)}</li>`)}
      </ul>
    </div>`;
  }

  /** The ids a field's input is described by: its hint and its error, when there are. */
  private describedBy(field: FieldName, ...more: string[]): string {
    return [...more, this.errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ');
  }

  private renderError(field: FieldName) {
    const code = this.errors[field];
    if (!code) return nothing;
    return html`<p part="error" class="error" id=${`${field}-error`}>${errorText(this.locale.t, field, code)}</p>`;
  }

  private renderText(
    field: TextField,
    label: string,
    options: { autocomplete: string; required?: boolean; type?: string; hint?: string; spellcheck?: boolean },
  ): TemplateResult {
    const c = this.locale.t.contactForm;
    const hintId = options.hint ? `${field}-hint` : '';
    return html`<div part="field" class="field">
      <label part="label" for=${field}>${label}${options.required ? nothing : html` <span class="optional">${c.optional}</span>`}</label>
      ${options.hint ? html`<p part="hint" class="hint" id=${hintId}>${options.hint}</p>` : nothing}
      <input
        part="input"
        class="text-field"
        id=${field}
        name=${field}
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete}
        maxlength=${maxLengths[field]}
        spellcheck=${options.spellcheck === false ? 'false' : nothing}
        ?required=${options.required ?? false}
        aria-invalid=${this.errors[field] ? 'true' : 'false'}
        aria-describedby=${this.describedBy(field, hintId) || nothing}
        .value=${this.values[field]}
      />
      ${this.renderError(field)}
    </div>`;
  }

  private renderMessage(): TemplateResult {
    const c = this.locale.t.contactForm;
    return html`<div part="field" class="field">
      <label part="label" for="message">${c.message} <span class="optional">${c.optional}</span></label>
      <p part="hint" class="hint" id="message-hint">${c.messageHint}</p>
      <textarea
        part="input"
        class="text-field"
        id="message"
        name="message"
        rows="5"
        maxlength=${maxLengths.message}
        aria-invalid=${this.errors.message ? 'true' : 'false'}
        aria-describedby=${this.describedBy('message', 'message-hint')}
        .value=${this.values.message}
      ></textarea>
      ${this.renderError('message')}
    </div>`;
  }

  private renderPartners(): TemplateResult {
    const t = this.locale.t;
    const c = t.contactForm;
    const partners = [...this.partners].sort((a, b) => a.name.localeCompare(b.name, t.locale));
    return html`<fieldset part="field" class="field group" aria-describedby=${this.describedBy('partners', 'partners-hint')} aria-invalid=${this.errors.partners ? 'true' : 'false'}>
      <legend part="label">${c.partners}</legend>
      <p part="hint" class="hint" id="partners-hint">${c.partnersHint}</p>
      ${this.partnerList.render({
        // Cells where the towns will be, so the form below them stays where it is when they come.
        pending: () => html`<div class="choices pending">
          ${Array.from({ length: likelyPartners }, () => html`<div class="choice placeholder" aria-hidden="true"></div>`)}
          <p class=${this.partnerList.slow ? 'hint over' : 'visually-hidden'} role="status">${this.partnerList.slow ? t.stillLoading : t.loading}</p>
        </div>`,
        error: (error) => html`<div class="problem inline" role="alert">
          <p>${describeError(t, error)}</p>
          <button type="button" class="button" @click=${() => this.partnerList.run()}>${t.retry}</button>
        </div>`,
        complete: () => html`<div class="choices">
          ${partners.map(
            (partner) => html`<div class="choice">
              <input type="checkbox" id=${`partner-${partner.id}`} name="partners" value=${partner.id} .checked=${this.values.partners.includes(partner.id)} />
              <label for=${`partner-${partner.id}`}>${partner.name}</label>
            </div>`,
          )}
        </div>`,
      })}
      ${this.renderError('partners')}
    </fieldset>`;
  }

  private renderWish(): TemplateResult {
    const c = this.locale.t.contactForm;
    return html`<fieldset part="field" class="field group" aria-describedby=${this.describedBy('wish') || nothing} aria-invalid=${this.errors.wish ? 'true' : 'false'}>
      <legend part="label">${c.wish}</legend>
      <div class="choices wishes">
        ${(['live', 'work', 'both'] as const).map(
          (wish) => html`<div class="choice">
            <input type="radio" id=${`wish-${wish}`} name="wish" value=${wish} required .checked=${this.values.wish === wish} />
            <label for=${`wish-${wish}`}>${c.wishes[wish]}</label>
          </div>`,
        )}
      </div>
      ${this.renderError('wish')}
    </fieldset>`;
  }

  private renderConsent(): TemplateResult {
    const c = this.locale.t.contactForm;
    const privacy = safeUrl(this.privacyUrl);
    const offices = this.offices(this.values.partners);
    return html`<div part="field" class="field consent">
      <div class="choice">
        <input
          type="checkbox"
          id="consent"
          name="consent"
          required
          .checked=${this.values.consent}
          aria-invalid=${this.errors.consent ? 'true' : 'false'}
          aria-describedby=${this.describedBy('consent', 'consent-recipients', privacy ? 'consent-privacy' : '')}
        />
        <label part="label" for="consent">${c.consent}</label>
      </div>
      <p part="hint" class="hint" id="consent-recipients">${offices ? c.recipients(offices) : c.recipientsNone}</p>
      ${privacy
        ? html`<p part="hint" class="hint" id="consent-privacy">${c.privacy} <a href=${privacy} target="_blank" rel="noopener">${c.privacyLink}</a>.</p>`
        : nothing}
      ${this.renderError('consent')}
    </div>`;
  }

  private renderConfirmation(): TemplateResult {
    const c = this.locale.t.contactForm;
    const receipt = this.receipt!;
    return html`<div part="confirmation" class="confirmation" tabindex="-1" aria-labelledby="sent-title">
      <p id="sent-title" class="sent-title">${c.sent}</p>
      <p>${c.reference} <strong class="reference">${receipt.id}</strong></p>
      ${receipt.offices ? html`<p>${c.sentHint(receipt.offices)}</p>` : nothing}
      <button type="button" class="button" @click=${this.another}>${c.another}</button>
    </div>`;
  }
}

/**
 * Fetches a challenge and solves it, or resolves undefined when the API offers none (`204`; `404` from servers
 * before 0.2) or it cannot be
 * solved; the server then says whether it needs one. Not through the client's cache: a challenge is single-use.
 */
async function fetchSolution(base: string, signal: AbortSignal): Promise<string | undefined> {
  const url = ApiClient.for(base).url('/challenge');
  const time = deadline(getConfig().timeout, signal);
  let challenge;
  try {
    const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'omit', mode: 'cors', cache: 'no-store', signal: time.signal });
    if (!response.ok || response.status === 204) return undefined;
    challenge = readChallenge(await response.json());
  } finally {
    time.dispose();
  }
  const { solveChallenge } = await loadSolver();
  return solveChallenge(challenge, signal);
}
