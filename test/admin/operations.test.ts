import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import type { AdminApp } from '../../src/admin/admin-app.js';
import { ImportsPanel } from '../../src/admin/imports-panel.js';
import { deep, deepAll, kamenzToken, resetPage, sampleAudit, shown, signedInApp, textOf, useAdminApi, type AdminMock } from '../support/admin-mock.js';
import { API, worker } from '../support/mock-api.js';
import { setViewport } from '../support/viewport.js';
import { waitUntil } from '../support/wait.js';

const button = (app: Element, text: string) => deepAll<HTMLButtonElement>(app, 'button').find((candidate) => candidate.textContent?.trim() === text);
const activeIn = (host: Element | undefined) => host?.shadowRoot?.activeElement;

/** The region signed in, on the operations section, every part loaded. */
async function operations(): Promise<AdminApp> {
  location.hash = '#operations';
  const app = await signedInApp();
  await waitUntil(() => deep(app, 'h1')?.textContent === 'Betrieb', 'the operations section did not open');
  await shown(app, 'wr-admin-operations');
  return app;
}

describe('admin page: operations', () => {
  let mock: AdminMock;
  const pollInterval = ImportsPanel.pollInterval;
  beforeEach(async () => {
    resetPage();
    mock = await useAdminApi();
    ImportsPanel.pollInterval = 30;
  });
  afterEach(() => {
    ImportsPanel.pollInterval = pollInterval;
    resetPage();
  });

  it('opens from the navigation by keyboard and shows imports, mail, backup and the audit log', async () => {
    const app = await signedInApp();
    await shown(app, '.records');
    const link = deepAll<HTMLAnchorElement>(app, 'nav a').find((candidate) => candidate.textContent === 'Betrieb')!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deep(app, 'h1')?.textContent === 'Betrieb');
    await waitUntil(() => app.shadowRoot!.activeElement?.localName === 'h1', 'the heading did not get the focus');
    expect(deepAll(app, 'h2').map((heading) => heading.textContent)).to.deep.equal(['Stellen-Importe', 'Mail an die Büros', 'Sicherung', 'Protokoll']);

    await waitUntil(() => textOf(app).includes('stadtwerke-radeberg') && deep(app, 'dl.counts') && deep(deep(app, 'wr-admin-audit')!, 'table'), 'the parts did not load');
    const text = textOf(app);
    expect(text).to.include('alle 6 Stunden');
    expect(text).to.include('12 neu, 3 geändert, 140 unverändert, 2 entfernt, 5 übersprungen');
    expect(text).to.include('fehlgeschlagen');
    expect(text).to.include('HTTP 500');
    expect(deepAll(app, '.records li').at(-1)!.textContent).to.include('noch nie');
    expect(deepAll(app, 'dl.counts dd').map((dd) => dd.textContent)).to.deep.equal(['1', '1', '42']);
    expect(deepAll(deep(app, 'wr-admin-outbox')!, 'tbody tr').map((row) => row.querySelector('td')!.textContent)).to.deep.equal(['inq_0002', 'inq_0001']);
    expect(text).to.include('EENVELOPE 550');
    expect(text).not.to.include('@');
    await expect(app).to.be.accessible();
  });

  it('runs the imports by keyboard and tells, politely, when the run has started and finished', async () => {
    mock.runLooks = Number.POSITIVE_INFINITY;
    const app = await operations();
    const run = await shown<HTMLButtonElement>(await shown(app, 'wr-admin-imports'), 'button.primary');
    await waitUntil(() => textOf(deep(app, 'wr-admin-imports')!).includes('stadtwerke-radeberg'));
    run.focus();
    await sendKeys({ press: 'Enter' });
    const status = deep(deep(app, 'wr-admin-imports')!, '.status')!;
    expect(status.getAttribute('role')).to.equal('status');
    await waitUntil(() => status.textContent?.includes('Der Import läuft'), 'no status while running');
    expect(run.getAttribute('aria-disabled')).to.equal('true');
    expect(activeIn(deep(app, 'wr-admin-imports'))).to.equal(run);
    // A second press while it runs starts nothing.
    await sendKeys({ press: 'Enter' });
    await expect(app).to.be.accessible();
    mock.looksLeft = 0;
    await waitUntil(() => status.textContent?.includes('Der Import ist fertig'), 'the end of the run was not told');
    expect(status.textContent).to.include('alle 3 Quellen waren erfolgreich');
    expect(mock.importRuns).to.equal(1);
    expect(run.getAttribute('aria-disabled')).to.equal('false');
    expect(textOf(app)).to.include('1 neu, 0 geändert, 9 unverändert');
    await waitUntil(() => mock.auditQueries.length === 2, 'the audit log was not read again after the run');
    await expect(app).to.be.accessible();
  });

  it('says clearly that imports are not configured when the server answers 409', async () => {
    mock.importsConfigured = false;
    mock.imports = { running: false, intervalHours: 6, sources: [] };
    const app = await operations();
    await waitUntil(() => textOf(app).includes('Es sind keine Import-Quellen eingerichtet (IMPORT_CONFIG).'));
    await expect(app).to.be.accessible();
    button(app, 'Jetzt importieren')!.click();
    const problem = await shown(deep(app, 'wr-admin-imports')!, '.problem[role=alert]');
    expect(problem.textContent).to.include('Importe sind auf diesem Server nicht eingerichtet: Es ist keine IMPORT_CONFIG gesetzt.');
    // The message says it all; the empty list's words are not repeated below it.
    expect(textOf(app)).not.to.include('Es sind keine Import-Quellen');
    expect(mock.importRuns).to.equal(0);
    await expect(app).to.be.accessible();
  });

  it('makes a backup by keyboard and names its file; a failure is said in words', async () => {
    const app = await operations();
    const backUp = button(app, 'Jetzt sichern')!;
    backUp.focus();
    await sendKeys({ press: 'Enter' });
    const panel = deep(app, 'wr-admin-backup')!;
    await waitUntil(() => deep(panel, '.status')!.textContent?.includes('Die Sicherung wr-20261124T120000Z.sqlite wurde angelegt.'));
    expect(deep(panel, '.status')!.getAttribute('role')).to.equal('status');
    expect(mock.backups).to.deep.equal(['wr-20261124T120000Z.sqlite']);
    expect(activeIn(panel)).to.equal(backUp);
    // The audit log shows the backup without being asked.
    await waitUntil(() => textOf(deep(app, 'wr-admin-audit')!).includes('backup: wr-20261124T120000Z.sqlite'), 'the audit log was not read again');
    expect(activeIn(panel)).to.equal(backUp);
    await expect(app).to.be.accessible();

    worker.use(http.post(`${API}/admin/backups`, () => HttpResponse.json({ error: 'internal', message: 'disk full' }, { status: 500 })));
    await sendKeys({ press: 'Enter' });
    const problem = await shown(panel, '.problem[role=alert]');
    expect(problem.textContent).to.include('Auf dem Server ist ein Fehler aufgetreten');
    expect(deep(panel, '.success')).to.equal(undefined);
    await expect(app).to.be.accessible();
  });

  it('shows the audit log as a table with who did it, and loads older entries by keyboard', async () => {
    mock.audit = sampleAudit(120);
    const app = await operations();
    const panel = deep(app, 'wr-admin-audit')!;
    await shown(panel, 'table');
    expect(deepAll(panel, 'th').map((th) => th.textContent)).to.deep.equal(['Zeit', 'Wer', 'Aktion', 'Ziel', 'Anzahl']);
    expect(deepAll(panel, 'tbody tr')).to.have.length(50);
    expect(mock.auditQueries[0]!.get('limit')).to.equal('50');
    const cells = (row: number) => [...deepAll(panel, 'tbody tr')[row]!.querySelectorAll('td')].map((cell) => cell.textContent?.trim());
    expect(cells(0).slice(1)).to.deep.equal(['Büro Kamenz', 'job.put', 'job: kamenz-elektriker', '']);
    expect(cells(1).slice(1)).to.deep.equal(['Region', 'inquiry.erase-by-email', '', '2']);
    expect(cells(2).slice(1)).to.deep.equal(['Server (automatisch)', 'retention.delete', '', '7']);
    expect(deep(panel, 'caption')!.textContent).to.equal('Die neuesten 50 Einträge');
    await expect(app).to.be.accessible();

    const older = button(panel, 'Ältere laden')!;
    older.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepAll(panel, 'tbody tr').length === 100);
    expect(mock.auditQueries.at(-1)!.get('limit')).to.equal('100');
    // Reading goes on at the first of the older entries.
    await waitUntil(() => activeIn(panel) === deepAll(panel, 'tbody tr')[50]);
    button(panel, 'Ältere laden')!.click();
    await waitUntil(() => deepAll(panel, 'tbody tr').length === 120);
    expect(button(panel, 'Ältere laden')).to.equal(undefined);
    await expect(app).to.be.accessible();
  });

  it('shows every part loading, then empty, and accessible in both', async () => {
    for (const path of ['imports', 'outbox', 'audit']) worker.use(http.get(`${API}/admin/${path}`, () => delay('infinite'), { once: true }));
    let app = await operations();
    await waitUntil(() => deepAll(app, '.notice').filter((notice) => notice.textContent === 'Wird geladen …').length === 3);
    await expect(app).to.be.accessible();

    fixtureCleanup();
    resetPage();
    mock = await useAdminApi();
    mock.imports = { running: false, intervalHours: 0, sources: [] };
    mock.outbox = { mail: 'off', pending: 0, failed: 0, sent: 0, items: [] };
    mock.audit = [];
    app = await operations();
    await waitUntil(() => textOf(app).includes('Das Protokoll ist noch leer.'));
    const text = textOf(app);
    expect(text).not.to.include('alle 6 Stunden');
    expect(text).to.include('Es sind keine Import-Quellen eingerichtet');
    expect(text).to.include('Der Mailversand ist ausgeschaltet');
    expect(text).to.include('Keine ungesendeten Mails');
    expect(deep(deep(app, 'wr-admin-audit')!, 'table')).to.equal(undefined);
    await expect(app).to.be.accessible();
  });

  it('shows a failure of each part with a retry that works (server error, 403, network)', async () => {
    let answer: () => Response = () => HttpResponse.json({ error: 'internal', message: 'An unexpected error occurred.' }, { status: 500 });
    let failing = true;
    for (const path of ['imports', 'outbox', 'audit']) worker.use(http.get(`${API}/admin/${path}`, () => (failing ? answer() : undefined)));
    const app = await operations();
    await waitUntil(() => deepAll(app, '.problem[role=alert]').length === 3, 'not every part failed');
    for (const problem of deepAll(app, '.problem')) expect(problem.textContent).to.include('Auf dem Server ist ein Fehler aufgetreten');
    await expect(app).to.be.accessible();

    answer = () => HttpResponse.json({ error: 'forbidden', message: 'no' }, { status: 403 });
    const retry = deep<HTMLButtonElement>(deep(app, 'wr-admin-outbox')!, '.problem button')!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deep(deep(app, 'wr-admin-outbox')!, '.problem')?.textContent?.includes('Das darf Ihr Token nicht.'));

    answer = () => HttpResponse.error();
    deep<HTMLButtonElement>(deep(app, 'wr-admin-audit')!, '.problem button')!.click();
    await waitUntil(() => deep(deep(app, 'wr-admin-audit')!, '.problem')?.textContent?.includes('nicht erreichbar'));
    await expect(app).to.be.accessible();

    failing = false;
    for (const part of ['wr-admin-imports', 'wr-admin-outbox', 'wr-admin-audit']) deep<HTMLButtonElement>(deep(app, part)!, '.problem button')!.click();
    await waitUntil(() => deepAll(app, '.problem').length === 0 && deep(deep(app, 'wr-admin-audit')!, 'table') && deep(app, 'dl.counts') && textOf(app).includes('stadtwerke-radeberg'));
  });

  it('goes back to sign-in when the token is refused (401)', async () => {
    const app = await signedInApp();
    worker.use(http.get(`${API}/admin/outbox`, () => HttpResponse.json({ error: 'unauthorized', message: 'revoked' }, { status: 401 })));
    location.hash = '#operations';
    await shown(app, '#token');
    expect(textOf(app)).to.include('Ihr Token gilt nicht mehr');
  });

  it('is not offered to a partner’s office, not even by its address', async () => {
    location.hash = '#operations';
    const app = await signedInApp(kamenzToken);
    await waitUntil(() => deep(app, 'h1')?.textContent === 'Anfragen');
    expect(deepAll(app, 'nav a').map((link) => link.textContent)).to.deep.equal(['Anfragen', 'Stellen']);
    expect(deep(app, 'wr-admin-operations')).to.equal(undefined);
    await shown(app, '.records');
    expect(mock.auditQueries).to.have.length(0);
    await expect(app).to.be.accessible();
  });

  it('speaks English too', async () => {
    document.documentElement.lang = 'en';
    sessionStorage.setItem('wr-admin-lang', 'en');
    location.hash = '#operations';
    const app = await signedInApp();
    await waitUntil(() => deep(app, 'h1')?.textContent === 'Operations');
    await waitUntil(() => deep(deep(app, 'wr-admin-audit')!, 'table') && deep(app, 'dl.counts'));
    expect(deepAll(app, 'h2').map((heading) => heading.textContent)).to.deep.equal(['Job imports', 'Mail to the offices', 'Backup', 'Audit log']);
    // The audit names an office once the partners have come, which on a busy machine may be after its table.
    await waitUntil(() => textOf(app).includes('Kamenz office'), 'the audit does not name the Kamenz office');
    const text = textOf(app);
    expect(text).to.include('every 6 hours');
    expect(text).to.include('Given up');
    expect(button(app, 'Make a backup now')).not.to.equal(undefined);
    await expect(app).to.be.accessible();
  });

  it('keeps the section tabs on one row at 390 px, scrolling sideways to the focused tab', async () => {
    await setViewport({ width: 390, height: 800 });
    try {
      const app = await signedInApp();
      await shown(app, '.records');
      const list = deep(app, 'nav ul')!;
      const links = deepAll<HTMLAnchorElement>(app, 'nav a');
      const tops = new Set(links.map((link) => Math.round(link.getBoundingClientRect().top)));
      expect(tops.size).to.equal(1);
      expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(390);

      links[0]!.focus();
      for (let step = 1; step < links.length; step += 1) await sendKeys({ press: 'Tab' });
      const last = links.at(-1)!;
      expect(app.shadowRoot!.activeElement).to.equal(last);
      const inside = (link: Element) => {
        const box = link.getBoundingClientRect();
        const view = list.getBoundingClientRect();
        return box.left >= view.left - 1 && box.right <= view.right + 1;
      };
      await waitUntil(() => inside(last), 'the focused tab stayed out of sight');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => deep(app, 'h1')?.textContent === 'Betrieb');
      await waitUntil(() => inside(deep(app, 'nav a[aria-current=page]')!), 'the current tab is out of sight');
      await expect(app).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
