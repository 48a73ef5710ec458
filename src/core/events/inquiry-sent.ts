export interface InquirySentDetail {
  /** The reference the server gave the inquiry. */
  readonly id: string;
  /** When the server stored it (ISO 8601). */
  readonly receivedAt: string;
}

/** The contact form's inquiry was stored by the server (`201`). */
export class InquirySentEvent extends CustomEvent<InquirySentDetail> {
  static readonly eventName = 'wr-inquiry-sent';

  constructor(detail: InquirySentDetail) {
    super(InquirySentEvent.eventName, { bubbles: true, composed: true, detail: { id: detail.id, receivedAt: detail.receivedAt } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wr-inquiry-sent': InquirySentEvent;
  }
}
