import type { Partner } from '../types.js';

export interface PartnerSelectDetail {
  /** The chosen partner, or null when the choice was cleared. */
  readonly partner: Partner | null;
}

/** A map or commute finder chose a town (or cleared the choice). Job lists, maps and finders follow it. */
export class PartnerSelectEvent extends CustomEvent<PartnerSelectDetail> {
  static readonly eventName = 'wr-partner-select';

  constructor(partner: Partner | null) {
    super(PartnerSelectEvent.eventName, { bubbles: true, composed: true, detail: { partner } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wr-partner-select': PartnerSelectEvent;
  }
}
