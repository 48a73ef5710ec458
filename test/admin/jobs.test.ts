import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { AdminApp } from '../../src/admin/admin-app.js';
import type { Job } from '@wachstumsregion/domain/contract';
import { deep, deepAll, kamenzToken, resetPage, shown, signedInApp, textOf, useAdminApi, type AdminMock } from '../support/admin-mock.js';
import { API, worker } from '../support/mock-api.js';
import { waitUntil } from '../support/wait.js';

const day = 24 * 60 * 60 * 1000;

/** `yyyy-mm-dd` of a moment in Berlin, read by the browser's own Intl (not by the code under test). */
/** The day of a moment in Berlin as `YYYY-MM-DD`, from its parts: what a locale's format looks like varies by engine. */
function berlinDay(moment: string): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(moment));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((found) => found.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A job that expired yesterday but was published most recently, so it heads the list. */
function expiredJob(partner = 'kamenz'): Job {
  return {
    id: `old-${partner}`,
    title: 'Schweißer (m/w/d)',
    employer: { name: 'Metallbau Lausitz GmbH' },
    partner,
    location: { city: 'Kamenz' },
    category: 'crafts',
    employmentType: 'full-time',
    publishedAt: new Date(Date.now() - 2 * 60 * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    validThrough: new Date(Date.now() - day).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    description: 'Die Stelle ist abgelaufen.',
  };
}

async function openJobs(app: AdminApp): Promise<HTMLElement> {
  deep<HTMLAnchorElement>(app, 'nav a[href$="#jobs"]')!.click();
  const view = await shown(app, 'wr-admin-jobs');
  await shown(view, '.records');
  return view;
}

const active = (view: HTMLElement) => view.shadowRoot!.activeElement;
const lastQuery = (mock: AdminMock) => mock.jobQueries.at(-1)!;

describe('admin page: the job list, expired jobs included', () => {
  let mock: AdminMock;
  beforeEach(async () => {
    resetPage();
    mock = await useAdminApi();
  });
  afterEach(resetPage);

  it('asks the admin API, not the public search, and marks an expired job', async () => {
    mock.data.jobs.push(expiredJob());
    const app = await signedInApp();
    const view = await openJobs(app);
    expect(lastQuery(mock).get('status')).to.equal('all');
    expect(lastQuery(mock).get('limit')).to.equal('20');
    const first = deepAll(view, '.record')[0]!;
    // A closing date is the region's day, wherever the browser is.
    const expiredOn = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'Europe/Berlin' }).format(new Date(expiredJob().validThrough!));
    expect(textOf(first)).to.include('Schweißer (m/w/d)');
    expect(deep(first, '.expired-tag')!.textContent).to.equal(`Abgelaufen am ${expiredOn}`);
    expect(deep(first, 'button[data-id]')!.getAttribute('aria-label')).to.equal(`Bearbeiten: Schweißer (m/w/d), Abgelaufen am ${expiredOn}`);
    expect(deepAll(view, '.expired-tag')).to.have.length(1);
    expect(textOf(view)).to.include('20 von 321 Stellen');
    await expect(app).to.be.accessible();
  });

  it('shows only expired jobs by keyboard, renews one with a new date, and is empty afterwards', async () => {
    mock.data.jobs.push(expiredJob());
    const app = await signedInApp();
    const view = await openJobs(app);
    deep<HTMLSelectElement>(view, '#status')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => lastQuery(mock).get('status') === 'expired', 'the filter did not ask for expired jobs');
    await waitUntil(() => deepAll(view, '.record').length === 1);
    expect(textOf(view)).to.include('1 Stelle');
    await expect(app).to.be.accessible();

    await sendKeys({ press: 'Tab' }); // the search field
    await sendKeys({ press: 'Tab' }); // new job
    await sendKeys({ press: 'Tab' }); // edit the expired job
    expect(active(view)?.getAttribute('data-id')).to.equal('old-kamenz');
    await sendKeys({ press: 'Enter' });
    const until = await shown<HTMLInputElement>(view, '#f-validThrough');
    await expect(app).to.be.accessible();
    // The field shows the day it expired in Berlin; a new day means the end of that day in Berlin, in any time zone.
    expect(until.value).to.equal(berlinDay(expiredJob().validThrough!));
    const renewed = berlinDay(new Date(Date.now() + 30 * day).toISOString());
    until.value = renewed;
    deep<HTMLInputElement>(view, '#f-title')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => mock.puts['/v1/admin/jobs/old-kamenz'], 'no PUT was sent');
    const saved = (mock.puts['/v1/admin/jobs/old-kamenz'] as Job).validThrough!;
    expect(berlinDay(saved)).to.equal(renewed);
    expect(new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', timeStyle: 'medium' }).format(new Date(saved))).to.equal('23:59:59');
    // Renewed, it is no longer among the expired ones.
    await waitUntil(() => textOf(view).includes('Keine Stellen gefunden.'));
    expect(textOf(view)).to.include('Die Stelle „Schweißer (m/w/d)“ wurde gespeichert.');
    expect(active(view)?.id).to.equal('list-heading');
    await expect(app).to.be.accessible();
  });

  it('loads the next page by keyboard and puts the focus on its first job', async () => {
    const app = await signedInApp();
    const view = await openJobs(app);
    expect(textOf(view)).to.include('20 von 320 Stellen');
    deep<HTMLButtonElement>(view, '#more')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepAll(view, '.record').length === 40);
    expect(lastQuery(mock).get('cursor')).to.equal('c20');
    expect(active(view)).to.equal(deepAll(view, 'button[data-id]')[20]);
    expect(textOf(view)).to.include('40 von 320 Stellen');
    await expect(app).to.be.accessible();
  });

  it('searches by words as one types', async () => {
    mock.data.jobs.push(expiredJob());
    const app = await signedInApp();
    const view = await openJobs(app);
    deep<HTMLInputElement>(view, '#q')!.focus();
    await sendKeys({ type: 'schweisser lausitz' });
    await waitUntil(() => lastQuery(mock).get('q') === 'schweisser lausitz');
    await waitUntil(() => deepAll(view, '.record').length === 1);
    await expect(app).to.be.accessible();
  });

  it('tells when the list cannot be loaded, and tries again', async () => {
    worker.use(http.get(`${API}/admin/jobs`, () => HttpResponse.error(), { once: true }));
    const app = await signedInApp();
    deep<HTMLAnchorElement>(app, 'nav a[href$="#jobs"]')!.click();
    const view = await shown(app, 'wr-admin-jobs');
    const problem = await shown(view, '.problem');
    expect(problem.getAttribute('role')).to.equal('alert');
    await expect(app).to.be.accessible();
    deep<HTMLButtonElement>(problem, 'button')!.click();
    await shown(view, '.records');
  });

  it('lists an office its own jobs without naming the partner, expired ones too', async () => {
    mock.data.jobs.push(expiredJob('kamenz'), expiredJob('pulsnitz'));
    const app = await signedInApp(kamenzToken);
    const view = await openJobs(app);
    expect(lastQuery(mock).has('partner')).to.equal(false);
    const ids = deepAll(view, 'button[data-id]').map((button) => button.dataset.id!);
    expect(ids).to.include('old-kamenz');
    expect(ids).not.to.include('old-pulsnitz');
    expect(ids.every((id) => mock.data.jobs.find((job) => job.id === id)!.partner === 'kamenz')).to.equal(true);
    await expect(app).to.be.accessible();
  });
});
