import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import type { AdminApp } from '../../src/admin/admin-app.js';
import { deep, deepAll, kamenzToken, resetPage, sampleInquiries, shown, signedInApp, textOf, useAdminApi, type AdminMock } from '../support/admin-mock.js';
import { API, worker } from '../support/mock-api.js';
import { waitUntil } from '../support/wait.js';

const readButtons = (app: AdminApp) => deepAll<HTMLButtonElement>(app, 'button[data-id]');
const activeIn = (host: Element | undefined) => host?.shadowRoot?.activeElement;

describe('admin page: inquiries', () => {
  let mock: AdminMock;
  beforeEach(async () => {
    resetPage();
    mock = await useAdminApi();
  });
  afterEach(resetPage);

  it('lists the inquiries newest first, a page at a time, and opens one to read by keyboard', async () => {
    const app = await signedInApp();
    await shown(app, '.records');
    expect(readButtons(app).map((button) => button.dataset.id)).to.deep.equal(['inq_0000', 'inq_0001', 'inq_0002']);
    expect(mock.listQueries[0]!.get('order')).to.equal('newest');
    expect(mock.listQueries[0]!.get('limit')).to.equal('20');
    expect(textOf(app)).to.include('3 Anfragen');

    readButtons(app)[1]!.focus();
    await sendKeys({ press: 'Enter' });
    const heading = await shown(app, '#reading-heading');
    expect(heading.textContent).to.equal('Jonas Weber');
    await waitUntil(() => activeIn(deep(app, 'wr-admin-inquiries')) === heading, 'the heading of the opened inquiry did not get the focus');
    const text = textOf(app);
    expect(text).to.include('jonas@example.org');
    expect(text).to.include('Kamenz, Pulsnitz');
    expect(text).to.include('hier wohnen und arbeiten');
    await expect(app).to.be.accessible();

    const close = deepAll<HTMLButtonElement>(app, 'article button').find((button) => button.textContent === 'Schließen')!;
    close.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !deep(app, '#reading-heading'));
    expect(activeIn(deep(app, 'wr-admin-inquiries'))).to.equal(readButtons(app)[1]);
  });

  it('answers by a mailto: link that cannot carry a Bcc, even for an address stored before the server refused it', async () => {
    const hostile = 'victim%40example.org?bcc=attacker%40evil.example&x=@example.org';
    resetPage();
    mock = await useAdminApi([{ ...sampleInquiries(1)[0]!, email: hostile }]);
    const app = await signedInApp();
    (await shown<HTMLButtonElement>(app, 'button[data-id]')).click();
    await shown(app, '#reading-heading');
    const reply = deepAll<HTMLAnchorElement>(app, 'article a.button').find((link) => link.href.startsWith('mailto:'))!;
    const url = new URL(reply.href);
    expect(url.search, 'no header fields after ?').to.equal('');
    expect(decodeURIComponent(url.pathname)).to.equal(hostile);
    expect(reply.textContent).to.include(hostile);
  });

  it('loads more with the cursor the server gave', async () => {
    mock = await useAdminApi(sampleInquiries(25));
    const app = await signedInApp();
    await shown(app, '.records');
    expect(readButtons(app)).to.have.length(20);
    expect(textOf(app)).to.include('20 von 25 Anfragen');
    deepAll<HTMLButtonElement>(app, 'button').find((button) => button.textContent === 'Weitere laden')!.click();
    await waitUntil(() => readButtons(app).length === 25);
    expect(mock.listQueries.at(-1)!.get('cursor')).to.equal('c20');
    expect(deepAll(app, 'button').some((button) => button.textContent === 'Weitere laden')).to.equal(false);
  });

  it('deletes only after confirming in a modal dialog; cancel and Escape keep the inquiry', async () => {
    const app = await signedInApp();
    await shown(app, '.records');
    readButtons(app)[0]!.click();
    const remove = await shown<HTMLButtonElement>(app, '#delete');

    remove.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await shown<HTMLDialogElement>(app, 'dialog[open]');
    expect(dialog.matches(':modal')).to.equal(true);
    expect(textOf(dialog)).to.include('Die Anfrage von Anna Schulze löschen?');
    // Cancel has the focus: Enter alone never deletes.
    expect(deep(dialog, ':focus')?.textContent).to.equal('Abbrechen');
    await expect(app).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    expect(mock.deletes).to.deep.equal([]);

    remove.click();
    await waitUntil(() => dialog.open);
    deepAll<HTMLButtonElement>(dialog, 'button').find((button) => button.textContent === 'Abbrechen')!.click();
    await waitUntil(() => !dialog.open);
    expect(mock.deletes).to.deep.equal([]);

    remove.click();
    await waitUntil(() => dialog.open);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => mock.deletes.length === 1);
    expect(mock.deletes).to.deep.equal(['/v1/admin/inquiries/inq_0000']);
    await waitUntil(() => textOf(app).includes('Die Anfrage von Anna Schulze wurde gelöscht.'));
    expect(deep(app, '.status[role=status]')!.textContent).to.include('gelöscht');
    expect(readButtons(app).map((button) => button.dataset.id)).to.deep.equal(['inq_0001', 'inq_0002']);
    await expect(app).to.be.accessible();
  });

  it('downloads the server’s CSV of the chosen partner’s inquiries', async () => {
    const app = await signedInApp();
    await shown(app, '.records');
    await waitUntil(() => deepAll(app, 'select#partner option').length > 1);
    const select = deep<HTMLSelectElement>(app, 'select#partner')!;
    select.value = 'kamenz';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => readButtons(app).length === 2);

    const clicked: { href: string; download: string }[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    };
    try {
      deepAll<HTMLButtonElement>(app, 'button').find((button) => button.textContent === 'Als CSV herunterladen')!.click();
      await waitUntil(() => clicked.length === 1, 'no download was started');
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked[0]!.download).to.equal('inquiries.csv');
    const csv = await (await fetch(clicked[0]!.href)).text();
    expect(csv).to.include('inq_0000;');
    expect(csv).to.include('jonas@example.org');
    expect(csv).not.to.include('maria@example.org');
    const query = mock.listQueries.at(-1)!;
    expect([query.get('format'), query.get('partner')]).to.deep.equal(['csv', 'kamenz']);
    await waitUntil(() => textOf(app).includes('Die Datei inquiries.csv wurde heruntergeladen.'));
  });

  it('shows an office only its inquiries and no delete for one shared with other partners', async () => {
    const app = await signedInApp(kamenzToken);
    await shown(app, '.records');
    expect(readButtons(app).map((button) => button.dataset.id)).to.deep.equal(['inq_0000', 'inq_0001']);
    expect(deep(app, 'select#partner')).to.equal(undefined);
    readButtons(app)[1]!.click();
    await shown(app, '#reading-heading');
    expect(deep(app, '#delete')).to.equal(undefined);
    expect(textOf(app)).to.include('Löschen kann sie nur die Region');
    await expect(app).to.be.accessible();
    readButtons(app)[0]!.click();
    await waitUntil(() => deep(app, '#reading-heading')?.textContent === 'Anna Schulze');
    expect(deep(app, '#delete')).not.to.equal(undefined);
  });

  it('shows loading, empty, and error states with a retry', async () => {
    worker.use(http.get(`${API}/admin/inquiries`, () => delay('infinite'), { once: true }));
    let app = await signedInApp();
    expect((await shown(app, '.notice')).textContent).to.equal('Wird geladen …');
    await expect(app).to.be.accessible();

    fixtureCleanup();
    resetPage();
    mock = await useAdminApi([]);
    app = await signedInApp();
    await waitUntil(() => textOf(app).includes('Keine Anfragen.'));
    await expect(app).to.be.accessible();

    fixtureCleanup();
    resetPage();
    mock = await useAdminApi();
    let fail = true;
    worker.use(
      http.get(`${API}/admin/inquiries`, () => (fail ? HttpResponse.json({ error: 'internal', message: 'An unexpected error occurred.' }, { status: 500 }) : undefined)),
    );
    app = await signedInApp();
    const problem = await shown(app, '.problem');
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(problem.textContent).to.include('Auf dem Server ist ein Fehler aufgetreten');
    await expect(app).to.be.accessible();
    fail = false;
    deep<HTMLButtonElement>(problem, 'button')!.click();
    await shown(app, '.records');

    worker.use(http.get(`${API}/admin/inquiries`, () => HttpResponse.error()));
    const select = deep<HTMLSelectElement>(app, 'select#partner')!;
    await waitUntil(() => deepAll(app, 'select#partner option').length > 1);
    select.value = 'radeberg';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => deep(app, '.problem')?.textContent?.includes('nicht erreichbar'));
  });

  it('says so when the inquiry was already gone (404) or the token may not delete it (403)', async () => {
    const app = await signedInApp();
    await shown(app, '.records');
    for (const [status, words] of [
      [404, 'Das gibt es nicht (mehr)'],
      [403, 'Das darf Ihr Token nicht.'],
    ] as const) {
      worker.use(http.delete(`${API}/admin/inquiries/:id`, () => HttpResponse.json({ error: 'x', message: 'no' }, { status })));
      readButtons(app)[0]!.click();
      (await shown<HTMLButtonElement>(app, '#delete')).click();
      const dialog = await shown<HTMLDialogElement>(app, 'dialog[open]');
      deepAll<HTMLButtonElement>(dialog, 'button').find((button) => button.textContent === 'Löschen')!.click();
      await waitUntil(() => textOf(app).includes(words), `no message for ${status}`);
    }
    await expect(app).to.be.accessible();
  });
});
