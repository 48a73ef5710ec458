/** Why a send ended without success. */
export type InquiryFailureReason = 'network' | 'timeout' | 'server' | 'rate-limited' | 'invalid' | 'forbidden';

export interface InquiryFailedDetail {
  readonly reason: InquiryFailureReason;
}

/** The contact form gave up sending; what the visitor typed is still in the form. */
export class InquiryFailedEvent extends CustomEvent<InquiryFailedDetail> {
  static readonly eventName = 'wr-inquiry-failed';

  constructor(reason: InquiryFailureReason) {
    super(InquiryFailedEvent.eventName, { bubbles: true, composed: true, detail: { reason } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wr-inquiry-failed': InquiryFailedEvent;
  }
}
