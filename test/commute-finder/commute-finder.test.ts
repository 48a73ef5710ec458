import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import '../../src/commute-finder/define.js';
import type { CommuteFinder } from '../../src/commute-finder/commute-finder.js';
import { resetConfiguration } from '../../src/core/config.js';
import { PartnerSelectEvent } from '../../src/core/events/partner-select.js';
import type { Partner } from '@wachstumsregion/domain/contract';
import '../../src/job-list/define.js';
import type { JobList } from '../../src/job-list/job-list.js';
import type { MockData } from '../../src/mocks/handlers.js';
import '../../src/town-map/define.js';
import type { TownMap } from '../../src/town-map/town-map.js';
import { API, worker } from '../support/mock-api.js';
import { $, $$, useSampleApi } from '../support/sample-api.js';
import { apiFaults } from '../support/api-faults.js';
import { waitUntil } from '../support/wait.js';

/** The tenth partner, added as data only. */
const bernsdorf = {
  id: 'bernsdorf',
  name: 'Bernsdorf',
  kind: 'town' as const,
  lat: 51.374,
  lon: 14.069,
  district: 'landkreis-bautzen',
  website: 'https://www.bernsdorf.de',
  contact: { office: 'Wirtschaftsförderung der Stadt Bernsdorf', email: 'wirtschaft@bernsdorf.de' },
  description: { de: 'Kleine Stadt in der Oberlausitz, seit Juli 2021 Partner der Wachstumsregion.' },
};

function addBernsdorf(data: MockData, withCommutes: boolean): void {
  data.partners.push(bernsdorf);
  for (let i = 0; i < 3; i++) data.jobs.push({ ...data.jobs[i]!, id: `bernsdorf-${i}`, partner: 'bernsdorf', location: { city: 'Bernsdorf' } });
  if (withCommutes) data.commutes.push({ from: 'bernsdorf', to: 'dresden', train: 50, car: 45 }, { from: 'dresden', to: 'bernsdorf', train: 52, car: 45 });
}

/** Waits until the places are ranked (or nothing fits) for the current wishes. */
async function ranked(finder: CommuteFinder): Promise<void> {
  await waitUntil(() => finder.shadowRoot!.querySelector('[part=list][aria-busy=false], [part=relax], #results'), 'the finder did not rank');
  await waitUntil(() => !finder.shadowRoot!.querySelector('.placeholder, [aria-busy=true]'), 'still loading');
  await finder.updateComplete;
}

const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();
const places = (finder: CommuteFinder) => $$(finder, '[part=item] .name').map(text);
const item = (finder: CommuteFinder, id: string) => $(finder, `[data-partner="${id}"]`).closest('li')!;
const reasons = (finder: CommuteFinder, id: string) => text(item(finder, id).querySelector('[part=reasons]')!);
const summary = (finder: CommuteFinder) => text($(finder, '#results'));

function spyOnFetch(): { asked: string[]; restore: () => void } {
  const asked: string[] = [];
  const pageFetch = window.fetch;
  window.fetch = (input, init) => {
    asked.push(String(input instanceof Request ? input.url : input));
    return pageFetch(input, init);
  };
  return { asked, restore: () => (window.fetch = pageFetch) };
}

describe('<wr-commute-finder>', () => {
  describe('ranked', () => {
    let data: MockData;
    beforeEach(async () => ({ data } = await useSampleApi()));

    it('ranks places to live for a workplace: shortest way first, ties stated and broken by jobs, then name', async () => {
      const finder = await fixture<CommuteFinder>(html`<wr-commute-finder work="dresden" by="train" max="35"></wr-commute-finder>`);
      await ranked(finder);
      expect(summary(finder)).to.equal('5 passende Orte');
      expect(places(finder)).to.deep.equal(['Dresden', 'Radeberg', 'Großröhrsdorf', 'Großenhain', 'Pulsnitz']);
      expect(text($(finder, '.order'))).to.equal('Kürzester Weg zuerst, dann mehr Stellen vor Ort, dann A–Z.');
      expect(reasons(finder, 'dresden')).to.match(/^Hier arbeiten Sie · \d+ Stellen vor Ort$/);
      expect(reasons(finder, 'radeberg')).to.match(/^18 Min\. mit der Bahn nach Dresden · \d+ Stellen vor Ort$/);
      // Großenhain and Pulsnitz both take 35 minutes and have as many jobs: the name decides, and it is said.
      const jobs = (id: string) => data.jobs.filter((job) => job.partner === id).length;
      expect(jobs('grossenhain')).to.equal(jobs('pulsnitz'));
      expect(reasons(finder, 'pulsnitz')).to.match(/^35 Min\. mit der Bahn nach Dresden · \d+ Stellen vor Ort · gleichauf mit Großenhain$/);
      // Radeburg has buses only: no train minutes is unknown, named apart rather than ranked.
      expect(text($(finder, '.unknown'))).to.equal('Ohne Fahrzeit, daher nicht eingeordnet: Radeburg.');
      const kamenz = data.partners.find((partner) => partner.id === 'radeberg')!;
      expect(item(finder, 'radeberg').querySelector('a[href^="https://www.radeberg"]')!.textContent).to.equal('Website von Radeberg');
      expect(text(item(finder, 'radeberg').querySelector('.description')!)).to.equal(kamenz.description!.de);
      await expect(finder).to.be.accessible();
    });

    it('keeps to the kind of place and says both ways when they differ', async () => {
      await useSampleApi((sample) => {
        sample.commutes.find((row) => row.from === 'dresden' && row.to === 'radeberg')!.train = 22;
      });
      const finder = await fixture<CommuteFinder>(html`<wr-commute-finder work="dresden" kind="town" max="30"></wr-commute-finder>`);
      await ranked(finder);
      expect(places(finder)).to.deep.equal(['Radeberg', 'Großröhrsdorf', 'Radeburg']);
      expect(reasons(finder, 'radeberg')).to.match(/^18 Min\. mit der Bahn nach Dresden, zurück 22 · /);
      expect(reasons(finder, 'radeburg')).to.match(/^30 Min\. mit dem Auto nach Dresden · \d+ Stellen vor Ort · gleichauf mit Großröhrsdorf$/);
    });

    it('answers the reversed question, where to work from a home, with one job query for the field', async () => {
      const spy = spyOnFetch();
      try {
        const finder = await fixture<CommuteFinder>(html`<wr-commute-finder live="radeberg" max="30" field="it"></wr-commute-finder>`);
        await ranked(finder);
        expect($<HTMLInputElement>(finder, 'input[name=ask][value=work]').checked).to.equal(true);
        expect(text($(finder, 'label[for=live]'))).to.equal('Ich wohne in');
        expect($<HTMLSelectElement>(finder, 'select#live').value).to.equal('radeberg');
        expect(finder.shadowRoot!.querySelector('input[name=kind]')).to.equal(null);
        expect(places(finder)).to.deep.equal(['Dresden', 'Landkreis Bautzen', 'Radeberg', 'Pulsnitz', 'Kamenz', 'Radeburg']);
        expect(text($(finder, '.order'))).to.equal('Meiste Stellen zuerst, dann kürzester Weg, dann A–Z.');
        expect(reasons(finder, 'dresden')).to.match(/^18 Min\. mit der Bahn ab Radeberg · \d+ Stellen in Ihrem Feld vor Ort$/);
        expect(reasons(finder, 'radeberg')).to.match(/^Hier wohnen Sie · \d+ Stellen? in Ihrem Feld vor Ort$/);
        expect(reasons(finder, 'radeburg')).to.match(/^30 Min\. mit dem Auto ab Radeberg · 1 Stelle in Ihrem Feld vor Ort · gleichauf mit Kamenz$/);
        // Counts per town come from facets: the unfiltered query (shared with a map) and one for the field.
        const jobQueries = spy.asked.filter((url) => url.startsWith(`${API}/jobs`)).map((url) => url.slice(API.length));
        expect(jobQueries.sort()).to.deep.equal(['/jobs?pageSize=1', '/jobs?pageSize=1&category=it']);
        await expect(finder).to.be.accessible();
      } finally {
        spy.restore();
      }
    });

    it('with anywhere in the region, ranks by the jobs within reach', async () => {
      const finder = await fixture<CommuteFinder>(html`<wr-commute-finder></wr-commute-finder>`);
      await ranked(finder);
      expect(summary(finder)).to.equal(`${data.partners.length} passende Orte`);
      expect($<HTMLSelectElement>(finder, 'select#work').value).to.equal('');
      expect(text($(finder, '.order'))).to.equal('Meiste erreichbare Stellen zuerst, dann Stellen vor Ort, dann A–Z.');
      expect(reasons(finder, 'kamenz')).to.match(/^\d+ Stellen im Umkreis von 45 Min\. · \d+ Stellen vor Ort/);
      // Dresden is not privileged: Kamenz reaches more jobs within 45 minutes.
      expect(places(finder).indexOf('Kamenz')).to.be.lessThan(places(finder).indexOf('Dresden'));
      await expect(finder).to.be.accessible();
    });

    it('is used with the keyboard: a change ranks at once and is announced; "show" moves focus to the results', async () => {
      const finder = await fixture<CommuteFinder>(html`<wr-commute-finder></wr-commute-finder>`);
      await ranked(finder);
      expect($(finder, '#results').closest('[role=status]')).to.not.equal(null);
      $(finder, 'input[name=ask][value=home]').focus();
      await sendKeys({ press: 'ArrowRight' });
      await finder.updateComplete;
      expect(summary(finder)).to.equal('Wählen Sie, wo Sie wohnen.');
      await sendKeys({ press: 'Tab' });
      expect(finder.shadowRoot!.activeElement!.id).to.equal('live');
      await sendKeys({ press: 'ArrowDown' });
      await ranked(finder);
      expect($<HTMLSelectElement>(finder, 'select#live').value).to.equal('dresden');
      expect(reasons(finder, 'radeberg')).to.match(/ab Dresden/);
      // Changing a wish leaves focus where the visitor is.
      expect(finder.shadowRoot!.activeElement!.id).to.equal('live');
      $(finder, '.submit button').focus();
      await sendKeys({ press: 'Enter' });
      await finder.updateComplete;
      expect(finder.shadowRoot!.activeElement!.id).to.equal('results');
    });

    it('when nothing fits, says which wish to relax by how much, and applies it', async () => {
      const finder = await fixture<CommuteFinder>(html`<wr-commute-finder work="dresden" by="train" max="15" kind="town"></wr-commute-finder>`);
      await ranked(finder);
      expect(summary(finder)).to.equal('Kein passender Ort');
      expect(text($(finder, '[part=relax]'))).to.contain('Kein Ort passt zu allen Wünschen.');
      const buttons = $$(finder, '[part=relax] button');
      expect(buttons.map(text)).to.deep.equal(['Bis 20 statt 15 Minuten: 1 Ort', 'Jede Art von Ort: 1 Ort']);
      await expect(finder).to.be.accessible();
      buttons[0]!.click();
      await ranked(finder);
      expect(places(finder)).to.deep.equal(['Radeberg']);
      expect($<HTMLSelectElement>(finder, 'select#max').value).to.equal('20');
      expect(finder.shadowRoot!.activeElement!.id).to.equal('results');
    });

    it('says so when no wish can be relaxed enough', async () => {
      worker.use(http.get(`${API}/jobs`, () => HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 1, facets: { partner: {}, category: {}, employmentType: {} } })));
      const finder = await fixture<CommuteFinder>(html`<wr-commute-finder></wr-commute-finder>`);
      await ranked(finder);
      expect(text($(finder, '[part=relax]'))).to.contain('Auch mit weniger Wünschen passt kein Ort.');
      expect(finder.shadowRoot!.querySelector('[part=relax] button')).to.equal(null);
    });

    it('leads "Jobs in …" to jobs-url with the id and field, never to a javascript: URL', async () => {
      const finder = await fixture<CommuteFinder>(html`<wr-commute-finder work="dresden" field="it" jobs-url="/stellen.html?ort={id}&feld={field}"></wr-commute-finder>`);
      await ranked(finder);
      const link = [...item(finder, 'radeberg').querySelectorAll('a')].find((a) => a.textContent === 'Stellen in Radeberg')!;
      expect(link.href).to.equal(new URL('/stellen.html?ort=radeberg&feld=it', location.href).href);
      finder.jobsUrl = "javascript:alert('{id}')";
      await finder.updateComplete;
      expect($$(finder, 'a').filter((a) => /^javascript:/i.test(a.getAttribute('href')!))).to.have.length(0);
    });

    it('speaks English', async () => {
      const finder = await fixture<CommuteFinder>(html`<wr-commute-finder lang="en" work="dresden" by="train" max="35"></wr-commute-finder>`);
      await ranked(finder);
      expect(summary(finder)).to.equal('5 places fit');
      expect(text($(finder, 'fieldset legend'))).to.equal('I am looking for');
      expect(reasons(finder, 'radeberg')).to.match(/^18 min by train to Dresden · \d+ jobs here$/);
      expect(reasons(finder, 'pulsnitz')).to.match(/level with Großenhain$/);
    });
  });

  describe('data as it grows', () => {
    it('ranks a tenth partner added to the API as data', async () => {
      await useSampleApi((data) => addBernsdorf(data, true));
      const finder = await fixture<CommuteFinder>(html`<wr-commute-finder work="dresden" by="train" max="60"></wr-commute-finder>`);
      await ranked(finder);
      expect($$<HTMLOptionElement>(finder, 'select#work option').map((option) => option.value)).to.include('bernsdorf');
      expect(places(finder)).to.include('Bernsdorf');
      expect(reasons(finder, 'bernsdorf')).to.equal('50 Min. mit der Bahn nach Dresden, zurück 52 · 3 Stellen vor Ort');
    });

    it('names a town without commute rows apart and ranks the rest', async () => {
      await useSampleApi((data) => addBernsdorf(data, false));
      const finder = await fixture<CommuteFinder>(html`<wr-commute-finder work="dresden"></wr-commute-finder>`);
      await ranked(finder);
      expect(places(finder)).to.not.include('Bernsdorf');
      expect(places(finder)).to.include('Kamenz');
      expect(text($(finder, '.unknown'))).to.equal('Ohne Fahrzeit, daher nicht eingeordnet: Bernsdorf.');
      await expect(finder).to.be.accessible();
    });
  });

  describe('in the page URL (sync-url)', () => {
    const start = location.href;
    afterEach(() => history.replaceState(null, '', start));

    it('reads the wishes, drops untrusted values, keeps the page parameters, and follows back and forward', async () => {
      await useSampleApi();
      history.replaceState(null, '', `${location.pathname}?seite=3&wr-work=dresden&wr-by=plane&wr-max=20&wr-field=%3Cx%3E&wr-q=pflege`);
      const finder = await fixture<CommuteFinder>(html`<wr-commute-finder sync-url by="car"></wr-commute-finder>`);
      await ranked(finder);
      expect($<HTMLSelectElement>(finder, 'select#work').value).to.equal('dresden');
      expect($<HTMLInputElement>(finder, 'input[name=by][value=any]').checked).to.equal(true);
      expect($<HTMLSelectElement>(finder, 'select#max').value).to.equal('20');
      expect(places(finder)).to.deep.equal(['Dresden', 'Radeberg']);

      $(finder, 'input[name=by][value=train]').click();
      await ranked(finder);
      const params = new URL(location.href).searchParams;
      expect(params.get('wr-by')).to.equal('train');
      expect(params.get('wr-work')).to.equal('dresden');
      expect(params.get('seite')).to.equal('3');
      expect(params.get('wr-q')).to.equal('pflege');
      expect(params.has('wr-field')).to.equal(false);

      const back = oneEvent(window, 'popstate');
      history.back();
      await back;
      await ranked(finder);
      expect($<HTMLInputElement>(finder, 'input[name=by][value=any]').checked).to.equal(true);
    });

    it('counts every field when a link names a field that does not exist, as its form says', async () => {
      await useSampleApi();
      history.replaceState(null, '', `${location.pathname}?wr-live=radeberg&wr-max=30&wr-field=gibt-es-nicht`);
      const finder = await fixture<CommuteFinder>(html`<wr-commute-finder sync-url></wr-commute-finder>`);
      await ranked(finder);
      expect($<HTMLSelectElement>(finder, 'select#field').value).to.equal('');
      expect(places(finder)).to.include('Dresden');
      expect(finder.shadowRoot!.querySelector('[part=relax]')).to.equal(null);
    });
  });

  describe('with a map and a job list on the page', () => {
    it('a town chosen in the finder is followed by the job list and the map; the finder follows the map', async () => {
      const { data } = await useSampleApi();
      const spy = spyOnFetch();
      try {
        const page = await fixture<HTMLElement>(html`<div>
          <wr-town-map></wr-town-map>
          <wr-commute-finder work="dresden"></wr-commute-finder>
          <wr-job-list page-size="50"></wr-job-list>
        </div>`);
        const finder = page.querySelector('wr-commute-finder')!;
        const map = page.querySelector<TownMap>('wr-town-map')!;
        const list = page.querySelector<JobList>('wr-job-list')!;
        await ranked(finder);
        await waitUntil(() => map.shadowRoot!.querySelector('[data-partner=kamenz]') && list.shadowRoot!.querySelector('[part=item]'), 'map or list did not load');
        // The map and the finder ask for the unfiltered job counts once.
        expect(spy.asked.filter((url) => url === `${API}/jobs?pageSize=1`)).to.have.length(1);

        const chosen = oneEvent(finder, 'wr-partner-select');
        $(finder, '[data-partner=kamenz]').click();
        expect(((await chosen) as PartnerSelectEvent).detail.partner!.id).to.equal('kamenz');
        await finder.updateComplete;
        expect($(finder, '[data-partner=kamenz]').getAttribute('aria-pressed')).to.equal('true');
        await waitUntil(
          () => {
            const cities = $$(list, '[part=item] .meta span:first-child').map((span) => span.textContent);
            return cities.length > 0 && cities.every((city) => city === 'Kamenz') && $<HTMLSelectElement>(list, 'select#partner').value === 'kamenz';
          },
          'the job list did not follow',
        );
        await map.updateComplete;
        expect($(map, '[data-partner=kamenz]').getAttribute('aria-pressed')).to.equal('true');

        // The finder follows the map without firing the event again.
        const fired: Event[] = [];
        finder.addEventListener('wr-partner-select', (event) => fired.push(event));
        $(map, '[data-partner=radeberg]').click();
        await finder.updateComplete;
        expect($(finder, '[data-partner=radeberg]').getAttribute('aria-pressed')).to.equal('true');
        expect($(finder, '[data-partner=kamenz]').getAttribute('aria-pressed')).to.equal('false');
        expect(fired).to.have.length(0);
        document.body.dispatchEvent(new PartnerSelectEvent(data.partners.find((partner) => partner.id === 'pulsnitz') as Partner));
        await finder.updateComplete;
        expect($(finder, '[data-partner=pulsnitz]').getAttribute('aria-pressed')).to.equal('true');

        // "Jobs in …" chooses the town and moves focus to the job list.
        const jobs = [...item(finder, 'grossroehrsdorf').querySelectorAll('button')].find((button) => button.textContent === 'Stellen in Großröhrsdorf')!;
        jobs.click();
        expect(list.shadowRoot!.activeElement?.id).to.equal('summary');
        await waitUntil(() => $<HTMLSelectElement>(list, 'select#partner').value === 'grossroehrsdorf', 'the list did not follow');
      } finally {
        spy.restore();
      }
    });
  });

  describe('with a field, and a job list on the page', () => {
    it('the job list follows the town and the field; a choice on the map keeps the field', async () => {
      await useSampleApi();
      const page = await fixture<HTMLElement>(html`<div>
        <wr-town-map></wr-town-map>
        <wr-commute-finder work="dresden" field="it"></wr-commute-finder>
        <wr-job-list page-size="50"></wr-job-list>
      </div>`);
      const finder = page.querySelector('wr-commute-finder')!;
      const map = page.querySelector<TownMap>('wr-town-map')!;
      const list = page.querySelector<JobList>('wr-job-list')!;
      await ranked(finder);
      await waitUntil(() => map.shadowRoot!.querySelector('[data-partner=radeberg]') && list.shadowRoot!.querySelector('[part=item]'), 'map or list did not load');
      const listShows = (partner: string, category: string) =>
        waitUntil(
          () => $<HTMLSelectElement>(list, 'select#partner').value === partner && $<HTMLSelectElement>(list, 'select#category').value === category,
          `the job list does not show ${partner} / ${category}`,
        );

      $(finder, '[data-partner=kamenz]').click();
      await listShows('kamenz', 'it');
      $(map, '[data-partner=radeberg]').click();
      await listShows('radeberg', 'it');
    });
  });

  describe('states', () => {
    it('holds its place while loading, and says when it takes long', async () => {
      await useSampleApi();
      worker.use(http.get(`${API}/commutes`, () => delay('infinite')));
      const finder = await fixture<CommuteFinder>(html`<wr-commute-finder></wr-commute-finder>`);
      const placeholder = $(finder, '.placeholder');
      expect(placeholder.getAttribute('aria-busy')).to.equal('true');
      expect(placeholder.getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(finder).to.be.accessible();
      await waitUntil(() => finder.shadowRoot!.textContent!.includes('länger als üblich'), 'no slow notice', { timeout: 1000 });
    });

    for (const [what, answer, said] of apiFaults) {
      it(`says what went wrong on ${what}, and retries`, async () => {
        await useSampleApi();
        worker.use(http.get(`${API}/commutes`, answer));
        const finder = await fixture<CommuteFinder>(html`<wr-commute-finder></wr-commute-finder>`);
        await waitUntil(() => finder.shadowRoot!.querySelector('[role=alert]'), 'no error shown');
        expect($(finder, '[role=alert]').textContent).to.contain(said);
        await expect(finder).to.be.accessible();
        await useSampleApi();
        $(finder, '[role=alert] button').click();
        await ranked(finder);
        expect(places(finder).length).to.equal(9);
      });
    }

    it('keeps the form when the field counts fail, and retries them', async () => {
      await useSampleApi();
      worker.use(http.get(`${API}/jobs`, ({ request }) => (new URL(request.url).searchParams.has('category') ? new HttpResponse(null, { status: 503 }) : undefined)));
      const finder = await fixture<CommuteFinder>(html`<wr-commute-finder field="it"></wr-commute-finder>`);
      await waitUntil(() => finder.shadowRoot!.querySelector('[role=alert]'), 'no error shown');
      expect(finder.shadowRoot!.querySelector('form')).to.not.equal(null);
      await expect(finder).to.be.accessible();
      await useSampleApi();
      $(finder, '[role=alert] button').click();
      await ranked(finder);
      expect(reasons(finder, 'dresden')).to.contain('in Ihrem Feld');
    });

    it('ranks without the field when the categories fail', async () => {
      await useSampleApi();
      worker.use(http.get(`${API}/categories`, () => HttpResponse.error()));
      const finder = await fixture<CommuteFinder>(html`<wr-commute-finder></wr-commute-finder>`);
      await ranked(finder);
      expect(finder.shadowRoot!.querySelector('select#field')).to.equal(null);
      expect(places(finder).length).to.equal(9);
    });

    it('says so when there are no partners yet', async () => {
      await useSampleApi((data) => (data.partners = []));
      const finder = await fixture<CommuteFinder>(html`<wr-commute-finder></wr-commute-finder>`);
      // On a busy machine "it takes longer than usual" may come first; what stays is the message for no partners.
      const empty = 'Es sind noch keine Partner eingetragen.';
      await waitUntil(() => finder.shadowRoot!.querySelector('.notice')?.textContent === empty, 'no message');
      await expect(finder).to.be.accessible();
    });

    it('says so when no API address is set', async () => {
      await useSampleApi();
      resetConfiguration();
      const finder = await fixture<CommuteFinder>(html`<wr-commute-finder></wr-commute-finder>`);
      await waitUntil(() => finder.shadowRoot!.querySelector('.notice'), 'no message', { timeout: 1000 });
      expect($(finder, '.notice').textContent).to.contain('noch nicht eingerichtet');
      await expect(finder).to.be.accessible();
    });
  });
});
