import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AdminText } from './admin-text.js';

/** Field errors by the field's name in the record (`employer.name`), as `invalidFields` reads them from a refusal. */
export type FieldErrors = Record<string, string>;

export interface FieldOptions {
  /** The record's path of the value, also the input's name: `employer.name`. */
  name: string;
  label: string;
  value: string | number | undefined;
  type?: 'text' | 'url' | 'email' | 'number' | 'date' | 'textarea';
  required?: boolean;
  hint?: string;
  pattern?: string;
  step?: string;
  readonly?: boolean;
  wide?: boolean;
  autocomplete?: string;
}

/** The id an input gets from its name. */
export const fieldId = (name: string) => `f-${name.replace(/\./g, '-')}`;

/** Moves focus to the first field with an error, else to the summary of the problem (`#form-problem`). */
export function focusFirstError(root: ParentNode, errors: FieldErrors): void {
  const first = Object.keys(errors).map((name) => root.querySelector<HTMLElement>(`#${fieldId(name)}`)).find(Boolean);
  (first ?? root.querySelector<HTMLElement>('#form-problem'))?.focus();
}

/** A labelled native input with its hint and its error, tied together by ids so screen readers read them. */
export function field(t: AdminText, errors: FieldErrors, options: FieldOptions): TemplateResult {
  const id = fieldId(options.name);
  const error = errors[options.name];
  const describedBy = [options.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const value = options.value === undefined ? '' : String(options.value);
  const input =
    options.type === 'textarea'
      ? html`<textarea id=${id} name=${options.name} class="text-field" ?required=${options.required} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy)} .value=${value}></textarea>`
      : html`<input
          id=${id}
          name=${options.name}
          class="text-field"
          type=${options.type ?? 'text'}
          .value=${value}
          ?required=${options.required}
          ?readonly=${options.readonly}
          pattern=${ifDefined(options.pattern)}
          step=${ifDefined(options.step)}
          autocomplete=${options.autocomplete ?? 'off'}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy)}
        />`;
  return html`<div class="field ${options.wide ? 'wide' : ''}">
    <label for=${id}>${options.label}${options.required ? html` <span class="muted">${t.required}</span>` : nothing}</label>
    ${input} ${options.hint ? html`<span id="${id}-hint" class="hint">${options.hint}</span>` : nothing}
    ${error ? html`<span id="${id}-error" class="field-error">${error}</span>` : nothing}
  </div>`;
}

export interface SelectOptions {
  name: string;
  label: string;
  value: string | undefined;
  choices: readonly { value: string; label: string }[];
  required?: boolean;
  disabled?: boolean;
}

export function selectField(t: AdminText, errors: FieldErrors, options: SelectOptions): TemplateResult {
  const id = fieldId(options.name);
  const error = errors[options.name];
  return html`<div class="field">
    <label for=${id}>${options.label}${options.required ? html` <span class="muted">${t.required}</span>` : nothing}</label>
    <select
      id=${id}
      name=${options.name}
      class="text-field"
      ?required=${options.required}
      ?disabled=${options.disabled}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(error ? `${id}-error` : undefined)}
    >
      ${options.choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === (options.value ?? '')}>${choice.label}</option>`)}
    </select>
    ${error ? html`<span id="${id}-error" class="field-error">${error}</span>` : nothing}
  </div>`;
}

/** The form's values by name, trimmed; empty ones left out, so optional properties stay absent as the contract wants. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const element of form.elements) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) || !element.name) continue;
    const value = element instanceof HTMLTextAreaElement ? element.value.replace(/\s+$/, '') : element.value.trim();
    if (value !== '') values[element.name] = value;
  }
  return values;
}

/** The browser's own check of required fields, patterns and types, as field errors in the page's words. */
export function browserErrors(form: HTMLFormElement, t: AdminText): FieldErrors {
  const errors: FieldErrors = {};
  for (const element of form.elements) {
    if ((element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) && element.name && !element.disabled && !element.checkValidity()) {
      // The browser's own message is in the browser's language, not the page's.
      errors[element.name] = element.validity.valueMissing ? t.fieldRequired : element.validity.typeMismatch || element.validity.patternMismatch ? t.fieldFormat : t.errorField;
    }
  }
  return errors;
}
