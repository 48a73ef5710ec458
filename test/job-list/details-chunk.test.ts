import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/job-list/define.js';
import type { JobList } from '../../src/job-list/job-list.js';
import { worker } from '../support/mock-api.js';
import { $, useSampleApi } from '../support/sample-api.js';
import { waitUntil } from '../support/wait.js';

// The dialog's body is a chunk of its own, loaded when a job is first opened. In a file of its own, so that no
// other test has loaded it before.
describe('<wr-job-list> opening a job while its chunk cannot be loaded', () => {
  it('says so in the dialog with a retry button, keeps focus in the dialog, and shows the job on retry', async () => {
    await useSampleApi();
    let blocked = true;
    worker.use(http.get(/\/job-list\/job-details\.(js|ts)/, () => (blocked ? HttpResponse.error() : undefined)));
    const list = await fixture<JobList>(html`<wr-job-list></wr-job-list>`);
    await waitUntil(() => list.shadowRoot!.querySelector('[part=title]'), 'no jobs');
    const link = $<HTMLAnchorElement>(list, '[part=title]');
    link.click();
    const dialog = $<HTMLDialogElement>(list, 'dialog');
    await waitUntil(() => dialog.open && dialog.querySelector('[role=alert]'), 'no error in the dialog');
    expect($(list, '#details-title').textContent).to.equal(link.textContent!.trim());
    expect(dialog.querySelector('[role=alert]')!.textContent).to.contain('Keine Verbindung');
    expect(dialog.contains(list.shadowRoot!.activeElement)).to.equal(true);

    blocked = false;
    dialog.querySelector<HTMLButtonElement>('.details-body .button')!.click();
    await waitUntil(() => dialog.querySelector('.description p'), 'the job did not load on retry');
    expect(dialog.querySelector('[role=alert]')).to.equal(null);
    await expect(list).to.be.accessible();
  });
});
