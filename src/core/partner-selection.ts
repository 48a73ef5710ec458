import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PartnerSelectEvent } from './events/partner-select.js';
import type { Partner } from './types.js';

/**
 * Lets a widget follow the town a neighbour (map, finder) chose on the same page. Events the host fired itself
 * are ignored, so following never fires the event again and two widgets never ping-pong.
 */
export class PartnerSelectionController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly follow: (partner: Partner | null, category: string | undefined) => void,
  ) {
    host.addController(this);
  }

  // Checked by shape, not instanceof: a second copy of the widgets on the page has its own event class.
  private readonly listener = (event: Event) => {
    const detail = (event as CustomEvent<{ partner?: Partner | null; category?: unknown }>).detail;
    if (!detail || !('partner' in detail) || event.composedPath().includes(this.host)) return;
    this.follow(detail.partner ?? null, typeof detail.category === 'string' ? detail.category : undefined);
  };

  hostConnected(): void {
    this.host.ownerDocument.addEventListener(PartnerSelectEvent.eventName, this.listener);
  }

  hostDisconnected(): void {
    this.host.ownerDocument.removeEventListener(PartnerSelectEvent.eventName, this.listener);
  }
}
