import { expect, fixture, html } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { PartnerSelectEvent } from '../../src/core/events/partner-select.js';
import type { Partner } from '@wachstumsregion/domain/contract';
import { DataProbeElement } from '../support/data-probe-element.js';
import { API, useMockApi, worker } from '../support/mock-api.js';
import { waitUntil } from '../support/wait.js';

const kamenz: Partner = {
  id: 'kamenz',
  name: 'Kamenz',
  kind: 'town',
  lat: 51.269,
  lon: 14.094,
  district: 'landkreis-bautzen',
  website: 'https://www.kamenz.de',
  contact: { office: 'Wirtschaftsförderung', email: 'wirtschaft@kamenz.de' },
};

function shown(element: DataProbeElement): string {
  return element.shadowRoot!.textContent!.trim();
}

describe('a widget on the core', () => {
  beforeEach(useMockApi);

  it('shares one partners request between two widgets on the page', async () => {
    let requests = 0;
    worker.use(
      http.get(`${API}/partners`, async () => {
        requests++;
        await delay(30);
        return HttpResponse.json({ items: [kamenz] });
      }),
    );
    const page = await fixture(html`<div><wr-test-data-probe></wr-test-data-probe><wr-test-data-probe></wr-test-data-probe></div>`);
    const [first, second] = page.querySelectorAll<DataProbeElement>('wr-test-data-probe');
    await waitUntil(() => shown(first!) === 'Kamenz' && shown(second!) === 'Kamenz');
    expect(requests).to.equal(1);
  });

  it('says it is still loading when the API is slow, and what happened when it gives up', async () => {
    worker.use(
      http.get(`${API}/partners`, async () => {
        await delay('infinite');
        return HttpResponse.json({ items: [] });
      }),
    );
    const element = await fixture<DataProbeElement>(html`<wr-test-data-probe></wr-test-data-probe>`);
    expect(shown(element)).to.equal('Wird geladen …');
    await waitUntil(() => shown(element).startsWith('Das dauert länger'), 'no slow notice', { timeout: 900 });
    await waitUntil(() => element.shadowRoot!.querySelector('[role=alert]'), 'no timeout message', { timeout: 2000 });
    expect(shown(element)).to.equal('Der Server antwortet nicht. Wir haben das Laden abgebrochen.');
  });

  it('stops its request when removed from the page and loads again when put back', async () => {
    // The service worker does not pass an abort on to msw's handler, so the page's fetch is watched instead.
    const signals: AbortSignal[] = [];
    const pageFetch = window.fetch;
    window.fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return pageFetch(input, init);
    };
    let requests = 0;
    worker.use(
      http.get(`${API}/partners`, async () => {
        await delay(++requests === 1 ? 400 : 0);
        return HttpResponse.json({ items: [kamenz] });
      }),
    );
    try {
      const element = await fixture<DataProbeElement>(html`<wr-test-data-probe></wr-test-data-probe>`);
      const parent = element.parentElement!;
      await waitUntil(() => signals.length === 1);
      element.remove();
      expect(signals[0]!.aborted, 'request aborted on removal').to.equal(true);
      parent.append(element);
      await waitUntil(() => shown(element) === 'Kamenz', 'did not load again');
      expect(signals).to.have.length(2);
    } finally {
      window.fetch = pageFetch;
    }
  });

  it('follows a partner chosen by a neighbour, but not its own event', async () => {
    worker.use(http.get(`${API}/partners`, () => HttpResponse.json({ items: [kamenz] })));
    const element = await fixture<DataProbeElement>(html`<wr-test-data-probe></wr-test-data-probe>`);
    const neighbour = document.createElement('div');
    document.body.append(neighbour);
    const event = new PartnerSelectEvent(kamenz);
    expect(event.bubbles && event.composed).to.equal(true);
    neighbour.dispatchEvent(event);
    expect(element.followed).to.equal(kamenz);
    element.dispatchEvent(new PartnerSelectEvent(null));
    expect(element.followed).to.equal(kamenz);
    neighbour.dispatchEvent(new PartnerSelectEvent(null));
    expect(element.followed).to.equal(null);
    neighbour.remove();
  });

  it('stops following the page once removed', async () => {
    worker.use(http.get(`${API}/partners`, () => HttpResponse.json({ items: [kamenz] })));
    const element = await fixture<DataProbeElement>(html`<wr-test-data-probe></wr-test-data-probe>`);
    element.remove();
    document.body.dispatchEvent(new PartnerSelectEvent(kamenz));
    expect(element.followed).to.equal(null);
  });

  it('tells the webmaster when no API base is set', async () => {
    const { resetConfiguration } = await import('../../src/core/config.js');
    resetConfiguration();
    const element = await fixture<DataProbeElement>(html`<wr-test-data-probe></wr-test-data-probe>`);
    await waitUntil(() => element.shadowRoot!.querySelector('[role=alert]'));
    expect(shown(element)).to.contain('Die Adresse der Schnittstelle');
  });
});
