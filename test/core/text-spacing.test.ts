import { expect } from '@open-wc/testing';
import { allWidgetsIn } from '../support/all-widgets.js';
import { useSampleApi } from '../support/sample-api.js';

/** WCAG 1.4.12's user style, as a bookmarklet applies it to everything, here into each shadow root as well. */
const textSpacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }`;

function withTextSpacing(root: ShadowRoot | Document): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(textSpacing);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Elements with text that cut it off: they hide or clip what overflows, and something does. */
function clipped(host: HTMLElement): string[] {
  const out: string[] = [];
  for (const element of host.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    const style = getComputedStyle(element);
    const clips = [style.overflowX, style.overflowY].some((value) => value === 'hidden' || value === 'clip');
    // Visually hidden texts are meant to be 1 px; they are read, not seen.
    if (!clips || !element.textContent?.trim() || element.classList.contains('visually-hidden') || element.getBoundingClientRect().width <= 1) continue;
    if (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1) {
      out.push(`${element.localName}.${element.className}: ${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}`);
    }
  }
  return out;
}

describe('text spacing overrides (WCAG 1.4.12)', () => {
  beforeEach(() => useSampleApi());
  afterEach(() => {
    document.adoptedStyleSheets = [];
  });

  for (const width of ['300px', '100%']) {
    it(`clip no text and push nothing out of the widgets in a ${width} column`, async () => {
      withTextSpacing(document);
      const hosts = await allWidgetsIn(`width: ${width}`);
      for (const [, host] of hosts) withTextSpacing(host.shadowRoot!);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const problems = hosts.flatMap(([tag, host]) => [
        ...clipped(host).map((problem) => `${tag}: ${problem}`),
        ...(host.scrollWidth > host.clientWidth + 1 ? [`${tag}: ${host.scrollWidth} px wide in ${host.clientWidth} px`] : []),
      ]);
      expect(problems, problems.join('\n')).to.deep.equal([]);
      // The overrides did reach inside: a widget's paragraph has the wider letters.
      const [, list] = hosts[0]!;
      expect(getComputedStyle(list.shadowRoot!.querySelector('p')!).letterSpacing).to.not.equal('normal');
    });
  }
});
