import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import type { JobSelectEvent } from '../../src/core/events/job-select.js';
import { PartnerSelectEvent } from '../../src/core/events/partner-select.js';
import type { Job, JobPage } from '@wachstumsregion/domain/contract';
import '../../src/job-list/define.js';
import type { JobList } from '../../src/job-list/job-list.js';
import { API, worker } from '../support/mock-api.js';
import { $, $$, useSampleApi } from '../support/sample-api.js';
import { apiFaults } from '../support/api-faults.js';
import { waitUntil } from '../support/wait.js';

const titles = (list: JobList) => $$(list, '[part=title]').map((link) => link.textContent!.trim());
const summary = (list: JobList) => $(list, '#summary').textContent!.trim();

async function loaded(list: JobList): Promise<void> {
  await waitUntil(() => $$(list, '[part=item]').length > 0 || list.shadowRoot!.querySelector('.empty'), 'the list did not load');
  await list.updateComplete;
}

async function choose(list: JobList, id: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(list, `select#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await list.updateComplete;
}

/** Resolves when the list shows results for a new request. */
async function settled(list: JobList): Promise<void> {
  await waitUntil(() => $(list, 'ol, .empty').getAttribute('aria-busy') !== 'true', 'still busy');
  await list.updateComplete;
}

describe('<wr-job-list>', () => {
  const startUrl = location.href;
  afterEach(() => history.replaceState(null, '', startUrl));

  describe('loaded', () => {
    beforeEach(async () => {
      await useSampleApi();
    });

    /** How many jobs the API finds for these words, asked directly: the count the list must show. */
    const apiTotal = async (q: string) => ((await (await fetch(`${API}/jobs?q=${encodeURIComponent(q)}`)).json()) as JobPage).total;

    it('shows the newest ten jobs with employer, town, kind and age, and is accessible', async () => {
      const list = await fixture<JobList>(html`<wr-job-list></wr-job-list>`);
      await loaded(list);
      expect($$(list, '[part=item]')).to.have.length(10);
      expect(summary(list)).to.match(/^\d+ Stellen, Seite 1 von \d+$/);
      const first = $(list, '[part=item]').textContent!;
      expect(first).to.match(/veröffentlicht (vor|gestern|heute|letzte)/);
      await expect(list).to.be.accessible();
    });

    it('speaks English on an English page, with English relative dates', async () => {
      const list = await fixture<JobList>(html`<wr-job-list lang="en"></wr-job-list>`);
      await loaded(list);
      expect(summary(list)).to.match(/^\d+ jobs, page 1 of \d+$/);
      expect($(list, 'label[for=q]').textContent).to.equal('Search');
      expect($(list, '[part=item]').textContent).to.match(/published (\d+ \w+ ago|yesterday|today|last week)/);
    });

    it('offers places, fields and kinds of employment from the API with their counts', async () => {
      const list = await fixture<JobList>(html`<wr-job-list></wr-job-list>`);
      await loaded(list);
      await waitUntil(() => $$(list, 'select#partner option').length > 1);
      const places = $$(list, 'select#partner option').map((option) => option.textContent!.trim());
      expect(places).to.include.members(['Alle']);
      expect(places.some((place) => /^Landkreis Bautzen \(ganzer Landkreis\) \(\d+\)$/.test(place))).to.equal(true);
      expect(places.some((place) => /^Hoyerswerda \(\d+\)$/.test(place))).to.equal(true);
      expect($$(list, 'select#category option').map((option) => option.textContent)).to.satisfy((labels: string[]) => labels.some((label) => /^IT/.test(label)));
      expect($$(list, 'select#type option').map((option) => option.textContent)).to.satisfy((labels: string[]) => labels.some((label) => /^Ausbildung \(\d+\)$/.test(label)));
    });

    it('filters by place; a district includes its towns', async () => {
      const list = await fixture<JobList>(html`<wr-job-list page-size="100"></wr-job-list>`);
      await loaded(list);
      await waitUntil(() => $$(list, 'select#partner option').length > 1);
      await choose(list, 'partner', 'landkreis-bautzen');
      await settled(list);
      const cities = new Set($$(list, '[part=item] .meta span:first-child').map((span) => span.textContent));
      expect(cities.size).to.be.greaterThan(2);
      await choose(list, 'partner', 'kamenz');
      await settled(list);
      expect(new Set($$(list, '[part=item] .meta span:first-child').map((span) => span.textContent))).to.deep.equal(new Set(['Kamenz']));
    });

    it('filters by field and kind of employment', async () => {
      const list = await fixture<JobList>(html`<wr-job-list page-size="100"></wr-job-list>`);
      await loaded(list);
      await choose(list, 'type', 'apprenticeship');
      await settled(list);
      expect(new Set($$(list, '[part=item] .meta span:nth-child(2)').map((span) => span.textContent))).to.deep.equal(new Set(['Ausbildung']));
      const count = Number(summary(list).split(' ')[0]);
      await choose(list, 'category', 'health');
      await settled(list);
      expect(Number(summary(list).split(' ')[0])).to.be.lessThan(count);
    });

    it('searches words after a pause in typing, and a new search aborts the one in flight', async () => {
      const asked: string[] = [];
      const signals: AbortSignal[] = [];
      const pageFetch = window.fetch;
      window.fetch = (input, init) => {
        const url = String(input);
        if (url.includes('/jobs?') && init?.signal) {
          asked.push(new URL(url).searchParams.get('q') ?? '');
          signals.push(init.signal);
        }
        return pageFetch(input, init);
      };
      try {
        const list = await fixture<JobList>(html`<wr-job-list></wr-job-list>`);
        await loaded(list);
        const input = $<HTMLInputElement>(list, 'input#q');
        for (const text of ['P', 'Pf', 'Pfl', 'Pflege']) {
          input.value = text;
          input.dispatchEvent(new InputEvent('input'));
        }
        await waitUntil(() => asked.includes('Pflege'));
        await settled(list);
        expect(asked).to.deep.equal(['', 'Pflege']);
        expect(summary(list)).to.match(new RegExp(`^${await apiTotal('Pflege')} Stellen`));
        expect($(list, '[part=title]').textContent, 'the best match first').to.match(/pfleg/i);

        worker.use(http.get(`${API}/jobs`, async ({ request }) => {
          if (new URL(request.url).searchParams.get('q') === 'Koch') await delay(500);
          return undefined as unknown as Response;
        }));
        input.value = 'Koch';
        input.dispatchEvent(new InputEvent('input'));
        await waitUntil(() => asked.includes('Koch'));
        input.value = 'Elektroniker';
        input.dispatchEvent(new InputEvent('input'));
        await waitUntil(() => asked.includes('Elektroniker'));
        expect(signals[asked.indexOf('Koch')]!.aborted).to.equal(true);
      } finally {
        window.fetch = pageFetch;
      }
    });

    it('finds jobs whatever way umlauts are typed', async () => {
      const list = await fixture<JobList>(html`<wr-job-list query="baecker"></wr-job-list>`);
      await loaded(list);
      const umlaut = await fixture<JobList>(html`<wr-job-list query="Bäcker"></wr-job-list>`);
      await loaded(umlaut);
      expect(summary(list)).to.equal(summary(umlaut));
      expect(titles(list)).to.deep.equal(titles(umlaut));
    });

    it('stays fixed to the partner attribute and hides that filter', async () => {
      const list = await fixture<JobList>(html`<wr-job-list partner="hoyerswerda" page-size="50"></wr-job-list>`);
      await loaded(list);
      expect(list.shadowRoot!.querySelector('select#partner')).to.equal(null);
      expect(new Set($$(list, '[part=item] .meta span:first-child').map((span) => span.textContent))).to.deep.equal(new Set(['Hoyerswerda']));
    });

    it('shows only the filters the webmaster names', async () => {
      const onlySearch = await fixture<JobList>(html`<wr-job-list filters="q"></wr-job-list>`);
      expect($$(onlySearch, '.field')).to.have.length(1);
      const none = await fixture<JobList>(html`<wr-job-list filters="none"></wr-job-list>`);
      expect(none.shadowRoot!.querySelector('form')).to.equal(null);
    });

    it('pages with buttons, marks the current page and moves focus to the result line', async () => {
      const list = await fixture<JobList>(html`<wr-job-list></wr-job-list>`);
      await loaded(list);
      const before = titles(list);
      $<HTMLButtonElement>(list, 'nav[part=pagination] button[aria-label="Seite 2"]').click();
      await settled(list);
      await waitUntil(() => summary(list).includes('Seite 2'));
      expect(titles(list)).to.not.deep.equal(before);
      expect($(list, 'button[aria-current=page]').textContent!.trim()).to.equal('2');
      expect(list.shadowRoot!.activeElement?.id).to.equal('summary');
      await expect(list).to.be.accessible();
    });

    it('opens a job in a dialog, announces it, and returns focus to its title when closed with Escape', async () => {
      const announced: (string | null)[] = [];
      const list = await fixture<JobList>(html`<wr-job-list @wr-job-select=${(event: JobSelectEvent) => announced.push(event.detail.job?.id ?? null)}></wr-job-list>`);
      await loaded(list);
      expect(announced, 'nothing is announced before a job is opened').to.deep.equal([]);
      const link = $<HTMLAnchorElement>(list, '[part=title]');
      setTimeout(() => link.click());
      const opened = await oneEvent(list, 'wr-job-select');
      expect(opened.detail.job?.title).to.equal(link.textContent!.trim());
      const dialog = $<HTMLDialogElement>(list, 'dialog');
      await waitUntil(() => dialog.open && dialog.querySelector('.description p'));
      expect($(list, '#details-title').textContent).to.equal(opened.detail.job!.title);
      expect(dialog.querySelectorAll('.description p').length).to.equal(opened.detail.job!.description.split(/\n\s*\n/).length);
      const apply = dialog.querySelector<HTMLAnchorElement>('[part=apply-button]')!;
      if (apply.href.startsWith('http')) {
        expect(apply.target).to.equal('_blank');
        expect(apply.rel).to.contain('noopener');
      } else {
        expect(apply.href).to.match(/^mailto:/);
      }
      await expect(list).to.be.accessible();

      setTimeout(() => sendKeys({ press: 'Escape' }));
      const closed = await oneEvent(list, 'wr-job-select');
      expect(closed.detail.job).to.equal(null);
      expect(dialog.open).to.equal(false);
      expect(list.shadowRoot!.activeElement).to.equal(link);
      await list.updateComplete;
      await nextFrame();
      expect(announced, 'opened once, closed once').to.deep.equal([opened.detail.job!.id, null]);
    });

    it('can be used with the keyboard alone: search, choose a job, open it, close it', async () => {
      const list = await fixture<JobList>(html`<wr-job-list filters="q"></wr-job-list>`);
      await loaded(list);
      $<HTMLInputElement>(list, 'input#q').focus();
      await sendKeys({ type: 'Pflege' });
      await sendKeys({ press: 'Enter' });
      const total = await apiTotal('Pflege');
      await waitUntil(() => summary(list).startsWith(`${total} Stellen`), 'search did not apply');
      // With words, the order choice sits between the search and the results.
      await sendKeys({ press: 'Tab' });
      expect(list.shadowRoot!.activeElement?.id).to.equal('sort');
      await sendKeys({ press: 'Tab' });
      expect(list.shadowRoot!.activeElement?.getAttribute('part')).to.equal('title');
      await sendKeys({ press: 'Enter' });
      const dialog = $<HTMLDialogElement>(list, 'dialog');
      await waitUntil(() => dialog.open);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open);
    });

    it('gives each title a real link to the job, which a new tab can open', async () => {
      const list = await fixture<JobList>(html`<wr-job-list></wr-job-list>`);
      await loaded(list);
      const link = $<HTMLAnchorElement>(list, '[part=title]');
      const url = new URL(link.href);
      expect(url.searchParams.get('wr-job')).to.equal(link.dataset.job);
      // Runs after the list's own listener: records whether it left the click to the browser, then stops the
      // navigation so the test page stays.
      let leftToBrowser: boolean | undefined;
      link.addEventListener('click', (event) => {
        leftToBrowser = !event.defaultPrevented;
        event.preventDefault();
      });
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
      expect(leftToBrowser, 'ctrl+click is left to the browser').to.equal(true);
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      expect(leftToBrowser, 'a plain click opens in place').to.equal(false);
    });

    it('says when nothing matches and offers to reset the filters', async () => {
      const list = await fixture<JobList>(html`<wr-job-list query="xylophonbauermeisterin"></wr-job-list>`);
      await loaded(list);
      expect($(list, '.empty').textContent).to.contain('Keine passenden Stellen gefunden.');
      expect(summary(list)).to.match(/^0 Stellen/);
      await expect(list).to.be.accessible();
      // The reset, not one of the hints the API may offer beside it.
      $<HTMLButtonElement>(list, '.empty > button').click();
      await waitUntil(() => $$(list, '[part=item]').length === 10);
      expect($<HTMLInputElement>(list, 'input#q').value).to.equal('');
    });

    it('follows a town chosen on a map, unless its partner is fixed', async () => {
      const list = await fixture<JobList>(html`<wr-job-list page-size="50"></wr-job-list>`);
      const fixed = await fixture<JobList>(html`<wr-job-list partner="dresden" page-size="50"></wr-job-list>`);
      await loaded(list);
      await loaded(fixed);
      const radeberg = { id: 'radeberg', name: 'Radeberg', kind: 'town', lat: 51.1, lon: 13.9, website: 'https://www.radeberg.de', contact: { office: 'x', email: 'a@b.de' } } as const;
      document.body.dispatchEvent(new PartnerSelectEvent(radeberg));
      await waitUntil(() => $$(list, '[part=item] .meta span:first-child').every((span) => span.textContent === 'Radeberg'), 'did not follow');
      expect(new Set($$(fixed, '[part=item] .meta span:first-child').map((span) => span.textContent))).to.deep.equal(new Set(['Dresden']));
    });
  });

  describe('in the page URL (sync-url)', () => {
    beforeEach(() => useSampleApi());

    it('writes words, filters, page and the open job into wr- parameters and leaves the others alone', async () => {
      history.replaceState(null, '', `${location.pathname}?id=42&tab=jobs`);
      const list = await fixture<JobList>(html`<wr-job-list sync-url></wr-job-list>`);
      await loaded(list);
      await choose(list, 'type', 'full-time');
      await settled(list);
      $<HTMLButtonElement>(list, 'button[aria-label="Seite 2"]').click();
      await settled(list);
      let params = new URL(location.href).searchParams;
      expect(params.get('id')).to.equal('42');
      expect(params.get('tab')).to.equal('jobs');
      expect(params.get('wr-type')).to.equal('full-time');
      expect(params.get('wr-page')).to.equal('2');
      $<HTMLAnchorElement>(list, '[part=title]').click();
      params = new URL(location.href).searchParams;
      expect(params.get('wr-job')).to.equal($<HTMLAnchorElement>(list, '[part=title]').dataset.job);
    });

    it('restores the state from a shared link and follows back and forward', async () => {
      history.replaceState(null, '', `${location.pathname}?wr-q=Pflege&wr-partner=dresden&wr-page=1`);
      const list = await fixture<JobList>(html`<wr-job-list sync-url></wr-job-list>`);
      await loaded(list);
      expect($<HTMLInputElement>(list, 'input#q').value).to.equal('Pflege');
      expect($<HTMLSelectElement>(list, 'select#partner').value).to.equal('dresden');
      const firstTitles = titles(list);
      await choose(list, 'partner', 'kamenz');
      await settled(list);
      expect(new URL(location.href).searchParams.get('wr-partner')).to.equal('kamenz');
      history.back();
      await waitUntil(() => new URL(location.href).searchParams.get('wr-partner') === 'dresden');
      await waitUntil(() => $<HTMLSelectElement>(list, 'select#partner').value === 'dresden');
      await settled(list);
      expect(titles(list)).to.deep.equal(firstTitles);
    });

    it('treats URL values as untrusted', async () => {
      const hostile = encodeURIComponent('"><img src=x onerror=alert(1)>');
      history.replaceState(null, '', `${location.pathname}?wr-q=${hostile}&wr-partner=${hostile}&wr-type=evil&wr-page=-3&wr-job=${hostile}`);
      const list = await fixture<JobList>(html`<wr-job-list sync-url></wr-job-list>`);
      await loaded(list);
      expect(list.shadowRoot!.querySelector('img')).to.equal(null);
      expect($<HTMLDialogElement>(list, 'dialog').open).to.equal(false);
      expect($<HTMLInputElement>(list, 'input#q').value).to.equal('"><img src=x onerror=alert(1)>');
      expect($<HTMLSelectElement>(list, 'select#type').value).to.equal('');
    });

    it('says a shared job is gone and offers the list', async () => {
      history.replaceState(null, '', `${location.pathname}?wr-job=job-that-expired`);
      const list = await fixture<JobList>(html`<wr-job-list sync-url></wr-job-list>`);
      const dialog = $<HTMLDialogElement>(list, 'dialog');
      await waitUntil(() => dialog.open && dialog.textContent!.includes('nicht mehr ausgeschrieben'), 'no gone notice');
      await expect(list).to.be.accessible();
      dialog.querySelector<HTMLButtonElement>('.button')!.click();
      await waitUntil(() => !dialog.open);
      expect(new URL(location.href).searchParams.has('wr-job')).to.equal(false);
    });

    it('puts a JobPosting for Google into the page while a job is open, and removes it when closed', async () => {
      const list = await fixture<JobList>(html`<wr-job-list sync-url structured-data></wr-job-list>`);
      await loaded(list);
      expect(list.querySelector('script[type="application/ld+json"]')).to.equal(null);
      const link = $<HTMLAnchorElement>(list, '[part=title]');
      link.click();
      await waitUntil(() => list.querySelector('script[type="application/ld+json"]'));
      const posting = JSON.parse(list.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(posting['@type']).to.equal('JobPosting');
      expect(posting.title).to.equal(link.textContent!.trim());
      for (const required of ['description', 'datePosted', 'hiringOrganization', 'jobLocation']) expect(posting).to.have.property(required);
      expect(posting.jobLocation.address.addressCountry).to.equal('DE');
      $<HTMLButtonElement>(list, 'dialog .icon-button').click();
      await waitUntil(() => !list.querySelector('script[type="application/ld+json"]'));
    });
  });

  describe('when the API fails', () => {
    it('says what happened with a retry button, and recovers when the API does (500)', async () => {
      await useSampleApi();
      let failing = true;
      worker.use(http.get(`${API}/jobs`, () => (failing ? HttpResponse.json({ error: 'internal', message: 'x' }, { status: 500 }) : undefined)));
      const list = await fixture<JobList>(html`<wr-job-list></wr-job-list>`);
      const alert = await waitUntil(() => list.shadowRoot!.querySelector('[role=alert]'), 'no alert').then(() => $(list, '[role=alert]'));
      expect(alert.textContent).to.contain('Beim Server ist ein Fehler aufgetreten');
      await expect(list).to.be.accessible();
      failing = false;
      $<HTMLButtonElement>(list, '[role=alert] button').click();
      await loaded(list);
      expect(list.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    });

    for (const [name, respond, words] of apiFaults) {
      it(`tells the visitor about ${name}`, async () => {
        await useSampleApi();
        worker.use(http.get(`${API}/jobs`, respond));
        const list = await fixture<JobList>(html`<wr-job-list></wr-job-list>`);
        await waitUntil(() => list.shadowRoot!.querySelector('[role=alert]'), 'no alert');
        expect($(list, '[role=alert]').textContent).to.contain(words);
      });
    }

    it('keeps the jobs already shown when a later request fails', async () => {
      await useSampleApi();
      const list = await fixture<JobList>(html`<wr-job-list></wr-job-list>`);
      await loaded(list);
      const shown = titles(list);
      worker.use(http.get(`${API}/jobs`, () => new HttpResponse(null, { status: 503 })));
      await choose(list, 'type', 'part-time');
      await waitUntil(() => list.shadowRoot!.querySelector('[role=alert]'), 'no alert');
      expect(titles(list)).to.deep.equal(shown);
      expect($(list, '[role=alert]').textContent).to.contain('zuletzt geladenen');
    });

    it('says it is still loading when the API hangs, then that it gave up', async () => {
      await useSampleApi();
      worker.use(http.get(`${API}/jobs`, () => delay('infinite')));
      const list = await fixture<JobList>(html`<wr-job-list></wr-job-list>`);
      expect($(list, 'ol').getAttribute('aria-busy')).to.equal('true');
      expect($$(list, '.placeholder')).to.have.length(10);
      await expect(list).to.be.accessible();
      await waitUntil(() => list.shadowRoot!.textContent!.includes('länger als üblich'), 'no slow notice', { timeout: 1000 });
      await waitUntil(() => list.shadowRoot!.querySelector('[role=alert]'), 'no timeout message');
      expect($(list, '[role=alert]').textContent).to.contain('antwortet nicht');
    });

    it('renders hostile strings as text and never a javascript: link', async () => {
      const hostile = '<img src=x onerror="window.__hacked=1"><script>window.__hacked=1</script>';
      await useSampleApi((data) => {
        const job = data.jobs.sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))[0] as Job;
        Object.assign(job, {
          title: `Koch ${hostile}`,
          description: `${hostile}\n\nzweiter Absatz`,
          employer: { name: hostile, url: 'javascript:window.__hacked=1' },
          location: { ...job.location, city: hostile },
          applyUrl: 'javascript:window.__hacked=1',
          applyEmail: 'x@y.de?body=<script>',
        });
      });
      const list = await fixture<JobList>(html`<wr-job-list></wr-job-list>`);
      await loaded(list);
      $<HTMLAnchorElement>(list, '[part=title]').click();
      const dialog = $<HTMLDialogElement>(list, 'dialog');
      await waitUntil(() => dialog.querySelector('.description p'));
      await list.updateComplete;
      expect(list.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
      expect($(list, '[part=title]').textContent).to.contain('<img');
      for (const link of $$<HTMLAnchorElement>(list, 'a')) expect(link.href).to.match(/^(https?|mailto):/);
      expect(dialog.querySelector('[part=apply-button]')).to.equal(null);
      expect((window as { __hacked?: number }).__hacked).to.equal(undefined);
    });
  });
});
