import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { AdminApp } from '../../src/admin/admin-app.js';
import { deep, deepAll, kamenzToken, regionToken, resetPage, shown, signedInApp, textOf, useAdminApi } from '../support/admin-mock.js';
import { API, worker } from '../support/mock-api.js';
import { setViewport } from '../support/viewport.js';
import { waitUntil } from '../support/wait.js';

describe('admin page: signing in and out', () => {
  beforeEach(async () => {
    resetPage();
    await useAdminApi();
  });
  afterEach(resetPage);

  it('signs the region in by keyboard, keeps the token in this tab only, and is accessible in both states', async () => {
    const app = await fixture<AdminApp>(html`<wr-admin-app api=${API}></wr-admin-app>`);
    const field = await shown<HTMLInputElement>(app, '#token');
    expect(deep(app, 'h1')!.textContent).to.equal('Anmelden');
    await expect(app).to.be.accessible();

    field.focus();
    await sendKeys({ type: regionToken });
    await sendKeys({ press: 'Enter' });
    await shown(app, 'nav');
    expect(textOf(app)).to.include('Angemeldet als Region');
    expect(deepAll(app, 'nav a').map((link) => link.textContent)).to.deep.equal(['Anfragen', 'Stellen', 'Partner', 'Daten einer Person löschen', 'Betrieb']);
    // The section's heading takes the focus, so a screen reader hears where the person is.
    await waitUntil(() => app.shadowRoot!.activeElement?.localName === 'h1');
    expect(sessionStorage.getItem('wr-admin-token')).to.equal(regionToken);
    expect(localStorage.length).to.equal(0);
    await shown(app, '.records');
    await expect(app).to.be.accessible();
  });

  it('tells a wrong token in words, marks the field and keeps the focus there', async () => {
    const app = await fixture<AdminApp>(html`<wr-admin-app api=${API}></wr-admin-app>`);
    const field = await shown<HTMLInputElement>(app, '#token');
    field.focus();
    await sendKeys({ type: 'not-a-token' });
    await sendKeys({ press: 'Enter' });
    const message = await shown(app, '#token-error');
    expect(message.textContent).to.include('Dieses Token ist nicht gültig');
    expect(message.getAttribute('role')).to.equal('alert');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.include('token-error');
    expect(deep(app, 'wr-admin-sign-in')!.shadowRoot!.activeElement).to.equal(field);
    expect(sessionStorage.length).to.equal(0);
    await expect(app).to.be.accessible();
  });

  it('asks for a token when the field is empty, and says when the admin API is off or unreachable', async () => {
    const app = await fixture<AdminApp>(html`<wr-admin-app api=${API}></wr-admin-app>`);
    await shown(app, '#token');
    const submit = () => deep<HTMLButtonElement>(deep(app, 'wr-admin-sign-in')!, 'button.primary')!.click();
    const field = deep<HTMLInputElement>(app, '#token')!;
    submit();
    expect((await shown(app, '#token-error')).textContent).to.equal('Bitte geben Sie Ihr Token ein.');

    worker.use(http.get(`${API}/admin/me`, () => HttpResponse.json({ error: 'not-found', message: 'The admin API is switched off.' }, { status: 404 })));
    field.value = 'anything';
    submit();
    await waitUntil(() => deep(app, '#token-error')?.textContent?.includes('ausgeschaltet'));

    worker.use(http.get(`${API}/admin/me`, () => HttpResponse.error()));
    submit();
    await waitUntil(() => deep(app, '#token-error')?.textContent?.includes('nicht erreichbar'));

    worker.use(http.get(`${API}/admin/me`, () => HttpResponse.json({ error: 'internal', message: 'An unexpected error occurred.' }, { status: 500 })));
    submit();
    await waitUntil(() => deep(app, '#token-error')?.textContent?.includes('Fehler aufgetreten'));
    await expect(app).to.be.accessible();
  });

  it('signs out by keyboard: the token is forgotten and the sign-in form has the focus', async () => {
    const app = await signedInApp();
    const signOut = deepAll<HTMLButtonElement>(app, 'header button').find((button) => button.textContent === 'Abmelden')!;
    signOut.focus();
    await sendKeys({ press: 'Enter' });
    await shown(app, '#token');
    expect(sessionStorage.getItem('wr-admin-token')).to.equal(null);
    expect(textOf(app)).to.include('Sie sind abgemeldet');
    await waitUntil(() => deep(app, 'wr-admin-sign-in')!.shadowRoot!.activeElement?.id === 'token', 'the token field did not get the focus');
    await expect(app).to.be.accessible();
  });

  it('resumes the tab’s sign-in after a reload, and drops a token the server no longer accepts', async () => {
    sessionStorage.setItem('wr-admin-token', regionToken);
    const app = await fixture<AdminApp>(html`<wr-admin-app api=${API}></wr-admin-app>`);
    await shown(app, 'nav');

    sessionStorage.setItem('wr-admin-token', 'revoked-token');
    const again = await fixture<AdminApp>(html`<wr-admin-app api=${API}></wr-admin-app>`);
    await shown(again, '#token');
    expect(textOf(again)).to.include('Ihr Token gilt nicht mehr');
    expect(sessionStorage.getItem('wr-admin-token')).to.equal(null);
  });

  it('goes back to sign-in when the token is revoked while the page is open', async () => {
    const app = await signedInApp();
    await shown(app, '.records');
    worker.use(http.get(`${API}/admin/jobs*`, () => HttpResponse.json({ error: 'unauthorized', message: 'revoked' }, { status: 401 })));
    location.hash = '#jobs';
    await shown(app, '#token');
    expect(textOf(app)).to.include('Ihr Token gilt nicht mehr');
  });

  it('offers a partner’s office only its inquiries and jobs', async () => {
    const app = await signedInApp(kamenzToken);
    await waitUntil(() => textOf(app).includes('Angemeldet als Büro Kamenz'));
    expect(deepAll(app, 'nav a').map((link) => link.textContent)).to.deep.equal(['Anfragen', 'Stellen']);
    location.hash = '#partners';
    await waitUntil(() => deep(app, 'h1')?.textContent === 'Anfragen');
    expect(deep(app, 'wr-admin-partners')).to.equal(undefined);
    await expect(app).to.be.accessible();
  });

  it('keeps the header to two rows on a phone: a shorter title, then who is signed in beside the buttons', async () => {
    await setViewport({ width: 390, height: 800 });
    try {
      const app = await signedInApp();
      await waitUntil(() => textOf(app).includes('Angemeldet als Region'));
      const brand = deep(app, '.brand')!;
      // Trimmed: WebKit's innerText ends with a line break after the hidden span.
      const shownTitle = () => brand.innerText.trim();
      expect(shownTitle()).to.equal('Wachstumsregion · Verwaltung');
      const rowOf = (element: Element) => Math.round(element.getBoundingClientRect().top + element.getBoundingClientRect().height / 2);
      const [role, ...buttons] = [deep(app, '.account p')!, ...deepAll(app, 'header button')];
      expect(buttons).to.have.length(2);
      for (const button of buttons) expect(Math.abs(rowOf(button) - rowOf(role))).to.be.lessThan(4);
      expect(rowOf(role)).to.be.greaterThan(brand.getBoundingClientRect().bottom);
      await expect(app).to.be.accessible();
      await setViewport({ width: 1280, height: 800 });
      expect(shownTitle()).to.equal('Wachstumsregion Dresden · Verwaltung');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('switches to English and back, following <html lang>', async () => {
    const app = await signedInApp();
    const english = deepAll<HTMLButtonElement>(app, 'header button').find((button) => button.textContent === 'English')!;
    expect(english.lang).to.equal('en');
    english.click();
    await waitUntil(() => deep(app, 'h1')?.textContent === 'Inquiries');
    expect(document.documentElement.lang).to.equal('en');
    expect(textOf(app)).to.include('Signed in as the region');
    await shown(app, '.records');
    await expect(app).to.be.accessible();
    deepAll<HTMLButtonElement>(app, 'header button').find((button) => button.textContent === 'Deutsch')!.click();
    await waitUntil(() => deep(app, 'h1')?.textContent === 'Anfragen');
  });
});
