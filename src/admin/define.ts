import { defineElement } from '../core/define.js';
import { AdminApp } from './admin-app.js';
import { AuditPanel } from './audit-panel.js';
import { BackupPanel } from './backup-panel.js';
import { ConfirmDialog } from './confirm-dialog.js';
import { ErasureView } from './erasure-view.js';
import { ImportsPanel } from './imports-panel.js';
import { InquiriesView } from './inquiries-view.js';
import { JobsView } from './jobs-view.js';
import { OperationsView } from './operations-view.js';
import { OutboxPanel } from './outbox-panel.js';
import { PartnerTokens } from './partner-tokens.js';
import { PartnersView } from './partners-view.js';
import { AdminSignIn } from './sign-in.js';

/** Registers the admin page's elements; the page itself imports this, the widgets' bundle never does. */
defineElement('wr-admin-app', AdminApp);
defineElement('wr-admin-sign-in', AdminSignIn);
defineElement('wr-admin-inquiries', InquiriesView);
defineElement('wr-admin-jobs', JobsView);
defineElement('wr-admin-partners', PartnersView);
defineElement('wr-admin-partner-tokens', PartnerTokens);
defineElement('wr-admin-erasure', ErasureView);
defineElement('wr-admin-operations', OperationsView);
defineElement('wr-admin-imports', ImportsPanel);
defineElement('wr-admin-outbox', OutboxPanel);
defineElement('wr-admin-backup', BackupPanel);
defineElement('wr-admin-audit', AuditPanel);
defineElement('wr-admin-confirm', ConfirmDialog);

declare global {
  interface HTMLElementTagNameMap {
    'wr-admin-app': AdminApp;
    'wr-admin-sign-in': AdminSignIn;
    'wr-admin-inquiries': InquiriesView;
    'wr-admin-jobs': JobsView;
    'wr-admin-partners': PartnersView;
    'wr-admin-partner-tokens': PartnerTokens;
    'wr-admin-erasure': ErasureView;
    'wr-admin-operations': OperationsView;
    'wr-admin-imports': ImportsPanel;
    'wr-admin-outbox': OutboxPanel;
    'wr-admin-backup': BackupPanel;
    'wr-admin-audit': AuditPanel;
    'wr-admin-confirm': ConfirmDialog;
  }
}
