import { css, html } from 'lit';
import type { Partner } from '../core/types.js';
import type { AdminApi } from './admin-api.js';
import { AdminElement } from './admin-element.js';
import type { AuditPanel } from './audit-panel.js';

/**
 * Operations for the region's team (region only): the job imports, the mail to the offices, a backup on demand,
 * and the audit log. Each part loads and fails on its own, so a slow import list never hides the mail queue.
 */
export class OperationsView extends AdminElement {
  static override styles = [
    ...AdminElement.styles,
    css`
      .parts {
        display: grid;
        gap: calc(var(--_space) * 1.5);
      }

      .parts > * {
        display: block;
        min-width: 0;
      }
    `,
  ];

  static override properties = {
    api: { attribute: false },
    partners: { attribute: false },
  };

  declare api: AdminApi;
  /** The public partner list, for the offices' names in the audit log. */
  declare partners: Partner[];

  constructor() {
    super();
    this.partners = [];
  }

  /** A backup or an import run is in the log now: show it there. */
  private audited(): void {
    this.renderRoot.querySelector<AuditPanel>('wr-admin-audit')?.refresh();
  }

  override render() {
    return html`<div class="parts" @wr-admin-audited=${this.audited}>
      <wr-admin-imports class="panel" .api=${this.api}></wr-admin-imports>
      <wr-admin-outbox class="panel" .api=${this.api}></wr-admin-outbox>
      <wr-admin-backup class="panel" .api=${this.api}></wr-admin-backup>
      <wr-admin-audit class="panel" .api=${this.api} .partners=${this.partners}></wr-admin-audit>
    </div>`;
  }
}
