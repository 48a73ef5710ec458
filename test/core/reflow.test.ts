import { expect } from '@open-wc/testing';
import { allWidgetsIn } from '../support/all-widgets.js';
import { $, useSampleApi } from '../support/sample-api.js';
import { setViewport } from '../support/viewport.js';
import { waitUntil } from '../support/wait.js';

/**
 * WCAG 1.4.10 (reflow): at 320 CSS px wide nothing may need scrolling sideways. Two viewports of that width:
 * a small phone, and a 1280 × 1024 screen zoomed to 400 %, which the browser lays out as 320 × 256 CSS px (zoom
 * divides the viewport; media and container queries see 320 px). The zoom is emulated by the viewport rather than
 * by a root font size of 400 %: the widgets size their text from their host's 16 px, never from rem (STYLE.md),
 * so a larger root font would leave them as they are and prove nothing. The low 256 px is what the job dialog
 * must cope with.
 */
const viewports = [
  { name: 'a 320 px wide phone (320 × 568)', width: 320, height: 568 },
  { name: '1280 × 1024 at 400 % zoom (320 × 256)', width: 320, height: 256 },
];

/** Elements that scroll or clip sideways: their overflow-x is not visible and their content is wider than they are. */
function scrollingSideways(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    // Visually hidden text and the honeypot are 1 px boxes that clip on purpose.
    if (element.clientWidth <= 1) continue;
    if (getComputedStyle(element).overflowX === 'visible') continue;
    if (element.scrollWidth > element.clientWidth + 1) found.push(`${nameOf(element)} scrolls: ${element.scrollWidth} > ${element.clientWidth}`);
  }
  return found;
}

function nameOf(element: Element): string {
  const part = element.getAttribute('part');
  return `${element.localName}${part ? `[part=${part}]` : element.classList.length ? `.${[...element.classList].join('.')}` : ''}`;
}

/** Everything that breaks reflow on the page: the page, a widget, a part of one, or an open dialog beyond the viewport. */
function reflowProblems(hosts: [string, HTMLElement][]): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > innerWidth) problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${innerWidth}`);
  for (const [tag, host] of hosts) {
    if (host.scrollWidth > host.clientWidth) problems.push(`${tag} scrolls sideways: ${host.scrollWidth} > ${host.clientWidth}`);
    problems.push(...scrollingSideways(host.shadowRoot!).map((problem) => `${tag}: ${problem}`));
    for (const dialog of host.shadowRoot!.querySelectorAll('dialog[open]')) {
      const box = dialog.getBoundingClientRect();
      if (box.left < 0 || box.right > innerWidth) problems.push(`${tag}: the dialog spans ${Math.round(box.left)}–${Math.round(box.right)} of ${innerWidth} px`);
    }
  }
  return problems;
}

describe('reflow at 320 CSS px (WCAG 1.4.10)', () => {
  let usual: { width: number; height: number };
  before(() => {
    usual = { width: innerWidth, height: innerHeight };
  });
  beforeEach(() => useSampleApi());
  afterEach(() => setViewport(usual));

  for (const viewport of viewports) {
    describe(viewport.name, () => {
      beforeEach(async () => {
        await setViewport(viewport);
        expect([innerWidth, innerHeight]).to.deep.equal([viewport.width, viewport.height]);
      });

      it('no widget scrolls sideways once loaded, the map’s town open in its list', async () => {
        const hosts = await allWidgetsIn('');
        const map = hosts.find(([tag]) => tag === 'wr-town-map')![1];
        expect($(map, '[part=list] [part=panel]'), 'the narrow map shows its list, with the town open').to.exist;
        const problems = reflowProblems(hosts);
        expect(problems, problems.join('\n')).to.be.empty;
      });

      it('nor with the map view chosen and its town’s panel open under it', async () => {
        const hosts = await allWidgetsIn('');
        const map = hosts.find(([tag]) => tag === 'wr-town-map')![1];
        $(map, '.toggle').click();
        await waitUntil(() => map.shadowRoot!.querySelector('[part=map] .town') && map.shadowRoot!.querySelector('.body > [part=panel]'), 'the map view did not open');
        const problems = reflowProblems(hosts);
        expect(problems, problems.join('\n')).to.be.empty;
      });

      it('nor with the form’s errors shown and a job open in the dialog', async () => {
        const hosts = await allWidgetsIn('');
        const form = hosts.find(([tag]) => tag === 'wr-contact-form')![1];
        $(form, '[part=submit]').click();
        await waitUntil(() => form.shadowRoot!.querySelector('[part=summary]') && form.shadowRoot!.querySelector('#consent-error'), 'the form shows no errors');
        const list = hosts.find(([tag]) => tag === 'wr-job-list')![1];
        $(list, '[part=title]').click();
        await waitUntil(() => list.shadowRoot!.querySelector('dialog[open] [part=apply-button]'), 'the job did not open');
        const problems = reflowProblems(hosts);
        expect(problems, problems.join('\n')).to.be.empty;
      });
    });
  }
});
