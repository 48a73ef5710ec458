import { defineElement } from '../core/define.js';
import { AdminApp } from './admin-app.js';
import { ConfirmDialog } from './confirm-dialog.js';
import { ErasureView } from './erasure-view.js';
import { InquiriesView } from './inquiries-view.js';
import { JobsView } from './jobs-view.js';
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
    'wr-admin-confirm': ConfirmDialog;
  }
}
