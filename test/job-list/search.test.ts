import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import '../../src/job-list/define.js';
import type { JobList } from '../../src/job-list/job-list.js';
import { API, worker } from '../support/mock-api.js';
import { $, $$, useSampleApi } from '../support/sample-api.js';

const summary = (list: JobList) => $(list, '#summary').textContent!.trim();
const input = (list: JobList) => $<HTMLInputElement>(list, 'input#q');

async function loaded(list: JobList): Promise<void> {
  await waitUntil(() => $$(list, '[part=item]').length > 0 || list.shadowRoot!.querySelector('.empty'), 'the list did not load', { timeout: 3000 });
  await list.updateComplete;
}

/** Records the query of every /jobs request and leaves the answer to the sample API. */
function recordJobQueries(): URLSearchParams[] {
  const asked: URLSearchParams[] = [];
  worker.use(
    http.get(`${API}/jobs`, ({ request }) => {
      asked.push(new URL(request.url).searchParams);
      return undefined as unknown as Response;
    }),
  );
  return asked;
}

describe('<wr-job-list> search', () => {
  const startUrl = location.href;
  afterEach(() => history.replaceState(null, '', startUrl));

  describe('the order', () => {
    beforeEach(() => useSampleApi());

    it('is offered while there are words, best match first, and sends sort=newest when chosen', async () => {
      const asked = recordJobQueries();
      const list = await fixture<JobList>(html`<wr-job-list></wr-job-list>`);
      await loaded(list);
      expect(list.shadowRoot!.querySelector('select#sort'), 'no order without words').to.equal(null);

      input(list).value = 'Pflege';
      input(list).dispatchEvent(new InputEvent('input'));
      await waitUntil(() => list.shadowRoot!.querySelector('select#sort'), 'no order choice', { timeout: 3000 });
      await waitUntil(() => asked.some((params) => params.get('q') === 'Pflege'), 'no search', { timeout: 3000 });
      await waitUntil(() => $(list, 'ol').getAttribute('aria-busy') === 'false');
      const select = $<HTMLSelectElement>(list, 'select#sort');
      expect($(list, 'label[for=sort]').textContent).to.equal('Sortierung');
      expect([...select.options].map((option) => option.textContent)).to.deep.equal(['Beste Treffer', 'Neueste zuerst']);
      expect(select.value).to.equal('relevance');
      expect(asked.at(-1)!.get('q')).to.equal('Pflege');
      expect(asked.at(-1)!.has('sort'), 'relevance is the default').to.equal(false);
      await expect(list).to.be.accessible();

      // The count is said again after a new order, even though its words stay the same.
      const before = summary(list);
      const changes: MutationRecord[] = [];
      const observer = new MutationObserver((records) => changes.push(...records));
      observer.observe($(list, '#summary'), { childList: true, subtree: true, characterData: true });
      select.value = 'newest';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => asked.some((params) => params.get('sort') === 'newest'), 'sort=newest not sent', { timeout: 3000 });
      expect(asked.at(-1)!.get('q')).to.equal('Pflege');
      await waitUntil(() => changes.length > 0, 'the result line was not written anew', { timeout: 3000 });
      observer.disconnect();
      expect(summary(list)).to.equal(before);

      input(list).value = '';
      input(list).dispatchEvent(new InputEvent('input'));
      await waitUntil(() => !list.shadowRoot!.querySelector('select#sort'), 'the order stayed without words', { timeout: 3000 });
      await waitUntil(() => $(list, 'ol').getAttribute('aria-busy') === 'false');
      // Without words the first answer comes back from the page's cache: the same request, without an order.
      expect(asked.filter((params) => !params.get('q')).every((params) => !params.has('sort')), 'no order without words').to.equal(true);
    });

    it('keeps the order in the URL with sync-url, restores it from a link and follows back and forward', async () => {
      const asked = recordJobQueries();
      history.replaceState(null, '', `${location.pathname}?wr-q=Pflege&wr-sort=newest`);
      const list = await fixture<JobList>(html`<wr-job-list sync-url></wr-job-list>`);
      await loaded(list);
      expect($<HTMLSelectElement>(list, 'select#sort').value).to.equal('newest');
      expect(asked[0]!.get('sort')).to.equal('newest');

      const select = $<HTMLSelectElement>(list, 'select#sort');
      select.value = 'relevance';
      select.dispatchEvent(new Event('change'));
      await list.updateComplete;
      expect(new URL(location.href).searchParams.has('wr-sort'), 'the default is not written').to.equal(false);
      expect(new URL(location.href).searchParams.get('wr-q')).to.equal('Pflege');

      history.back();
      await waitUntil(() => new URL(location.href).searchParams.get('wr-sort') === 'newest');
      await waitUntil(() => $<HTMLSelectElement>(list, 'select#sort').value === 'newest', 'back did not restore the order', { timeout: 3000 });
      history.forward();
      await waitUntil(() => $<HTMLSelectElement>(list, 'select#sort').value === 'relevance', 'forward did not restore the order', { timeout: 3000 });
    });

    it('ignores an order in the URL it does not know', async () => {
      const asked = recordJobQueries();
      history.replaceState(null, '', `${location.pathname}?wr-q=Pflege&wr-sort=${encodeURIComponent('"><img src=x>')}`);
      const list = await fixture<JobList>(html`<wr-job-list sync-url></wr-job-list>`);
      await loaded(list);
      expect($<HTMLSelectElement>(list, 'select#sort').value).to.equal('relevance');
      expect(asked[0]!.has('sort')).to.equal(false);
      expect(list.shadowRoot!.querySelector('img')).to.equal(null);
    });

    it('goes back to best match with "Filter zurücksetzen"', async () => {
      const asked = recordJobQueries();
      history.replaceState(null, '', `${location.pathname}?wr-q=xylophonbauermeisterin&wr-sort=newest`);
      const list = await fixture<JobList>(html`<wr-job-list sync-url></wr-job-list>`);
      await loaded(list);
      expect(list.shadowRoot!.querySelector('select#sort'), 'nothing to order').to.equal(null);
      $<HTMLButtonElement>(list, '.empty > button').click();
      await waitUntil(() => $$(list, '[part=item]').length > 0, 'reset did not search', { timeout: 3000 });
      expect(new URL(location.href).searchParams.has('wr-sort')).to.equal(false);
      expect(asked.at(-1)!.has('sort')).to.equal(false);
      input(list).value = 'Pflege';
      input(list).dispatchEvent(new InputEvent('input'));
      await waitUntil(() => list.shadowRoot!.querySelector('select#sort'), 'no order choice', { timeout: 3000 });
      expect($<HTMLSelectElement>(list, 'select#sort').value).to.equal('relevance');
    });

    it('speaks English', async () => {
      const list = await fixture<JobList>(html`<wr-job-list lang="en" query="Pflege"></wr-job-list>`);
      await loaded(list);
      expect($(list, 'label[for=sort]').textContent).to.equal('Sort by');
      expect($$(list, 'select#sort option').map((option) => option.textContent)).to.deep.equal(['Best match', 'Newest first']);
    });

    it('is not offered when the webmaster hid the search field', async () => {
      const list = await fixture<JobList>(html`<wr-job-list query="Pflege" filters="category"></wr-job-list>`);
      await loaded(list);
      expect(list.shadowRoot!.querySelector('select#sort')).to.equal(null);
    });
  });
});
