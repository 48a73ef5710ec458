import { expect, fixture, html } from '@open-wc/testing';
import '../../src/commute-finder/define.js';
import type { CommuteFinder } from '../../src/commute-finder/commute-finder.js';
import '../../src/job-list/define.js';
import type { JobList } from '../../src/job-list/job-list.js';
import '../../src/town-map/define.js';
import type { TownMap } from '../../src/town-map/town-map.js';
import { axeViolations } from '../support/axe.js';
import { $, useSampleApi } from '../support/sample-api.js';
import { waitUntil } from '../support/wait.js';

/** The levels of the headings inside a widget, in order of the document. */
const levels = (element: Element) => [...element.shadowRoot!.querySelectorAll('[role=heading]')].map((heading) => Number(heading.getAttribute('aria-level')));

/** The three widgets with headings, each loaded and showing its headings (a town chosen, results ranked). */
async function widgetsUnder(outline: (widgets: unknown) => ReturnType<typeof html>, level?: number) {
  const page = await fixture<HTMLElement>(
    outline(html`
      <wr-job-list heading-level=${level ?? ''} page-size="3"></wr-job-list>
      <wr-town-map heading-level=${level ?? ''} selected="kamenz"></wr-town-map>
      <wr-commute-finder heading-level=${level ?? ''}></wr-commute-finder>
    `),
  );
  const list = page.querySelector<JobList>('wr-job-list')!;
  const map = page.querySelector<TownMap>('wr-town-map')!;
  const finder = page.querySelector<CommuteFinder>('wr-commute-finder')!;
  await waitUntil(() => list.shadowRoot?.querySelector('[part=item]') && map.shadowRoot?.querySelector('[part=panel]') && finder.shadowRoot?.querySelector('[part=item]'), 'the widgets did not load', { timeout: 4000 });
  await Promise.all([list.updateComplete, map.updateComplete, finder.updateComplete]);
  return { page, list, map, finder };
}

describe('heading-level', () => {
  beforeEach(() => useSampleApi());

  it('fits the widgets under the page’s h1: their headings take level 2, inner ones 3, and axe finds the outline whole', async () => {
    const { page, list, map, finder } = await widgetsUnder((widgets) => html`<main><h1>Arbeiten in Kamenz</h1>${widgets}</main>`, 2);
    expect(new Set(levels(list))).to.deep.equal(new Set([2]));
    expect(levels(map)).to.deep.equal([2, 3], 'the town’s name, then “Contact”');
    expect(levels(finder)[0]).to.equal(2, 'the line with the results');
    expect(new Set(levels(finder).slice(1))).to.deep.equal(new Set([3]), 'the towns under it');
    expect(await axeViolations(page, ['heading-order', 'aria-allowed-attr', 'aria-valid-attr-value'])).to.deep.equal([]);
  });

  it('goes under a widget placed below an h3: level 4, inner 5; and an opened job’s title keeps the level', async () => {
    const { page, list, map } = await widgetsUnder((widgets) => html`<main><h1>Stadt</h1><h2>Wirtschaft</h2><h3>Stellen</h3>${widgets}</main>`, 4);
    expect(new Set(levels(list))).to.deep.equal(new Set([4]));
    expect(levels(map)).to.deep.equal([4, 5]);
    expect(await axeViolations(page, ['heading-order'])).to.deep.equal([]);
    $(list, '[part=title]').click();
    await waitUntil(() => list.shadowRoot!.querySelector('dialog[open]'), 'the job did not open');
    expect(list.shadowRoot!.querySelector('#details-title')!.getAttribute('aria-level')).to.equal('4');
  });

  it('is 3 by default, and a level outside 2–6 is the default too', async () => {
    const plain = await widgetsUnder((widgets) => html`<div>${widgets}</div>`);
    expect(new Set(levels(plain.list))).to.deep.equal(new Set([3]));
    expect(levels(plain.map)).to.deep.equal([3, 4]);
    for (const wrong of ['1', '7', 'zwei', '2.5']) {
      plain.map.setAttribute('heading-level', wrong);
      await plain.map.updateComplete;
      expect(levels(plain.map), wrong).to.deep.equal([3, 4]);
    }
    plain.map.setAttribute('heading-level', '6');
    await plain.map.updateComplete;
    expect(levels(plain.map), 'an inner heading stays at 6').to.deep.equal([6, 6]);
  });
});
