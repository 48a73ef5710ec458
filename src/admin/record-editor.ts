import type { PropertyDeclarations } from 'lit';
import { AdminElement } from './admin-element.js';
import type { FieldErrors } from './form-fields.js';

/**
 * A list of records with one of them open in a form (jobs, partners): the state both views share, and where the
 * keyboard focus goes between the list and the form. `E` is what the view keeps of the open record.
 */
export class RecordEditor<E> extends AdminElement {
  static override properties: PropertyDeclarations = {
    editing: { state: true },
    errors: { state: true },
    formProblem: { state: true },
    status: { state: true },
    busy: { state: true },
  };

  /** The record in the form, or undefined while the list shows. */
  declare protected editing: E | undefined;
  declare protected errors: FieldErrors;
  /** The summary of what went wrong with the form, shown above it. */
  declare protected formProblem: string;
  /** What the last action did, announced politely. */
  declare protected status: string;
  declare protected busy: boolean;
  /** The selector of the button that opened the form, where focus returns. */
  private returnFocusTo: string | undefined;

  constructor() {
    super();
    this.errors = {};
    this.formProblem = '';
    this.status = '';
    this.busy = false;
  }

  /** Opens a record in the form and moves focus to the form's heading; `opener` gets it back afterwards. */
  protected async openEditor(editing: E, opener: string): Promise<void> {
    this.returnFocusTo = opener;
    this.editing = editing;
    this.errors = {};
    this.formProblem = '';
    this.status = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#form-heading')?.focus();
  }

  /** Closes the form, says `status`, and gives focus back to the button that opened it (else the list's heading). */
  protected async backToList(status = ''): Promise<void> {
    this.editing = undefined;
    this.status = status;
    await this.updateComplete;
    const opener = this.returnFocusTo && this.renderRoot.querySelector<HTMLElement>(this.returnFocusTo);
    (opener || this.renderRoot.querySelector<HTMLElement>('#list-heading'))?.focus();
  }

  /** After a deletion the opener is gone: focus falls back to the list's heading. */
  protected forgetOpener(): void {
    this.returnFocusTo = undefined;
  }
}
