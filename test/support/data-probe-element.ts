import { html } from 'lit';
import { ApiClient } from '../../src/core/api-client.js';
import { ApiTask } from '../../src/core/api-task.js';
import { defineElement } from '../../src/core/define.js';
import { describeError } from '../../src/core/error-text.js';
import { PartnerSelectionController } from '../../src/core/partner-selection.js';
import type { Partner } from '@wachstumsregion/domain/contract';
import { readPartners } from '../../src/core/validate.js';
import { WrElement } from '../../src/core/wr-element.js';

/** A minimal data widget on the core: loads partners, follows a partner selection, shows each state. */
export class DataProbeElement extends WrElement {
  followed: Partner | null = null;

  readonly partners = new ApiTask(this, {
    task: ([base], { signal }) => ApiClient.for(base).get('/partners', {}, readPartners, { signal }),
    args: () => [this.apiBase] as const,
  });

  constructor() {
    super();
    new PartnerSelectionController(this, (partner) => {
      this.followed = partner;
      this.requestUpdate();
    });
  }

  override render() {
    return this.partners.render({
      pending: () => html`<p>${this.partners.slow ? this.locale.t.stillLoading : this.locale.t.loading}</p>`,
      complete: (partners) => html`<ul>${partners.map((partner) => html`<li>${partner.name}</li>`)}</ul>`,
      error: (error) => html`<p role="alert">${describeError(this.locale.t, error)}</p>`,
    });
  }
}
defineElement('wr-test-data-probe', DataProbeElement);
