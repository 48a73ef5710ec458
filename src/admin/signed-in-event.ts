import type { Caller } from './admin-api.js';

export interface SignedInDetail {
  readonly token: string;
  readonly caller: Caller;
}

/** The sign-in form checked a token with the server; the page keeps it for this tab. */
export class SignedInEvent extends CustomEvent<SignedInDetail> {
  static readonly eventName = 'wr-admin-signed-in';

  constructor(detail: SignedInDetail) {
    super(SignedInEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wr-admin-signed-in': SignedInEvent;
  }
}
