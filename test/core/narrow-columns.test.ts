import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/commute-finder/define.js';
import '../../src/contact-form/define.js';
import '../../src/job-list/define.js';
import '../../src/town-map/define.js';
import { useSampleApi } from '../support/sample-api.js';

/** Every element of a widget, through its shadow root, that sticks out of the widget's own box to the right. */
function overflowing(host: HTMLElement): string[] {
  const right = host.getBoundingClientRect().right;
  const out: string[] = [];
  const visit = (root: ParentNode) => {
    for (const element of root.querySelectorAll<HTMLElement>('*')) {
      const box = element.getBoundingClientRect();
      // Hidden elements (a closed dialog, the honeypot off screen to the left) have no box or lie to the left.
      if (box.width === 0 || box.right <= host.getBoundingClientRect().left) continue;
      if (box.right > right + 0.5) out.push(`${element.localName}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} ends ${Math.round(box.right - right)} px beyond`);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(host.shadowRoot!);
  return out;
}

const widgets = {
  'wr-job-list': (root: ShadowRoot) => root.querySelector('[part=item]'),
  'wr-town-map': (root: ShadowRoot) => root.querySelector('[data-partner]'),
  'wr-commute-finder': (root: ShadowRoot) => root.querySelector('[part=item]'),
  'wr-contact-form': (root: ShadowRoot) => root.querySelector('#name'),
};

describe('in a narrow column', () => {
  beforeEach(() => useSampleApi());
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  for (const width of [240, 300]) {
    for (const font of ['system-ui', 'Verdana, sans-serif']) {
      for (const rootSize of ['62.5%', '20px']) {
        it(`every widget fits a ${width} px column in ${font.split(',')[0]} with a root font size of ${rootSize}`, async () => {
          document.documentElement.style.fontSize = rootSize;
          const column = await fixture<HTMLElement>(html`
            <div style="width: ${width}px; font-family: ${font}; font-size: 1rem; padding: 0; box-sizing: border-box">
              <wr-job-list page-size="3"></wr-job-list>
              <wr-town-map selected="kamenz"></wr-town-map>
              <wr-commute-finder></wr-commute-finder>
              <wr-contact-form privacy-url="/datenschutz"></wr-contact-form>
            </div>
          `);
          const problems: string[] = [];
          for (const [tag, loaded] of Object.entries(widgets)) {
            const host = column.querySelector<HTMLElement>(tag)!;
            await waitUntil(() => host.shadowRoot && loaded(host.shadowRoot), `${tag} did not load`, { timeout: 4000 });
            await (host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
            expect(host.getBoundingClientRect().width, tag).to.be.at.most(width);
            if (host.scrollWidth > host.clientWidth + 1) problems.push(`${tag}: scrollWidth ${host.scrollWidth} > ${host.clientWidth}`);
            problems.push(...overflowing(host).map((problem) => `${tag}: ${problem}`));
          }
          expect(problems, problems.slice(0, 8).join('\n')).to.deep.equal([]);
        });
      }
    }
  }
});
