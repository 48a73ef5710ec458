import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/commute-finder/define.js';
import '../../src/contact-form/define.js';
import '../../src/job-list/define.js';
import '../../src/town-map/define.js';
import { API, worker } from '../support/mock-api.js';
import { $, useSampleApi } from '../support/sample-api.js';

/** What axe checks of WCAG 2.2 AA: every rule tagged for A and AA of 2.0, 2.1 and 2.2. */
const wcag22aa = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } } as never;

/** The four widgets on a host page with the given outline before them, at the heading level that fits it. */
async function page(outline: 'h1' | 'h3') {
  const level = outline === 'h1' ? 2 : 4;
  return fixture<HTMLElement>(html`
    <main>
      <h1>Arbeiten in Kamenz</h1>
      ${outline === 'h3' ? html`<h2>Wirtschaft</h2><h3>Stellen und Kontakt</h3>` : ''}
      <wr-job-list heading-level=${level} page-size="3"></wr-job-list>
      <wr-town-map heading-level=${level} selected="kamenz"></wr-town-map>
      <wr-commute-finder heading-level=${level}></wr-commute-finder>
      <wr-contact-form privacy-url="/datenschutz"></wr-contact-form>
    </main>
  `);
}

const shadow = (host: Element, selector: string) => host.shadowRoot?.querySelector(selector) ?? null;
const widget = (root: HTMLElement, tag: string) => root.querySelector<HTMLElement>(tag)!;

async function loaded(root: HTMLElement): Promise<void> {
  await waitUntil(
    () =>
      shadow(widget(root, 'wr-job-list'), '[part=item]') &&
      shadow(widget(root, 'wr-town-map'), '[part=panel]') &&
      shadow(widget(root, 'wr-commute-finder'), '[part=item]') &&
      shadow(widget(root, 'wr-contact-form'), 'input[name=partners]'),
    'the widgets did not load',
    { timeout: 4000 },
  );
}

describe('WCAG 2.2 AA as axe checks it, in every state a visitor meets', () => {
  // The form keeps what was typed: without this, one test's draft would fill the next test's form.
  beforeEach(() => sessionStorage.clear());

  for (const outline of ['h1', 'h3'] as const) {
    describe(`under an ${outline}`, () => {
      it('loaded', async () => {
        await useSampleApi();
        const root = await page(outline);
        await loaded(root);
        await expect(root).to.be.accessible(wcag22aa);
      });

      it('with a job open in the dialog', async () => {
        await useSampleApi();
        const root = await page(outline);
        await loaded(root);
        const list = widget(root, 'wr-job-list');
        $(list, '[part=title]').click();
        await waitUntil(() => shadow(list, 'dialog[open] .apply'), 'the job did not open', { timeout: 4000 });
        await expect(root).to.be.accessible(wcag22aa);
      });

      it('with the contact form refused, by its own checks and by the server', async () => {
        await useSampleApi();
        const root = await page(outline);
        await loaded(root);
        const form = widget(root, 'wr-contact-form');
        $(form, 'button[type=submit]').click();
        await waitUntil(() => shadow(form, '[part=summary]') && form.shadowRoot!.querySelectorAll('[aria-invalid=true]').length >= 3, 'the form did not refuse', { timeout: 2000 });
        await expect(root).to.be.accessible(wcag22aa);

        worker.use(http.post(`${API}/inquiries`, () => HttpResponse.json({ error: 'invalid', errors: { email: 'invalid', message: 'too-long' } }, { status: 422 })));
        const type = (selector: string, value: string) => {
          const input = $<HTMLInputElement>(form, selector);
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        };
        type('#name', 'Anna Beispiel');
        type('#email', 'anna@example.org');
        $<HTMLInputElement>(form, 'input[name=partners]').click();
        $<HTMLInputElement>(form, 'input[name=wish]').click();
        $<HTMLInputElement>(form, 'input[name=consent]').click();
        $(form, 'button[type=submit]').click();
        await waitUntil(() => shadow(form, '#email[aria-invalid=true]'), 'the server’s refusal was not shown', { timeout: 4000 });
        await expect(root).to.be.accessible(wcag22aa);
      });

      it('with the API down', async () => {
        await useSampleApi();
        worker.use(http.all(`${API}/*`, () => HttpResponse.error()));
        const root = await page(outline);
        await waitUntil(
          () => ['wr-job-list', 'wr-town-map', 'wr-commute-finder', 'wr-contact-form'].every((tag) => shadow(widget(root, tag), '[role=alert]')),
          'not every widget said what went wrong',
          { timeout: 8000 },
        );
        await expect(root).to.be.accessible(wcag22aa);
      });
    });
  }
});
