import { expect, fixture, html } from '@open-wc/testing';
import { delay, http, HttpResponse, type HttpResponseResolver } from 'msw';
import '../../src/commute-finder/define.js';
import '../../src/contact-form/define.js';
import { configure } from '../../src/core/config.js';
import '../../src/job-list/define.js';
import '../../src/town-map/define.js';
import { axeViolations } from '../support/axe.js';
import { API, worker } from '../support/mock-api.js';
import { $, useSampleApi } from '../support/sample-api.js';
import { waitUntil } from '../support/wait.js';

const cors = { 'Access-Control-Allow-Origin': '*' };

/** Two host pages: the widgets as the page's first section (level 2), and deep in a page's outline (level 4). */
const outlines = [
  { name: 'under the page’s h1', level: 2, page: (widgets: unknown) => html`<main><h1>Arbeiten in der Wachstumsregion</h1>${widgets}</main>` },
  {
    name: 'under an h3',
    level: 4,
    page: (widgets: unknown) => html`<main><h1>Stadt Kamenz</h1><h2>Wirtschaft</h2><h3>Arbeiten und leben</h3>${widgets}</main>`,
  },
];

interface Page {
  page: HTMLElement;
  list: HTMLElement;
  map: HTMLElement;
  finder: HTMLElement;
  form: HTMLElement;
}

async function render(outline: (typeof outlines)[number]): Promise<Page> {
  const level = outline.level;
  const page = await fixture<HTMLElement>(
    outline.page(html`
      <wr-job-list heading-level=${level} page-size="3"></wr-job-list>
      <wr-town-map heading-level=${level} selected="kamenz"></wr-town-map>
      <wr-commute-finder heading-level=${level}></wr-commute-finder>
      <wr-contact-form privacy-url="/datenschutz"></wr-contact-form>
    `),
  );
  const host = (tag: string) => page.querySelector<HTMLElement>(tag)!;
  return { page, list: host('wr-job-list'), map: host('wr-town-map'), finder: host('wr-commute-finder'), form: host('wr-contact-form') };
}

/** Waits until `selector` is in the widget's shadow root and, when given, its text contains `text`. */
async function shows(host: HTMLElement, selector: string, text?: string): Promise<void> {
  await waitUntil(
    () => [...host.shadowRoot!.querySelectorAll(selector)].some((element) => text === undefined || element.textContent!.includes(text)),
    `<${host.localName}> does not show ${selector}${text ? ` with “${text}”` : ''}`,
    { timeout: 5000 },
  );
  await (host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

async function loaded({ list, map, finder, form }: Page): Promise<void> {
  await shows(list, '[part=item] [part=title]');
  await shows(map, '[part=panel] [role=heading]', 'Kamenz');
  await shows(finder, '[part=item] .name');
  await shows(form, 'input[name=partners]');
}

async function type(form: HTMLElement, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(form, `#${id}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await (form as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** Every required field filled in validly, so the form sends. */
async function fillIn(form: HTMLElement): Promise<void> {
  await type(form, 'name', 'Anna Schmidt');
  await type(form, 'email', 'anna@example.org');
  for (const id of ['partner-kamenz', 'wish-both', 'consent']) $(form, `#${id}`).click();
  await (form as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

const submit = (form: HTMLElement) => $(form, '[part=submit]').click();

/** Every API request answered alike, as when the API is down. */
const everyRequest = (answer: HttpResponseResolver) => worker.use(http.all(`${API}/*`, answer));

/**
 * axe's WCAG 2.2 AA rules over the whole host page; then its heading-order rule, which axe files under best
 * practice rather than WCAG, so that a widget's headings that skip a level of the page's outline fail too.
 */
async function expectWcag(page: HTMLElement): Promise<void> {
  const violations = [...(await axeViolations(page)), ...(await axeViolations(page, { type: 'rule', values: ['heading-order'] }))];
  expect(violations, violations.join('\n')).to.be.empty;
}

describe('WCAG 2.2 AA in every state (axe)', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    await useSampleApi();
  });

  for (const outline of outlines) {
    describe(`the four widgets ${outline.name} (heading-level ${outline.level})`, () => {
      it('loaded, with a town chosen on the map', async () => {
        const widgets = await render(outline);
        await loaded(widgets);
        await expectWcag(widgets.page);
      });

      it('while loading: skeletons, then the notice that it takes longer', async () => {
        configure({ timeout: 60_000 });
        everyRequest(() => delay('infinite'));
        const widgets = await render(outline);
        await shows(widgets.list, '.item.placeholder');
        await shows(widgets.form, '.hint', 'länger als üblich');
        await shows(widgets.list, '[part=summary]', 'länger als üblich');
        await shows(widgets.map, '.notice', 'länger als üblich');
        await shows(widgets.finder, '.notice', 'länger als üblich');
        await expectWcag(widgets.page);
      });

      it('a job opened in the job list’s dialog', async () => {
        const widgets = await render(outline);
        await loaded(widgets);
        const title = $(widgets.list, '[part=title]');
        title.click();
        await shows(widgets.list, 'dialog[open] #details-title', title.textContent!);
        await shows(widgets.list, 'dialog[open] .facts dd');
        await shows(widgets.list, 'dialog[open] [part=apply-button]');
        await expectWcag(widgets.page);
      });

      it('the contact form submitted empty, with its errors and their summary', async () => {
        const widgets = await render(outline);
        await loaded(widgets);
        submit(widgets.form);
        await shows(widgets.form, '[part=summary] a[href="#name"]');
        await shows(widgets.form, '#consent-error', 'Bitte stimmen Sie zu');
        await expectWcag(widgets.page);
      });

      it('the contact form refused by the server with 422 and field errors', async () => {
        worker.use(
          http.post(`${API}/inquiries`, () =>
            HttpResponse.json({ error: 'invalid', message: 'Some fields are not valid.', errors: { email: 'invalid', name: 'too-long', locale: 'invalid' } }, { status: 422, headers: cors }),
          ),
        );
        const widgets = await render(outline);
        await loaded(widgets);
        await fillIn(widgets.form);
        submit(widgets.form);
        await shows(widgets.form, '#email-error', 'name@beispiel.de');
        await shows(widgets.form, '[part=summary]', '„locale“');
        await expectWcag(widgets.page);
      });

      it('the contact form refused by the server with 400 (a bad request)', async () => {
        worker.use(http.post(`${API}/inquiries`, () => HttpResponse.json({ error: 'bad-request', message: 'The body is not JSON.' }, { status: 400, headers: cors })));
        const widgets = await render(outline);
        await loaded(widgets);
        await fillIn(widgets.form);
        submit(widgets.form);
        await shows(widgets.form, '[part=problem]', 'Ihre Eingaben bleiben erhalten');
        await expectWcag(widgets.page);
      });

      it('the contact form’s send cut off (no connection), with what was typed kept', async () => {
        worker.use(http.post(`${API}/inquiries`, () => HttpResponse.error()));
        const widgets = await render(outline);
        await loaded(widgets);
        await fillIn(widgets.form);
        submit(widgets.form);
        await shows(widgets.form, '[part=problem]', 'keine Verbindung');
        await expectWcag(widgets.page);
      });

      for (const [what, answer, said] of [
        ['no connection (a network error)', () => HttpResponse.error(), 'Keine Verbindung'],
        ['the API answering 503', () => new HttpResponse(null, { status: 503, headers: cors }), 'Fehler aufgetreten'],
      ] as const) {
        it(`the API down: ${what}, each widget with its error and retry button`, async () => {
          everyRequest(answer);
          const widgets = await render(outline);
          for (const host of [widgets.list, widgets.map, widgets.finder, widgets.form]) {
            await shows(host, '[role=alert]', said);
            await shows(host, '[role=alert] button', 'Erneut versuchen');
          }
          await expectWcag(widgets.page);
        });
      }
    });
  }
});
