import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { AdminApp } from '../../src/admin/admin-app.js';
import type { Job } from '@wachstumsregion/domain/contract';
import { deep, deepAll, kamenzToken, resetPage, shown, signedInApp, textOf, useAdminApi, type AdminMock } from '../support/admin-mock.js';
import { API, worker } from '../support/mock-api.js';
import { waitUntil } from '../support/wait.js';

/** Follows a section's link as a person would, and waits for the section to show `ready`. */
async function openSection(app: AdminApp, hash: string, ready: string): Promise<void> {
  deep<HTMLAnchorElement>(app, `nav a[href$="${hash}"]`)!.click();
  const view = await shown(app, `wr-admin-${hash.slice(1)}`);
  await shown(view, ready);
}

/** A button by its visible text or its accessible name. */
function button(root: Element, label: string | RegExp): HTMLButtonElement {
  const matches = (text: string | null | undefined) => text != null && (typeof label === 'string' ? text.trim() === label : label.test(text));
  const found = deepAll<HTMLButtonElement>(root, 'button').find((candidate) => matches(candidate.textContent) || matches(candidate.getAttribute('aria-label')));
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

describe('admin page: jobs, partners, tokens, erasure', () => {
  let mock: AdminMock;
  beforeEach(async () => {
    resetPage();
    mock = await useAdminApi();
  });
  afterEach(resetPage);

  it('edits a job by keyboard and saves it with PUT, keeping what the form does not show', async () => {
    const app = await signedInApp();
    await openSection(app, '#jobs', '.records');
    await expect(app).to.be.accessible();
    const edit = deepAll<HTMLButtonElement>(app, 'button[data-id]')[0]!;
    const original = mock.data.jobs.find((job) => job.id === edit.dataset.id)!;
    edit.focus();
    await sendKeys({ press: 'Enter' });
    const title = await shown<HTMLInputElement>(app, '#f-title');
    expect(deep(app, '#form-heading')!.textContent).to.include(original.title);
    await expect(app).to.be.accessible();
    title.focus();
    title.select();
    await sendKeys({ type: 'Neuer Titel (m/w/d)' });
    await sendKeys({ press: 'Enter' });
    const path = `/v1/admin/jobs/${original.id}`;
    await waitUntil(() => mock.puts[path], 'no PUT was sent');
    const sent = mock.puts[path] as Job;
    expect(sent.title).to.equal('Neuer Titel (m/w/d)');
    expect(sent).to.deep.include({ id: original.id, partner: original.partner, category: original.category, publishedAt: original.publishedAt });
    expect(sent.salary).to.deep.equal(original.salary);
    await waitUntil(() => textOf(app).includes('Die Stelle „Neuer Titel (m/w/d)“ wurde gespeichert.'));
    // Back on the list, the focus returns to the job's button.
    await waitUntil(() => deep(app, 'wr-admin-jobs')!.shadowRoot!.activeElement?.getAttribute('data-id') === original.id);
    await expect(app).to.be.accessible();
  });

  it('marks the fields the browser or the server refuses (422 names them), in the page’s words', async () => {
    const app = await signedInApp();
    await openSection(app, '#jobs', '.records');
    button(app, 'Neue Stelle').click();
    const form = await shown<HTMLFormElement>(app, 'form');
    button(form, 'Speichern').click();
    await waitUntil(() => deep(app, '#f-title-error'));
    expect(deep(app, '#f-title-error')!.textContent).to.equal('Bitte füllen Sie dieses Feld aus.');
    expect(deep(app, '#f-title')!.getAttribute('aria-invalid')).to.equal('true');
    expect(deep(app, '#f-title')!.getAttribute('aria-describedby')).to.equal('f-title-error');
    expect(deep(app, 'wr-admin-jobs')!.shadowRoot!.activeElement?.id).to.equal('f-title');
    await expect(app).to.be.accessible();

    worker.use(http.put(`${API}/admin/jobs/:id`, () => HttpResponse.json({ error: 'validation-failed', message: 'The job has invalid fields.', errors: { applyEmail: 'invalid' } }, { status: 422 })));
    for (const [id, value] of [
      ['f-title', 'Pflegefachkraft'],
      ['f-employer-name', 'Klinik'],
      ['f-location-city', 'Kamenz'],
      ['f-description', 'Text'],
      ['f-applyEmail', 'a@b'],
    ]) {
      deep<HTMLInputElement>(app, `#${id}`)!.value = value!;
    }
    button(form, 'Speichern').click();
    await waitUntil(() => deep(app, '#f-applyEmail-error'));
    expect(deep(app, '#form-problem')!.textContent).to.include('Bitte prüfen Sie die markierten Felder.');
    expect(deep(app, '#f-applyEmail')!.getAttribute('aria-invalid')).to.equal('true');
    expect(deep(app, '#f-title')!.getAttribute('aria-invalid')).to.equal('false');
    await expect(app).to.be.accessible();

    worker.use(http.put(`${API}/admin/jobs/:id`, () => HttpResponse.json({ error: 'conflict', message: 'The job’s category x does not exist.' }, { status: 409 })));
    button(form, 'Speichern').click();
    await waitUntil(() => deep(app, '#form-problem')?.textContent?.includes('Das passt nicht zu den übrigen Daten'));
  });

  it('deletes a job after confirmation', async () => {
    const app = await signedInApp();
    await openSection(app, '#jobs', '.records');
    const first = deepAll<HTMLButtonElement>(app, 'button[data-id]')[0]!.dataset.id!;
    button(app, /^Löschen: /).click();
    const dialog = await shown<HTMLDialogElement>(app, 'dialog[open]');
    button(dialog, 'Löschen').click();
    await waitUntil(() => mock.deletes.includes(`/v1/admin/jobs/${first}`));
    await waitUntil(() => /Die Stelle „.*“ wurde gelöscht\./.test(textOf(app)));
  });

  it('gives an office the job form with its own partner fixed', async () => {
    const app = await signedInApp(kamenzToken);
    await openSection(app, '#jobs', '.records');
    expect(deep(app, 'select#partner')).to.equal(undefined);
    button(app, 'Neue Stelle').click();
    const partner = await shown<HTMLSelectElement>(app, '#f-partner');
    expect(partner.disabled).to.equal(true);
    expect([...partner.options].map((option) => option.value)).to.deep.equal(['kamenz']);
    await expect(app).to.be.accessible();
  });

  it('edits a partner: saves with PUT and shows the server’s refusal of a field (400)', async () => {
    const app = await signedInApp();
    await openSection(app, '#partners', '.records');
    await expect(app).to.be.accessible();
    button(app, 'Bearbeiten: Kamenz').click();
    const name = await shown<HTMLInputElement>(app, '#f-name');
    expect(deep<HTMLInputElement>(app, '#f-id')!.readOnly).to.equal(true);
    await shown(await shown(app, 'wr-admin-partner-tokens'), '.records');
    await expect(app).to.be.accessible();

    worker.use(http.put(`${API}/admin/partners/:id`, () => HttpResponse.json({ error: 'bad-request', message: 'body/contact/email must match format "email"' }, { status: 400 }), { once: true }));
    deep<HTMLInputElement>(app, '#f-contact-email')!.value = 'wirtschaft@kamenz';
    button(app, 'Speichern').click();
    await waitUntil(() => deep(app, '#f-contact-email-error'));
    expect(deep(app, '#form-problem')!.textContent).to.include('Der Server hat die Angaben nicht angenommen');
    expect(deep(app, '#f-contact-email')!.getAttribute('aria-invalid')).to.equal('true');

    deep<HTMLInputElement>(app, '#f-contact-email')!.value = 'wirtschaft@kamenz.de';
    name.value = 'Lessingstadt Kamenz';
    deep<HTMLTextAreaElement>(app, '#f-origins')!.value = 'https://www.kamenz.de\nhttps://kamenz.de';
    button(app, 'Speichern').click();
    await waitUntil(() => mock.puts['/v1/admin/partners/kamenz']);
    expect(mock.puts['/v1/admin/partners/kamenz']).to.deep.include({ id: 'kamenz', name: 'Lessingstadt Kamenz', origins: ['https://www.kamenz.de', 'https://kamenz.de'] });
    await waitUntil(() => textOf(app).includes('Lessingstadt Kamenz wurde gespeichert.'));
  });

  it('creates an office token, shows its secret once, and revokes one after confirmation', async () => {
    const app = await signedInApp();
    await openSection(app, '#partners', '.records');
    button(app, 'Bearbeiten: Kamenz').click();
    await shown(await shown(app, 'wr-admin-partner-tokens'), '.records');
    button(app, 'Neues Token erstellen').click();
    const secret = await shown<HTMLInputElement>(app, '#new-token');
    expect(secret.value).to.match(/^wrp_/);
    expect(secret.readOnly).to.equal(true);
    expect(textOf(app)).to.include('nur dieses eine Mal gezeigt');
    await waitUntil(() => deepAll(deep(app, 'wr-admin-partner-tokens')!, '.record').length === 2);
    await expect(app).to.be.accessible();

    button(app, /tok_0123456789abcdef/).click();
    const dialogs = deepAll<HTMLDialogElement>(app, 'dialog');
    await waitUntil(() => dialogs.some((dialog) => dialog.open));
    button(dialogs.find((dialog) => dialog.open)!, 'Widerrufen').click();
    await waitUntil(() => mock.deletes.includes('/v1/admin/partners/kamenz/tokens/tok_0123456789abcdef'));
    await waitUntil(() => textOf(app).includes('Das Token tok_0123456789abcdef wurde widerrufen.'));
  });

  it('erases a person’s data by e-mail after confirmation and tells how many inquiries went', async () => {
    const app = await signedInApp();
    await openSection(app, '#erasure', '#email');
    await expect(app).to.be.accessible();
    const field = deep<HTMLInputElement>(app, '#email')!;
    field.focus();
    await sendKeys({ type: 'nur-text' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deep(app, '#email-error'));
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    await expect(app).to.be.accessible();

    field.value = '';
    await sendKeys({ type: 'Anna@Example.org' });
    await sendKeys({ press: 'Enter' });
    const dialog = await shown<HTMLDialogElement>(app, 'dialog[open]');
    expect(textOf(dialog)).to.include('Alle Daten zu Anna@Example.org löschen?');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(app).includes('1 Anfrage zu Anna@Example.org wurde gelöscht.'));
    expect(mock.erasures).to.deep.equal(['Anna@Example.org']);
    expect(field.value).to.equal('');
    await expect(app).to.be.accessible();

    field.value = 'anna@example.org';
    button(app, 'Alle Daten löschen …').click();
    button(await shown<HTMLDialogElement>(app, 'dialog[open]'), 'Löschen').click();
    await waitUntil(() => textOf(app).includes('Zu anna@example.org war keine Anfrage gespeichert'));

    worker.use(http.post(`${API}/admin/erasures`, () => HttpResponse.error()));
    field.value = 'anna@example.org';
    button(app, 'Alle Daten löschen …').click();
    button(await shown<HTMLDialogElement>(app, 'dialog[open]'), 'Löschen').click();
    await waitUntil(() => deep(app, '.problem')?.textContent?.includes('nicht erreichbar'));
    await expect(app).to.be.accessible();
  });
});
