import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
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

const bernsdorf = {
  id: 'bernsdorf',
  name: 'Bernsdorf',
  kind: 'town' as const,
  lat: 51.374,
  lon: 14.069,
  district: 'landkreis-bautzen',
  website: 'https://www.bernsdorf.de',
  contact: { office: 'Wirtschaftsförderung der Stadt Bernsdorf', email: 'wirtschaft@bernsdorf.de', phone: '+49 35723 239-0' },
  description: { de: 'Kleine Stadt in der Oberlausitz, seit Juli 2021 Partner der Wachstumsregion.' },
};

async function loaded(map: TownMap): Promise<void> {
  await waitUntil(() => map.shadowRoot!.querySelector('[data-partner]'), 'the map did not load');
  await map.updateComplete;
}

/** The name a town's button gets from its content: its text without what is hidden from assistive technology. */
function nameOf(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden=true]').forEach((node) => node.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

const town = (map: TownMap, id: string) => $<HTMLButtonElement>(map, `[data-partner="${id}"]`);
const panel = (map: TownMap) => map.shadowRoot!.querySelector<HTMLElement>('[part=panel]');

describe('<wr-town-map>', () => {
  describe('loaded', () => {
    let data: MockData;
    beforeEach(async () => ({ data } = await useSampleApi()));

    it('draws every partner from the API as a named control with minutes by train to Dresden and its jobs', async () => {
      const map = await fixture<TownMap>(html`<wr-town-map></wr-town-map>`);
      await loaded(map);
      expect($$(map, '.town')).to.have.length(data.partners.length);
      const kamenz = data.commutes.find((row) => row.from === 'kamenz' && row.to === 'dresden')!;
      expect(nameOf(town(map, 'kamenz'))).to.match(new RegExp(`^Kamenz, ${kamenz.train} Minuten mit der Bahn nach Dresden, \\d+ Stellen$`));
      // Radeburg has buses only: its minutes are by car, and its line is dashed.
      const radeburg = data.commutes.find((row) => row.from === 'radeburg' && row.to === 'dresden')!;
      expect(nameOf(town(map, 'radeburg'))).to.match(new RegExp(`^Radeburg, ${radeburg.car} Minuten mit dem Auto nach Dresden, \\d+ Stellen$`));
      expect($$(map, 'svg.drawing line.way.car')).to.have.length(1);
      // The city is the target: no minutes of its own, a bigger marker.
      expect(nameOf(town(map, 'dresden'))).to.match(/^Dresden, \d+ Stellen$/);
      expect(town(map, 'dresden').classList.contains('city')).to.equal(true);
      expect($$(map, 'path.area')).to.have.length(1);
      await expect(map).to.be.accessible();
    });

    /** The towns as drawn, with the labels the map shows (a label without a free place is shown on focus only). */
    const drawnTowns = (map: TownMap) =>
      $$(map, '.town')
        .filter((button) => getComputedStyle(button.querySelector('[part=label]')!).visibility === 'visible')
        .map((button) => ({
          id: button.dataset.partner!,
          label: button.querySelector('[part=label]')!.getBoundingClientRect(),
          marker: button.querySelector('[part=marker]')!.getBoundingClientRect(),
          size: parseFloat(getComputedStyle(button.querySelector('.name')!).fontSize),
        }));
    const covers = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

    it('places labels clear of each other and of every marker, legible, at every width that shows the map', async () => {
      const map = await fixture<TownMap>(html`<wr-town-map></wr-town-map>`);
      await loaded(map);
      for (const width of [360, 390, 414, 440, 480, 520, 560, 600, 640, 800]) {
        map.style.width = `${width}px`;
        await waitUntil(() => $(map, 'svg.drawing').getAttribute('width') === String($(map, '[part=map]').clientWidth), `no layout at ${width}px`);
        await map.updateComplete;
        const towns = drawnTowns(map);
        // With the browsers' own fonts only a narrow map may leave out a label or two (Firefox's and WebKit's fonts
        // are wider than Chromium's), never the city's.
        const unlabelled = $$(map, '.town.unlabelled').map((button) => button.dataset.partner);
        expect(unlabelled, `towns without a label at ${width}px`).to.have.length.below(width < 560 ? 3 : 1);
        expect(unlabelled, `at ${width}px`).not.to.include('dresden');
        const faults = towns.flatMap((a) =>
          towns.flatMap((b) => [
            ...(a.id < b.id && covers(a.label, b.label) ? [`${a.id} label on ${b.id} label`] : []),
            ...(a.id !== b.id && covers(a.label, b.marker) ? [`${a.id} label on ${b.id} marker`] : []),
          ]),
        );
        const bounds = $(map, '[part=map]').getBoundingClientRect();
        const cut = towns.filter(({ label }) => label.left < bounds.left || label.right > bounds.right || label.top < bounds.top || label.bottom > bounds.bottom);
        expect(faults, `at ${width}px`).to.deep.equal([]);
        expect(cut.map((town) => town.id), `labels cut off at ${width}px`).to.deep.equal([]);
        expect(Math.min(...towns.map((town) => town.size)), `text size at ${width}px`).to.be.at.least(12);
      }
    });

    it('keeps its labels clear under a host page’s wide font, showing a label it had to leave out on focus', async () => {
      const map = await fixture<TownMap>(html`<wr-town-map style="width: 360px; font: 18px/1.5 monospace"></wr-town-map>`);
      await loaded(map);
      await waitUntil(() => $(map, 'svg.drawing').getAttribute('width') === String($(map, '[part=map]').clientWidth), 'no layout');
      // The labels are laid out again once drawn: wait until the drawn sizes have settled.
      let before = '';
      await waitUntil(() => {
        const now = $$(map, '.town').map((button) => button.className).join();
        const settled = now === before;
        before = now;
        return settled;
      }, 'the labels did not settle', { interval: 100 });
      const towns = drawnTowns(map);
      const faults = towns.flatMap((a) => towns.flatMap((b) => (a.id < b.id && covers(a.label, b.label) ? [`${a.id} label on ${b.id} label`] : [])));
      expect(faults).to.deep.equal([]);
      const unlabelled = $$(map, '.town.unlabelled');
      expect(unlabelled.length, 'a font this wide leaves out some labels').to.be.above(0);
      for (const button of unlabelled) {
        button.focus();
        expect(getComputedStyle(button.querySelector('[part=label]')!).visibility, button.dataset.partner).to.equal('visible');
        expect(button.getAttribute('aria-label') ?? button.textContent, 'its name is still told').to.contain(button.querySelector('.name')!.textContent);
      }
    });

    it('is chosen with the keyboard: Enter opens the panel and fires the event, Escape clears it', async () => {
      const map = await fixture<TownMap>(html`<wr-town-map></wr-town-map>`);
      await loaded(map);
      $(map, '.toggle').focus();
      await sendKeys({ press: 'Tab' });
      const first = map.shadowRoot!.activeElement as HTMLButtonElement;
      expect(first.classList.contains('town')).to.equal(true);
      const chosen = oneEvent(map, 'wr-partner-select');
      await sendKeys({ press: 'Enter' });
      const event = (await chosen) as PartnerSelectEvent;
      expect(event.detail.partner!.id).to.equal(first.dataset.partner);
      await map.updateComplete;
      expect(first.getAttribute('aria-pressed')).to.equal('true');
      expect(panel(map)!.querySelector('[role=heading]')!.textContent).to.equal(event.detail.partner!.name);
      await expect(map).to.be.accessible();

      // Space on the next town chooses that one.
      await sendKeys({ press: 'Tab' });
      const second = map.shadowRoot!.activeElement as HTMLButtonElement;
      const next = oneEvent(map, 'wr-partner-select');
      await sendKeys({ press: 'Space' });
      expect(((await next) as PartnerSelectEvent).detail.partner!.id).to.equal(second.dataset.partner);

      const cleared = oneEvent(map, 'wr-partner-select');
      await sendKeys({ press: 'Escape' });
      expect(((await cleared) as PartnerSelectEvent).detail.partner).to.equal(null);
      await map.updateComplete;
      expect(panel(map)).to.equal(null);
      expect(second.getAttribute('aria-pressed')).to.equal('false');
      expect(map.shadowRoot!.activeElement).to.equal(second);
    });

    it('clears the choice when the same town is chosen again', async () => {
      const map = await fixture<TownMap>(html`<wr-town-map></wr-town-map>`);
      await loaded(map);
      town(map, 'kamenz').click();
      await map.updateComplete;
      expect(panel(map)).to.not.equal(null);
      const cleared = oneEvent(map, 'wr-partner-select');
      town(map, 'kamenz').click();
      expect(((await cleared) as PartnerSelectEvent).detail.partner).to.equal(null);
      await map.updateComplete;
      expect(panel(map)).to.equal(null);
    });

    it('shows the portrait, minutes, office and links of the chosen town', async () => {
      const map = await fixture<TownMap>(html`<wr-town-map selected="kamenz"></wr-town-map>`);
      await loaded(map);
      const text = panel(map)!.textContent!.replace(/\s+/g, ' ');
      const kamenz = data.partners.find((partner) => partner.id === 'kamenz')!;
      expect(text).to.contain(kamenz.description!.de);
      const facts = $$(map, '[part=panel] dl div').map((row) => `${row.querySelector('dt')!.textContent}: ${row.querySelector('dd')!.textContent}`);
      expect(facts[0]).to.match(/^Stellenangebote: \d+$/);
      expect(facts[1]).to.equal('Fahrzeit nach Dresden: Bahn: 42 Minuten, Auto: 40 Minuten');
      expect(text).to.contain(kamenz.contact.office);
      const links = [...panel(map)!.querySelectorAll('a')].map((link) => link.getAttribute('href'));
      expect(links).to.include(`mailto:${kamenz.contact.email}`);
      expect(links).to.include(new URL(kamenz.website).href);
      expect(links.some((href) => href!.startsWith('tel:+49'))).to.equal(true);
      await expect(map).to.be.accessible();
    });

    it('leads "Jobs in …" to jobs-url with the id encoded', async () => {
      const map = await fixture<TownMap>(html`<wr-town-map selected="landkreis-bautzen" jobs-url="/stellen.html?ort={id}"></wr-town-map>`);
      await loaded(map);
      const link = [...panel(map)!.querySelectorAll('a')].find((a) => a.textContent === 'Stellen in Landkreis Bautzen')!;
      expect(link.href).to.equal(new URL('/stellen.html?ort=landkreis-bautzen', location.href).href);
    });

    it('never renders a javascript: jobs-url or website', async () => {
      await useSampleApi((sample) => {
        sample.partners.find((partner) => partner.id === 'kamenz')!.website = 'javascript:alert(1)';
      });
      const map = await fixture<TownMap>(html`<wr-town-map selected="kamenz" jobs-url="javascript:alert('{id}')"></wr-town-map>`);
      await loaded(map);
      expect([...panel(map)!.querySelectorAll('a')].map((link) => link.getAttribute('href')).filter((href) => /^javascript:/i.test(href!))).to.have.length(0);
    });

    it('fires wr-partner-select so a job list on the page follows, and "Jobs in …" moves focus to it', async () => {
      const page = await fixture<HTMLElement>(html`<div><wr-town-map></wr-town-map><wr-job-list page-size="50"></wr-job-list></div>`);
      const map = page.querySelector('wr-town-map')!;
      const list = page.querySelector<JobList>('wr-job-list')!;
      await loaded(map);
      await waitUntil(() => list.shadowRoot!.querySelectorAll('[part=item]').length > 0, 'no jobs');
      town(map, 'kamenz').click();
      await waitUntil(
        () => {
          const cities = $$(list, '[part=item] .meta span:first-child').map((span) => span.textContent);
          return cities.length > 0 && cities.every((city) => city === 'Kamenz') && $<HTMLSelectElement>(list, 'select#partner').value === 'kamenz';
        },
        'the job list did not follow',
      );
      const jobs = [...panel(map)!.querySelectorAll('button')].find((button) => button.textContent === 'Stellen in Kamenz')!;
      jobs.click();
      expect(list.shadowRoot!.activeElement?.id).to.equal('summary');
    });

    it("follows a neighbour's wr-partner-select without firing it again", async () => {
      const map = await fixture<TownMap>(html`<wr-town-map></wr-town-map>`);
      await loaded(map);
      const fired: Event[] = [];
      map.addEventListener('wr-partner-select', (event) => fired.push(event));
      const radeberg = data.partners.find((partner) => partner.id === 'radeberg')! as Partner;
      document.body.dispatchEvent(new PartnerSelectEvent(radeberg));
      await map.updateComplete;
      expect(town(map, 'radeberg').getAttribute('aria-pressed')).to.equal('true');
      expect(panel(map)!.querySelector('[role=heading]')!.textContent).to.equal('Radeberg');
      document.body.dispatchEvent(new PartnerSelectEvent(null));
      await map.updateComplete;
      expect(panel(map)).to.equal(null);
      expect(fired).to.have.length(0);
    });

    it('measures the minutes to the partner named by commute-to', async () => {
      const map = await fixture<TownMap>(html`<wr-town-map commute-to="kamenz"></wr-town-map>`);
      await loaded(map);
      const pulsnitz = data.commutes.find((row) => row.from === 'pulsnitz' && row.to === 'kamenz')!;
      expect(nameOf(town(map, 'pulsnitz'))).to.match(new RegExp(`^Pulsnitz, ${pulsnitz.train} Minuten mit der Bahn nach Kamenz, \\d+ Stellen$`));
      expect(nameOf(town(map, 'dresden'))).to.match(/^Dresden, 42 Minuten mit der Bahn nach Kamenz, \d+ Stellen$/);
      expect(nameOf(town(map, 'kamenz'))).to.match(/^Kamenz, \d+ Stellen$/);
    });

    it('shows only what `show` names, and asks the API only for that', async () => {
      const asked: string[] = [];
      const pageFetch = window.fetch;
      window.fetch = (input, init) => {
        asked.push(String(input));
        return pageFetch(input, init);
      };
      try {
        const map = await fixture<TownMap>(html`<wr-town-map show="commute"></wr-town-map>`);
        await loaded(map);
        expect(nameOf(town(map, 'kamenz'))).to.equal('Kamenz, 42 Minuten mit der Bahn nach Dresden');
        expect(asked.some((url) => url.includes('/jobs'))).to.equal(false);
      } finally {
        window.fetch = pageFetch;
      }
    });

    it('takes its height as a CSS length', async () => {
      const map = await fixture<TownMap>(html`<wr-town-map height="300px"></wr-town-map>`);
      await loaded(map);
      expect($(map, '[part=map]').getBoundingClientRect().height).to.equal(300);
      expect(map.hasAttribute('style')).to.equal(false);
    });

    it('offers the same content as a list, by the toggle, by `view` and when narrow', async () => {
      const map = await fixture<TownMap>(html`<wr-town-map></wr-town-map>`);
      await loaded(map);
      expect(map.shadowRoot!.querySelector('[part=list]')).to.equal(null);
      $(map, '.toggle').click();
      await map.updateComplete;
      expect($(map, '.toggle').getAttribute('aria-pressed')).to.equal('true');
      const items = $$(map, '[part=list] button');
      expect(items).to.have.length(data.partners.length);
      const kamenz = items.find((item) => item.dataset.partner === 'kamenz')!;
      expect(kamenz.textContent!.replace(/\s+/g, ' ')).to.match(/Kamenz Stadt im Landkreis Bautzen 42 Minuten mit der Bahn nach Dresden · \d+ Stellen/);
      kamenz.click();
      await map.updateComplete;
      expect(panel(map)!.querySelector('[role=heading]')!.textContent).to.equal('Kamenz');
      await expect(map).to.be.accessible();

      const listed = await fixture<TownMap>(html`<wr-town-map view="list"></wr-town-map>`);
      await loaded(listed);
      expect(listed.shadowRoot!.querySelector('[part=list]')).to.not.equal(null);

      const narrow = await fixture<HTMLElement>(html`<div style="width: 320px"><wr-town-map></wr-town-map></div>`);
      const small = narrow.firstElementChild as TownMap;
      await loaded(small);
      await waitUntil(() => small.shadowRoot!.querySelector('[part=list]'), 'a narrow map did not show the list');
    });

    it('speaks English, with descriptions falling back to German', async () => {
      await useSampleApi((sample) => sample.partners.push(bernsdorf));
      const map = await fixture<TownMap>(html`<wr-town-map lang="en" selected="bernsdorf"></wr-town-map>`);
      await loaded(map);
      expect(nameOf(town(map, 'kamenz'))).to.match(/^Kamenz, 42 minutes by train to Dresden, \d+ jobs$/);
      expect($(map, '.toggle').textContent!.trim()).to.equal('Show as list');
      expect(panel(map)!.textContent).to.contain(bernsdorf.description.de);
      expect(panel(map)!.textContent).to.contain('Town in Landkreis Bautzen');
    });
  });

  it('shows a tenth partner added to the API on the map, in the list and in its panel', async () => {
    await useSampleApi((data) => data.partners.push(bernsdorf));
    const map = await fixture<TownMap>(html`<wr-town-map></wr-town-map>`);
    await loaded(map);
    expect($$(map, '.town')).to.have.length(10);
    expect(nameOf(town(map, 'bernsdorf'))).to.match(/^Bernsdorf, \d+ Stellen$/);
    // It lies north of Kamenz and south of Hoyerswerda.
    const top = (id: string) => parseFloat(town(map, id).style.top);
    expect(top('bernsdorf')).to.be.lessThan(top('kamenz'));
    expect(top('bernsdorf')).to.be.greaterThan(top('hoyerswerda'));
    town(map, 'bernsdorf').click();
    await map.updateComplete;
    expect(panel(map)!.textContent).to.contain('Wirtschaftsförderung der Stadt Bernsdorf');
    $(map, '.toggle').click();
    await map.updateComplete;
    expect($$(map, '[part=list] button').map((item) => item.dataset.partner)).to.include('bernsdorf');
  });

  it('sends no request to any origin but the API', async () => {
    await useSampleApi();
    const asked: string[] = [];
    const pageFetch = window.fetch;
    window.fetch = (input, init) => {
      asked.push(String(input instanceof Request ? input.url : input));
      return pageFetch(input, init);
    };
    try {
      performance.clearResourceTimings();
      const map = await fixture<TownMap>(html`<wr-town-map selected="kamenz" tiles="https://{s}.tile.example.org/{z}/{x}/{y}.png" attribution="© Example"></wr-town-map>`);
      await loaded(map);
      $(map, '.toggle').click();
      await map.updateComplete;
      expect(asked.length).to.be.greaterThan(0);
      expect(asked.filter((url) => !url.startsWith(`${API}/`))).to.deep.equal([]);
      const elsewhere = performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).origin)
        .filter((origin) => origin !== location.origin && origin !== new URL(API).origin);
      expect(elsewhere).to.deep.equal([]);
      expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('tile-layer'))).to.equal(false);
    } finally {
      window.fetch = pageFetch;
    }
  });

  it('accepts only https tile templates', async () => {
    await useSampleApi();
    performance.clearResourceTimings();
    const map = await fixture<TownMap>(html`<wr-town-map tiles="http://tile.example.org/{z}/{x}/{y}.png"></wr-town-map>`);
    await loaded(map);
    expect(map.shadowRoot!.querySelector('.tiles')).to.equal(null);
    expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('tile-layer'))).to.equal(false);
  });

  it('asks before a tile map, naming the provider; only after consent it loads the tile chunk and tiles, for the session', async () => {
    await useSampleApi();
    sessionStorage.clear();
    const tileRequests: string[] = [];
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
    worker.use(
      http.get(/^https:\/\/[abc]\.tile\.example\.org\//, ({ request }) => {
        tileRequests.push(request.url);
        return HttpResponse.arrayBuffer(png.buffer, { headers: { 'Content-Type': 'image/png' } });
      }),
    );
    const chunkLoaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('tile-layer'));
    const template = 'https://{s}.tile.example.org/{z}/{x}/{y}.png';
    performance.clearResourceTimings();
    const map = await fixture<TownMap>(html`<wr-town-map tiles=${template} attribution="© Example contributors"></wr-town-map>`);
    await loaded(map);
    const offer = $(map, '.tiles');
    expect(offer.textContent).to.contain('tile.example.org');
    expect(offer.textContent).to.contain('IP-Adresse');
    await expect(map).to.be.accessible();
    expect(tileRequests).to.deep.equal([]);
    expect(chunkLoaded()).to.equal(false);

    $(map, '.tiles button').click();
    await waitUntil(() => $$(map, '.tile-layer img').length > 0, 'no tiles drawn');
    await waitUntil(() => tileRequests.length > 0, 'no tile requested');
    expect(chunkLoaded()).to.equal(true);
    expect(tileRequests.every((url) => /^https:\/\/[abc]\.tile\.example\.org\/\d+\/\d+\/\d+\.png$/.test(url))).to.equal(true);
    expect($(map, '.attribution').textContent).to.equal('Kartendaten: © Example contributors');
    expect($$(map, '.town')).to.have.length(9);
    const bounds = $(map, '[part=map]').getBoundingClientRect();
    for (const button of $$(map, '.town')) {
      const marker = button.querySelector('[part=marker]')!.getBoundingClientRect();
      expect(marker.left >= bounds.left && marker.right <= bounds.right && marker.top >= bounds.top && marker.bottom <= bounds.bottom, button.dataset.partner).to.equal(true);
    }
    await expect(map).to.be.accessible();

    // The consent holds for the session: another map with the same provider shows tiles at once.
    const again = await fixture<TownMap>(html`<wr-town-map tiles=${template}></wr-town-map>`);
    await loaded(again);
    await waitUntil(() => $$(again, '.tile-layer img').length > 0, 'consent not remembered');
    $(again, '.tiles button').click();
    await again.updateComplete;
    expect($$(again, '.tile-layer img')).to.have.length(0);
    expect(sessionStorage.length).to.equal(0);
  });

  describe('the real map, zoomed and moved', () => {
    const template = 'https://{s}.tile.example.org/{z}/{x}/{y}.png';
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
    let data: MockData;
    beforeEach(async () => {
      ({ data } = await useSampleApi());
      sessionStorage.clear();
      worker.use(http.get(/^https:\/\/[abc]\.tile\.example\.org\//, () => HttpResponse.arrayBuffer(png.buffer, { headers: { 'Content-Type': 'image/png' } })));
    });
    afterEach(() => resetMouse());

    async function realMap(): Promise<TownMap> {
      const box = await fixture<HTMLElement>(html`<div style="width: 480px"><wr-town-map tiles=${template}></wr-town-map></div>`);
      const map = box.firstElementChild as TownMap;
      await loaded(map);
      expect(map.shadowRoot!.querySelector('.zoom'), 'zoom buttons on the schematic map').to.equal(null);
      expect($(map, '[part=map]').hasAttribute('tabindex')).to.equal(false);
      $(map, '.tiles button').click();
      await waitUntil(() => $$(map, '.tile-layer img').length > 0, 'no tiles drawn');
      return map;
    }

    const tileZoom = (map: TownMap) => [...new Set($$<HTMLImageElement>(map, '.tile-layer img').map((img) => Number(new URL(img.src).pathname.split('/')[1])))];
    const centre = (element: Element) => {
      const box = element.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    };

    /** Where each town in view should be by the tiles drawn (Web Mercator worked out here anew), and where its marker is. */
    function onTheirGround(map: TownMap): void {
      const [z] = tileZoom(map);
      const images = $$<HTMLImageElement>(map, '.tile-layer img');
      let checked = 0;
      for (const partner of data.partners) {
        const lat = (partner.lat * Math.PI) / 180;
        const x = ((partner.lon + 180) / 360) * 2 ** z!;
        const y = ((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * 2 ** z!;
        const image = images.find((img) => new URL(img.src).pathname === `/${z}/${Math.floor(x)}/${Math.floor(y)}.png`);
        if (!image) continue;
        const tile = image.getBoundingClientRect();
        const marker = centre(town(map, partner.id).querySelector('[part=marker]')!);
        expect(Math.abs(marker.x - (tile.left + (x % 1) * tile.width)), `${partner.id} across`).to.be.below(1.5);
        expect(Math.abs(marker.y - (tile.top + (y % 1) * tile.height)), `${partner.id} down`).to.be.below(1.5);
        checked++;
      }
      expect(checked, 'towns in view').to.be.at.least(2);
    }

    it('zooms in and out by its buttons, loading the next zoom level, with the towns on their ground', async () => {
      const map = await realMap();
      const [z] = tileZoom(map);
      onTheirGround(map);
      const [zoomIn, zoomOut] = $$<HTMLButtonElement>(map, '.zoom button');
      expect(zoomIn!.getAttribute('aria-label')).to.equal('Karte vergrößern');
      expect(zoomOut!.getAttribute('aria-label')).to.equal('Karte verkleinern');
      expect(zoomOut!.getAttribute('aria-disabled')).to.equal('true');
      expect(zoomIn!.getBoundingClientRect().width).to.be.at.least(44);
      expect(zoomIn!.getBoundingClientRect().height).to.be.at.least(44);
      const spread = () => centre(town(map, 'kamenz')).x - centre(town(map, 'dresden')).x;
      const before = spread();
      zoomIn!.click();
      await map.updateComplete;
      expect(tileZoom(map)).to.deep.equal([z! + 1]);
      expect(spread() / before).to.be.closeTo(2, 0.02);
      onTheirGround(map);
      await expect(map).to.be.accessible();
      zoomOut!.click();
      await map.updateComplete;
      expect(tileZoom(map)).to.deep.equal([z]);
      expect(spread()).to.be.closeTo(before, 1);
    });

    it('leaves a finger to scroll the page over the whole region, and takes it for moving the map once zoomed in', async () => {
      const map = await realMap();
      const touchAction = () => getComputedStyle($(map, '[part=map]')).touchAction;
      expect(touchAction()).to.equal('auto');
      $$<HTMLButtonElement>(map, '.zoom button')[0]!.click();
      await map.updateComplete;
      expect(touchAction()).to.equal('none');
    });

    it('zooms with + and - and moves with the arrow keys when it has the focus', async () => {
      const map = await realMap();
      const [z] = tileZoom(map);
      const drawing = $(map, '[part=map]');
      expect(drawing.getAttribute('role')).to.equal('group');
      expect(drawing.getAttribute('aria-label')).to.contain('Pfeiltasten');
      $(map, '.toggle').focus();
      await sendKeys({ press: 'Tab' });
      expect(map.shadowRoot!.activeElement === drawing, 'Tab goes to the map').to.equal(true);
      await sendKeys({ press: '+' });
      await map.updateComplete;
      expect(tileZoom(map)).to.deep.equal([z! + 1]);
      const before = centre(town(map, 'kamenz'));
      await sendKeys({ press: 'ArrowLeft' });
      await map.updateComplete;
      expect(centre(town(map, 'kamenz')).x - before.x).to.be.closeTo(64, 1);
      await sendKeys({ press: 'ArrowUp' });
      await map.updateComplete;
      expect(centre(town(map, 'kamenz')).y - before.y).to.be.closeTo(64, 1);
      onTheirGround(map);
      await sendKeys({ press: '-' });
      await map.updateComplete;
      expect(tileZoom(map)).to.deep.equal([z]);
      onTheirGround(map);
      await expect(map).to.be.accessible();
    });

    it('moves with a drag, and a drag that starts on a town does not choose it', async () => {
      const map = await realMap();
      const fired: Event[] = [];
      map.addEventListener('wr-partner-select', (event) => fired.push(event));
      const start = centre(town(map, 'kamenz').querySelector('[part=label]')!);
      const was = centre(town(map, 'kamenz').querySelector('[part=marker]')!);
      // Where the page saw the pointer go down and up: the ground must follow it by as much.
      const seen: Record<string, { x: number; y: number }> = {};
      const see = (event: PointerEvent) => (seen[event.type] = { x: event.clientX, y: event.clientY });
      map.addEventListener('pointerdown', see);
      map.addEventListener('pointerup', see);
      await sendMouse({ type: 'move', position: [Math.round(start.x), Math.round(start.y)] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(start.x) - 40, Math.round(start.y) + 20] });
      await sendMouse({ type: 'move', position: [Math.round(start.x) - 60, Math.round(start.y) + 30] });
      await sendMouse({ type: 'up' });
      await map.updateComplete;
      expect(fired).to.have.length(0);
      expect(town(map, 'kamenz').getAttribute('aria-pressed')).to.equal('false');
      const moved = { x: seen.pointerup!.x - seen.pointerdown!.x, y: seen.pointerup!.y - seen.pointerdown!.y };
      expect(moved.x, 'the pointer moved left').to.be.below(-20);
      const now = centre(town(map, 'kamenz').querySelector('[part=marker]')!);
      expect(now.x - was.x).to.be.closeTo(moved.x, 1);
      expect(now.y - was.y).to.be.closeTo(moved.y, 1);
      onTheirGround(map);
      // A click without a drag still chooses the town.
      town(map, 'kamenz').click();
      await map.updateComplete;
      expect(fired).to.have.length(1);
    });
  });

  describe('states', () => {
    it('holds the place of the map while loading, and says when it takes long', async () => {
      await useSampleApi();
      worker.use(http.get(`${API}/partners`, () => delay('infinite')));
      const map = await fixture<TownMap>(html`<wr-town-map></wr-town-map>`);
      const placeholder = $(map, '.placeholder');
      expect(placeholder.getAttribute('aria-busy')).to.equal('true');
      expect(placeholder.getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(map).to.be.accessible();
      await waitUntil(() => map.shadowRoot!.textContent!.includes('länger als üblich'), 'no slow notice', { timeout: 1000 });
    });

    for (const [what, answer, text] of apiFaults) {
      it(`says what went wrong on ${what}, and retries`, async () => {
        await useSampleApi();
        worker.use(http.get(`${API}/partners`, answer));
        const map = await fixture<TownMap>(html`<wr-town-map></wr-town-map>`);
        await waitUntil(() => map.shadowRoot!.querySelector('[role=alert]'), 'no error shown');
        expect($(map, '[role=alert]').textContent).to.contain(text);
        await expect(map).to.be.accessible();
        worker.resetHandlers();
        await useSampleApi();
        $(map, '[role=alert] button').click();
        await loaded(map);
        expect($$(map, '.town')).to.have.length(9);
      });
    }

    it('still shows the towns when minutes and job counts fail', async () => {
      await useSampleApi();
      worker.use(http.get(`${API}/commutes`, () => new HttpResponse(null, { status: 503 })), http.get(`${API}/jobs`, () => HttpResponse.error()));
      const map = await fixture<TownMap>(html`<wr-town-map></wr-town-map>`);
      await loaded(map);
      expect(nameOf(town(map, 'kamenz'))).to.equal('Kamenz');
    });

    it('says so when no API address is set', async () => {
      await useSampleApi();
      resetConfiguration();
      const map = await fixture<TownMap>(html`<wr-town-map></wr-town-map>`);
      await waitUntil(() => map.shadowRoot!.querySelector('.notice'), 'no message', { timeout: 1000 });
      expect($(map, '.notice').textContent).to.contain('noch nicht eingerichtet');
      await expect(map).to.be.accessible();
    });
  });
});
