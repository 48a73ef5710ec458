import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { JobSearchHints } from '@wachstumsregion/domain/contract';
import '../../src/job-list/define.js';
import type { JobList } from '../../src/job-list/job-list.js';
import { API, worker } from '../support/mock-api.js';
import { $, $$, useSampleApi } from '../support/sample-api.js';

// The sample mock API does not send hints yet: these tests add contract-shaped handlers of their own on top of it.

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

  describe('an empty result', () => {
    const allHints: JobSearchHints = {
      didYouMean: { q: 'Erzieher', total: 12 },
      withoutFilters: [
        { filter: 'partner', total: 12 },
        { filter: 'category', total: 5 },
        { filter: 'type', total: 3 },
      ],
    };

    /** The sample API, except that the misspelled words find nothing and come with these hints. */
    async function useHints(hints: unknown = allHints): Promise<URLSearchParams[]> {
      await useSampleApi();
      const asked: URLSearchParams[] = [];
      worker.use(
        http.get(`${API}/jobs`, ({ request }) => {
          const params = new URL(request.url).searchParams;
          asked.push(params);
          if (params.get('q') !== 'Erziher') return undefined as unknown as Response;
          return HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 10, facets: { partner: {}, category: {}, employmentType: {} }, hints });
        }),
      );
      return asked;
    }

    const hintTexts = (list: JobList) => $$(list, '[part=hints] button').map((button) => button.textContent!.trim());
    const withAllFilters = () => history.replaceState(null, '', `${location.pathname}?wr-q=Erziher&wr-partner=kamenz&wr-category=education&wr-type=full-time`);

    it('offers each hint as a button beside the reset, and is accessible', async () => {
      await useHints();
      withAllFilters();
      const list = await fixture<JobList>(html`<wr-job-list sync-url></wr-job-list>`);
      await loaded(list);
      expect(hintTexts(list)).to.deep.equal(['Meinten Sie „Erzieher“? 12 Treffer', '12 Treffer in allen Orten', '5 Treffer in allen Berufsfeldern', '3 Treffer bei jeder Anstellungsart']);
      expect($(list, '.empty > button').textContent).to.equal('Filter zurücksetzen');
      await expect(list).to.be.accessible();
    });

    const cases = [
      ['Meinten Sie', (params: URLSearchParams) => params.get('q') === 'Erzieher' && params.get('partner') === 'kamenz' && params.get('type') === 'full-time'],
      ['in allen Orten', (params: URLSearchParams) => params.get('q') === 'Erziher' && !params.has('partner') && params.get('category') === 'education'],
      ['in allen Berufsfeldern', (params: URLSearchParams) => !params.has('category') && params.get('partner') === 'kamenz' && params.get('type') === 'full-time'],
      ['bei jeder Anstellungsart', (params: URLSearchParams) => !params.has('type') && params.get('category') === 'education'],
    ] as const;
    for (const [words, expected] of cases) {
      it(`"… ${words}" does what it says, and focus goes to the result line`, async () => {
        const asked = await useHints();
        withAllFilters();
        const list = await fixture<JobList>(html`<wr-job-list sync-url></wr-job-list>`);
        await loaded(list);
        const button = $$<HTMLButtonElement>(list, '[part=hints] button').find((candidate) => candidate.textContent!.includes(words))!;
        button.click();
        await waitUntil(() => expected(asked.at(-1)!), `"${words}" did not search as it says`, { timeout: 3000 });
        expect(list.shadowRoot!.activeElement?.id).to.equal('summary');
        if (words === 'Meinten Sie') expect(input(list).value).to.equal('Erzieher');
        expect(new URL(location.href).searchParams.get('wr-page')).to.equal(null);
      });
    }

    it('offers no hint for a filter the webmaster fixed or hid, nor new words when the search field is hidden', async () => {
      await useHints();
      const fixed = await fixture<JobList>(html`<wr-job-list partner="kamenz" query="Erziher" category="education" type="full-time"></wr-job-list>`);
      await loaded(fixed);
      expect(hintTexts(fixed)).to.deep.equal(['Meinten Sie „Erzieher“? 12 Treffer', '5 Treffer in allen Berufsfeldern', '3 Treffer bei jeder Anstellungsart']);

      const hidden = await fixture<JobList>(html`<wr-job-list filters="q category" query="Erziher" category="education" type="full-time"></wr-job-list>`);
      await loaded(hidden);
      expect(hintTexts(hidden)).to.deep.equal(['Meinten Sie „Erzieher“? 12 Treffer', '5 Treffer in allen Berufsfeldern']);

      const noField = await fixture<JobList>(html`<wr-job-list filters="category type" query="Erziher" category="education"></wr-job-list>`);
      await loaded(noField);
      expect(hintTexts(noField)).to.deep.equal(['5 Treffer in allen Berufsfeldern']);
    });

    it('writes plurals as each language does', async () => {
      await useHints({ didYouMean: { q: 'Erzieher', total: 1 }, withoutFilters: [{ filter: 'partner', total: 1 }, { filter: 'category', total: 2 }, { filter: 'type', total: 21 }] });
      withAllFilters();
      const german = await fixture<JobList>(html`<wr-job-list sync-url></wr-job-list>`);
      await loaded(german);
      expect(hintTexts(german)).to.deep.equal(['Meinten Sie „Erzieher“? 1 Treffer', '1 Treffer in allen Orten', '2 Treffer in allen Berufsfeldern', '21 Treffer bei jeder Anstellungsart']);
      const english = await fixture<JobList>(html`<wr-job-list lang="en" sync-url></wr-job-list>`);
      await loaded(english);
      expect(hintTexts(english)).to.deep.equal(['Did you mean “Erzieher”? 1 match', '1 match in all places', '2 matches in all fields', '21 matches with any type of employment']);
    });

    it('leaves out hints that do not fit the contract and keeps the rest', async () => {
      await useHints({ didYouMean: { q: 42, total: 3 }, withoutFilters: [{ filter: 'salary', total: 3 }, { filter: 'type', total: 0 }, { filter: 'category', total: 2 }] });
      withAllFilters();
      const list = await fixture<JobList>(html`<wr-job-list sync-url></wr-job-list>`);
      await loaded(list);
      expect(hintTexts(list)).to.deep.equal(['2 Treffer in allen Berufsfeldern']);
      expect($(list, '.empty').textContent).to.contain('Keine passenden Stellen gefunden.');
    });

    it('wraps long hints inside a 280 px column', async () => {
      await useHints({ didYouMean: { q: 'Gesundheits- und Krankenpflegerin', total: 12 }, withoutFilters: [{ filter: 'type', total: 3 }] });
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 280px"><wr-job-list query="Erziher" type="full-time"></wr-job-list></div>`);
      const list = wrapper.querySelector<JobList>('wr-job-list')!;
      await loaded(list);
      const column = list.getBoundingClientRect();
      const buttons = $$(list, '[part=hints] button');
      expect(buttons).to.have.length(2);
      for (const button of buttons) {
        const box = button.getBoundingClientRect();
        expect(box.right).to.be.at.most(column.right + 0.5);
        expect(box.height).to.be.at.least(24);
      }
      expect(list.shadowRoot!.querySelector('section')!.scrollWidth).to.be.at.most(280);
    });

    it('renders the respelled words as text', async () => {
      await useHints({ didYouMean: { q: '<img src=x onerror="window.__hacked=1">', total: 2 } });
      const list = await fixture<JobList>(html`<wr-job-list query="Erziher"></wr-job-list>`);
      await loaded(list);
      expect(hintTexts(list)).to.deep.equal(['Meinten Sie „<img src=x onerror="window.__hacked=1">“? 2 Treffer']);
      expect(list.shadowRoot!.querySelector('img')).to.equal(null);
    });
  });
});
