import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, getResponse, http, HttpResponse } from 'msw';
import '../../src/contact-form/define.js';
import type { ContactForm } from '../../src/contact-form/contact-form.js';
import { configure } from '../../src/core/config.js';
import type { InquiryFailedEvent } from '../../src/core/events/inquiry-failed.js';
import type { InquirySentEvent } from '../../src/core/events/inquiry-sent.js';
import type { MockApi } from '../../src/mocks/handlers.js';
import { API, worker } from '../support/mock-api.js';
import { $, $$, useSampleApi } from '../support/sample-api.js';
import { waitUntil } from '../support/wait.js';

const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Retry-After' };

async function ready(form: ContactForm): Promise<ContactForm> {
  await waitUntil(() => form.shadowRoot!.querySelector('input[name=partners]'), 'the partners did not load');
  await form.updateComplete;
  return form;
}

async function type(form: ContactForm, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(form, `#${id}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await form.updateComplete;
}

async function check(form: ContactForm, id: string): Promise<void> {
  $<HTMLInputElement>(form, `#${id}`).click();
  await form.updateComplete;
}

/** Fills in every required field with valid values. */
async function fillIn(form: ContactForm): Promise<void> {
  await type(form, 'name', 'Anna Schmidt');
  await type(form, 'email', 'anna@example.org');
  if (!$<HTMLInputElement>(form, '#partner-kamenz').checked) await check(form, 'partner-kamenz');
  await check(form, 'wish-both');
  await check(form, 'consent');
}

function submit(form: ContactForm): void {
  $(form, '[part=submit]').click();
}

const focused = (form: ContactForm) => form.shadowRoot!.activeElement as HTMLElement | null;
const errorOf = (form: ContactForm, field: string) => form.shadowRoot!.querySelector(`#${field}-error`)?.textContent?.trim();
const problem = (form: ContactForm) => form.shadowRoot!.querySelector('[part=problem]')?.textContent?.trim() ?? '';

/** Puts a handler in front of the mock's POST /inquiries that sees every attempt, then lets the mock answer. */
function watchPosts(api: MockApi, before: (request: Request, attempt: number) => Promise<Response | undefined> | Response | undefined = () => undefined) {
  const keys: string[] = [];
  worker.use(
    http.post(`${API}/inquiries`, async ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key') ?? '');
      const early = await before(request, keys.length);
      return early ?? (await getResponse(api.handlers, request));
    }),
  );
  return keys;
}

async function sent(form: ContactForm): Promise<void> {
  await waitUntil(() => form.shadowRoot!.querySelector('[part=confirmation]'), 'no confirmation', { timeout: 5000 });
}

async function failed(form: ContactForm): Promise<void> {
  await waitUntil(() => form.shadowRoot!.querySelector('[part=problem]'), 'no failure shown', { timeout: 5000 });
  await form.updateComplete;
}

/** A real ALTCHA v1 challenge whose secret number is `number`. */
async function makeChallenge(number: number) {
  const salt = `${crypto.getRandomValues(new Uint32Array(1))[0]!.toString(16)}?expires=${Math.floor(Date.now() / 1000) + 600}`;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(salt + number));
  const challenge = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return { algorithm: 'SHA-256', challenge, maxnumber: 5000, salt, signature: `signed-${number}` };
}

describe('<wr-contact-form>', () => {
  let api: MockApi;
  beforeEach(async () => {
    sessionStorage.clear();
    ({ api } = await useSampleApi());
  });

  describe('empty', () => {
    it('has native fields with visible labels, autocomplete values and the partners from the API, and is accessible', async () => {
      const form = await ready(await fixture<ContactForm>(html`<wr-contact-form privacy-url="/datenschutz"></wr-contact-form>`));
      for (const [id, autocomplete, type] of [
        ['name', 'name', 'text'],
        ['email', 'email', 'email'],
        ['phone', 'tel', 'tel'],
        ['livesIn', 'address-level2', 'text'],
        ['field', 'organization-title', 'text'],
      ]) {
        const input = $<HTMLInputElement>(form, `#${id}`);
        // The attribute, which the browser's autofill reads: Firefox reflects `organization-title` as '' (it fills
        // no such field), though the token is valid.
        expect(input.getAttribute('autocomplete'), id).to.equal(autocomplete);
        expect(input.type, id).to.equal(type);
        expect($(form, `label[for=${id}]`).textContent!.trim(), id).not.to.equal('');
      }
      expect($(form, 'textarea#message')).to.exist;
      expect($$(form, 'input[name=partners]')).to.have.length(9);
      expect($$(form, 'fieldset legend').map((legend) => legend.textContent)).to.deep.equal(['Welche Orte interessieren Sie?', 'Was suchen Sie?']);
      expect($$<HTMLInputElement>(form, 'input[name=wish]').map((radio) => radio.value)).to.deep.equal(['live', 'work', 'both']);
      expect($<HTMLAnchorElement>(form, '#consent-privacy a').href).to.equal(new URL('/datenschutz', location.href).href);
      await expect(form).to.be.accessible();
    });

    it('hides the honeypot from people and from the tab order, without display:none alone', async () => {
      const form = await ready(await fixture<ContactForm>(html`<wr-contact-form privacy-url="/datenschutz"></wr-contact-form>`));
      const trap = $<HTMLInputElement>(form, '#website');
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.autocomplete).to.equal('off');
      expect(trap.closest('[aria-hidden=true]')).to.exist;
      const box = trap.getBoundingClientRect();
      expect(getComputedStyle(trap).display).not.to.equal('none');
      expect(box.right < 0 || box.width <= 1).to.equal(true);
    });

    it('preselects the partner attribute and names its office in the consent', async () => {
      const form = await ready(await fixture<ContactForm>(html`<wr-contact-form partner="kamenz" privacy-url="/datenschutz"></wr-contact-form>`));
      expect($<HTMLInputElement>(form, '#partner-kamenz').checked).to.equal(true);
      expect($(form, '#consent-recipients').textContent).to.contain('Amt für Wirtschaftsförderung der Großen Kreisstadt Kamenz');
      await check(form, 'partner-pulsnitz');
      expect($(form, '#consent-recipients').textContent).to.contain('Kamenz und Wirtschaftsförderung der Stadt Pulsnitz');
    });

    it('shows only the optional fields named in fields', async () => {
      const form = await ready(await fixture<ContactForm>(html`<wr-contact-form fields="message" privacy-url="/datenschutz"></wr-contact-form>`));
      expect(form.shadowRoot!.querySelector('#phone')).to.equal(null);
      expect(form.shadowRoot!.querySelector('#livesIn')).to.equal(null);
      expect(form.shadowRoot!.querySelector('#field')).to.equal(null);
      expect($(form, '#message')).to.exist;
    });

    it('offers to load the partners again when they cannot be loaded, and is accessible', async () => {
      let broken = true;
      worker.use(http.get(`${API}/partners`, () => (broken ? HttpResponse.json({ error: 'server', message: 'Down.' }, { status: 503, headers: cors }) : undefined)));
      const form = await fixture<ContactForm>(html`<wr-contact-form privacy-url="/datenschutz"></wr-contact-form>`);
      await waitUntil(() => form.shadowRoot!.querySelector('fieldset [role=alert]'), 'no error shown');
      await expect(form).to.be.accessible();
      broken = false;
      $(form, 'fieldset [role=alert] button').click();
      await ready(form);
      expect($$(form, 'input[name=partners]')).to.have.length(9);
    });

    it('tells the webmaster in the console when privacy-url is missing', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => warnings.push(String(message));
      try {
        const form = await ready(await fixture<ContactForm>(html`<wr-contact-form></wr-contact-form>`));
        expect(warnings.some((warning) => warning.includes('privacy-url'))).to.equal(true);
        expect(form.shadowRoot!.querySelector('#consent-privacy')).to.equal(null);
      } finally {
        console.warn = warn;
      }
    });

    it('speaks English', async () => {
      const form = await ready(await fixture<ContactForm>(html`<wr-contact-form lang="en" privacy-url="/privacy"></wr-contact-form>`));
      expect($(form, 'label[for=email]').textContent!.trim()).to.equal('Your e-mail address');
      expect($(form, '[part=submit]').textContent!.trim()).to.equal('Send inquiry');
      submit(form);
      await form.updateComplete;
      expect($(form, '#summary-title').textContent).to.equal('Please check 5 entries');
      expect(errorOf(form, 'email')).to.equal('Please enter your e-mail address.');
    });
  });

  describe('refused', () => {
    it('checks every required field, shows errors next to them and a summary that takes focus; nothing is sent', async () => {
      const form = await ready(await fixture<ContactForm>(html`<wr-contact-form privacy-url="/datenschutz"></wr-contact-form>`));
      submit(form);
      await form.updateComplete;
      expect(focused(form)).to.equal($(form, '[part=summary]'));
      expect(errorOf(form, 'name')).to.equal('Bitte geben Sie Ihren Namen ein.');
      expect(errorOf(form, 'email')).to.equal('Bitte geben Sie Ihre E-Mail-Adresse ein.');
      expect(errorOf(form, 'partners')).to.equal('Bitte wählen Sie mindestens einen Ort.');
      expect(errorOf(form, 'wish')).to.equal('Bitte wählen Sie, was Sie suchen.');
      expect(errorOf(form, 'consent')).to.equal('Bitte stimmen Sie zu, damit wir Ihre Anfrage weitergeben dürfen.');
      expect($(form, '#name').getAttribute('aria-invalid')).to.equal('true');
      expect($(form, '#name').getAttribute('aria-describedby')).to.contain('name-error');
      expect($(form, '#email').getAttribute('aria-describedby')).to.equal('email-hint email-error');
      expect($$(form, '[part=summary] a')).to.have.length(5);
      expect(api.inquiries).to.have.length(0);
      await expect(form).to.be.accessible();
    });

    it('links from the summary to the field', async () => {
      const form = await ready(await fixture<ContactForm>(html`<wr-contact-form privacy-url="/datenschutz"></wr-contact-form>`));
      submit(form);
      await form.updateComplete;
      $(form, '[part=summary] a[href="#email"]').click();
      expect(focused(form)).to.equal($(form, '#email'));
      $(form, '[part=summary] a[href="#partners"]').click();
      expect(focused(form)).to.equal($$(form, 'input[name=partners]')[0]);
    });

    it('refuses an e-mail address without @, a phone number with letters, and texts over the limit', async () => {
      const form = await ready(await fixture<ContactForm>(html`<wr-contact-form privacy-url="/datenschutz"></wr-contact-form>`));
      await fillIn(form);
      await type(form, 'email', 'anna.example.org');
      await type(form, 'phone', '0351 CALL ME');
      await type(form, 'field', 'x'.repeat(201));
      submit(form);
      await form.updateComplete;
      expect(errorOf(form, 'email')).to.equal('Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.');
      expect(errorOf(form, 'phone')).to.equal('Bitte nur Ziffern, Leerzeichen und + ( ) - / verwenden.');
      expect(errorOf(form, 'field')).to.equal('Ihr Beruf oder Fachgebiet: höchstens 200 Zeichen.');
      expect(errorOf(form, 'name')).to.equal(undefined);
      expect($(form, '#summary-title').textContent).to.equal('Bitte prüfen Sie 3 Angaben');
      await type(form, 'email', 'anna@example.org');
      expect(errorOf(form, 'email'), 'the error goes once the field is right').to.equal(undefined);
      // Characters no mailbox needs, which would add a Bcc to the offices' reply link, are refused as the server does.
      await type(form, 'email', 'anna%40example.org?bcc=x@evil.example');
      submit(form);
      await form.updateComplete;
      expect(errorOf(form, 'email')).to.equal('Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.');
      await type(form, 'email', "anna.o'neil+jobs@example.org");
      expect(errorOf(form, 'email')).to.equal(undefined);
      expect(api.inquiries).to.have.length(0);
    });

    it("puts the server's 422 field codes next to the fields and in the summary", async () => {
      worker.use(
        http.post(`${API}/inquiries`, () =>
          HttpResponse.json({ message: 'Some fields are not valid.', errors: { email: 'invalid', partners: 'unknown-partner', name: 'too-long', locale: 'invalid' } }, { status: 422, headers: cors }),
        ),
      );
      const form = await ready(await fixture<ContactForm>(html`<wr-contact-form privacy-url="/datenschutz"></wr-contact-form>`));
      await fillIn(form);
      setTimeout(() => submit(form));
      const event = (await oneEvent(form, 'wr-inquiry-failed')) as InquiryFailedEvent;
      expect(event.detail.reason).to.equal('invalid');
      await form.updateComplete;
      await waitUntil(() => focused(form) === form.shadowRoot!.querySelector('[part=summary]'), 'the summary did not take focus');
      expect(errorOf(form, 'email')).to.equal('Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.');
      expect(errorOf(form, 'partners')).to.equal('Einer der gewählten Orte ist nicht mehr dabei. Bitte wählen Sie erneut.');
      expect(errorOf(form, 'name')).to.equal('Ihr Name: höchstens 200 Zeichen.');
      expect($(form, '[part=summary]').textContent).to.contain('„locale“');
      expect($<HTMLInputElement>(form, '#name').value).to.equal('Anna Schmidt');
      await expect(form).to.be.accessible();
    });
  });

  describe('sent', () => {
    it('sends once, shows the reference number, moves focus to it, fires wr-inquiry-sent and is accessible', async () => {
      const keys = watchPosts(api);
      const form = await ready(await fixture<ContactForm>(html`<wr-contact-form partner="kamenz" privacy-url="/datenschutz"></wr-contact-form>`));
      await fillIn(form);
      await type(form, 'phone', '+49 351 123456');
      await type(form, 'message', 'Ich möchte 2027 zurückkommen.');
      setTimeout(() => submit(form));
      const event = (await oneEvent(form, 'wr-inquiry-sent')) as InquirySentEvent;
      expect(event.detail.id).to.equal('inq-00001');
      await sent(form);
      await form.updateComplete;
      expect($(form, '.reference').textContent).to.equal('inq-00001');
      expect(focused(form)).to.equal($(form, '[part=confirmation]'));
      expect($(form, '[part=confirmation]').textContent).to.contain('Amt für Wirtschaftsförderung der Großen Kreisstadt Kamenz');
      expect(keys).to.have.length(1);
      expect(keys[0]!.length).to.be.within(8, 128);
      expect(api.inquiries).to.have.length(1);
      expect(api.inquiries[0]!.body).to.deep.equal({
        name: 'Anna Schmidt',
        email: 'anna@example.org',
        partners: ['kamenz'],
        wish: 'both',
        consent: true,
        locale: 'de',
        phone: '+49 351 123456',
        message: 'Ich möchte 2027 zurückkommen.',
      });
      await expect(form).to.be.accessible();
    });

    it('sends pasted text without the control characters the server refuses, and keeps the message’s line breaks', async () => {
      const form = await ready(await fixture<ContactForm>(html`<wr-contact-form partner="kamenz" privacy-url="/datenschutz" fields="lives-in message"></wr-contact-form>`));
      await fillIn(form);
      await type(form, 'name', 'Anna\u0000 Schmidt\u200b');
      await type(form, 'livesIn', 'Hamburg\u0085');
      await type(form, 'message', 'Erste Zeile\u0007\nZweite Zeile');
      submit(form);
      await sent(form);
      const body = api.inquiries[0]!.body as Record<string, unknown>;
      expect(body.name).to.equal('Anna Schmidt\u200b', 'a zero-width space is no control character and stays');
      expect(body.livesIn).to.equal('Hamburg');
      expect(body.message).to.equal('Erste Zeile\nZweite Zeile');
    });

    it('sends one request however often the button is clicked while sending, and is accessible while sending', async () => {
      const keys = watchPosts(api, async () => {
        await delay(300);
        return undefined;
      });
      const form = await ready(await fixture<ContactForm>(html`<wr-contact-form privacy-url="/datenschutz"></wr-contact-form>`));
      await fillIn(form);
      submit(form);
      submit(form);
      await form.updateComplete;
      const button = $(form, '[part=submit]');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.textContent).to.contain('Wird gesendet');
      submit(form);
      $(form, 'form').dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
      await expect(form).to.be.accessible();
      await sent(form);
      expect(keys).to.have.length(1);
      expect(api.inquiries).to.have.length(1);
    });
  });

  describe('sending through a bad network', () => {
    it('retries an answer lost after the server stored the inquiry with the same key; the region gets exactly one', async () => {
      const keys = watchPosts(api, async (request, attempt) => {
        if (attempt > 1) return undefined;
        await getResponse(api.handlers, request);
        return HttpResponse.error();
      });
      const form = await ready(await fixture<ContactForm>(html`<wr-contact-form privacy-url="/datenschutz"></wr-contact-form>`));
      await fillIn(form);
      submit(form);
      await sent(form);
      expect(keys).to.have.length(2);
      expect(keys[1]).to.equal(keys[0]);
      expect(api.inquiries).to.have.length(1);
      expect($(form, '.reference').textContent).to.equal('inq-00001');
    });

    it('after a dropped connection outlasts the retries, says so, offers to send again and keeps everything', async () => {
      let down = true;
      const keys = watchPosts(api, () => (down ? HttpResponse.error() : undefined));
      const form = await ready(await fixture<ContactForm>(html`<wr-contact-form privacy-url="/datenschutz"></wr-contact-form>`));
      await fillIn(form);
      await type(form, 'message', 'Hallo');
      setTimeout(() => submit(form));
      const event = (await oneEvent(form, 'wr-inquiry-failed')) as InquiryFailedEvent;
      expect(event.detail.reason).to.equal('network');
      await failed(form);
      expect(keys).to.have.length(3);
      expect(new Set(keys).size).to.equal(1);
      expect(problem(form)).to.contain('keine Verbindung zum Server');
      expect(problem(form)).to.contain('Ihre Eingaben bleiben erhalten');
      expect($<HTMLInputElement>(form, '#name').value).to.equal('Anna Schmidt');
      expect($<HTMLTextAreaElement>(form, '#message').value).to.equal('Hallo');
      expect($<HTMLInputElement>(form, '#consent').checked).to.equal(true);
      expect($(form, '[part=submit]').getAttribute('aria-disabled')).to.equal('false');
      await expect(form).to.be.accessible();

      down = false;
      $(form, '[part=problem] button').click();
      await sent(form);
      expect(keys.at(-1)).to.equal(keys[0]);
      expect(api.inquiries).to.have.length(1);
    });

    it('gives up on a server that hangs and says it does not answer', async () => {
      configure({ timeout: 100 });
      const keys = watchPosts(api, () => delay('infinite') as Promise<undefined>);
      const form = await ready(await fixture<ContactForm>(html`<wr-contact-form privacy-url="/datenschutz"></wr-contact-form>`));
      await fillIn(form);
      setTimeout(() => submit(form));
      const event = (await oneEvent(form, 'wr-inquiry-failed')) as InquiryFailedEvent;
      expect(event.detail.reason).to.equal('timeout');
      await failed(form);
      expect(keys).to.have.length(3);
      expect(problem(form)).to.contain('Der Server antwortet nicht');
    });

    it('says when to try again after 429', async () => {
      worker.use(http.post(`${API}/inquiries`, () => HttpResponse.json({ error: 'rate-limited', message: 'Slow down.' }, { status: 429, headers: { ...cors, 'Retry-After': '120' } })));
      const form = await ready(await fixture<ContactForm>(html`<wr-contact-form lang="en" privacy-url="/privacy"></wr-contact-form>`));
      await fillIn(form);
      setTimeout(() => submit(form));
      const event = (await oneEvent(form, 'wr-inquiry-failed')) as InquiryFailedEvent;
      expect(event.detail.reason).to.equal('rate-limited');
      await failed(form);
      expect(problem(form)).to.contain('Please try again in 120 seconds.');
    });

    it('has its own words for 403', async () => {
      worker.use(http.post(`${API}/inquiries`, () => HttpResponse.json({ error: 'forbidden', message: 'Origin not allowed.' }, { status: 403, headers: cors })));
      const form = await ready(await fixture<ContactForm>(html`<wr-contact-form privacy-url="/datenschutz"></wr-contact-form>`));
      await fillIn(form);
      setTimeout(() => submit(form));
      const event = (await oneEvent(form, 'wr-inquiry-failed')) as InquiryFailedEvent;
      expect(event.detail.reason).to.equal('forbidden');
      await failed(form);
      expect(problem(form)).to.contain('Von dieser Website können keine Anfragen gesendet werden');
    });

    it('after 409 explains that an earlier version arrived and sends this one with a new key', async () => {
      const keys = watchPosts(api, (_request, attempt) =>
        attempt === 1 ? HttpResponse.json({ error: 'conflict', message: 'This Idempotency-Key was used for another inquiry.' }, { status: 409, headers: cors }) : undefined,
      );
      const form = await ready(await fixture<ContactForm>(html`<wr-contact-form privacy-url="/datenschutz"></wr-contact-form>`));
      await fillIn(form);
      setTimeout(() => submit(form));
      const event = (await oneEvent(form, 'wr-inquiry-failed')) as InquiryFailedEvent;
      expect(event.detail.reason).to.equal('invalid');
      await failed(form);
      expect(problem(form)).to.contain('Eine frühere Fassung dieser Anfrage ist schon bei uns angekommen');
      submit(form);
      await sent(form);
      expect(keys).to.have.length(2);
      expect(keys[1]).not.to.equal(keys[0]);
    });
  });

  describe('draft', () => {
    it('keeps what was typed and the key across a reload, and clears it after success', async () => {
      let down = true;
      const keys = watchPosts(api, () => (down ? HttpResponse.error() : undefined));
      const first = await ready(await fixture<ContactForm>(html`<wr-contact-form privacy-url="/datenschutz"></wr-contact-form>`));
      await fillIn(first);
      await type(first, 'livesIn', 'Stuttgart');
      submit(first);
      await failed(first);
      first.remove();

      down = false;
      const second = await ready(await fixture<ContactForm>(html`<wr-contact-form privacy-url="/datenschutz"></wr-contact-form>`));
      expect($<HTMLInputElement>(second, '#name').value).to.equal('Anna Schmidt');
      expect($<HTMLInputElement>(second, '#livesIn').value).to.equal('Stuttgart');
      expect($<HTMLInputElement>(second, '#partner-kamenz').checked).to.equal(true);
      expect($<HTMLInputElement>(second, '#wish-both').checked).to.equal(true);
      expect(second.shadowRoot!.querySelector('.notice')?.textContent).to.equal('Ihre bisherigen Eingaben sind wiederhergestellt.');
      submit(second);
      await sent(second);
      expect(keys.at(-1)).to.equal(keys[0]);
      expect(api.inquiries).to.have.length(1);
      second.remove();

      const third = await ready(await fixture<ContactForm>(html`<wr-contact-form privacy-url="/datenschutz"></wr-contact-form>`));
      expect($<HTMLInputElement>(third, '#name').value).to.equal('');
      expect(third.shadowRoot!.querySelector('.notice')).to.equal(null);
    });

    it('keeps one draft per preselected partner', async () => {
      const kamenz = await ready(await fixture<ContactForm>(html`<wr-contact-form partner="kamenz" privacy-url="/datenschutz"></wr-contact-form>`));
      await type(kamenz, 'name', 'Kamenz');
      const plain = await ready(await fixture<ContactForm>(html`<wr-contact-form privacy-url="/datenschutz"></wr-contact-form>`));
      expect($<HTMLInputElement>(plain, '#name').value).to.equal('');
    });
  });

  describe('challenge', () => {
    it('solves the offered ALTCHA challenge in the background and sends the solution', async () => {
      const salt = `${crypto.getRandomValues(new Uint32Array(1))[0]!.toString(16)}?expires=${Math.floor(Date.now() / 1000) + 600}`;
      const number = 1234;
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(salt + number));
      const challenge = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
      let served = 0;
      worker.use(
        http.get(`${API}/challenge`, () => {
          served++;
          return HttpResponse.json({ algorithm: 'SHA-256', challenge, maxnumber: 5000, salt, signature: 'signed-by-test' }, { headers: cors });
        }),
      );
      const form = await ready(await fixture<ContactForm>(html`<wr-contact-form privacy-url="/datenschutz"></wr-contact-form>`));
      $(form, '#name').focus();
      await fillIn(form);
      submit(form);
      await sent(form);
      expect(served).to.equal(1);
      const altcha = api.inquiries[0]!.body.altcha as string;
      expect(JSON.parse(atob(altcha))).to.deep.equal({ algorithm: 'SHA-256', challenge, number, salt, signature: 'signed-by-test' });
    });

    it('works out a new solution when the server refuses the one sent (422 altcha)', async () => {
      const challenges = await Promise.all([makeChallenge(7), makeChallenge(9)]);
      let served = 0;
      worker.use(http.get(`${API}/challenge`, () => HttpResponse.json(challenges[Math.min(served++, 1)]!, { headers: cors })));
      const keys = watchPosts(api, (_request, attempt) =>
        attempt === 1 ? HttpResponse.json({ message: 'Some fields are not valid.', errors: { altcha: 'invalid' } }, { status: 422, headers: cors }) : undefined,
      );
      const form = await ready(await fixture<ContactForm>(html`<wr-contact-form privacy-url="/datenschutz"></wr-contact-form>`));
      await fillIn(form);
      submit(form);
      await waitUntil(() => form.shadowRoot!.querySelector('[part=summary]'), 'no summary');
      expect($(form, '[part=summary]').textContent).to.contain('Die automatische Prüfung gegen Werbung ist abgelaufen');
      submit(form);
      await sent(form);
      expect(served).to.equal(2);
      expect(keys[1]).to.equal(keys[0]);
      expect(JSON.parse(atob(api.inquiries[0]!.body.altcha as string)).number).to.equal(9);
    });

    it('sends without a solution when the API offers no challenge', async () => {
      const form = await ready(await fixture<ContactForm>(html`<wr-contact-form privacy-url="/datenschutz"></wr-contact-form>`));
      $(form, '#name').focus();
      await fillIn(form);
      submit(form);
      await sent(form);
      expect(api.inquiries[0]!.body).not.to.have.property('altcha');
    });
  });

  describe('keyboard', () => {
    it('is completed and sent with the keyboard alone', async () => {
      const form = await ready(await fixture<ContactForm>(html`<wr-contact-form privacy-url="/datenschutz"></wr-contact-form>`));
      $(form, '#name').focus();
      await sendKeys({ type: 'Jan Novák' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'jan@example.org' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '0351 123' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Prag' });
      await sendKeys({ press: 'Tab' });
      expect(focused(form)?.getAttribute('name')).to.equal('partners');
      await sendKeys({ press: 'Space' });
      for (let i = 0; i < 20 && focused(form)?.getAttribute('name') !== 'wish'; i++) await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      expect(focused(form)?.id).to.equal('field');
      await sendKeys({ type: 'Maschinenbau' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Ab Sommer.' });
      await sendKeys({ press: 'Tab' });
      expect(focused(form)?.id).to.equal('consent');
      await sendKeys({ press: 'Space' });
      const visited: string[] = [];
      for (let i = 0; i < 5 && focused(form)?.getAttribute('part') !== 'submit'; i++) {
        await sendKeys({ press: 'Tab' });
        visited.push(focused(form)?.id ?? focused(form)?.localName ?? '');
      }
      expect(visited).not.to.include('website');
      await sendKeys({ press: 'Enter' });
      await sent(form);
      expect(focused(form)).to.equal($(form, '[part=confirmation]'));
      expect(api.inquiries).to.have.length(1);
      expect(api.inquiries[0]!.body).to.deep.include({ name: 'Jan Novák', email: 'jan@example.org', phone: '0351 123', livesIn: 'Prag', wish: 'work', field: 'Maschinenbau', message: 'Ab Sommer.' });
      expect((api.inquiries[0]!.body.partners as string[]).length).to.equal(1);
    });
  });

  it('stops without an error when taken off the page while sending, and drops its request', async () => {
    worker.use(http.post(`${API}/inquiries`, () => delay('infinite')));
    // The page's fetch, watched for the inquiry's signal (msw's handler does not see the page abort it).
    const pageFetch = window.fetch;
    let sending: AbortSignal | undefined;
    window.fetch = (input, init) => {
      if (init?.method === 'POST') sending = init.signal ?? undefined;
      return pageFetch(input, init);
    };
    try {
      const form = await ready(await fixture<ContactForm>(html`<wr-contact-form privacy-url="/datenschutz"></wr-contact-form>`));
      await fillIn(form);
      submit(form);
      await waitUntil(() => sending, 'the inquiry was not sent');
      form.remove();
      await waitUntil(() => sending!.aborted, 'the request goes on after the form left the page');
    } finally {
      window.fetch = pageFetch;
    }
  });
});
