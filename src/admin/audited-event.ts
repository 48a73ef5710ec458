/** A part of the operations section did something the audit log records (a backup, an import run ended). */
export class AuditedEvent extends Event {
  static readonly eventName = 'wr-admin-audited';

  constructor() {
    super(AuditedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wr-admin-audited': AuditedEvent;
  }
}
