import { expect } from '@open-wc/testing';
import { allWidgetsIn } from '../support/all-widgets.js';
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
          const problems: string[] = [];
          for (const [tag, host] of await allWidgetsIn(`width: ${width}px; font-family: ${font}; font-size: 1rem; padding: 0; box-sizing: border-box`)) {
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
