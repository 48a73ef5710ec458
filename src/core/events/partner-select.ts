import type { Partner } from '../types.js';

export interface PartnerSelectDetail {
  /** The chosen partner, or null when the choice was cleared. */
  readonly partner: Partner | null;
  /**
   * The visitor's field (a category id, `''` for every field) when the chooser knows it, as the commute finder
   * does; a job list on the page then shows that field's jobs. Absent from a map's event.
   */
  readonly category?: string;
}

/** A map or commute finder chose a town (or cleared the choice). Job lists, maps and finders follow it. */
export class PartnerSelectEvent extends CustomEvent<PartnerSelectDetail> {
  static readonly eventName = 'wr-partner-select';

  constructor(partner: Partner | null, category?: string) {
    super(PartnerSelectEvent.eventName, { bubbles: true, composed: true, detail: category === undefined ? { partner } : { partner, category } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wr-partner-select': PartnerSelectEvent;
  }
}
