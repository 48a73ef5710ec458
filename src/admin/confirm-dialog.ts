import { css, html } from 'lit';
import { AdminElement } from './admin-element.js';

export interface ConfirmRequest {
  /** The question, e.g. "Delete the inquiry from Anna Schulze?". */
  question: string;
  /** The label of the button that does it, e.g. "Delete". */
  confirm: string;
}

/**
 * Asks before something that cannot be undone, in a native modal `<dialog>` (top layer, focus trapped and
 * restored by the browser, Escape cancels). Cancel has the focus first: Enter alone never deletes.
 */
export class ConfirmDialog extends AdminElement {
  static override styles = [
    ...AdminElement.styles,
    css`
      dialog {
        max-width: min(32em, calc(100vw - 32px));
        padding: calc(var(--_space) * 1.5);
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius);
        background: var(--_color-surface);
        color: var(--_color-text);
      }

      dialog::backdrop {
        background: rgb(0 0 0 / 0.5);
      }

      .actions {
        justify-content: flex-end;
        margin-block-end: 0;
      }
    `,
  ];

  static override properties = { request: { state: true } };

  declare private request: ConfirmRequest | undefined;
  private settle: ((confirmed: boolean) => void) | undefined;

  /** Opens the dialog and resolves true when the person confirms, false on cancel or Escape. */
  async ask(request: ConfirmRequest): Promise<boolean> {
    this.finish(false);
    this.request = request;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog')!;
    dialog.returnValue = '';
    dialog.showModal();
    this.renderRoot.querySelector<HTMLButtonElement>('button[value=cancel]')?.focus();
    return new Promise((resolve) => {
      this.settle = resolve;
    });
  }

  private close(answer: 'cancel' | 'confirm'): void {
    this.finish(answer === 'confirm');
    this.renderRoot.querySelector('dialog')?.close(answer);
  }

  /** Escape, or the dialog closed otherwise. A `close` event comes a task later, so a late one from the previous
   * question must not answer the next: it is ignored while the dialog is open again. */
  private closed(event: Event): void {
    const dialog = event.target as HTMLDialogElement;
    if (dialog.open) return;
    this.finish(dialog.returnValue === 'confirm');
  }

  private finish(confirmed: boolean): void {
    const settle = this.settle;
    this.settle = undefined;
    settle?.(confirmed);
  }

  override render() {
    return html`<dialog aria-labelledby="question" aria-describedby="warning" @close=${this.closed}>
      <h2 id="question">${this.request?.question ?? ''}</h2>
      <p id="warning">${this.t.notDeletable}</p>
      <div class="actions">
        <button type="button" class="button" value="cancel" @click=${() => this.close('cancel')}>${this.t.cancel}</button>
        <button type="button" class="button danger primary" value="confirm" @click=${() => this.close('confirm')}>${this.request?.confirm ?? ''}</button>
      </div>
    </dialog>`;
  }
}
