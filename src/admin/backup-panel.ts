import { html, nothing } from 'lit';
import type { AdminApi } from './admin-api.js';
import { AdminElement } from './admin-element.js';
import { AuditedEvent } from './audited-event.js';
import { describeAdminError } from './error-text.js';

/**
 * A backup of the database on demand; the result (the file's name, or why not) in a status line.
 * @fires wr-admin-audited - a backup was made
 */
export class BackupPanel extends AdminElement {
  static override properties = {
    api: { attribute: false },
    busy: { state: true },
    result: { state: true },
    problem: { state: true },
  };

  declare api: AdminApi;
  declare private busy: boolean;
  declare private result: string;
  declare private problem: string;

  constructor() {
    super();
    this.busy = false;
    this.result = '';
    this.problem = '';
  }

  private async backUp(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.result = '';
    this.problem = '';
    try {
      this.result = this.t.backupDone(await this.api.createBackup());
      this.dispatchEvent(new AuditedEvent());
    } catch (error) {
      this.problem = describeAdminError(this.t, error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const t = this.t;
    return html`<section aria-labelledby="backup-heading">
      <h2 id="backup-heading">${t.backupHeading}</h2>
      <p>${t.backupIntro}</p>
      <div class="actions">
        <button type="button" class="button primary" aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.backUp}>${t.makeBackup}</button>
      </div>
      <div class="status" role="status">${this.busy ? t.backingUp : this.result ? html`<p class="success">${this.result}</p>` : nothing}</div>
      ${this.problem ? html`<div class="problem" role="alert"><p>${this.problem}</p></div>` : nothing}
    </section>`;
  }
}
